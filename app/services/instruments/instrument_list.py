"""The register as a ListSpec: the instruments whose calibration runs out first on
top, retired ones last. The calibration state is worked out by SQLite against the
laptop's local date, so the colours are right on the day the list is looked at."""

from __future__ import annotations

from sqlalchemy import and_, case, func, literal, select

from app.db.instruments import TestInstrument
from app.db.models import User
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.instruments import DUE_SOON_DAYS, CalibrationState, InstrumentKind
from app.services.lists import Kind, ListColumn, ListSpec

_today = func.date("now", "localtime")
_soon = func.date("now", "localtime", f"+{DUE_SOON_DAYS} days")
_state = case(
    (TestInstrument.retired.is_(True), CalibrationState.RETIRED.value),
    (TestInstrument.due_date < _today, CalibrationState.OVERDUE.value),
    (TestInstrument.due_date <= _soon, CalibrationState.DUE_SOON.value),
    else_=CalibrationState.IN_DATE.value,
)
_holder = func.coalesce(User.display_name, literal(""))

INSTRUMENTS = ListSpec(
    name="test_instruments",
    columns=(
        ListColumn(
            "due_date",
            QT_TRANSLATE_NOOP("Lists", "Calibration due"),
            TestInstrument.due_date,
            Kind.DATE,
        ),
        ListColumn(
            "calibration",
            QT_TRANSLATE_NOOP("Lists", "Calibration"),
            _state,
            Kind.ENUM,
            CalibrationState,
        ),
        ListColumn(
            "kind",
            QT_TRANSLATE_NOOP("Lists", "Kind"),
            TestInstrument.kind,
            Kind.ENUM,
            InstrumentKind,
        ),
        ListColumn(
            "maker", QT_TRANSLATE_NOOP("Lists", "Maker"), TestInstrument.maker, searchable=True
        ),
        ListColumn(
            "model", QT_TRANSLATE_NOOP("Lists", "Model"), TestInstrument.model, searchable=True
        ),
        ListColumn(
            "serial",
            QT_TRANSLATE_NOOP("Lists", "Serial No."),
            TestInstrument.serial,
            searchable=True,
        ),
        ListColumn(
            "certificate_no",
            QT_TRANSLATE_NOOP("Lists", "Certificate"),
            TestInstrument.certificate_no,
            searchable=True,
        ),
        ListColumn("holder", QT_TRANSLATE_NOOP("Lists", "Held by"), _holder, searchable=True),
    ),
    id_expr=TestInstrument.id,
    base=select()
    .select_from(TestInstrument)
    .outerjoin(
        User,
        and_(User.login == TestInstrument.holder_login, User.deleted_at.is_(None)),
    )
    .where(TestInstrument.deleted_at.is_(None))
    # fetch_rows appends the user's sort: instruments in use stay above retired ones.
    .order_by(case((TestInstrument.retired.is_(True), 1), else_=0)),
    default_sort="due_date",
    default_descending=False,
)
