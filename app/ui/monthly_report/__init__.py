"""The monthly service reports per hospital, written from the manager's dashboard."""
