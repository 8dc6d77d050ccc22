"""The demo seed: enough realistic, valid, deterministic rows, and never twice."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.models import (
    Contact,
    Customer,
    Equipment,
    EquipmentModel,
    Site,
    User,
    WorkOrder,
    WorkOrderAssignment,
)
from app.db.schema import open_database
from app.db.signing import Signature
from app.demo.seed import seed_demo
from app.domain.enums import HospitalGrade, Modality, UserRole, WorkOrderState, WorkOrderType
from app.domain.numbering import parse_number
from app.domain.records import ContactDraft, CustomerDraft, EquipmentDraft
from app.domain.signatures import strokes_from_json
from app.paths import backups_dir, database_path
from app.services.reports import report_export
from app.services.store import Store
from tests.db_templates import DemoSeed, DemoTemplates, copy_into

TODAY = date(2025, 6, 15)
ROOT = Path(__file__).resolve().parent.parent
TABLES = (
    Customer,
    Site,
    Contact,
    User,
    EquipmentModel,
    Equipment,
    WorkOrder,
    WorkOrderAssignment,
)
TIMES = ("acknowledged_at", "arrived_at", "started_at", "finished_at", "closed_at")
# How many of TIMES a work order in each state has set (cancelled: at most acknowledged).
REACHED = {
    WorkOrderState.REPORTED: 0,
    WorkOrderState.ACKNOWLEDGED: 1,
    WorkOrderState.TRAVELLING: 1,
    WorkOrderState.ON_SITE: 2,
    WorkOrderState.IN_PROGRESS: 3,
    WorkOrderState.AWAITING_PARTS: 3,
    WorkOrderState.TRIAL_RUN: 3,
    WorkOrderState.COMPLETED: 4,
    WorkOrderState.CUSTOMER_SIGNED: 4,
    WorkOrderState.CLOSED: 5,
}


def make_store(data_dir: Path) -> Store:
    opened = open_database(database_path(data_dir), backups_dir(data_dir))
    return Store(engine=opened.engine, data_dir=data_dir)


def counts(store: Store) -> dict[str, int]:
    with store.reading() as session:
        return {
            t.__name__: session.scalar(select(func.count()).select_from(t)) or 0 for t in TABLES
        }


@pytest.fixture
def fresh_store(tmp_path: Path) -> Iterator[Store]:
    store = make_store(tmp_path / "demo")
    yield store
    store.engine.dispose()


@pytest.fixture
def seeded(fresh_store: Store, demo_seed: DemoSeed) -> Store:
    """A copy of the demo seeded once; the tests below that seed for real (determinism,
    beside the user's own rows, other days) call seed_demo themselves."""
    assert demo_seed(fresh_store, TODAY) >= 100
    return fresh_store


def test_counts_meet_the_minimums(seeded: Store) -> None:
    n = counts(seeded)
    assert n["Customer"] >= 15
    assert n["Equipment"] >= 40
    assert n["User"] >= 6
    assert n["WorkOrder"] >= 100
    with seeded.reading() as session:
        customers = session.scalars(select(Customer)).all()
        site_counts = Counter(session.scalars(select(Site.customer_id)))
        contact_counts = Counter(session.scalars(select(Contact.customer_id)))
        roles = set(session.scalars(select(User.role)))
        modalities = set(session.scalars(select(EquipmentModel.modality)))
        per_order = Counter(session.scalars(select(WorkOrderAssignment.work_order_id)))
        orders = set(session.scalars(select(WorkOrder.id)))
    for c in customers:
        assert 1 <= site_counts[c.id] <= 3, c.name_zh
        assert 2 <= contact_counts[c.id] <= 3, c.name_zh
    assert sum(c.grade is HospitalGrade.GRADE_3A for c in customers) > len(customers) / 2
    assert roles == set(UserRole)
    assert modalities == set(Modality)
    assert set(per_order) == orders
    assert set(per_order.values()) <= {1, 2}


def test_every_type_and_state_occurs(seeded: Store) -> None:
    with seeded.reading() as session:
        types = set(session.scalars(select(WorkOrder.type)))
        states = set(session.scalars(select(WorkOrder.state)))
    assert types == set(WorkOrderType)
    assert states == set(WorkOrderState)


def test_numbers_unique_with_two_character_prefixes(seeded: Store) -> None:
    with seeded.reading() as session:
        rows = session.execute(select(WorkOrder.number, WorkOrder.reported_at)).all()
    numbers = [r[0] for r in rows]
    assert len(set(numbers)) == len(numbers)
    for number, reported in rows:
        parsed = parse_number(number)
        assert parsed is not None, number
        assert len(parsed[1]) == 2
        assert parsed[0] == reported.year
    # Each (year, prefix) counts 1, 2, 3… in reported order.
    by_key: dict[tuple[int, str], list[tuple[datetime, int]]] = {}
    for number, reported in rows:
        year, prefix, seq = parse_number(number) or (0, "", 0)
        by_key.setdefault((year, prefix), []).append((reported, seq))
    for seqs in by_key.values():
        assert [s for _, s in sorted(seqs)] == list(range(1, len(seqs) + 1))


def test_timestamps_ordered_and_match_the_state(seeded: Store) -> None:
    start = datetime(TODAY.year, TODAY.month, TODAY.day, tzinfo=UTC)
    with seeded.reading() as session:
        orders = session.scalars(select(WorkOrder)).all()
    for w in orders:
        values = [getattr(w, name) for name in TIMES]
        reached = sum(v is not None for v in values)
        assert all(v is not None for v in values[:reached]), w.number  # no gaps
        if w.state is WorkOrderState.CANCELLED:
            assert reached <= 1, w.number
        else:
            assert reached == REACHED[w.state], (w.number, w.state)
        chain = [w.reported_at, *values[:reached]]
        assert chain == sorted(chain), w.number
        assert start - timedelta(days=366) <= w.reported_at < start, w.number
        assert chain[-1] <= start, w.number
        assert w.updated_by == "demo"


def test_equipment_rows_pass_the_form_rules(seeded: Store) -> None:
    with seeded.reading() as session:
        units = session.scalars(select(Equipment)).all()
        contacts = session.scalars(select(Contact)).all()
        customers = session.scalars(select(Customer)).all()
    for e in units:
        draft = EquipmentDraft(
            model_id=e.model_id,
            site_id=e.site_id,
            serial_number=e.serial_number,
            nmpa_registration_no=e.nmpa_registration_no,
            udi=e.udi,
            install_date=e.install_date,
            acceptance_date=e.acceptance_date,
            warranty_end=e.warranty_end,
            contract_level=e.contract_level,
            status=e.status,
            clinical_hours=e.clinical_hours,
        )
        assert draft.validate() == [], e.serial_number
        assert e.udi.startswith("(01)0") and e.udi.endswith(f"(21){e.serial_number}")
    assert len({e.serial_number for e in units}) == len(units)
    statuses = Counter(e.status.value for e in units)
    assert statuses["clinical"] > len(units) * 0.8
    assert statuses["installing"] >= 1 and statuses["down"] + statuses["limited"] >= 1
    for c in contacts:
        contact = ContactDraft(
            customer_id=c.customer_id, name=c.name, role=c.role, phone=c.phone, email=c.email
        )
        assert contact.validate() == [], c.name
    for h in customers:
        customer = CustomerDraft(h.name_zh, h.name_en, h.address, h.region, h.grade)
        assert customer.validate() == [], h.name_zh


def test_second_seed_adds_nothing(seeded: Store) -> None:
    before = counts(seeded)
    assert seed_demo(seeded, TODAY) == 0
    assert seed_demo(seeded, TODAY + timedelta(days=30)) == 0  # another day: still there
    assert counts(seeded) == before


def test_seeds_beside_the_users_own_records(fresh_store: Store) -> None:
    store = fresh_store
    with store.session() as session:
        session.add(Customer(name_zh="我的医院", grade=HospitalGrade.GRADE_2A, updated_by="me"))
        session.add(User(display_name="张伟", login="zhang.wei", role=UserRole.ENGINEER))
        session.add(EquipmentModel(maker="Varian", model="TrueBeam", modality=Modality.LINAC))
    assert seed_demo(store, TODAY) >= 100
    with store.reading() as session:
        names = set(session.scalars(select(Customer.name_zh)))
        logins = list(session.scalars(select(User.login)))
        truebeams = session.scalar(
            select(func.count())
            .select_from(EquipmentModel)
            .where(EquipmentModel.model == "TrueBeam")
        )
    assert "我的医院" in names and len(names) >= 16
    assert len(logins) == len(set(logins)) and "zhang.wei.demo" in logins
    assert truebeams == 1  # the user's own model row is reused, not duplicated
    assert seed_demo(store, TODAY) == 0


def test_same_today_gives_identical_data(
    tmp_path: Path, qapp: object, demo_templates: DemoTemplates
) -> None:
    """Two real seeds of the same day in new databases: one here, and the run's demo of
    that day (seeded by the same seed_demo in a new folder, maybe by another worker)."""
    stores = [make_store(tmp_path / name) for name in ("a", "b")]
    seed_demo(stores[0], TODAY)
    template, _ = demo_templates.template(TODAY, stores[1].user_login)
    copy_into(template, stores[1].engine)
    snapshots = []
    for s in stores:
        with s.reading() as session:
            snapshots.append(
                (
                    list(
                        session.execute(select(Customer.id, Customer.name_zh).order_by(Customer.id))
                    ),
                    list(session.scalars(select(WorkOrder.number).order_by(WorkOrder.number))),
                    list(
                        session.execute(
                            select(
                                WorkOrder.id, WorkOrder.reported_at, WorkOrder.updated_at
                            ).order_by(WorkOrder.id)
                        )
                    ),
                )
            )
    for s in stores:
        s.engine.dispose()
    assert snapshots[0] == snapshots[1]
    assert len(snapshots[0][1]) >= 100


@pytest.mark.parametrize("today", [date(2026, 12, 4), date(2025, 6, 3)])
def test_the_demo_has_reports_signed_this_month(tmp_path: Path, today: date) -> None:
    """The demo's year ends on the day it is made: the default batch export ("signed
    since the first of this month") finds reports on any day but the first, and the last
    signatures are from yesterday, not weeks ago."""
    store = make_store(tmp_path / "demo")
    seed_demo(store, today)
    found = report_export.signed_since(store, today.replace(day=1))
    with store.reading() as session:
        last = session.scalar(select(func.max(Signature.signed_at)))
    store.engine.dispose()
    assert found, "nothing signed since the first of the month"
    assert last is not None and (last + timedelta(hours=8)).date() == today - timedelta(days=1)


@pytest.mark.slow
def test_generate_script_makes_exactly_the_requested_total(tmp_path: Path) -> None:
    data_dir = tmp_path / "bench"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "generate.py"),
            "--data-dir",
            str(data_dir),
            "--work-orders",
            "2000",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "2000 work orders" in result.stdout
    store = make_store(data_dir)
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(WorkOrder)) == 2000
        numbers = list(session.scalars(select(WorkOrder.number)))
        assert len(set(numbers)) == 2000
        latest = session.scalar(select(func.max(WorkOrder.reported_at)))
    assert latest is not None and latest <= datetime.now(UTC)
    store.engine.dispose()


@pytest.mark.parametrize("count", ["-5", "many"])
def test_generate_script_refuses_a_bad_count(tmp_path: Path, count: str) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "generate.py"),
            "--data-dir",
            str(tmp_path / "bench"),
            "--work-orders",
            count,
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip().endswith(
        f"error: argument --work-orders: the total of work orders wanted is a whole number, "
        f"0 or more; not {count}"
    )
    assert not (tmp_path / "bench").exists()  # nothing made


def test_every_demo_signature_lies_on_the_pad(seeded: Store) -> None:
    """A signed demo order opens: every stroke parses within the pad's bounds (a stroke
    that ran past the right edge made the Signatures tab refuse the whole record)."""
    with seeded.reading() as session:
        stored = session.scalars(select(Signature.strokes)).all()
    assert len(stored) > 50
    for strokes in stored:
        assert strokes_from_json(strokes)
