"""The QA content of issue 11 §4 in the demo, added with the field work (before the
signatures, which cover the runs):

- a source exchange done on a demo afterloader: its last finished maintenance job was
  the exchange, and its source-exchange checklist is filled in from the certificate to
  the old source's return;
- a finished run of each template the issue added, on a job of a unit it fits (WS 674
  status test, TG-66 / WS 519 CT QA, WS 262 afterloader QC, Halcyon acceptance after
  an upgrade);
- a hospital site whose physicist (quality control, 吴敏) set a 2.5 % monthly output
  action level instead of the template's 3 %, with the reason.

Deterministic like the rest of the demo: the same `today`, the same data.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.fieldwork import ChecklistRun, ChecklistValue
from app.db.models import WorkOrder
from app.db.site_levels import SiteActionLevel
from app.demo.checklists import add_finished_run
from app.demo.rows import DEMO_BY
from app.domain import local_time
from app.domain.checklists import Template, Unit
from app.domain.enums import WorkOrderType
from app.domain.tolerance import judge
from app.services.checklists.checklist_templates import load_templates

T = WorkOrderType
SEED = 20_261_211
EXCHANGE = "afterloader_source_exchange"
PHYSICIST = "吴敏"  # quality control in app/demo/people.py
SITE_LEVEL = ("linac_qa_monthly_tg142", "xray_output", "2.5")
SITE_REASON = "科室物理师决定：月检输出偏差超过 2.5% 即停机校准（院内质控制度 2026 版）"
DESCRIPTION = "后装机换源：Ir-192 新源到货（证书已随货），旧源装入运输容器返还厂家"

# The exchange as the engineer fills it in, item by item.
VALUES = {
    "package_survey": "pass",
    "certificate_received": "pass",
    "new_source_serial": "Ir-192 源编号 D36K-2611",
    "certificate_strength": "40.75 mGy·m2/h (370 GBq)，参考日期见证书",
    "certificate_photo": "IMG_4711.jpg",
    "exchange_by_authorised": "pass",
    "old_source_in_container": "pass",
    "new_source_loaded": "pass",
    "instrument_traceable": "pass",
    "source_strength": "-1.2",
    "console_strength_entered": "pass",
    "source_position": "0.4 mm",
    "dwell_time": "60.2 s",
    "wipe_test": "12 Bq",
    "room_survey": "0.35 μSv/h",
    "old_source_serial": "Ir-192 源编号 D36G-1804",
    "container_survey": "表面 18 μSv/h，运输指数 0.3",
    "return_paperwork": "IMG_4725.jpg",
    "authority_notified": "pass",
}
# The other added templates: the kinds of job they are run on.
RUNS_ON = {
    "linac_qc_ws674": (T.INSPECTION,),
    "ct_simulator_qa_tg66": (T.INSPECTION, T.PREVENTIVE_MAINTENANCE),
    "afterloader_qa_ws262": (T.INSPECTION,),
    "linac_acceptance_halcyon": (T.ACCEPTANCE, T.UPGRADE),
}


def seed_qa_content(session: Session, orders: Sequence[Any], today: date) -> None:
    """`orders`: the demo's (work order, modality) rows, oldest first."""
    templates = load_templates()[0]
    finished = [o for o, _ in orders if o.finished_at is not None]
    rng = random.Random(SEED)
    for template_id, kinds in RUNS_ON.items():
        template = templates[template_id]
        order = _last(finished, template, kinds)
        if order is not None and order.finished_at is not None:
            add_finished_run(session, rng, order, template, order.finished_at, may_fail=False)
    exchange = _last(finished, templates[EXCHANGE], (T.PREVENTIVE_MAINTENANCE,))
    if exchange is not None:
        _source_exchange(session, exchange, templates[EXCHANGE])
    _site_level(session, finished, today)


def _last(orders: Sequence[WorkOrder], template: Template, kinds: Sequence[T]) -> Any:
    def fits(order: WorkOrder) -> bool:
        model = order.equipment.model
        return template.fits(Unit(model.modality, model.maker, model.model))

    return next((o for o in reversed(orders) if o.type in kinds and fits(o)), None)


def _source_exchange(session: Session, order: WorkOrder, template: Template) -> None:
    """The job was the exchange: its description says so; its run has the values."""
    assert order.finished_at is not None
    order.description = DESCRIPTION
    # A fixed stamp, not the seeding time: the same `today`, the same data.
    order.updated_at = order.updated_at + timedelta(microseconds=1)
    add_finished_run(session, random.Random(SEED + 1), order, template, order.finished_at)
    session.flush()
    run = session.scalars(
        select(ChecklistRun).where(
            ChecklistRun.work_order_id == order.id, ChecklistRun.template_id == template.id
        )
    ).one()
    for row in session.scalars(select(ChecklistValue).where(ChecklistValue.run_id == run.id)):
        item = template.item(row.item_id)
        assert item is not None
        judged = judge(item.rule, VALUES[row.item_id])
        row.text, row.verdict, row.unit, row.comment = (
            judged.text,
            judged.verdict,
            judged.unit,
            "",
        )
        row.number = None if judged.number is None else float(judged.number)
    # The job's maintenance run names the source now in the unit.
    serial = session.scalar(
        select(ChecklistValue)
        .join(ChecklistRun, ChecklistRun.id == ChecklistValue.run_id)
        .where(
            ChecklistRun.work_order_id == order.id,
            ChecklistRun.template_id == "afterloader_pm",
            ChecklistValue.item_id == "source_serial",
        )
    )
    if serial is not None:
        serial.text = VALUES["new_source_serial"]


def _site_level(session: Session, orders: Sequence[WorkOrder], today: date) -> None:
    """The site of the newest C-arm linac job keeps its own output action level."""
    template_id, item_id, level = SITE_LEVEL
    monthly = load_templates()[0][template_id]
    order = _last(orders, monthly, tuple(T))
    if order is None:
        return
    at = local_time.from_local(datetime.combine(today - timedelta(days=30), time(10, 0)))
    row = SiteActionLevel(
        site_id=order.equipment.site_id,
        template_id=template_id,
        item_id=item_id,
        action=level,
        reason=SITE_REASON,
        set_by=PHYSICIST,
        set_at=at,
    )
    row.created_at = row.updated_at = at
    row.updated_by = DEMO_BY
    session.add(row)
