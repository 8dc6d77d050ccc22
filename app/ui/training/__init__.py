"""Training work orders: the trainees tab."""
