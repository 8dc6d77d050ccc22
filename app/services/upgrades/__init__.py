"""Technical upgrade campaigns (§5.3)."""
