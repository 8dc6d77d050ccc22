"""Use cases the UI, the command line and tests call; one module per area."""
