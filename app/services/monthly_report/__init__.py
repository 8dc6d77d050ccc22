"""The monthly service report for each hospital (issue 14): gathering and sealed export."""
