"""Imports every model module, so `Base.metadata` knows all tables (Alembic, tests)."""

from app.db import clinical, fieldwork, models, signing, syncing
from app.db.base import Base

__all__ = ["Base", "clinical", "fieldwork", "models", "signing", "syncing"]
