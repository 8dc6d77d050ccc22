"""Hotline consultations and the complaint register (§5.1, §7)."""
