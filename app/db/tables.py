"""Imports every model module, so `Base.metadata` knows all tables (Alembic, tests)."""

from app.db import fieldwork, instruments, models, signing, syncing
from app.db.base import Base

__all__ = ["Base", "fieldwork", "instruments", "models", "signing", "syncing"]
