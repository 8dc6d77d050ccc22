"""A repair's customer downtime (issue 14 §KPIs): recorded by the engineer, excluded from
uptime per the contract's flags, named in the drill-down, against hand-computed hours.

tests/test_uptime_kpis.seed: a linac working 10 h Monday..Friday and 4 h Saturday from
08:00 under a 97 % contract; 4 March 2026 a holiday: 226 h scheduled in March. Without
exclusions 11 h are lost: the weekend repair Fri 6th 22:00 → Mon 9th 09:00 loses Sat
08–12 and Mon 08–09 (5 h), the MLC repair Thu 12th 10:00 → 16:00 loses 6 h; a PM on
Mon 16th 08–12 is planned (4 h, excluded).

Here the MLC repair was the hospital's power cut (customer-caused: 6 h), and the
weekend repair waited for the customer Fri 6th 23:00 → Mon 9th 08:30, across two
midnights and the weekend: Sat 08–12 and Mon 08:00–08:30 (4.5 h) are not counted.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.db.service_plan import ServiceContract
from app.domain import local_time
from app.domain.enums import ReportKind
from app.domain.kpis import Grain, Kpi, Level
from app.domain.records import ValidationError
from app.domain.uptime import DowntimeCause, ExclusionReason
from app.reports.builder import build_report
from app.services.audit import history
from app.services.kpis.tables import load_tables
from app.services.kpis.uptime import load_uptime
from app.services.reports.report_content import gather
from app.services.store import Store
from app.services.work_orders import downtime
from tests.kpi_fixtures import bj
from tests.sync_helpers import Api
from tests.test_kpis_server import _copy_to_server
from tests.test_uptime_kpis import seed

pytest_plugins = ["tests.sync_fixtures"]

MARCH = (date(2026, 3, 1), date(2026, 3, 31))
POWER_CUT = "医院停电 (hospital power cut)"


@pytest.fixture(autouse=True)
def beijing() -> Iterator[None]:
    local_time.set_zone("Asia/Shanghai")
    yield
    local_time.set_zone(None)


def recorded(store: Store) -> dict[str, str]:
    """The seeded office, with the engineer's customer downtime recorded."""
    ids = seed(store)
    store.user_login = "li.na"  # the engineer of every seeded job
    downtime.set_cause(store, ids["again"], DowntimeCause.CUSTOMER_CAUSED, POWER_CUT)
    downtime.start_waiting(store, ids["weekend"], "机房未交给我们 (room not released)", bj(6, 23))
    downtime.customer_ready(store, ids["weekend"], bj(9, 8) + timedelta(minutes=30))
    return ids


def flags(store: Store, customer: bool, waiting: bool) -> None:
    with store.session() as session:
        contract = session.scalars(select(ServiceContract)).one()
        contract.excludes_customer_caused = customer
        contract.excludes_waiting_for_customer = waiting


def unit_row(store: Store, ids: dict[str, str], level: Level = Level.UNIT) -> dict[Kpi, object]:
    tables = load_tables(store, *MARCH, Grain.MONTH, levels=(level,), today=date(2026, 4, 30))
    key = ids["engineer"] if level is Level.ENGINEER else ids["unit"]
    (row,) = [r for r in tables.tables[level] if r.key == key]
    return row.figures  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("customer", "waiting", "lost", "excluded"),
    [
        (True, True, 0.5, 6 + 4.5 + 4),  # only Mon 08:30–09:00 counts
        (False, True, 6 + 0.5, 4.5 + 4),
        (True, False, 5.0, 6 + 4),
        (False, False, 11.0, 4.0),  # as if nothing was recorded: only the PM
    ],
)
def test_uptime_excludes_per_the_contracts_flags(
    store: Store, customer: bool, waiting: bool, lost: float, excluded: float
) -> None:
    ids = recorded(store)
    flags(store, customer, waiting)
    for level in (Level.UNIT, Level.ENGINEER):
        f = unit_row(store, ids, level)
        assert f[Kpi.HOURS_LOST].value == pytest.approx(lost), level  # type: ignore[attr-defined]
        assert f[Kpi.UPTIME].value == pytest.approx((226 - lost) / 226)  # type: ignore[attr-defined]
        assert f[Kpi.HOURS_EXCLUDED].value == pytest.approx(excluded)  # type: ignore[attr-defined]
        shortfall = max(0.0, lost - 0.03 * 226)
        assert f[Kpi.UPTIME_SHORTFALL_HOURS].value == pytest.approx(shortfall)  # type: ignore[attr-defined]
    alone = load_uptime(store, *MARCH)[(ids["unit"], "2026-03")]
    assert alone.lost_hours == pytest.approx(lost)
    assert alone.excluded_hours == pytest.approx(excluded)


def test_the_drill_down_names_each_exclusion_and_why(store: Store) -> None:
    ids = recorded(store)
    f = unit_row(store, ids)
    uptime = f[Kpi.UPTIME]
    why = {(e.job, e.reason): e.hours for e in uptime.exclusions}  # type: ignore[attr-defined]
    assert why == pytest.approx(
        {
            (ids["again"], ExclusionReason.CUSTOMER_CAUSED): 6.0,
            (ids["weekend"], ExclusionReason.WAITING_FOR_CUSTOMER): 4.5,
            (ids["pm2"], ExclusionReason.PLANNED): 4.0,
        }
    )
    # counted first (the weekend repair still lost half an hour), then the excluded
    assert uptime.jobs == (ids["weekend"], ids["again"], ids["pm2"])  # type: ignore[attr-defined]
    assert f[Kpi.HOURS_LOST].jobs == (ids["weekend"],)  # type: ignore[attr-defined]


def test_waiting_still_open_runs_until_the_unit_is_back(store: Store) -> None:
    ids = seed(store)
    store.user_login = "li.na"
    downtime.start_waiting(store, ids["weekend"], "等待医院审批 (approval pending)", bj(7, 10))
    shown = downtime.downtime(store, ids["weekend"])
    assert shown.waiting is not None and shown.waiting.ended_at is None
    # Sat 10–12 and Mon 08–09 waited: of the weekend's 5 h only Sat 08–10 count.
    f = unit_row(store, ids)
    assert f[Kpi.HOURS_LOST].value == pytest.approx(2.0 + 6.0)  # type: ignore[attr-defined]


def test_rules_refuse_bad_entries(store: Store) -> None:
    ids = seed(store)
    store.user_login = "li.na"
    with pytest.raises(ValidationError) as caught:
        downtime.set_cause(store, ids["again"], DowntimeCause.CUSTOMER_CAUSED, "  ")
    assert caught.value.errors[0].field == "reason"
    with pytest.raises(ValidationError):  # before the fault was reported
        downtime.start_waiting(store, ids["again"], "access refused", bj(12, 9))
    first = downtime.start_waiting(store, ids["again"], "access refused", bj(12, 11))
    with pytest.raises(ValidationError):  # one open period at a time
        downtime.start_waiting(store, ids["again"], "again", bj(12, 12))
    downtime.customer_ready(store, ids["again"], bj(12, 13))
    with pytest.raises(ValidationError):  # overlaps the first
        downtime.start_waiting(store, ids["again"], "again", bj(12, 12))
    with pytest.raises(ValidationError):  # end before start
        downtime.edit_wait(store, first, bj(12, 13), bj(12, 12), "access refused")
    downtime.edit_wait(store, first, bj(12, 11), bj(12, 14), "门禁未开 (access refused)")
    (wait,) = downtime.downtime(store, ids["again"]).waits
    assert (wait.started_at, wait.ended_at, wait.hours) == (bj(12, 11), bj(12, 14), 3.0)
    # a PM is planned work: no downtime cause to record on it
    with pytest.raises(ValidationError):
        downtime.set_cause(store, ids["pm2"], DowntimeCause.CUSTOMER_CAUSED, "x")


def test_only_the_assigned_engineer_or_the_manager_records(store: Store) -> None:
    ids = seed(store)
    store.user_login = "someone.else"  # an engineer (the default role), not assigned
    assert not downtime.may_record(store, ids["again"])
    with pytest.raises(ValidationError):
        downtime.start_waiting(store, ids["again"], "x", bj(12, 11))
    store.user_login = "li.na"
    assert downtime.may_record(store, ids["again"])


def test_changes_are_audited(store: Store) -> None:
    ids = recorded(store)
    downtime.set_cause(store, ids["again"], DowntimeCause.FAILURE)
    shown = downtime.downtime(store, ids["again"])
    assert (shown.cause, shown.reason) == (DowntimeCause.FAILURE, "")
    with store.reading() as session:
        from app.db.downtime import RepairDowntimeCause

        row_id = session.scalars(select(RepairDowntimeCause.id)).one()
    changed = history(store, "downtime_cause", row_id)
    assert {(r.field, r.new_value) for r in changed} >= {("cause", "failure"), ("reason", "")}
    assert any(r.new_value == POWER_CUT for r in changed)


def test_the_server_agrees_and_names_the_exclusions(store: Store, api: Api) -> None:
    recorded(store)
    _copy_to_server(store, api)
    manager = api.session("zhou.jianguo", "service_manager")
    for level in (Level.UNIT, Level.ENGINEER, Level.ALL):
        answer = manager.get(
            "/kpis", params={"from": "2026-03-01", "to": "2026-03-31", "level": level.value}
        )
        assert answer.status_code == 200, answer.text
        (row,) = answer.json()["rows"]
        laptop = load_tables(store, *MARCH, levels=(level,)).tables[level][0]
        for kpi in Kpi:
            mine = laptop.figures[kpi].value
            assert row["figures"][kpi.value]["value"] == pytest.approx(mine), (level, kpi)
        assert row["figures"]["hours_lost"]["value"] == pytest.approx(0.5)
        excluded = {
            (e["work_order"], e["reason"]): e["hours"] for e in row["figures"]["uptime"]["excluded"]
        }
        assert excluded == pytest.approx(
            {
                ("WO-again", "customer_caused"): 6.0,
                ("WO-weekend", "waiting_for_customer"): 4.5,
                ("WO-pm2", "planned"): 4.0,
            }
        )


def _report_text(store: Store, order_id: str, language: str, folder: Path) -> str:
    target = folder / f"report-{language}.pdf"
    build_report(gather(store, order_id, ReportKind.SERVICE, language), target)
    return "\n".join(page.extract_text() or "" for page in PdfReader(target).pages)


def test_the_repair_report_states_the_customers_part(store: Store, tmp_path: Path) -> None:
    ids = recorded(store)
    chinese = _report_text(store, ids["weekend"], "zh_CN", tmp_path)
    assert "停机原因与等待客户" in chinese and "设备故障" in chinese
    # Fri 23:00 → Mon 08:30 Beijing time: 57.5 h waited
    assert "2026-03-06 23:00 UTC+8" in chinese and "2026-03-09 08:30 UTC+8" in chinese
    assert "57.5" in chinese and "机房未交给我们" in chinese
    assert "等待客户共 1 次，57.5 小时" in chinese
    english = _report_text(store, ids["again"], "en", tmp_path)
    assert "Downtime cause and waiting for the customer" in english
    assert f"Caused by the customer: {POWER_CUT}" in english
    # a repair with nothing of the customer's recorded prints no such section
    store.user_login = "li.na"
    downtime.set_cause(store, ids["again"], DowntimeCause.FAILURE)
    assert "Downtime cause" not in _report_text(store, ids["again"], "en", tmp_path)


def test_the_xlsx_says_what_was_not_counted_and_why(store: Store, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from app.services.kpis.export import export_tables

    recorded(store)
    out = tmp_path / "kpis.xlsx"
    export_tables(load_tables(store, *MARCH, today=date(2026, 4, 30)), out, lambda t: t)
    book = load_workbook(out)
    header = [c.value for c in book["Engineer"][1]]
    row = dict(zip(header, [c.value for c in book["Engineer"][2]], strict=True))
    assert row["Engineer"] == "李娜" and row["Uptime"] == pytest.approx(225.5 / 226)
    assert row["Excluded (h)"] == pytest.approx(14.5)
    drill = [[c.value for c in r] for r in book["Behind the figures"].iter_rows()]
    assert drill[0][-1] == "not counted"
    (unit,) = [r for r in drill if r[0] == "Unit" and r[3] == "Uptime"]
    assert unit[5] == (
        "WO-weekend: waiting for the customer 4.5 h; WO-again: caused by the customer 6.0 h; "
        "WO-pm2: planned work 4.0 h"
    )
