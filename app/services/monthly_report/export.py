"""Writing the monthly reports: one sealed PDF per hospital with activity in the month.

Each is built in a private temporary folder, sealed with this installation's key as
every report is (PAdES, app/reports/pdf_signing/), its seal checked, then written
atomically. Runs builds and pyHanko: call it from a worker thread or the command line.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from app.reports.content import Language
from app.reports.monthly_content import UnitUptime
from app.services.device import local_device
from app.services.monthly_report.gathering import Hospital, gather, hospitals_with_activity
from app.services.reports.report_export import (
    NO_FOLDER,
    NOT_SEALED,
    NOT_VERIFIED,
    NOT_WRITTEN,
    ExportError,
    os_error_text,
)
from app.services.store import Store


class MonthlyReportError(ExportError):
    """A monthly report could not be built, sealed or written; the message says why."""


@dataclass(frozen=True)
class MonthlyReportFile:
    path: Path
    hospital: str


def report_filename(month: date, hospital: Hospital, language: Language) -> str:
    """`<YYYY-MM>_<hospital>_<language>.pdf`, safe on every file system."""
    from app.services.work_orders.attachments import safe_filename

    return safe_filename(f"{month:%Y-%m}_{hospital.name(language)}_{language}.pdf")


def month_uptime(store: Store, month: date) -> dict[str, UnitUptime]:
    """Every unit's uptime in the month against its contract's guarantee, by unit id,
    from the office's uptime computation (services/kpis/uptime.load_uptime, the same
    figures as the dashboard's); units without a contract that month have none."""
    from app.services.kpis.uptime import load_uptime
    from app.services.monthly_report.gathering import month_span

    out = {}
    for (unit, _period), figure in load_uptime(store, *month_span(month)).items():
        value, guarantee = figure.value, figure.guarantee
        out[unit] = UnitUptime(
            unit,  # named by the hospital's report (hospital_uptime)
            figure.scheduled_hours,
            figure.lost_hours,
            None if value is None else value * 100,
            None if guarantee is None else guarantee * 100,
            figure.shortfall_hours,
        )
    return out


def hospital_uptime(
    store: Store, customer_id: str, figures: dict[str, UnitUptime]
) -> tuple[UnitUptime, ...]:
    """The hospital's units' figures, in the report's unit order, named as it names them."""
    from app.services.monthly_report.gathering import units_of

    return tuple(
        replace(figures[unit], unit=name)
        for unit, name in units_of(store, customer_id)
        if unit in figures
    )


def export_hospital(
    store: Store,
    hospital: Hospital,
    month: date,
    language: Language,
    target: Path,
    uptime: dict[str, UnitUptime] | None = None,
) -> Path:
    """Builds, seals, checks and writes one hospital's report to `target`; `uptime`:
    the month's figures by unit when the caller has them (else computed here)."""
    from app.durable import write_atomically
    from app.reports.monthly_report import build_monthly_report
    from app.reports.pdf_signing import (
        DeviceIdentityError,
        SigningError,
        device_identity,
        sign_pdf,
        verify_pdf,
    )
    from app.reports.pdf_trust import TrustAnchors

    with store.session() as session:  # the device row is made on first use
        device_id = local_device(session).device_id
    figures = month_uptime(store, month) if uptime is None else uptime
    content = gather(
        store, hospital.id, month, language, hospital_uptime(store, hospital.id, figures)
    )
    reason = f"Monthly service report {month:%Y-%m}"
    try:
        identity = device_identity(store.data_dir, device_id)
        with tempfile.TemporaryDirectory(prefix="beamside-monthly-") as folder:
            built, signed = Path(folder) / "built.pdf", Path(folder) / "signed.pdf"
            build_monthly_report(content, built)
            sign_pdf(built, signed, identity, reason=reason, location=content.hospital)
            check = verify_pdf(signed, anchors=TrustAnchors(own=identity.certificate))
            if not check.valid:
                raise MonthlyReportError(NOT_VERIFIED, str(check.detail))
            write_atomically(target, signed.read_bytes())
    except (SigningError, DeviceIdentityError) as exc:
        raise MonthlyReportError(NOT_SEALED, str(exc)) from exc
    except OSError as exc:
        raise MonthlyReportError(NOT_WRITTEN, str(target), os_error_text(exc)) from exc
    return target


def export_month(
    store: Store,
    month: date,
    out_dir: Path,
    language: Language,
    progress: Callable[[int, int, str], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    on_error: Callable[[str, Exception], None] | None = None,
) -> list[MonthlyReportFile]:
    """One report per hospital with activity in `month`, into `out_dir`.

    `progress` hears (done, in all, hospital starting; "" once finished); `should_stop`
    is asked before each hospital, so a stop ends after the current one. Without
    `on_error` the first failure raises; with it, a failed hospital is reported
    (hospital, error) and the others are still written."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise MonthlyReportError(NO_FOLDER, str(out_dir), os_error_text(exc)) from exc
    hospitals = hospitals_with_activity(store, month)
    uptime = month_uptime(store, month) if hospitals else {}
    written: list[MonthlyReportFile] = []
    done = 0
    for place in hospitals:
        if should_stop is not None and should_stop():
            break
        name = place.name(language)
        if progress is not None:
            progress(done, len(hospitals), name)
        done += 1
        target = out_dir / report_filename(month, place, language)
        try:
            export_hospital(store, place, month, language, target, uptime)
        except Exception as exc:
            if on_error is None:
                raise
            on_error(name, exc)
            continue
        written.append(MonthlyReportFile(target, name))
    if progress is not None:
        progress(done, len(hospitals), "")
    return written
