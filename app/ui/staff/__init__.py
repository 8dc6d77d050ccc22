"""The Staff page: service staff training, qualifications and assessments (§8)."""
