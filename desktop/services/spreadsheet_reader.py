"""Figures in spreadsheets, in: a workbook (python-calamine) or a CSV read
row by row into an interchange document, which goes through the file's own
validation. A sheet may have its headers in any language this program
speaks, or in English (the documented header row); a bad cell is named by
its sheet, row and column, and nothing is written.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import uuid

from desktop.domain.content import movement_of
from desktop.domain.types import MovementKind, Qualifier, Stage
from desktop.i18n import format_number, in_every_language, translate
from desktop.services.errors import UserError
from desktop.services.interchange.jsonfile import read_source
from desktop.services.interchange.parse import FORMAT, ParsedFile, read_document
from desktop.services.spreadsheets import (
    COLUMNS,
    FORMULA_START,
    NO,
    REQUIRED,
    SEPARATOR,
    SHEET,
    YES,
    header,
)

#: Names of rounds made from a sheet without ids: the same date and title
#: give the same round, so reading a sheet twice adds it once.
_SHEET_ROUNDS = uuid.UUID("8a6c1e52-3f0b-4f7e-9a51-5d2e0c7b9a10")

#: The longest cell read (a note is at most 5,000 characters).
MAX_CELL = 1024 * 1024
#: The most rows and columns a workbook's sheet may reach (a cell far out,
#: at XFD1048576, would otherwise be read as a grid of billions).
MAX_ROWS, MAX_COLUMNS = 1_100_000, 64

class _Sheet:
    """Rows of a sheet as text and numbers, with where each came from."""

    def __init__(self, file: str, name: str, rows: list[list]):
        self.file = file
        self.name = name
        self.rows = rows

    def place(self, row: int, column: str | None = None) -> str:
        where = translate("spreadsheet", "{file}, sheet {sheet}, row {row}").format(
            file=self.file, sheet=self.name, row=row)
        if column:
            where += ", " + translate("spreadsheet", "column {column}").format(column=column)
        return where

    def fail(self, row: int, column: str | None, message: str) -> UserError:
        return UserError(f"{self.place(row, column)}: {message}")


#: A workbook is a zip archive: refused before reading if its parts would
#: unpack to more than this (a few bytes can unpack to gigabytes).
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024


def _unpacked_size(name: str, data: bytes) -> int:
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError):
        raise UserError(translate("spreadsheet", "{file}: not a workbook this program can read ({reason}).").format(
            file=name, reason=translate("spreadsheet", "not a zip archive"))) from None


_CELL_REF = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"')


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def _reach(data: bytes) -> tuple[int, int]:
    """The furthest row and column any cell of the workbook's sheets names,
    read from the sheets' XML a piece at a time (a reader that lays the
    sheet out as a grid would allocate up to the furthest cell first)."""
    import zipfile

    rows = columns = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            if not info.filename.startswith("xl/worksheets/"):
                continue
            with archive.open(info) as part:
                tail = b""
                while chunk := part.read(1 << 20):
                    text = tail + chunk
                    for m in _CELL_REF.finditer(text):
                        columns = max(columns, _column_number(m[1]))
                        rows = max(rows, int(m[2]))
                    tail = text[-64:]
    return rows, columns


def _read_xlsx(name: str, data: bytes) -> _Sheet:
    from python_calamine import CalamineError, CalamineWorkbook

    if _unpacked_size(name, data) > MAX_UNPACKED_BYTES:
        raise UserError(translate("spreadsheet", "{file}: unpacks to more than {megabytes} MB; not a workbook of "
                                                 "figures.").format(file=name,
                                                                     megabytes=MAX_UNPACKED_BYTES // (1024 * 1024)))
    rows, columns = _reach(data)
    if rows > MAX_ROWS or columns > MAX_COLUMNS:
        raise UserError(translate("spreadsheet", "{file}: a cell lies at row {row}, column {column}; a sheet of "
                                                 "figures has at most {rows} rows and {columns} columns.").format(
            file=name, row=rows, column=columns, rows=format_number(MAX_ROWS), columns=MAX_COLUMNS))
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = book.sheet_names
        wanted = in_every_language("spreadsheet", SHEET)
        sheet_name = next((n for n in names if n in wanted), names[0] if names else None)
        if sheet_name is None:
            raise UserError(translate("spreadsheet", "{file}: the workbook has no sheet.").format(file=name))
        rows = book.get_sheet_by_name(sheet_name).to_python(skip_empty_area=False)
    except CalamineError as exc:
        raise UserError(translate("spreadsheet", "{file}: not a workbook this program can read ({reason}).").format(
            file=name, reason=str(exc).strip().rstrip(".") or exc.__class__.__name__)) from None
    return _Sheet(name, sheet_name, [list(r) for r in rows])


def _read_csv(name: str, data: bytes) -> _Sheet:
    try:
        textual = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(translate("spreadsheet", "{file}: not UTF-8 text (byte {position}); save it as CSV "
                                                 "in UTF-8.").format(file=name, position=exc.start + 1)) from None
    first = textual.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    csv.field_size_limit(MAX_CELL)
    reader = csv.reader(io.StringIO(textual, newline=""), delimiter=delimiter)
    try:
        # A cell made plain text by `_inert` loses its leading apostrophe.
        rows = [[c[1:] if c.startswith("'") and c[1:].startswith((*FORMULA_START, "'")) else c for c in row]
                for row in reader]
    except csv.Error as exc:
        raise UserError(translate("spreadsheet", "{file}, row {row}: not CSV this program can read ({reason}).")
                        .format(file=name, row=reader.line_num, reason=str(exc).rstrip("."))) from None
    return _Sheet(name, "CSV", rows)


def _columns(sheet: _Sheet) -> dict[str, int]:
    """Which column holds which field, from the header row (English or this language)."""
    if not sheet.rows:
        raise UserError(translate("spreadsheet", "{file}: empty; expected a header row and a row per figure.")
                        .format(file=sheet.file))
    known = {}
    for key, english, _ in COLUMNS:
        for title in in_every_language("spreadsheet", english):
            known[title.casefold()] = key
    out: dict[str, int] = {}
    for i, cell in enumerate(sheet.rows[0]):
        title = str(cell or "").strip()
        if not title:
            continue
        key = known.get(title.casefold())
        if key is None:
            raise sheet.fail(1, title, translate("spreadsheet", "not a column this program knows (known: {known})."
                                                 ).format(known=", ".join(english for _, english, _ in COLUMNS)))
        if key in out:
            raise sheet.fail(1, title, translate("spreadsheet", "this column appears twice."))
        out[key] = i
    missing = [header(k) for k in REQUIRED if k not in out]
    if missing:
        raise sheet.fail(1, None, translate("spreadsheet", "missing the column(s) {columns}.").format(
            columns=", ".join(missing)))
    return out


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _count(sheet: _Sheet, row: int, value) -> int:
    column = header("count")
    if isinstance(value, bool):
        raise sheet.fail(row, column, translate("spreadsheet", "not a whole number: {value}.").format(value=value))
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise sheet.fail(row, column, translate("spreadsheet", "not a whole number: {value}.").format(
            value=repr(value).rstrip("0").rstrip(".") if "e" not in repr(value) else repr(value)))
    text = _text(value).replace("\u00a0", "").replace(" ", "")
    if re.fullmatch(r"[0-9]{1,15}", text):
        return int(text)
    shown = _text(value)
    raise sheet.fail(row, column, translate("spreadsheet", "not a whole number: {value}.").format(
        value=(shown if len(shown) <= 40 else shown[:37] + "…") or translate("spreadsheet", "an empty cell")))


def _date(sheet: _Sheet, row: int, value) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = _text(value)
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise sheet.fail(row, header("date"), translate("spreadsheet", "not a date written YYYY-MM-DD: {value}."
                                                        ).format(value=text or translate("spreadsheet",
                                                                                         "an empty cell"))) from None


def _choice(sheet: _Sheet, row: int, key: str, value, cls, default=None) -> str | None:
    text = _text(value).casefold().replace(" ", "_")
    if not text:
        return default
    if text in {m.value for m in cls}:
        return text
    raise sheet.fail(row, header(key), translate("spreadsheet", "must be one of {choices}, not {value}.").format(
        choices=", ".join(m.value for m in cls), value=_text(value)))


def _part_of(sheet: _Sheet, row: int, value) -> dict | None:
    text = _text(value)
    if not text:
        return None
    parts = [p.strip() for p in text.split(":")]
    if len(parts) != 3 or not all(parts) or parts[2] not in {k.value for k in MovementKind}:
        raise sheet.fail(row, header("part_of"), translate(
            "spreadsheet", "not FROM:TO:KIND (for example Ukraine:Russia:exchange): {value}.").format(value=text))
    return movement_of({"from": parts[0], "to": parts[1], "kind": parts[2]}).to_dict()


class _Rounds:
    """The rounds of a sheet, row by row: each round's facts as its first
    row gives them (every other row must say the same), its sources, its
    category sets and its figures, and the row each came from."""

    FACTS = ("title", "date", "location", "sides", "third_parties", "mediators", "operation")

    def __init__(self, sheet: _Sheet, columns: dict[str, int]):
        self.sheet = sheet
        self.columns = columns
        self.rounds: dict[str, dict] = {}
        #: (round index, figure index | None) → row; (round index, "source", i) → row.
        self.where: dict[tuple, int] = {}
        self.first: dict[tuple, tuple[int, object]] = {}  # (what, which) → (row, value)

    def same(self, number: int, key: str, what: tuple, value) -> None:
        """`value` as the first row that gave `what` said it, else one sentence."""
        seen = self.first.setdefault(what, (number, value))
        if seen[1] != value:
            shown = SEPARATOR.join(seen[1]) if isinstance(seen[1], list) else str(seen[1] if seen[1] is not None
                                                                                   else "")
            if key in ("affiliation", "stage"):  # a source's, on every row of its figures
                said = translate("spreadsheet", "row {row} says {value} for the same source; every row of a "
                                                "source says the same.")
            else:
                said = translate("spreadsheet", "row {row} says {value} for the same round; every row of a round "
                                                "says the same.")
            raise self.sheet.fail(number, header(key), said.format(row=seen[0], value=repr(shown)))

    def add(self, number: int, cell) -> None:
        sheet = self.sheet
        date, title = _date(sheet, number, cell("date")), _text(cell("title"))
        rid = (_text(cell("round_id")) or str(uuid.uuid5(_SHEET_ROUNDS, f"{date}\x1f{title}"))).lower()
        facts = {"title": title, "date": date, "location": _text(cell("location")) or None,
                 "operation": _text(cell("operation")) or None,
                 **{k: [n.strip() for n in _text(cell(k)).split(";") if n.strip()]
                    for k in ("sides", "third_parties", "mediators")}}
        r = self.rounds.get(rid)
        if r is None:
            r = self.rounds[rid] = {"id": rid, **{k: v for k, v in facts.items() if k != "operation" or v},
                                    "sources": [], "category_sets": [], "figures": []}
            self.where[(len(self.rounds) - 1, None)] = number
        index = list(self.rounds).index(rid)
        for key in self.FACTS:
            self.same(number, key, (rid, key), facts[key])
        source = _text(cell("source"))
        self._source(number, index, r, source, _text(cell("affiliation")),
                     _choice(sheet, number, "stage", cell("stage"), Stage))
        figure = {"from": _text(cell("from")), "to": _text(cell("to")),
                  "kind": _choice(sheet, number, "kind", cell("kind"), MovementKind) or "",
                  "source": source, "count": _count(sheet, number, cell("count")),
                  "qualifier": _choice(sheet, number, "qualifier", cell("qualifier"), Qualifier, "exact")}
        set_name, category = _text(cell("category_set")), _text(cell("category"))
        if set_name or category:
            figure.update(category_set=set_name, category=category)
            self._category_set(number, r, set_name, category, cell)
        for key in ("citation", "note"):
            text = "" if cell(key) is None else str(cell(key))
            if text.strip():
                figure[key] = text
        part_of = _part_of(sheet, number, cell("part_of"))
        if part_of is not None:
            figure["part_of"] = part_of
        self.where[(index, len(r["figures"]))] = number
        r["figures"].append(figure)

    def _source(self, number: int, index: int, r: dict, source: str, affiliation: str, stage: str | None) -> None:
        if not source:
            return
        if affiliation:
            self.same(number, "affiliation", (r["id"], "affiliation", source), affiliation)
        if stage:
            self.same(number, "stage", (r["id"], "stage", source), stage)
        known = next((s for s in r["sources"] if s["name"] == source), None)
        if known is None:
            self.where[(index, "source", len(r["sources"]))] = number
            known = {"name": source}
            r["sources"].append(known)
        if affiliation and "affiliation" not in known:
            known["affiliation"] = affiliation
        if stage and "stage" not in known:
            known["stage"] = stage

    def _category_set(self, number: int, r: dict, set_name: str, category: str, cell) -> None:
        declared = next((s for s in r["category_sets"] if s["name"] == set_name), None)
        if declared is None:
            declared = {"name": set_name, "categories": []}
            r["category_sets"].append(declared)
        stated = _text(cell("exhaustive"))
        if stated:
            exhaustive = _yes_no(self.sheet, number, stated)
            self.same(number, "exhaustive", (r["id"], "exhaustive", set_name), exhaustive)
            declared["exhaustive"] = exhaustive
        listed = [n.strip() for n in _text(cell("set_categories")).split(";") if n.strip()]
        for name in [*listed, category]:
            if name and name not in declared["categories"]:
                declared["categories"].append(name)


def _yes_no(sheet: _Sheet, row: int, text: str) -> bool:
    """Whether a set is exhaustive: yes or no, in any language this program speaks."""
    answer = text.casefold()
    if answer in {w.casefold() for w in in_every_language("spreadsheet", YES)} | {"true", "1"}:
        return True
    if answer in {w.casefold() for w in in_every_language("spreadsheet", NO)} | {"false", "0"}:
        return False
    raise sheet.fail(row, header("exhaustive"), translate("spreadsheet", "must be yes or no, not {value}.").format(
        value=text))


def document_of(sheet: _Sheet) -> tuple[dict, dict[tuple, int]]:
    """The sheet as an interchange document, and where each round, source
    and figure came from (row numbers)."""
    columns = _columns(sheet)
    rounds = _Rounds(sheet, columns)
    for number, cells in enumerate(sheet.rows[1:], start=2):
        if all(_text(c) == "" for c in cells):
            continue  # a blank line between rounds
        extra = [i for i, c in enumerate(cells) if i not in columns.values() and _text(c)]
        if extra:
            raise sheet.fail(number, None, translate(
                "spreadsheet", "a cell in column {column} has no header above it; name the column or empty the cell."
            ).format(column=extra[0] + 1))
        rounds.add(number, lambda key, cells=cells: cells[columns[key]]
                   if key in columns and columns[key] < len(cells) else None)
    if not rounds.rounds:
        raise UserError(translate("spreadsheet", "{file}: no figures below the header row.").format(file=sheet.file))
    return {"format": FORMAT, "rounds": list(rounds.rounds.values())}, rounds.where


#: A place the file's reader names: `rounds[2].figures[5].count`.
_PLACE = re.compile(r"^rounds\[(?P<round>\d+)\](?:\.figures\[(?P<figure>\d+)\]|\.sources\[(?P<source>\d+)\])?"
                    r"(?:\.(?P<field>[a-z_]+))?")
#: The file's fields, by the columns that hold them.
_FIELD_COLUMN = {"sides": "sides", "third_parties": "third_parties", "mediators": "mediators", "title": "title",
                 "date": "date", "location": "location", "sources": "source", "category_sets": "category_set",
                 "from": "from", "to": "to", "kind": "kind", "source": "source", "count": "count",
                 "qualifier": "qualifier", "category_set": "category_set", "category": "category",
                 "citation": "citation", "note": "note", "part_of": "part_of", "affiliation": "affiliation",
                 "stage": "stage", "operation": "operation",
                 "id": "round_id", "name": "source"}


def read_sheet(name: str, fmt: str, data: bytes | None = None) -> ParsedFile:
    """A spreadsheet's rounds (`data`, or the file's bytes), checked by the
    interchange file's rules; a fault is named by sheet, row and column."""
    data = read_source(name) if data is None else data
    sheet = _read_xlsx(name, data) if fmt == "xlsx" else _read_csv(name, data)
    document, where = document_of(sheet)
    try:
        return read_document(document, name)
    except UserError as exc:
        message = str(exc)
        if not message.startswith(name + ": "):
            raise
        place, _, said = message[len(name) + 2:].partition(": ")
        m = _PLACE.match(place)
        if m is None:
            raise UserError(f"{name}: {said}") from None
        r, f, src = int(m["round"]), m["figure"], m["source"]
        if f is not None:
            row = where.get((r, int(f)), where[(r, None)])
        elif src is not None:
            row = where.get((r, "source", int(src)), where[(r, None)])
        else:
            row = where[(r, None)]
        # Another figure or round named in the message is a row of the sheet.
        said = re.sub(r"figures\[(\d+)\]", lambda other: translate("spreadsheet", "row {row}").format(
            row=where.get((r, int(other[1])), "?")), said)
        said = re.sub(r"rounds\[(\d+)\]", lambda other: translate("spreadsheet", "row {row}").format(
            row=where.get((int(other[1]), None), "?")), said)
        column = _FIELD_COLUMN.get(m["field"] or ("source" if src is not None else ""))
        raise sheet.fail(row, header(column) if column else None, said) from None
