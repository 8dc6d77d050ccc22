"""Service costs and budgets (procedure §9): each job's cost lines (labour and parts
derived, travel and other expenses entered), engineers' rates, yearly budgets approved
by finance, budget vs actual and its Excel export."""
