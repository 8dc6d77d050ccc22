"""Imports every model module, so `Base.metadata` knows all tables (Alembic, tests)."""

from app.db import (
    clinical,
    company,
    complaints,
    fieldwork,
    instruments,
    models,
    purchasing,
    service_plan,
    signing,
    site_levels,
    staff,
    stock,
    stocktake,
    syncing,
    training,
    unit_configuration,
    upgrades,
)
from app.db.base import Base

__all__ = [
    "Base",
    "clinical",
    "company",
    "complaints",
    "fieldwork",
    "instruments",
    "models",
    "purchasing",
    "service_plan",
    "signing",
    "site_levels",
    "staff",
    "stock",
    "stocktake",
    "syncing",
    "training",
    "unit_configuration",
    "upgrades",
]
