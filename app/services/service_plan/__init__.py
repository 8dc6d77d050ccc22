"""The service office's half of §4.1: contracts, the annual plan, its calendar,
the work orders it issues and the notices it sends."""
