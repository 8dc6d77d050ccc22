"""Qt Widgets user interface: thin views over the services."""
