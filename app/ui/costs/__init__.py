"""Service costs and budgets (procedure §9): the Costs page and a job's Costs tab."""
