"""Upgrade campaign screens (§5.3)."""
