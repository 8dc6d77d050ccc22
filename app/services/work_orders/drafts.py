"""Form input kept as it is typed, so a crash or a flat battery loses nothing.

A draft is local (never synced): the raw values of one open form under a key such
as "work_order:new" or "repair:<id>". Saving the form for real discards it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.db.base import utcnow
from app.db.fieldwork import FormDraft
from app.services.store import Store


@dataclass(frozen=True)
class Draft:
    data: dict[str, Any]
    saved_at: datetime


def save_draft(store: Store, key: str, data: dict[str, Any]) -> None:
    with store.session() as session:
        draft = session.get(FormDraft, key)
        if draft is None:
            session.add(FormDraft(key=key, data=data, saved_at=utcnow()))
        else:
            draft.data = data
            draft.saved_at = utcnow()


def load_draft(store: Store, key: str) -> Draft | None:
    with store.reading() as session:
        draft = session.get(FormDraft, key)
        return None if draft is None else Draft(dict(draft.data), draft.saved_at)


def discard_draft(store: Store, key: str) -> None:
    with store.session() as session:
        draft = session.get(FormDraft, key)
        if draft is not None:
            session.delete(draft)
