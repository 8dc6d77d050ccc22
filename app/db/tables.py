"""Imports every model module, so `Base.metadata` knows all tables (Alembic, tests)."""

from app.db import (
    clinical,
    company,
    fieldwork,
    instruments,
    models,
    service_plan,
    signing,
    stock,
    syncing,
    training,
)
from app.db.base import Base

__all__ = [
    "Base",
    "clinical",
    "company",
    "fieldwork",
    "instruments",
    "models",
    "service_plan",
    "signing",
    "stock",
    "syncing",
    "training",
]
