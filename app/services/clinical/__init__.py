"""Release of a unit to clinical use after a repair or upgrade (issue 11 §1, §2)."""
