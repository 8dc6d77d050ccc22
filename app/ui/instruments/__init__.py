"""The test-instrument register page and the instruments picked on a checklist run."""
