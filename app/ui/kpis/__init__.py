"""The manager's dashboard and the QA trend charts (QtCharts)."""
