"""The demo's test instruments (realistic makers, models and serials; invented
certificates) and which ones each finished demo run used, per section.

One electrometer is past its calibration due date: the runs completed after that day
that used it show the warning on screen and in their reports. One water phantom is due
within 30 days, so the register shows amber too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.fieldwork import ChecklistRun
from app.db.instruments import InstrumentUse, TestInstrument
from app.db.models import User
from app.demo.rows import DEMO_BY
from app.domain import local_time
from app.domain.enums import RunState, UserRole
from app.domain.instruments import InstrumentKind
from app.services.signing.record_lock import is_locked
from app.services.store import Store

K = InstrumentKind


@dataclass(frozen=True)
class DemoInstrument:
    key: str
    kind: InstrumentKind
    maker: str
    model: str
    serial: str
    certificate_no: str
    lab: str
    due_in_days: int  # from the demo's today; negative: past due
    held: bool  # by an engineer, else kept at the office


INSTRUMENTS = (
    DemoInstrument(
        "unidos", K.ELECTROMETER, "PTW", "UNIDOS webline T10021", "002345",
        "DLjs2026-0412", "中国计量科学研究院", 215, True,
    ),
    DemoInstrument(
        "dose1", K.ELECTROMETER, "IBA Dosimetry", "Dose 1", "20411",
        "DLjs2025-1187", "上海市计量测试技术研究院", -40, True,
    ),
    DemoInstrument(
        "a12", K.ION_CHAMBER, "Standard Imaging", "Exradin A12", "XA141523",
        "DLjs2026-0413", "中国计量科学研究院", 215, True,
    ),
    DemoInstrument(
        "phantom", K.WATER_PHANTOM, "IBA Dosimetry", "Blue Phantom²", "BP2-1187",
        "JZ2025-3310", "江苏省计量科学研究院", 18, False,
    ),
    DemoInstrument(
        "esa", K.SAFETY_ANALYSER, "Fluke Biomedical", "ESA620", "4572103",
        "DQ2026-0925", "江苏省计量科学研究院", 290, False,
    ),
    DemoInstrument(
        "survey", K.SURVEY_METER, "Fluke Biomedical", "451P", "2093",
        "FS2026-0218", "中国疾病预防控制中心辐射防护与核安全医学所", 120, False,
    ),
)  # fmt: skip
DOSIMETRY = frozenset({"dosimetry", "beam", "beam_generation", "end_to_end"})
RADIATION_SAFETY = frozenset({"shielding", "safety", "source_and_timer"})


def seed_instruments(store: Store, today: date) -> bool:
    """Adds the register and the demo runs' use of it once; False when already there."""
    with store.session() as session:
        return add_instruments(session, today)


def add_instruments(session: Session, today: date) -> bool:
    """The register and the finished runs' use of it, once. Instrument use is part of
    what a signature covers, so the field work adds it before its signatures; a demo
    whose field work was seeded without it gets it on runs of unsigned orders only."""
    first = INSTRUMENTS[0]
    exists = session.scalar(
        select(TestInstrument.id).where(
            TestInstrument.maker == first.maker,
            TestInstrument.model == first.model,
            TestInstrument.serial == first.serial,
        )
    )
    if exists is not None:
        return False
    ids = _register(session, today)
    _uses(session, ids)
    return True


def _register(session: Session, today: date) -> dict[str, str]:
    engineers = list(
        session.scalars(
            select(User.login)
            .where(User.role == UserRole.ENGINEER, User.updated_by == DEMO_BY)
            .order_by(User.login)
        )
    )
    ids: dict[str, str] = {}
    for n, spec in enumerate(INSTRUMENTS):
        due = today + timedelta(days=spec.due_in_days)
        row = TestInstrument(
            kind=spec.kind,
            maker=spec.maker,
            model=spec.model,
            serial=spec.serial,
            certificate_no=spec.certificate_no,
            calibrated_on=due - timedelta(days=365),
            due_date=due,
            calibration_lab=spec.lab,
            holder_login=engineers[n % len(engineers)] if spec.held and engineers else "",
            updated_by=DEMO_BY,
        )
        session.add(row)
        session.flush()
        ids[spec.key] = row.id
    return ids


def _uses(session: Session, ids: dict[str, str]) -> None:
    """Electrometer (PTW and IBA in turn) and chamber for dosimetry, the phantom too on
    annual and acceptance runs, the analyser for electrical safety, the survey meter
    for radiation safety."""
    runs = session.scalars(
        select(ChecklistRun)
        .where(ChecklistRun.updated_by == DEMO_BY, ChecklistRun.state == RunState.COMPLETED)
        .order_by(ChecklistRun.completed_at, ChecklistRun.id)
    ).all()
    turn = 0
    locked: dict[str, bool] = {}
    for run in runs:
        if run.work_order_id not in locked:
            locked[run.work_order_id] = is_locked(session, run.work_order_id)
        if locked[run.work_order_id]:
            continue  # its signature did not cover instruments, and the lock refuses them
        sections = [s["id"] for s in run.template_snapshot.get("sections", [])]
        for section in sections:
            chosen: list[str] = []
            if run.template_id.startswith("electrical_safety"):
                chosen = ["esa"] if section == "measurements" else []
            elif section in DOSIMETRY:
                turn += 1
                chosen = ["unidos" if turn % 2 else "dose1", "a12"]
                if "annual" in run.template_id or "acceptance" in run.template_id:
                    chosen.append("phantom")
            elif section in RADIATION_SAFETY:
                chosen = ["survey"]
            for key in chosen:
                session.add(
                    InstrumentUse(
                        run_id=run.id,
                        section_id=section,
                        instrument_id=ids[key],
                        created_at=run.completed_at or run.started_at,
                        updated_at=run.completed_at or run.started_at,
                        updated_by=DEMO_BY,
                    )
                )
    session.flush()


def overdue_in_use(store: Store) -> int:
    """How many demo runs used an instrument past due on their completion day."""
    with store.reading() as session:
        rows = session.execute(
            select(ChecklistRun.completed_at, TestInstrument.due_date)
            .join(InstrumentUse, InstrumentUse.run_id == ChecklistRun.id)
            .join(TestInstrument, TestInstrument.id == InstrumentUse.instrument_id)
            .where(ChecklistRun.completed_at.is_not(None))
        ).all()
    return sum(1 for done, due in rows if done and due < local_time.day_of(done))
