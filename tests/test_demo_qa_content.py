"""The demo shows the QA content of issue 11 §4: a source exchange done on a demo
afterloader (its checklist offered first and completed, on the signed report), each
added template with a finished run, and a site with its own action level that judges
the runs started there."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.db.fieldwork import ChecklistRun
from app.db.models import Equipment, WorkOrder
from app.db.site_levels import SiteActionLevel
from app.demo.qa_content import DESCRIPTION, RUNS_ON, SITE_REASON
from app.domain.enums import Modality, RunState, Verdict, WorkOrderType
from app.domain.report_kinds import report_kind_of
from app.services.checklists import checklist_runs as runs
from app.services.checklists import work_order_checklists
from app.services.reports.report_content import gather
from app.services.store import Store
from tests import factories
from tests.db_templates import DemoSeed
from tests.test_reports import build, page_texts, squeeze

TODAY = date(2026, 12, 4)
EXCHANGE = "afterloader_source_exchange"


def test_the_demo_exchanges_a_source_and_keeps_a_site_level(
    store: Store, tmp_path: Path, demo_seed: DemoSeed
) -> None:
    demo_seed(store, TODAY)
    with store.reading() as session:
        run = session.scalars(
            select(ChecklistRun).where(ChecklistRun.template_id == EXCHANGE)
        ).one()
        order = session.get(WorkOrder, run.work_order_id)
        assert order is not None
        order_id, description, run_state = order.id, order.description, run.state
        modality = order.equipment.model.modality
        added = set(
            session.scalars(
                select(ChecklistRun.template_id).where(ChecklistRun.template_id.in_(RUNS_ON))
            )
        )
        level = session.scalars(select(SiteActionLevel)).one()
        linac = session.scalars(
            select(Equipment.id).where(Equipment.site_id == level.site_id).order_by(Equipment.id)
        ).first()
    assert (modality, description, run_state) == (
        Modality.AFTERLOADER,
        DESCRIPTION,
        RunState.COMPLETED,
    )
    assert added == set(RUNS_ON)
    view = runs.load_run(store, run.id)
    assert runs.summary(view).passed == 19
    assert work_order_checklists.templates_for(store, order_id).fitting[0].id == EXCHANGE
    assert (level.action, level.set_by, level.reason) == ("2.5", "吴敏", SITE_REASON)
    content = gather(store, order_id, report_kind_of(WorkOrderType.PREVENTIVE_MAINTENANCE), "zh_CN")
    text = squeeze("\n".join(page_texts(build(content, tmp_path))))
    assert "后装机换源" in text and "井型电离室" in text and "旧源返还" in text
    assert "D36K-2611" in text and "巡检及预防性维护报告" in text
    # the site's level (2.5 %) judges a run started there: 2.8 % fails, not a warning
    assert linac is not None
    linac_order = factories.work_order(store, linac, "月度巡检", WorkOrderType.INSPECTION).id
    run_id = runs.start_run(store, linac_order, "linac_qa_monthly_tg142", "")  # the unit's class
    assert runs.record_value(store, run_id, "xray_output", "2.8").verdict is Verdict.FAIL
