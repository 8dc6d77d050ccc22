"""Training work orders: the people trained, each with their own certificate."""
