"""A run's instruments as the report prints them: per section in the run's order, in
the report's language, each judged against the run's date."""

from __future__ import annotations

from datetime import date

from app.reports.content import InstrumentLine, Language
from app.reports.instruments import kind_label
from app.services.checklists.checklist_runs import RunView
from app.services.instruments.run_instruments import instruments_of_run
from app.services.store import Store


def instrument_lines(
    store: Store, view: RunView, lang: Language
) -> tuple[tuple[InstrumentLine, ...], date]:
    """The lines and the run's date."""
    used = instruments_of_run(store, view.id)
    zh = lang == "zh_CN"
    order = {s.id: n for n, s in enumerate(view.sections)}
    titles = {s.id: s.title_zh if zh else s.title_en for s in view.sections}
    lines = tuple(
        InstrumentLine(
            section=titles.get(u.section_id, u.section_id),
            kind=kind_label(lang, u.instrument.kind),
            name=u.instrument.name,
            serial=u.instrument.serial,
            certificate_no=u.instrument.certificate_no,
            due_date=u.instrument.due_date,
            overdue=u.overdue,
        )
        for u in sorted(used.used, key=lambda u: order.get(u.section_id, len(order)))
    )
    return lines, used.run_date
