"""One clock for local time: the installation's zone decides a work order's year, the
times on a report and "today"; stored times stay UTC."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain import local_time
from app.domain.enums import ReportKind
from app.installation import load_time_zone
from app.reports.builder import build_report
from app.services.reports.report_content import gather
from app.services.store import Store
from tests.factories import hospital_with_unit, work_order

NEW_YEAR_IN_BEIJING = datetime(2025, 12, 31, 17, 30, tzinfo=UTC)  # 01:30 on 1 January


@pytest.fixture(autouse=True)
def system_zone_after() -> Iterator[None]:
    yield
    local_time.set_zone(None)


def test_a_job_reported_after_midnight_in_beijing_takes_the_new_years_number(
    store: Store,
) -> None:
    local_time.set_zone("Asia/Shanghai")
    _, _, unit = hospital_with_unit(store)
    made = work_order(store, unit, reported_at=NEW_YEAR_IN_BEIJING)
    assert made.number.startswith("WO-2026-")
    assert made.number.endswith("-00001")
    # The same moment on a laptop set to London is still last year.
    local_time.set_zone("Europe/London")
    later = work_order(store, unit, reported_at=NEW_YEAR_IN_BEIJING)
    assert later.number.startswith("WO-2025-")


def test_the_zone_comes_from_the_installations_settings(data_dir: Path) -> None:
    (data_dir / "settings.ini").write_text("[General]\ntime_zone=America/New_York\n")
    load_time_zone(data_dir)
    assert local_time.zone_name() == "America/New_York"
    assert local_time.local(NEW_YEAR_IN_BEIJING).hour == 12
    (data_dir / "settings.ini").write_text("[General]\ntime_zone=Mars/Olympus\n")
    load_time_zone(data_dir)  # an unknown name: the system's zone, no stop
    assert local_time.zone_name() == ""
    assert local_time.offset_label(NEW_YEAR_IN_BEIJING) == "UTC+8"  # tests run in Beijing


def test_a_report_read_in_another_zone_prints_that_zone(store: Store, tmp_path: Path) -> None:
    _, _, unit = hospital_with_unit(store)
    made = work_order(store, unit, reported_at=datetime(2026, 3, 2, 8, 30, tzinfo=UTC))
    texts = {}
    for zone in ("Asia/Shanghai", "Europe/Berlin"):
        local_time.set_zone(zone)
        content = gather(store, made.id, ReportKind.SERVICE, "en")
        path = tmp_path / f"{zone.replace('/', '_')}.pdf"
        build_report(content, path)
        texts[zone] = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "2026-03-02 16:30 UTC+8" in texts["Asia/Shanghai"]
    assert "2026-03-02 09:30 UTC+1" in texts["Europe/Berlin"]
    assert "UTC+8" not in texts["Europe/Berlin"]


def test_offsets_print_as_people_write_them() -> None:
    local_time.set_zone("Asia/Kolkata")
    assert local_time.offset_label(NEW_YEAR_IN_BEIJING) == "UTC+5:30"
    local_time.set_zone("UTC")
    assert local_time.offset_label(NEW_YEAR_IN_BEIJING) == "UTC"
    assert local_time.from_local(datetime(2026, 1, 1, 0, 0)) == datetime(2026, 1, 1, tzinfo=UTC)
    with pytest.raises(local_time.UnknownZoneError):
        local_time.set_zone("Nowhere/Else")
