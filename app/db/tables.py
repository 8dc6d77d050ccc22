"""Imports every model module, so `Base.metadata` knows all tables (Alembic, tests)."""

from app.db import company, fieldwork, models, signing, stock, syncing, training
from app.db.base import Base

__all__ = ["Base", "company", "fieldwork", "models", "signing", "stock", "syncing", "training"]
