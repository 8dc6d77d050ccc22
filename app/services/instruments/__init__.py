"""The test-instrument register and the instruments each checklist run used."""
