"""The monthly service report per hospital (issue 14): what the PDF says in both
languages, its seal, and the command writing one file per hospital with activity."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.db.fieldwork import AwaitedPart, RepairRecord
from app.db.models import Customer, WorkOrder, WorkOrderAssignment
from app.db.service_plan import PlanVisit
from app.domain.enums import Priority, TrialRunResult, WorkOrderState, WorkOrderType
from app.domain.service_plan import VisitState
from app.reports.pdf_signing import device_identity, verify_pdf
from app.reports.pdf_trust import TrustAnchors
from app.services.monthly_report import export, gathering
from app.services.store import Store
from tests import factories
from tests.kpi_fixtures import seed_trend
from tests.plan_helpers import people, unit_under_contract

APRIL = date(2026, 4, 1)
BJ = timedelta(hours=8)


def bj(month: int, day: int, hour: int) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC) - BJ


@pytest.fixture
def office(store: Store) -> dict[str, str]:
    return seed_office(store)


def seed_office(store: Store) -> dict[str, str]:
    """Jiangsu: a repair, an open repair awaiting a part and the monthly QA in April,
    a visit planned in May. Zhejiang: a repair in March only. Hubei: nothing."""
    people(store)  # the store acts as the service manager, who keeps contracts
    jiangsu, unit, contract = unit_under_contract(store, "江苏省肿瘤医院", "H191234")
    zhejiang, _site, other_unit = factories.hospital_with_unit(store, "浙江省肿瘤医院", "B77001")
    factories.hospital_with_unit(store, "湖北省肿瘤医院", "C55001")
    engineer = factories.engineer(store, "zhang.min", "张敏")
    seed_trend(store, unit)  # QA-1..QA-5 on the 10th of Jan..May; April's is 2.4 %
    with store.session() as session:
        session.get(Customer, jiangsu).name_en = "Jiangsu Cancer Hospital"  # type: ignore[union-attr]

        def order(number: str, unit_id: str, state: WorkOrderState, **stamps: datetime) -> str:
            row = WorkOrder(
                number=number,
                type=WorkOrderType.REPAIR,
                state=state,
                priority=Priority.HIGH,
                equipment_id=unit_id,
                description="故障报修",
                **stamps,
            )
            session.add(row)
            session.flush()
            session.add(WorkOrderAssignment(work_order_id=row.id, user_id=engineer))
            return row.id

        fixed = order(
            "WO-APR-FIX",
            unit,
            WorkOrderState.CLOSED,
            reported_at=bj(4, 6, 9),
            arrived_at=bj(4, 6, 11),
            finished_at=bj(4, 6, 15),
        )
        session.add(
            RepairRecord(
                work_order_id=fixed,
                symptom="剂量率输出不稳定",
                cause="电离室老化",
                actions="更换剂量电离室并校准",
                trial_run_result=TrialRunResult.PASSED,
            )
        )
        waiting = order(
            "WO-APR-OPEN", unit, WorkOrderState.AWAITING_PARTS, reported_at=bj(4, 28, 10)
        )
        session.add(
            AwaitedPart(
                work_order_id=waiting,
                description="MLC 驱动电机",
                quantity=2,
                expected_on=date(2026, 5, 8),
            )
        )
        order(
            "WO-MAR-ZJ",
            other_unit,
            WorkOrderState.CLOSED,
            reported_at=bj(3, 3, 9),
            finished_at=bj(3, 3, 17),
        )
        for day, state in ((14, VisitState.APPROVED), (20, VisitState.PROPOSED)):
            session.add(
                PlanVisit(
                    equipment_id=unit,
                    contract_id=contract,
                    year=2026,
                    kind=WorkOrderType.PREVENTIVE_MAINTENANCE,
                    planned_on=date(2026, 5, day),
                    start_minute=18 * 60,
                    window_start=date(2026, 5, 1),
                    window_end=date(2026, 5, 31),
                    engineer_id=engineer,
                    state=state,
                )
            )
    return {"jiangsu": jiangsu, "zhejiang": zhejiang, "unit": unit}


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def flat(text: str) -> str:
    """Extracted text without line breaks or spaces (table cells wrap anywhere)."""
    return "".join(text.split())


def write(store: Store, hospital_id: str, language: str, out: Path) -> Path:
    place = gathering.hospital(store, hospital_id)
    target = out / export.report_filename(APRIL, place, language)  # type: ignore[arg-type]
    return export.export_hospital(store, place, APRIL, language, target)  # type: ignore[arg-type]


def test_only_hospitals_with_a_visit_or_repair_that_month(
    store: Store, office: dict[str, str]
) -> None:
    april = [h.name_zh for h in gathering.hospitals_with_activity(store, APRIL)]
    march = [h.name_zh for h in gathering.hospitals_with_activity(store, date(2026, 3, 1))]
    assert april == ["江苏省肿瘤医院"]
    assert sorted(march) == ["江苏省肿瘤医院", "浙江省肿瘤医院"]  # QA-3 and WO-MAR-ZJ
    assert gathering.hospitals_with_activity(store, date(2026, 7, 1)) == []


def test_chinese_report_lists_units_jobs_open_items_trend_and_next_month(
    store: Store, office: dict[str, str], tmp_path: Path
) -> None:
    text = pdf_text(write(store, office["jiangsu"], "zh_CN", tmp_path))
    joined = flat(text)
    assert "月度服务报告" in text
    assert "江苏省肿瘤医院" in joined
    assert "VarianTrueBeam·H191234" in joined and "SC-H191234" in joined
    # the month's repair with its outcome, the April QA; not March's or May's jobs
    assert "WO-APR-FIX" in joined and "剂量率输出不稳定" in joined
    assert "更换剂量电离室并校准" in joined and "维修完成" in joined
    assert (
        "QA-4" in joined and "直线加速器每月质控（AAPMTG-142）" in joined
    )  # what was done: its checklist
    assert "QA-3" not in joined and "QA-5" not in joined and "WO-MAR-ZJ" not in joined
    # open at the month's end, with the part it awaits
    assert "WO-APR-OPEN" in joined and "MLC驱动电机×2(2026-05-08)" in joined
    # the QA trend: four values (Jan..Apr), April's 2.4 % beyond the ±2 % tolerance
    assert "X射线输出剂量稳定性，相对基准偏差" in joined
    assert "2.4%" in joined
    # next month: the approved visit, not the proposal
    assert "下月服务计划（2026年5月）" in joined
    assert "2026-05-14" in joined and "18:00" in joined and "张敏" in joined
    assert "2026-05-20" not in joined
    assert "第1页，共" in joined


def test_uptime_against_the_guarantee_from_the_office_computation(
    store: Store, office: dict[str, str], tmp_path: Path
) -> None:
    """April 2026: 22 weekdays × 10 h + 4 Saturdays × 4 h = 236 scheduled hours. Lost:
    the Monday repair 09:00–15:00 (6 h) and the repair open since Tuesday 28th 10:00
    (8 + 10 + 10 h): 34 h. Uptime 202/236 = 85.59 %; 95 % allows 11.8 h, so 22.2 h short.
    The April QA is planned work, excluded by the contract."""
    figures = export.month_uptime(store, APRIL)
    unit = figures[office["unit"]]
    assert (unit.scheduled_hours, unit.lost_hours) == (236.0, 34.0)
    assert unit.uptime_percent == pytest.approx(202 / 236 * 100)
    assert unit.guarantee_percent == pytest.approx(95.0)
    assert unit.shortfall_hours == pytest.approx(22.2)
    joined = flat(pdf_text(write(store, office["jiangsu"], "zh_CN", tmp_path)))
    assert "开机率与合同保证值" in joined
    assert "VarianTrueBeam·H191234236小时34小时85.59%95%未达到·22.2小时" in joined
    english = flat(pdf_text(write(store, office["jiangsu"], "en", tmp_path)))
    assert "236h34h85.59%95%notmet·22.2h" in english


def test_english_report_speaks_english(
    store: Store, office: dict[str, str], tmp_path: Path
) -> None:
    path = write(store, office["jiangsu"], "en", tmp_path)
    assert path.name == "2026-04_Jiangsu Cancer Hospital_en.pdf"
    text = pdf_text(path)
    joined = flat(text)
    assert "Monthly service report" in text
    assert "Jiangsu Cancer Hospital" in text
    assert "Visits and repairs this month" in text
    assert "WO-APR-FIX" in joined and "Repaired" in text
    assert "Open items at the month's end" in text and "WO-APR-OPEN" in joined
    assert "Next month's plan (May 2026)" in text
    assert "2026-05-14" in joined and "Preventive maintenance" in text
    assert "2026-05-20" not in joined
    assert "月度服务报告" not in text


def test_the_seal_validates_and_a_changed_byte_breaks_it(
    store: Store, office: dict[str, str], tmp_path: Path
) -> None:
    path = write(store, office["jiangsu"], "zh_CN", tmp_path)
    anchors = TrustAnchors(own=device_identity(store.data_dir).certificate)
    check = verify_pdf(path, anchors=anchors)
    assert check.valid, check.detail
    data = bytearray(path.read_bytes())
    at = data.index(b"/Producer")  # inside the signed byte range
    data[at + 1] = ord("Q")
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    assert not verify_pdf(tampered, anchors=anchors).valid


def test_command_writes_one_file_per_hospital_with_activity(
    store: Store,
    office: dict[str, str],
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app.cli import main

    out = tmp_path / "monthly"
    args = ["--data-dir", str(data_dir), "monthly-report", "--month", "2026-04", "--out"]
    assert main([*args, str(out)]) == 0
    assert [p.name for p in out.iterdir()] == ["2026-04_江苏省肿瘤医院_zh_CN.pdf"]
    assert main([*args, str(tmp_path / "en"), "--lang", "en"]) == 0
    assert [p.name for p in (tmp_path / "en").iterdir()] == [
        "2026-04_Jiangsu Cancer Hospital_en.pdf"
    ]
    march = tmp_path / "march"
    assert main([*args[:-2], "2026-03", "--out", str(march)]) == 0
    assert sorted(p.name for p in march.iterdir()) == [
        "2026-03_江苏省肿瘤医院_zh_CN.pdf",
        "2026-03_浙江省肿瘤医院_zh_CN.pdf",
    ]
    empty = tmp_path / "july"
    assert main([*args[:-2], "2026-07", "--out", str(empty)]) == 0
    assert list(empty.iterdir()) == []
    assert "no hospital had a visit or repair in 2026-07" in capsys.readouterr().out


def test_command_refuses_a_month_that_is_not_one(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", str(data_dir), "monthly-report", "--month", "2026-13", "--out", "x"])
    assert stopped.value.code == 2
    assert "not a month (YYYY-MM): '2026-13'" in capsys.readouterr().err


def test_one_hospital_failing_does_not_stop_the_others(
    store: Store,
    office: dict[str, str],
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.cli import main

    real = export.gather

    def gather(store: Store, customer_id: str, *args: object, **kwargs: object) -> object:
        if customer_id == office["zhejiang"]:
            raise OSError(28, "No space left on device")
        return real(store, customer_id, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(export, "gather", gather)
    out = tmp_path / "march"
    code = main(
        ["--data-dir", str(data_dir), "monthly-report", "--month", "2026-03", "--out", str(out)]
    )
    assert code == 1
    assert [p.name for p in out.iterdir()] == ["2026-03_江苏省肿瘤医院_zh_CN.pdf"]
    assert "浙江省肿瘤医院: [Errno 28] No space left on device" in capsys.readouterr().err
