"""The part catalogue and opening stock from an .xlsx workbook (openpyxl).

The first sheet's first row names the columns (English or Chinese headers, any
order); every later non-empty row is a part. Each row is checked with the catalogue's
own rules before anything is written, and its problems are kept with its row number.
Nothing is written while a row is bad, unless the caller chooses to skip bad rows.
A row's opening quantity becomes a receipt movement into the named location.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.stock import StockLocation
from app.domain.enums import MovementKind
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.records import ValidationError
from app.domain.stock import StockRefusal
from app.services.purchasing.access import require_keeper
from app.services.purchasing.catalogue import PartDetails, part_with_number, write_part
from app.services.stock.ledger import MovementDraft, add_movement
from app.services.store import Store

# (field, English header, Chinese header)
COLUMNS = [
    ("part_number", "Part number", "零件号"),
    ("description", "Name (zh)", "中文名称"),
    ("name_en", "Name (en)", "英文名称"),
    ("alternate_numbers", "Alternate numbers", "替代零件号"),
    ("category", "Category", "类别"),
    ("maker", "Maker", "制造商"),
    ("model_spec", "Model/specification", "规格型号"),
    ("fits_models", "Fits equipment models", "适用设备型号"),
    ("serialised", "Serialised", "序列号管理"),
    ("unit", "Unit", "单位"),
    ("standard_cost", "Standard cost", "标准成本"),
    ("reorder_level", "Reorder level", "再订货点"),
    ("reorder_quantity", "Reorder quantity", "再订货量"),
    ("obsolete", "Obsolete", "停用"),
    ("opening_quantity", "Opening quantity", "期初数量"),
    ("location", "Location", "库位"),
    ("serials", "Serial numbers", "序列号"),
]
HEADERS = {h.casefold(): key for key, en, zh in COLUMNS for h in (key, en, zh)}
NUMBERS = ("standard_cost", "reorder_level", "reorder_quantity", "opening_quantity")
TRUE = {"y", "yes", "true", "1", "是", "x", "√"}
FALSE = {"", "n", "no", "false", "0", "否"}
OPENING_REFERENCE = "期初库存 Opening stock"

M_NO_PART_NUMBER_COLUMN = QT_TRANSLATE_NOOP(
    "Purchasing", "The first row must name the columns, with a part number column."
)
M_NOT_A_WORKBOOK = QT_TRANSLATE_NOOP("Purchasing", "The file is not an Excel workbook: %1")
M_NOT_A_NUMBER = QT_TRANSLATE_NOOP("Purchasing", "%1 is not a number: %2")
M_NOT_YES_NO = QT_TRANSLATE_NOOP("Purchasing", "%1 must be yes or no: %2")
M_TWICE = QT_TRANSLATE_NOOP("Purchasing", "Part %1 is already on row %2.")
M_NO_LOCATION = QT_TRANSLATE_NOOP("Purchasing", "No stock location is called %1.")
M_LOCATION_NEEDED = QT_TRANSLATE_NOOP(
    "Purchasing", "An opening quantity needs the location it is in."
)
M_OPENING_SERIALS = QT_TRANSLATE_NOOP(
    "Purchasing", "A serialised part's opening quantity needs one serial number per piece."
)


class ImportFileError(ValueError):
    """The workbook as a whole cannot be read; `message` is translated, args fill %1."""

    def __init__(self, message: str, *args_: str) -> None:
        super().__init__(message, *args_)
        self.message = message
        self.args_ = args_


@dataclass(frozen=True)
class RowProblem:
    """One reason a row is refused: a message in `context`, its %1… and the field."""

    field: str
    context: str
    message: str
    args: tuple[str, ...] = ()


@dataclass
class ImportRow:
    row: int  # the row number as Excel shows it
    details: PartDetails
    opening_quantity: float = 0.0
    location: str = ""
    serials: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    exists: bool = False  # the part is in the catalogue already (the row updates it)
    location_id: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportResult:
    rows: list[ImportRow]
    written: int  # parts created or updated (0 when nothing was written)
    movements: int

    @property
    def bad(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.ok]


def read_workbook(path: Path) -> list[ImportRow]:
    """The rows of the workbook's first sheet, each with its own format problems."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a file that is not xlsx
        raise ImportFileError(M_NOT_A_WORKBOOK, str(error) or type(error).__name__) from error
    sheet = book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = next(rows, None) or ()
    keys = [HEADERS.get(str(h or "").strip().casefold()) for h in header]
    # a problem names the column as the workbook does (its language, not ours)
    names = {k: str(h).strip() for k, h in zip(keys, header, strict=False) if k is not None}
    if "part_number" not in keys:
        book.close()
        raise ImportFileError(M_NO_PART_NUMBER_COLUMN)
    found = []
    for number, values in enumerate(rows, start=2):
        cells = {k: v for k, v in zip(keys, values, strict=False) if k is not None}
        if all(v is None or str(v).strip() == "" for v in cells.values()):
            continue
        found.append(_row(number, cells, names))
    book.close()
    return found


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _row(number: int, cells: dict[str, Any], names: dict[str, str]) -> ImportRow:
    problems: list[RowProblem] = []
    header = {key: names.get(key, en) for key, en, _ in COLUMNS}
    numbers: dict[str, float] = {}
    for key in NUMBERS:
        raw = cells.get(key)
        try:
            numbers[key] = float(_text(raw)) if _text(raw) else 0.0
        except (TypeError, ValueError):
            problems.append(
                RowProblem(key, "Purchasing", M_NOT_A_NUMBER, (header[key], _text(raw)))
            )
            numbers[key] = 0.0
    flags: dict[str, bool] = {}
    for key in ("serialised", "obsolete"):
        raw = _text(cells.get(key)).casefold()
        flags[key] = raw in TRUE
        if raw not in TRUE | FALSE:
            problems.append(RowProblem(key, "Purchasing", M_NOT_YES_NO, (header[key], raw)))
    details = PartDetails(
        part_number=" ".join(_text(cells.get("part_number")).split()),
        description=_text(cells.get("description")),
        unit=_text(cells.get("unit")) or "pc",
        serialised=flags["serialised"],
        reorder_level=numbers["reorder_level"],
        name_en=_text(cells.get("name_en")),
        alternate_numbers=_text(cells.get("alternate_numbers")),
        category=_text(cells.get("category")),
        maker=_text(cells.get("maker")),
        model_spec=_text(cells.get("model_spec")),
        fits_models=_text(cells.get("fits_models")),
        standard_cost=numbers["standard_cost"],
        reorder_quantity=numbers["reorder_quantity"],
        obsolete=flags["obsolete"],
    )
    problems.extend(RowProblem(e.field, "Validation", e.message) for e in details.validate())
    serials = [s.strip() for s in _text(cells.get("serials")).replace(";", ",").split(",")]
    return ImportRow(
        number,
        details,
        numbers["opening_quantity"],
        _text(cells.get("location")),
        [s for s in serials if s],
        problems,
    )


def _locations(session: Session) -> dict[str, str]:
    names: dict[str, str] = {}
    for location in session.scalars(
        select(StockLocation).where(StockLocation.deleted_at.is_(None))
    ):
        for name in (location.name_zh, location.name_en):
            if name:
                names[name.casefold()] = location.id
    return names


def check_rows(session: Session, rows: list[ImportRow]) -> None:
    """Adds what the database knows: a part number twice in the file, an unknown
    location, an opening quantity without its location or serials."""
    locations = _locations(session)
    seen: dict[str, int] = {}
    for row in rows:
        number = row.details.part_number.upper()
        if number and number in seen:
            row.problems.append(
                RowProblem(
                    "part_number",
                    "Purchasing",
                    M_TWICE,
                    (row.details.part_number, str(seen[number])),
                )
            )
        seen.setdefault(number, row.row)
        row.exists = bool(number) and part_with_number(session, number) is not None
        if row.location:
            row.location_id = locations.get(row.location.casefold())
            if row.location_id is None:
                row.problems.append(
                    RowProblem("location", "Purchasing", M_NO_LOCATION, (row.location,))
                )
        if row.opening_quantity < 0:
            row.problems.append(
                RowProblem(
                    "opening_quantity",
                    "Purchasing",
                    M_NOT_A_NUMBER,
                    ("Opening quantity", f"{row.opening_quantity:g}"),
                )
            )
        if row.opening_quantity > 0 and not row.location:
            row.problems.append(RowProblem("location", "Purchasing", M_LOCATION_NEEDED))
        if (
            row.opening_quantity > 0
            and row.details.serialised
            and len(row.serials) != row.opening_quantity
        ):
            row.problems.append(RowProblem("serials", "Purchasing", M_OPENING_SERIALS))


def preview(store: Store, path: Path) -> list[ImportRow]:
    """The rows as they would be imported, each with its problems; writes nothing."""
    rows = read_workbook(path)
    with store.reading() as session:
        check_rows(session, rows)
    return rows


def import_parts(
    store: Store, path: Path, *, dry_run: bool = False, skip_bad: bool = False
) -> ImportResult:
    """Imports the workbook: every row, or nothing while one is bad (unless `skip_bad`).
    A dry run checks everything and writes nothing."""
    require_keeper(store)
    rows = read_workbook(path)
    with store.session() as session:
        check_rows(session, rows)
        if dry_run or (any(not r.ok for r in rows) and not skip_bad):
            session.rollback()
            return ImportResult(rows, 0, 0)
        written = movements = 0
        for row in rows:
            if not row.ok:
                continue
            try:
                with session.begin_nested():  # a row the ledger refuses leaves no trace
                    movements += _write(session, store, row)
                    written += 1
            except ValidationError as refused:
                row.problems.extend(
                    RowProblem(e.field, "Validation", e.message) for e in refused.errors
                )
            except StockRefusal as refused:
                row.problems.append(
                    RowProblem(
                        "opening_quantity",
                        "Stock",
                        refused.message,
                        tuple(a if isinstance(a, str) else a[1] for a in refused.args_),
                    )
                )
        if any(not r.ok for r in rows) and not skip_bad:
            session.rollback()
            return ImportResult(rows, 0, 0)
        return ImportResult(rows, written, movements)


def _write(session: Session, store: Store, row: ImportRow) -> int:
    existing = part_with_number(session, row.details.part_number)
    part = write_part(session, store, existing.id if existing else None, row.details)
    session.flush()
    if row.opening_quantity <= 0:
        return 0
    pieces = [(1.0, s) for s in row.serials] if part.serialised else [(row.opening_quantity, "")]
    for quantity, serial in pieces:
        add_movement(
            session,
            MovementDraft(
                MovementKind.RECEIPT,
                part.id,
                quantity,
                to_location_id=row.location_id,
                serial=serial,
                reference=OPENING_REFERENCE,
            ),
            store.user_login,
        )
    return len(pieces)


def write_template(out: Path, chinese: bool) -> None:
    """An empty workbook with the import's headers, for the office to fill in."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([zh if chinese else en for _, en, zh in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    book.save(out)
