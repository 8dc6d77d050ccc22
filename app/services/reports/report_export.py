"""Exporting a work order's report as a sealed PDF, and the batch of recent ones.

One export: gather the content, build the PDF in a private temporary folder, seal it
with this installation's key (app/reports/pdf_signing/), check the seal, then write
the target atomically and keep the very same bytes as a blob with a `report_file` row
(hash, size, kind, language and the signed record's hash). So the service office can
later show which file was handed out for which state of the record.

Runs builds and pyHanko's event loop: call it from a worker thread or the command line,
never the GUI thread. The builder and pyHanko are imported inside the functions, so
importing this module costs nothing at start-up.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.db.models import WorkOrder
from app.db.signing import ReportFile, Signature
from app.domain import local_time
from app.domain.enums import ReportKind
from app.domain.i18n import QT_TRANSLATE_NOOP, arg
from app.domain.report_kinds import report_kind_of
from app.durable import write_atomically
from app.reports.pdf_signing import (
    DeviceIdentityError,
    SigningError,
    device_identity,
    sign_pdf,
    verify_pdf,
)
from app.reports.pdf_trust import TrustAnchors
from app.services.device import local_device
from app.services.records import live
from app.services.store import Store
from app.services.work_orders.attachments import AttachmentRefused, _store_blob, safe_filename

DEFAULT_LANGUAGE = "zh_CN"  # as the command line's default


class ExportError(Exception):
    """A report could not be exported or written. `message` is a source text of the
    "ReportExport" context (the screens translate it), `args_` fill its %1…; str() is
    the English text, for the command line and the logs."""

    def __init__(self, message: str, *args_: str) -> None:
        super().__init__(arg(message, *args_))
        self.message = message
        self.args_ = args_


NOT_VERIFIED = QT_TRANSLATE_NOOP("ReportExport", "The sealed report did not verify: %1")
NOT_SEALED = QT_TRANSLATE_NOOP("ReportExport", "The report could not be sealed: %1")
NOT_KEPT = QT_TRANSLATE_NOOP("ReportExport", "The report could not be kept in the data folder: %1")
NOT_WRITTEN = QT_TRANSLATE_NOOP("ReportExport", "Cannot write %1: %2")
NO_FOLDER = QT_TRANSLATE_NOOP("ReportExport", "Cannot create the folder %1: %2")


def os_error_text(exc: OSError) -> str:
    """The system's reason, with the file it concerns when that is not the target."""
    where = f" ({exc.filename})" if exc.filename else ""
    return f"{exc.strerror or exc}{where}"


@dataclass(frozen=True)
class ExportResult:
    """One exported report: where it went and what was recorded about it."""

    path: Path
    work_order_number: str
    kind: ReportKind
    language: str
    sha256: str
    size: int
    record_hash: str  # "" for a draft (nobody signed the record yet)
    report_file_id: str

    @property
    def is_draft(self) -> bool:
        return not self.record_hash


def find_work_order(store: Store, number: str) -> str | None:
    """The id of the live work order with this number (as scripts know them)."""
    with store.reading() as session:
        return session.scalar(
            select(WorkOrder.id).where(
                WorkOrder.number == number.strip(), WorkOrder.deleted_at.is_(None)
            )
        )


# The seal's stated reason on a report no one has signed yet: the preview reads it to
# call the file a draft rather than a valid signed record.
DRAFT_REASON = "draft, not signed"


def export_report(
    store: Store,
    work_order_id: str,
    language: str,
    target: Path,
    kind: ReportKind | None = None,
    *,
    only_trainee: str | None = None,
) -> ExportResult:
    """Builds, seals and writes one report; records the file it wrote.

    `only_trainee`: the training certificate of that one trainee."""
    from app.reports.builder import build_report
    from app.services.reports.report_content import gather

    target = Path(target)
    with store.session() as session:  # the device row is made on first use
        order = live(session, WorkOrder, work_order_id)
        number, order_type = order.number, order.type
        device_id = local_device(session).device_id
    kind = kind or report_kind_of(order_type)
    content = gather(store, work_order_id, kind, language, only_trainee=only_trainee)
    customer = content.customer.name_zh if language == "zh_CN" else content.customer.name_en
    location = " · ".join(
        part for part in (customer or content.customer.name_zh, content.site) if part
    )
    reason = f"{kind.label} {number}; " + (
        f"record sha256:{content.record_hash}" if content.record_hash else DRAFT_REASON
    )
    try:
        identity = device_identity(store.data_dir, device_id)
        with tempfile.TemporaryDirectory(prefix="beamside-report-") as folder:
            built, signed = Path(folder) / "built.pdf", Path(folder) / "signed.pdf"
            build_report(content, built)
            sign_pdf(built, signed, identity, reason=reason, location=location)
            # A seal that does not verify must never leave this function.
            check = verify_pdf(signed, anchors=TrustAnchors(own=identity.certificate))
            if not check.valid:
                raise ExportError(NOT_VERIFIED, str(check.detail))
            sha, size = _store_blob(store, signed)
            write_atomically(target, signed.read_bytes())
    except (SigningError, DeviceIdentityError) as exc:
        raise ExportError(NOT_SEALED, str(exc)) from exc
    except AttachmentRefused as exc:
        raise ExportError(NOT_KEPT, str(exc)) from exc
    except OSError as exc:  # the target folder, or the temporary one
        raise ExportError(NOT_WRITTEN, str(target), os_error_text(exc)) from exc
    with store.session() as session:
        row = ReportFile(
            work_order_id=work_order_id,
            report_kind=kind,
            language=language,
            sha256=sha,
            size=size,
            record_hash=content.record_hash,
            updated_by=store.user_login,
        )
        session.add(row)
        session.flush()
        row_id = row.id
    return ExportResult(target, number, kind, language, sha, size, content.record_hash, row_id)


def report_filename(number: str, kind: ReportKind) -> str:
    """`<WO number>_<kind>.pdf`, safe on every file system."""
    return safe_filename(f"{number}_{kind.value}.pdf")


def signed_since(store: Store, since: date) -> list[tuple[str, str, ReportKind]]:
    """(work-order id, number, kind) of every report signed on or after `since`
    (from local midnight), by number then kind."""
    start = local_time.start_of_day(since)
    with store.reading() as session:
        rows = session.execute(
            select(WorkOrder.id, WorkOrder.number, Signature.report_kind)
            .join(Signature, Signature.work_order_id == WorkOrder.id)
            .where(
                Signature.signed_at >= start,
                Signature.deleted_at.is_(None),
                WorkOrder.deleted_at.is_(None),
            )
            .distinct()
            .order_by(WorkOrder.number, Signature.report_kind)
        ).all()
    return [(row[0], row[1], ReportKind(row[2])) for row in rows]


def last_language(store: Store, work_order_id: str, kind: ReportKind) -> str:
    """The language this report was last exported in, else DEFAULT_LANGUAGE: a batch
    can then hand each customer the language they had before."""
    with store.reading() as session:
        language = session.scalar(
            select(ReportFile.language)
            .where(
                ReportFile.work_order_id == work_order_id,
                ReportFile.report_kind == kind,
                ReportFile.deleted_at.is_(None),
            )
            .order_by(ReportFile.created_at.desc(), ReportFile.id.desc())
            .limit(1)
        )
    return language or DEFAULT_LANGUAGE


def export_signed_since(
    store: Store,
    since: date,
    out_dir: Path,
    language: str | None,
    on_error: Callable[[str, Exception], None] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> list[Path]:
    """Exports every report signed since `since` into `out_dir`, one PDF each.

    `language` None: each report in its own language (`last_language`). Without
    `on_error` the first failure raises; with it, a failed report is reported
    (work-order number, error) and the others are still exported. `progress` hears
    (reports done, reports in all, number of the one starting; "" once finished);
    `should_stop` is asked before each report, so a stop ends after the current one.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    todo = signed_since(store, since)
    written: list[Path] = []
    done = 0
    for work_order_id, number, kind in todo:
        if should_stop is not None and should_stop():
            break
        if progress is not None:
            progress(done, len(todo), number)
        target = out_dir / report_filename(number, kind)
        chosen = language or last_language(store, work_order_id, kind)
        done += 1
        try:
            export_report(store, work_order_id, chosen, target, kind)
        except Exception as exc:
            if on_error is None:
                raise
            on_error(number, exc)
            continue
        written.append(target)
    if progress is not None:
        progress(done, len(todo), "")
    return written
