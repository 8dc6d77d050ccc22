"""A rule's refusal that the screens translate: the source text, its translation
context and the values for its %1, %2 … markers (filled after translating)."""

from __future__ import annotations

from app.domain.i18n import arg


class Refused(Exception):
    """A service said no; `english` is the message untranslated (logs, commands)."""

    def __init__(self, context: str, message: str, *values: object) -> None:
        self.context, self.message, self.values = context, message, values
        super().__init__(self.english)

    @property
    def english(self) -> str:
        return arg(self.message, *self.values)
