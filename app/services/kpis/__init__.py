"""Service KPIs, QA trends and the manager's dashboard read from the laptop's database."""
