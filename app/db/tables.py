"""Imports every model module, so `Base.metadata` knows all tables (Alembic, tests)."""

from app.db import (
    clinical,
    company,
    complaints,
    fieldwork,
    instruments,
    models,
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
    "complaints",
    "fieldwork",
    "instruments",
    "models",
    "signing",
    "stock",
    "syncing",
    "training",
]
