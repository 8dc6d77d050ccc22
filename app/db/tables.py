"""Imports every model module, so `Base.metadata` knows all tables (Alembic, tests)."""

from app.db import (
    clinical,
    company,
    fieldwork,
    instruments,
    models,
    signing,
    stock,
    syncing,
    training,
    upgrades,
)
from app.db.base import Base

__all__ = [
    "Base",
    "clinical",
    "company",
    "fieldwork",
    "instruments",
    "models",
    "signing",
    "stock",
    "syncing",
    "training",
    "upgrades",
]
