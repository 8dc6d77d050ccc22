"""The annual plan on a large installed base: generating a year's plan and opening the
month calendar.

Adds hospitals, units (with contracts) and engineers to the demo until there are
`--units` units, then times, the median of a few rounds each:

* generating next year's plan (`planning.propose`: reads the contracts, holidays, last
  visits and engineers' history and places every visit), against the same reads as
  bare Core statements. Goal ≤ 2 s.
* generating and saving it, what the manager's "Generate plan" runs
  (`planning.generate_plan` once, on the fresh file database: the above plus every
  visit written with one executemany, queued for sync as the audited session queues
  it, and audited as the generation — one entry for it and one per visit holding its
  first values, app/services/bulk_rows.py and audit.record_generated), against the raw
  reads plus one driver executemany of as many rows (rolled back). Goal ≤ 2 s. (An
  audit entry per field, as a flush writes for a visit added by hand, was ~232,000
  entries and ~5 s here.)
* generating it again, which replaces the proposed visits (each soft-deleted,
  audited and queued): reported, no goal.
* opening the month calendar: `views.calendar_entries` for the six-week grid (the
  planned visits and the work orders booked outside the plan), the conflicts and the
  calendar model's fill, against the visits' select as a bare Core statement.
  Goal ≤ 200 ms (it runs in a worker; the grid is filled at once on the GUI thread).

    python benchmarks/plan.py [--units 2000] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ROUNDS = 3
GENERATE_GOAL_S = 2.0
STORE_GOAL_S = 2.0  # generating and saving, audited and queued for sync
MONTH_GOAL_MS = 200.0
TODAY = date(2026, 12, 4)
YEAR = TODAY.year + 1
ENGINEERS = 40
REGIONS = ["江苏", "浙江", "上海", "山东", "广东", "四川", "湖北", "湖南", "河南", "福建"]


def _median(work: Callable[[], Any], rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _grow(store: Any, units: int) -> None:
    """Adds hospitals, units with contracts and engineers in bulk (Core, one transaction)."""
    from sqlalchemy import func, insert, select

    from app.db.models import Customer, Equipment, EquipmentModel, Site, User
    from app.db.service_plan import ServiceContract
    from app.domain.enums import ContractLevel, EquipmentStatus, HospitalGrade, UserRole
    from app.domain.ids import uuid7
    from app.domain.service_plan import UptimeClock

    rng = random.Random(13)
    now = datetime.now(UTC)
    stamps = {"created_at": now, "updated_at": now, "updated_by": "bench"}
    with store.session() as session:
        have = session.scalar(select(func.count()).select_from(Equipment)) or 0
        models = session.scalars(select(EquipmentModel.id)).all()
        customers, sites, equipment, contracts, users = [], [], [], [], []
        for i in range(max(0, units - have)):
            if i % 8 == 0:
                customer_id, site_id = uuid7(), uuid7()
                region = REGIONS[(i // 8) % len(REGIONS)]
                customers.append(
                    {
                        "id": customer_id,
                        "name_zh": f"{region}第{i // 8 + 1}医院",
                        "name_en": "",
                        "address": "",
                        "region": region,
                        "grade": HospitalGrade.GRADE_3A,
                        **stamps,
                    }
                )
                sites.append(
                    {
                        "id": site_id,
                        "customer_id": customer_id,
                        "name": "放疗科",
                        "building": "",
                        **stamps,
                    }
                )
            unit_id = uuid7()
            equipment.append(
                {
                    "id": unit_id,
                    "model_id": rng.choice(models),
                    "site_id": site_id,
                    "serial_number": f"BP{i:06d}",
                    "nmpa_registration_no": "",
                    "udi": "",
                    "contract_level": ContractLevel.FULL_SERVICE,
                    "status": EquipmentStatus.CLINICAL,
                    "clinical_hours": [10, 10, 10, 10, 10, rng.choice((0, 4)), 0],
                    **stamps,
                }
            )
            contracts.append(
                {
                    "id": uuid7(),
                    "equipment_id": unit_id,
                    "number": f"BC{i:06d}",
                    "level": ContractLevel.FULL_SERVICE,
                    "starts_on": date(TODAY.year, 1, 1),
                    "ends_on": date(YEAR, 12, 31),
                    "pm_visits_per_year": 4,
                    "inspections_per_year": rng.choice((4, 8)),
                    "response_hours": 24,
                    "uptime_percent": 95.0,
                    "excludes_planned": True,
                    "excludes_customer_caused": True,
                    "excludes_waiting_for_customer": True,
                    "uptime_clock": UptimeClock.BUSINESS_HOURS,
                    "clinical_day_start": 480,
                    "notes": "",
                    **stamps,
                }
            )
        for i in range(ENGINEERS):
            users.append(
                {
                    "id": uuid7(),
                    "display_name": f"工程师{i:02d}",
                    "login": f"bench.eng{i:02d}",
                    "role": UserRole.ENGINEER,
                    "phone": "",
                    **stamps,
                }
            )
        for table, rows in (
            (Customer, customers),
            (Site, sites),
            (Equipment, equipment),
            (ServiceContract, contracts),
            (User, users),
        ):
            if rows:
                session.connection().execute(insert(table), rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--units", type=int, default=2000)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    tmp = tempfile.TemporaryDirectory()
    data = args.data_dir or Path(tmp.name) / "data"
    from PySide6.QtGui import QGuiApplication
    from sqlalchemy import select

    from app.db.schema import open_database
    from app.demo.seed import seed_demo
    from app.paths import backups_dir, database_path
    from app.services.service_plan import planning, views
    from app.services.store import Store
    from app.ui.service_plan.calendar_model import CalendarModel

    app = QGuiApplication([])
    opened = open_database(database_path(data), backups_dir(data))
    store = Store(opened.engine, data, "zhou.jianguo")
    seed_demo(store, TODAY)
    _grow(store, args.units)

    with store.reading() as session:
        units = len(planning.units_to_plan(session, YEAR))

    def plan_only() -> None:
        with store.reading() as session:
            planning.propose(session, YEAR)

    generate_s = _median(plan_only)
    raw_reads_s = _median(lambda: _raw_generate(store, 0))
    started = time.perf_counter()
    made = planning.generate_plan(store, YEAR)
    store_s = time.perf_counter() - started
    raw_store_s = _median(lambda: _raw_generate(store, made.visits), 1)
    started = time.perf_counter()
    planning.generate_plan(store, YEAR)
    again_s = time.perf_counter() - started
    first = date(YEAR, 3, 1)
    grid = first - timedelta(days=first.weekday())
    last = grid + timedelta(days=41)
    model = CalendarModel()

    def open_month() -> None:
        rows = views.calendar_entries(store, grid, last)
        model.show_month(first, rows, views.conflicting(rows))

    def raw_month() -> None:
        with store.reading() as session:
            session.execute(
                views._query(None).where(  # noqa: SLF001 - the same select
                    views.PlanVisit.planned_on >= grid, views.PlanVisit.planned_on <= last
                )
            ).all()

    month_ms = _median(open_month, 5) * 1000
    raw_month_ms = _median(raw_month, 5) * 1000
    shown = len(views.calendar_entries(store, grid, last))
    ok_generate = generate_s <= GENERATE_GOAL_S
    ok_month = month_ms <= MONTH_GOAL_MS
    ok_store = store_s <= STORE_GOAL_S
    print(f"units under contract {units}, visits a year {made.visits}")  # noqa: T201
    print(  # noqa: T201
        f"generate plan        {generate_s * 1000:8.1f} ms  raw {raw_reads_s * 1000:7.1f} ms  "
        f"ratio {generate_s / raw_reads_s:5.1f}  {'ok' if ok_generate else 'SLOW'}"
    )
    print(  # noqa: T201
        f"generate + save     {store_s * 1000:8.1f} ms  raw {raw_store_s * 1000:7.1f} ms  "
        f"ratio {store_s / raw_store_s:5.1f}  {'ok' if ok_store else 'SLOW'}"
    )
    print(  # noqa: T201
        f"generate again       {again_s * 1000:8.1f} ms  (replaces the {made.visits} proposed)"
    )
    print(  # noqa: T201
        f"open month calendar  {month_ms:8.1f} ms  raw {raw_month_ms:7.1f} ms  "
        f"ratio {month_ms / raw_month_ms:5.1f}  ({shown} entries)  {'ok' if ok_month else 'SLOW'}"
    )
    del select, app
    opened.engine.dispose()
    sys.exit(0 if ok_generate and ok_month and ok_store else 1)


def _raw_generate(store: Any, visits: int) -> None:
    """The planner's reads as bare statements and one driver executemany of `visits`
    rows in their storage form, rolled back: what the database itself costs."""
    from sqlalchemy import func, select

    from app.db.models import Customer, Equipment, EquipmentModel, Site, User, WorkOrder
    from app.db.models import WorkOrderAssignment as A
    from app.db.service_plan import ClinicalException, PlanVisit, ServiceContract
    from app.domain.enums import WorkOrderType
    from app.domain.ids import uuid7

    c = ServiceContract
    with store.engine.connect() as con:
        trans = con.begin()
        con.execute(
            select(
                c.id,
                c.equipment_id,
                c.starts_on,
                c.ends_on,
                Equipment.clinical_hours,
                Site.customer_id,
                Customer.region,
                EquipmentModel.modality,
            )
            .join(Equipment, Equipment.id == c.equipment_id)
            .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
            .join(Site, Site.id == Equipment.site_id)
            .join(Customer, Customer.id == Site.customer_id)
        ).all()
        con.execute(select(ClinicalException.equipment_id, ClinicalException.day)).all()
        con.execute(
            select(
                WorkOrder.equipment_id, WorkOrder.type, func.max(WorkOrder.finished_at)
            ).group_by(WorkOrder.equipment_id, WorkOrder.type)
        ).all()
        con.execute(
            select(A.user_id, EquipmentModel.modality, Customer.region)
            .join(WorkOrder, WorkOrder.id == A.work_order_id)
            .join(Equipment, Equipment.id == WorkOrder.equipment_id)
            .join(EquipmentModel, EquipmentModel.id == Equipment.model_id)
            .join(Site, Site.id == Equipment.site_id)
            .join(Customer, Customer.id == Site.customer_id)
            .distinct()
        ).all()
        con.execute(select(User.id)).all()
        now = datetime.now(UTC)
        unit = con.execute(select(c.id, c.equipment_id)).first()
        assert unit is not None
        day = date(YEAR, 1, 1)
        if visits:
            columns = [c.name for c in PlanVisit.__table__.columns]
            row = {
                "equipment_id": unit[1],
                "contract_id": unit[0],
                "year": YEAR,
                "kind": WorkOrderType.INSPECTION.value,
                "template_id": "",
                "planned_on": day.isoformat(),
                "start_minute": 540,
                "duration_minutes": 120,
                "window_start": day.isoformat(),
                "window_end": day.isoformat(),
                "state": "proposed",
                "approved_by": "",
                "reschedule_reason": "",
                "created_at": now.strftime("%Y-%m-%d %H:%M:%S.%f"),
                "updated_at": now.strftime("%Y-%m-%d %H:%M:%S.%f"),
                "updated_by": "bench",
            }
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" * len(columns))
            con.exec_driver_sql(
                f"INSERT INTO plan_visit ({names}) VALUES ({marks})",
                [
                    tuple(uuid7() if c == "id" else row.get(c) for c in columns)
                    for _ in range(visits)
                ],
            )
        trans.rollback()


if __name__ == "__main__":
    main()
