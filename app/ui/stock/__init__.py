"""The Stock page (procedure §6.2): on-hand by location and part, movements, history."""
