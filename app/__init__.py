"""Beamside desktop client: offline service records for radiotherapy equipment."""

__version__ = "0.1.0"
