"""The Purchasing page (procedure §6.1): catalogue and suppliers, plans, orders."""
