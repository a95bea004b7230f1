"""Figures in spreadsheets, out: one row per figure, with its round's facts
on every row (XLSX through openpyxl, CSV through the standard library),
headers in the user's language. The columns are defined here once; reading
a sheet back is `spreadsheet_reader`'s.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from desktop.domain.content import RoundDoc
from desktop.i18n import QT_TRANSLATE_NOOP, translate

FORMATS = ("xlsx", "csv")
SHEET = QT_TRANSLATE_NOOP("spreadsheet", "Figures")
YES, NO = QT_TRANSLATE_NOOP("spreadsheet", "yes"), QT_TRANSLATE_NOOP("spreadsheet", "no")
#: Names in a cell that holds several (sides, third parties, mediators).
SEPARATOR = "; "

#: Each column: its key, its English header (always accepted on import),
#: and its width in characters in a workbook.
COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("round_id", QT_TRANSLATE_NOOP("spreadsheet", "Round id"), 38),
    ("date", QT_TRANSLATE_NOOP("spreadsheet", "Date"), 12),
    ("title", QT_TRANSLATE_NOOP("spreadsheet", "Title"), 36),
    ("location", QT_TRANSLATE_NOOP("spreadsheet", "Location"), 16),
    ("sides", QT_TRANSLATE_NOOP("spreadsheet", "Sides"), 20),
    ("third_parties", QT_TRANSLATE_NOOP("spreadsheet", "Third parties"), 14),
    ("mediators", QT_TRANSLATE_NOOP("spreadsheet", "Mediators"), 18),
    ("operation", QT_TRANSLATE_NOOP("spreadsheet", "Operation"), 18),
    ("from", QT_TRANSLATE_NOOP("spreadsheet", "From"), 12),
    ("to", QT_TRANSLATE_NOOP("spreadsheet", "To"), 12),
    ("kind", QT_TRANSLATE_NOOP("spreadsheet", "Kind"), 18),
    ("source", QT_TRANSLATE_NOOP("spreadsheet", "Source"), 30),
    ("affiliation", QT_TRANSLATE_NOOP("spreadsheet", "Affiliation"), 14),
    ("stage", QT_TRANSLATE_NOOP("spreadsheet", "Stage"), 12),
    ("category_set", QT_TRANSLATE_NOOP("spreadsheet", "Category set"), 16),
    ("exhaustive", QT_TRANSLATE_NOOP("spreadsheet", "Set exhaustive"), 10),
    ("set_categories", QT_TRANSLATE_NOOP("spreadsheet", "Set categories"), 24),
    ("category", QT_TRANSLATE_NOOP("spreadsheet", "Category"), 18),
    ("count", QT_TRANSLATE_NOOP("spreadsheet", "Count"), 8),
    ("qualifier", QT_TRANSLATE_NOOP("spreadsheet", "Qualifier"), 12),
    ("citation", QT_TRANSLATE_NOOP("spreadsheet", "Citation"), 50),
    ("note", QT_TRANSLATE_NOOP("spreadsheet", "Note"), 30),
    ("part_of", QT_TRANSLATE_NOOP("spreadsheet", "Part of"), 24),
)
KEYS = tuple(key for key, _, _ in COLUMNS)
#: The columns a sheet must have; the others may be left out.
REQUIRED = ("date", "title", "sides", "from", "to", "kind", "source", "count")


def format_of(path: str, given: str | None = None) -> str | None:
    """`xlsx` or `csv` as asked, else by the file's name; None for JSON."""
    if given:
        return given
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def header(key: str) -> str:
    return translate("spreadsheet", next(h for k, h, _ in COLUMNS if k == key))


# --- out ---------------------------------------------------------------------------------


def rows_of(docs: Sequence[RoundDoc]) -> list[dict]:
    """One row per live figure, rounds by date, figures in their order."""
    out = []
    for doc in sorted(docs, key=lambda d: (d.date, str(d.id))):
        sets = {s.name: s for s in doc.category_sets}
        facts = {"round_id": str(doc.id), "date": doc.date, "title": doc.title, "location": doc.location or "",
                 "sides": SEPARATOR.join(doc.sides), "third_parties": SEPARATOR.join(doc.third_parties),
                 "mediators": SEPARATOR.join(doc.mediators), "operation": doc.operation or ""}
        for f in doc.sorted_figures():
            m = f.movement
            out.append({
                **facts, "from": m.from_party, "to": m.to_party, "kind": m.kind.value, "source": f.source,
                "affiliation": doc.affiliation_of(f.source), "stage": doc.stage_of(f.source).value,
                "category_set": f.category_set or "",
                "exhaustive": "" if f.category_set is None else translate(
                    "spreadsheet", YES if sets[f.category_set].exhaustive else NO),
                # Every category of the set, those without figures too: an
                # exhaustive set read back must be the whole set.
                "set_categories": "" if f.category_set is None else SEPARATOR.join(sets[f.category_set].categories),
                "category": f.category or "", "count": f.count, "qualifier": f.qualifier.value,
                "citation": f.citation or "", "note": f.note or "",
                "part_of": "" if f.part_of is None else f"{f.part_of.from_party}:{f.part_of.to_party}:{f.part_of.kind}",
            })
    return out


def xlsx_bytes(rows: Sequence[dict]) -> bytes:
    """A workbook: one sheet, a frozen header row, widths, dates as dates,
    counts as numbers (openpyxl's write-only mode: rows are not kept)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(translate("spreadsheet", SHEET))
    sheet.freeze_panes = "A2"
    for i, (_, _, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    bold = Font(bold=True)
    heads = []
    for key in KEYS:
        cell = WriteOnlyCell(sheet, value=header(key))
        cell.font = bold
        heads.append(cell)
    sheet.append(heads)
    for row in rows:
        cells = []
        for key in KEYS:
            cell = WriteOnlyCell(sheet, value=row[key] if row[key] != "" else None)
            if key == "date":
                cell.number_format = "yyyy-mm-dd"
            elif isinstance(row[key], str):
                # Text stays text: a note starting with "=" is never a formula.
                cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def csv_bytes(rows: Sequence[dict]) -> bytes:
    """UTF-8 with a byte-order mark (spreadsheet programs read it as UTF-8), comma-separated."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([header(k) for k in KEYS])
    for row in rows:
        writer.writerow([row[k].isoformat() if isinstance(row[k], dt.date) else _inert(row[k]) for k in KEYS])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export_sheet(db, fmt: str, *, ids=None, date_from=None, date_to=None) -> tuple[bytes, int]:
    """The rounds asked for, as a workbook or CSV: its bytes, and how many rounds."""
    from desktop.services.loading import load_docs

    with db.reading() as session:
        docs = load_docs(session, ids=ids, date_from=date_from, date_to=date_to)
    rows = rows_of(docs)
    return (xlsx_bytes(rows) if fmt == "xlsx" else csv_bytes(rows)), len(docs)


#: What a spreadsheet program takes for the start of a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert(value):
    """A text a spreadsheet program would run as a formula, made plain
    text with a leading apostrophe (which reading takes off again)."""
    if isinstance(value, str) and value.startswith((*FORMULA_START, "'")):
        return "'" + value
    return value
