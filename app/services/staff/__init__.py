"""The company's own service staff (§8): training plan, qualifications, assessments."""
