"""The stock ledger (procedure §6.2): movements recorded with their rules, on-hand read
as the sum of movements, a part's history, and on-hand exported to Excel."""
