"""What the customer reads before signing: what was done, the results, open problems.

Shown in signing mode in the customer's chosen language, which may differ from the
engineer's, so the few fixed words live here in both languages rather than in Qt's
catalogues (like the PDF reports' own texts).
"""

from __future__ import annotations

from sqlalchemy import select

from app.db.fieldwork import Finding
from app.db.models import WorkOrder
from app.services.checklists import work_order_checklists
from app.services.clinical.released import is_released
from app.services.records import live
from app.services.reports import conclusions
from app.services.store import Store
from app.services.training.trainees import trainees_of
from app.services.work_orders import field_records

WORDS = {
    "zh_CN": {
        "work": "工作内容",
        "unit": "设备",
        "done": "处理情况",
        "cause": "故障原因",
        "trial": "试运行",
        "passed": "通过",
        "failed": "未通过",
        "not_run": "未进行",
        "checklists": "检查结果",
        "summary": "合格 {p} 项，预警 {w} 项，不合格 {f} 项，未填写 {n} 项",
        "open": "遗留问题",
        "none": "无",
        "back": "设备已恢复临床使用",
        "conclusion": "结论",
        "trainees": "受训人员及证书编号",
    },
    "en": {
        "work": "Work",
        "unit": "Unit",
        "done": "What was done",
        "cause": "Cause",
        "trial": "Trial run",
        "passed": "passed",
        "failed": "failed",
        "not_run": "not run",
        "checklists": "Checklist results",
        "summary": "{p} passed, {w} warnings, {f} failures, {n} not entered",
        "open": "Open problems",
        "none": "none",
        "back": "The unit is back in clinical use",
        "conclusion": "Conclusion",
        "trainees": "Trainees and their certificate numbers",
    },
}


def summary_text(store: Store, work_order_id: str, language: str) -> str:
    words = WORDS["zh_CN" if language.startswith("zh") else "en"]
    with store.reading() as session:
        order = live(session, WorkOrder, work_order_id)
        unit = order.equipment
        customer = unit.site.customer
        hospital = customer.name_zh if language.startswith("zh") else customer.name_en
        unit_text = f"{unit.model.maker} {unit.model.model} · {unit.serial_number}"
        findings = session.scalars(
            select(Finding.description).where(
                Finding.work_order_id == work_order_id,
                Finding.deleted_at.is_(None),
                Finding.fixed_on_site.is_(False),
            )
        ).all()
        number, description, kind = order.number, order.description, order.type
    parts = [
        number,
        f"{words['unit']}: {hospital or customer.name_zh} — {unit_text}",
        f"{words['work']}: {description}",
        "",
    ]
    if kind.value == "repair":
        repair = field_records.load_repair(store, work_order_id)
        trial = words.get(repair.trial_run_result.value, repair.trial_run_result.value)
        parts.append(f"{words['cause']}: {repair.cause}")
        parts.append(f"{words['done']}: {repair.actions}")
        parts.append(f"{words['trial']}: {trial}")
        if is_released(store, work_order_id):
            parts.append(f"✔ {words['back']}")
        parts.append("")
    if kind.value == "training":  # who is certified: one certificate each
        trained = [t for t in trainees_of(store, work_order_id) if t.certified]
        parts.append(f"{words['trainees']}:")
        parts.extend(f"· {t.name} — {t.certificate_number}" for t in trained)
        parts.extend([f"· {words['none']}"] if not trained else [])
        parts.append("")
    runs = work_order_checklists.runs_of(store, work_order_id)
    if runs:
        parts.append(f"{words['checklists']}:")
        for run in runs:
            s = run.summary
            title = run.title_zh if language.startswith("zh") else run.title_en
            counts = words["summary"].format(p=s.passed, w=s.warnings, f=s.failures, n=s.pending)
            parts.append(f"· {title}: {counts}")
        parts.append("")
    open_items = list(findings)
    if kind.value in ("installation", "commissioning", "acceptance"):
        record = field_records.load_installation(store, work_order_id)
        if record.open_problems.strip():
            open_items.append(record.open_problems.strip())
    parts.append(f"{words['open']}:")
    parts.extend(f"· {item}" for item in open_items or [words["none"]])
    parts += ["", f"{words['conclusion']}: {_conclusion(store, work_order_id, language)}"]
    return "\n".join(parts)


def _conclusion(store: Store, work_order_id: str, language: str) -> str:
    """The conclusion the report will print, worded as the PDF words it."""
    from app.domain.conclusions import conclude
    from app.domain.enums import ReportKind
    from app.domain.report_kinds import report_kind_of
    from app.reports import labels
    from app.reports.content import Language

    with store.reading() as session:
        kind: ReportKind = report_kind_of(live(session, WorkOrder, work_order_id).type)
    facts = conclusions.facts(store, work_order_id, kind)
    found = conclude(facts)
    lang: Language = "zh_CN" if language.startswith("zh") else "en"
    return labels.outcome(
        lang,
        found.outcome,
        failures=facts.failures,
        warnings=facts.warnings,
        problems=facts.open_problems,
        findings=facts.open_findings,
        critical=facts.critical_findings,
    )
