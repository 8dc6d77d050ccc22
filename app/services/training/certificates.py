"""One signed certificate PDF per trainee — only for those who passed (§5.2.4).

A trainee below the pass mark, not yet examined or absent is refused with the reason
(sessions.certificate_refusal) before anything is built. The PDF is the training
report cut to that one trainee, sealed and recorded like every report
(report_export). Builds and seals: call from a worker or the command line.
"""

from __future__ import annotations

from pathlib import Path

from app.db.training import Trainee
from app.domain.enums import ReportKind
from app.services.records import live
from app.services.reports.report_export import ExportResult, export_report
from app.services.store import Store
from app.services.training.sessions import certificate_refusal
from app.services.work_orders.attachments import safe_filename


def certificate_filename(store: Store, trainee_id: str, language: str) -> str:
    """`CERT-2026-BJ-00012 赵敏 zh_CN.pdf`, safe on every file system."""
    with store.reading() as session:
        trainee = live(session, Trainee, trainee_id)
        stem = f"{trainee.certificate_number} {trainee.name} {language}"
    return safe_filename(f"{stem}.pdf")


def export_certificate(store: Store, trainee_id: str, language: str, target: Path) -> ExportResult:
    """Writes the trainee's signed certificate to `target`; raises Refused when the
    trainee has not passed."""
    refused = certificate_refusal(store, trainee_id)
    if refused is not None:
        raise refused
    with store.reading() as session:
        work_order_id = live(session, Trainee, trainee_id).work_order_id
    return export_report(
        store, work_order_id, language, target, ReportKind.TRAINING, only_trainee=trainee_id
    )
