"""What the physicist reads in signing mode before releasing a unit to clinical use.

Like the customer's summary (app/services/signing/sign_summary.py) it is shown in the
signer's chosen language, so its few fixed words live here in both languages."""

from __future__ import annotations

from app.services.clinical.release import release_view, warnings_text
from app.services.clinical.return_to_service import return_to_service
from app.services.signing.sign_summary import summary_text
from app.services.store import Store
from app.services.work_orders import field_records

_WORDS = {
    "zh": {
        "checks": "恢复使用前检测",
        "done": "已完成",
        "failed": "不合格",
        "missing": "未记录",
        "warnings": "预警项及说明",
        "none": "无",
        "replaced": "更换的部件",
        "fault": "故障代码",
    },
    "en": {
        "checks": "Return-to-service checks",
        "done": "done",
        "failed": "failed",
        "missing": "not recorded",
        "warnings": "Warnings and their comments",
        "none": "none",
        "replaced": "Components replaced",
        "fault": "Fault code",
    },
}


def release_summary(store: Store, work_order_id: str, language: str) -> str:
    """What the physicist reads in signing mode before releasing: the job, the
    return-to-service checks with their values, and every warning with its comment."""
    zh = language.startswith("zh")
    words = _WORDS["zh" if zh else "en"]
    view = release_view(store, work_order_id)
    repair = field_records.load_repair(store, work_order_id)
    components = return_to_service().components
    replaced = [components[c].label.text(zh) for c in repair.replaced_components if c in components]
    lines = [summary_text(store, work_order_id, "zh_CN" if zh else "en"), ""]
    lines.append(f"{words['fault']}: {repair.fault_code or words['none']}")
    lines.append(f"{words['replaced']}: {'、'.join(replaced) if zh else ', '.join(replaced)}")
    lines += ["", f"{words['checks']}:"]
    for status in view.checks:
        state = "done" if status.done else ("failed" if status.failed else "missing")
        values = "; ".join(f"{i.label.text(zh)} {i.value} {i.unit}".strip() for i in status.items)
        lines.append(
            f"· {status.check.label.text(zh)}: {words[state]}" + (f" ({values})" if values else "")
        )
    if not view.checks:
        lines.append(f"· {words['none']}")
    lines += ["", f"{words['warnings']}:"]
    lines.append(warnings_text(view.warnings, zh) or f"· {words['none']}")
    return "\n".join(lines)
