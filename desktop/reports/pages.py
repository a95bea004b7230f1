"""What both reports share: A4 pages with a header and a numbered footer,
styles, table helpers and the words the reports use for domain values.

Page numbers ("Page 3 of 7") need the page count, which is known only at the
end, so the canvas is the usual two-pass recipe: it keeps each page's state
when the page ends and draws the header and footer on all of them at `save`.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from desktop.domain.reporting import Tally
from desktop.domain.types import QUALIFIER_SIGN, Qualifier, RoundStatus
from desktop.i18n import QT_TRANSLATE_NOOP, format_date, language, translate
from desktop.labels import qualifier_label, status_label
from desktop.reports import fonts
from desktop.reports.fonts import BOLD, REGULAR

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
#: The frame's own padding, inside the margins.
PADDING = 6
#: The width flowables have: the page less its margins and the frame's padding.
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X - 2 * PADDING
LEFT = MARGIN_X + PADDING
RIGHT = PAGE_WIDTH - MARGIN_X - PADDING
#: The height a flowable has on an empty page (the frame's padding aside).
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 2 * PADDING

DRAFT_MARK = QT_TRANSLATE_NOOP("report", "DRAFT — not signed off")

#: The least height (points) of a piece of a table row split across pages.
SPLIT_IN_ROW = 36

INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#5b6470")
RULE_LINE = colors.HexColor("#b8c0c8")
HEADER_FILL = colors.HexColor("#e6ebf0")
STRIPE_FILL = colors.HexColor("#f6f8fa")
ERROR_INK = colors.HexColor("#b3261e")
WARNING_INK = colors.HexColor("#8a5a00")
INFO_INK = colors.HexColor("#2f5d8a")
WATERMARK = colors.HexColor("#7a7a7a")


def _style(name: str, **kw) -> ParagraphStyle:
    base = {"fontName": REGULAR, "fontSize": 9.5, "leading": 12, "textColor": INK, "alignment": TA_LEFT}
    base.update(kw)
    return ParagraphStyle(name, **base)


class Styles:
    """The paragraph styles of both reports."""

    title = _style("title", fontName=BOLD, fontSize=17, leading=21, spaceAfter=4 * mm)
    h1 = _style("h1", fontName=BOLD, fontSize=13, leading=16, spaceBefore=6 * mm, spaceAfter=2.5 * mm)
    h2 = _style("h2", fontName=BOLD, fontSize=10.5, leading=13, spaceBefore=4 * mm, spaceAfter=1.5 * mm)
    h3 = _style("h3", fontName=BOLD, fontSize=9.5, leading=12, spaceBefore=2.5 * mm, spaceAfter=1 * mm)
    body = _style("body", spaceAfter=1.5 * mm)
    note = _style("note", fontSize=8.5, leading=10.5, textColor=MUTED, spaceAfter=1.5 * mm)
    cell = _style("cell", fontSize=9, leading=11)
    cell_bold = _style("cell_bold", fontName=BOLD, fontSize=9, leading=11)
    cell_head = _style("cell_head", fontName=BOLD, fontSize=8.5, leading=10.5)
    cell_head_num = _style("cell_head_num", fontName=BOLD, fontSize=8.5, leading=10.5, alignment=2)
    cell_num = _style("cell_num", fontSize=9, leading=11, alignment=2)
    cell_num_bold = _style("cell_num_bold", fontName=BOLD, fontSize=9, leading=11, alignment=2)
    cell_id = _style("cell_id", fontSize=7.5, leading=11, textColor=MUTED)
    mono = _style("mono", fontSize=8.5, leading=11)
    draft = _style("draft", fontName=BOLD, fontSize=11, leading=14, textColor=ERROR_INK, spaceAfter=2 * mm)


def draft_mark() -> str:
    """`DRAFT — not signed off`, in the current language."""
    return translate("report", DRAFT_MARK)


def fill(template: str, **parts: str) -> str:
    """Paragraph markup from a translated sentence: the sentence escaped, its
    `{placeholders}` filled with `parts` as they are (escape data with `text`)."""
    return text(template).format(**parts)


def text(value: object) -> str:
    """Plain text made safe for a Paragraph's markup; its line breaks kept."""
    safe = escape("" if value is None else str(value))
    return safe.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")


#: A web address in a citation: up to the next space, quote or angle bracket.
URL = re.compile(r"https?://[^\s<>\"']+")
#: Where a web address may break across lines: after these, never inside a word.
URL_BREAKS = re.compile(r"[^/\-.?&=_#]*[/\-.?&=_#]?")
LINK_INK = "#1a5fb4"


def url_lines(url: str, width: float, font: str = REGULAR, size: float = 9) -> list[str]:
    """The address cut into lines that fit `width`, each ending after a
    `/`, `-`, `.`, `?`, `&`, `=`, `_` or `#` (a piece wider than a whole
    line, which no real address has, is cut where it must be)."""
    fonts.register()
    lines: list[str] = []
    line = ""
    for piece in (p for p in URL_BREAKS.findall(url) if p):
        if line and stringWidth(line + piece, font, size) > width:
            lines.append(line)
            line = ""
        while stringWidth(piece, font, size) > width and len(piece) > 1:
            cut = max(1, next((i for i in range(len(piece), 0, -1)
                               if stringWidth(piece[:i], font, size) <= width), 1))
            lines.append(piece[:cut])
            piece = piece[cut:]
        line += piece
    if line:
        lines.append(line)
    return lines


def linked(value: str, width: float, size: float = 9) -> str:
    """Text for a Paragraph with each web address a link (a PDF link
    annotation), starting on its own line and broken only after `/`, `-`,
    `.` and the like, so that it never runs out of its cell or breaks
    inside a word."""
    out: list[str] = []
    pos = 0
    for m in URL.finditer(value):
        url = m.group().rstrip(".,;:)")
        before = value[pos:m.start()]
        out.append(text(before.rstrip(" ")))
        if before.strip():
            out.append("<br/>")
        href = escape(url, {'"': "&quot;"})
        out.append("<br/>".join(f'<a href="{href}" color="{LINK_INK}">{escape(line)}</a>'
                                for line in url_lines(url, width, REGULAR, size)))
        pos = m.start() + len(url)
    out.append(text(value[pos:]))
    return "".join(out)


def para(value: object, style: ParagraphStyle = Styles.cell) -> Paragraph:
    return Paragraph(text(value), style)


def markup(source: str, style: ParagraphStyle = Styles.cell) -> Paragraph:
    """A Paragraph from markup the caller built (escape the parts with `text`)."""
    return Paragraph(source, style)


class FlowTable(Table):
    """A table that breaks between rows, and inside a row only when that row
    (with the repeated header) is taller than a whole page: a long note, a
    discrepancy of sixty values. A row that merely does not fit what is left
    of a page moves on to the next one whole."""

    def split(self, availWidth, availHeight):
        self.splitInRow = 0
        parts = super().split(availWidth, availHeight)
        if parts or not getattr(self, "_rowHeights", None):
            return parts
        header = self.repeatRows if isinstance(self.repeatRows, int) else max(self.repeatRows) + 1
        if sum(self._rowHeights[:header + 1]) > FRAME_HEIGHT:
            self.splitInRow = SPLIT_IN_ROW
            parts = super().split(availWidth, availHeight)
        return parts


def natural_key(name: str) -> tuple:
    """Sorts "Source 2" before "Source 10", case aside."""
    parts = tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", name.casefold()))
    return parts, name


def data_table(
    header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float], *,
    numeric: Sequence[int] = (), extra: Sequence[tuple] = (), stripes: bool = True,
) -> Table:
    """A table whose header row repeats on every page it spans. Cells that
    are strings become word-wrapped paragraphs; flowables are kept."""
    head = [Paragraph(text(h), Styles.cell_head_num if i in numeric else Styles.cell_head)
            for i, h in enumerate(header)]
    body = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            if isinstance(cell, Flowable):
                cells.append(cell)
            else:
                cells.append(para(cell, Styles.cell_num if i in numeric else Styles.cell))
        body.append(cells)
    table = FlowTable([head, *body], colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, MUTED),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE_LINE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if stripes and len(body) > 3:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE_FILL]))
    commands.extend(extra)
    table.setStyle(TableStyle(commands))
    return table


def facts_table(rows: Sequence[tuple[str, object]], label_width: float = 32 * mm) -> Table:
    """Label / value pairs, the labels in bold."""
    data = [
        [Paragraph(text(label), Styles.cell_bold), value if isinstance(value, Flowable) else para(value)]
        for label, value in rows
    ]
    table = FlowTable(data, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE_LINE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


# --- words -------------------------------------------------------------------------------

def count_cell(count: int, qualifier: Qualifier, style: ParagraphStyle = Styles.cell) -> Paragraph:
    """The count with its sign, the qualifier's word below it in small print."""
    sign = QUALIFIER_SIGN[qualifier]
    if not sign:
        return Paragraph(str(count), style)
    name = text(qualifier_label(qualifier))
    return Paragraph(f"{sign}{count}<br/><font size='7.5' color='#5b6470'>{name}</font>", style)


def status_text(status: RoundStatus | None) -> str:
    return status_label(status or RoundStatus.DRAFT)


def utc_text(moment: dt.datetime) -> str:
    """`2026-11-25 13:00 UTC` (a naive time is taken to be UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def moment_text(moment: dt.datetime) -> str:
    """`25 November 2026, 13:00 UTC`, for prose and page furniture (a naive
    time is taken to be UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    moment = moment.astimezone(dt.UTC)
    return translate("report", "{date}, {time} UTC").format(date=format_date(moment.date()),
                                                            time=moment.strftime("%H:%M"))


#: Appended to a value that holds a derived total, with a note saying so.
DERIVED_MARK = "†"
DERIVED_NOTE = QT_TRANSLATE_NOOP("report", "includes a total derived from a source's categories: no source "
                                           "stated it as a number")


def value_text(value: Tally, marker: str = "") -> str:
    """A count or a range with its qualifier (`~215`, `≥90`); `marker` is
    appended to a disputed range, and DERIVED_MARK to a derived value."""
    out = f"{value}{marker}" if value.disputed else str(value)
    return out + DERIVED_MARK if value.derived else out


# --- pages -------------------------------------------------------------------------------


class _Furniture:
    """What every page carries besides its content."""

    def __init__(self, header: str, generated_at: dt.datetime, draft: bool):
        self.header = header
        self.generated = translate("report", "Generated {moment}").format(moment=moment_text(generated_at))
        self.draft = draft
        self.draft_mark = draft_mark()

    def watermark(self, canvas: Canvas) -> None:
        """Drawn over the content, translucent, so no table fill hides it."""
        canvas.saveState()
        canvas.setFillColor(WATERMARK)
        canvas.setFillAlpha(0.2)
        # As large as fits along the diagonal (a translation may be longer).
        diagonal = (PAGE_WIDTH ** 2 + PAGE_HEIGHT ** 2) ** 0.5
        size = min(50.0, 0.72 * diagonal / stringWidth(self.draft_mark, BOLD, 1))
        canvas.setFont(BOLD, size)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(54)
        canvas.drawCentredString(0, -18 * size / 50, self.draft_mark)
        canvas.restoreState()

    def header_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - 12 * mm
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 8)
        mark_width = stringWidth(self.draft_mark, BOLD, 9) + 6 * mm if self.draft else 0
        canvas.drawString(LEFT, top, _clip(self.header, REGULAR, 8, min(CONTENT_WIDTH * 0.62,
                                                                        CONTENT_WIDTH - mark_width)))
        if self.draft:
            canvas.setFillColor(ERROR_INK)
            canvas.setFont(BOLD, 9)
            canvas.drawRightString(RIGHT, top, self.draft_mark)
        canvas.setStrokeColor(RULE_LINE)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, top - 2.5 * mm, RIGHT, top - 2.5 * mm)
        bottom = 11 * mm
        canvas.line(LEFT, bottom + 4 * mm, RIGHT, bottom + 4 * mm)
        canvas.setFillColor(MUTED)
        canvas.setFont(REGULAR, 8)
        canvas.drawString(LEFT, bottom, self.generated)
        canvas.drawRightString(RIGHT, bottom, translate("report", "Page {page} of {pages}").format(page=page, pages=pages))
        canvas.restoreState()
        if self.draft:
            self.watermark(canvas)


def _clip(value: str, font: str, size: float, width: float) -> str:
    """The text cut short with '…' so it fits `width`."""
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


def _numbered_canvas(furniture: _Furniture) -> Callable[..., Canvas]:
    class NumberedCanvas(Canvas):
        """Defers each page until `save`, when the page count is known."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                furniture.header_footer(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def build_pdf(
    story: list[Flowable], *, title: str, subject: str, keywords: str, header: str,
    generated_at: dt.datetime, draft: bool = False,
) -> bytes:
    """Lay out `story` on A4 pages and return the PDF."""
    fonts.register()
    out = io.BytesIO()
    furniture = _Furniture(header, generated_at, draft)
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=title, author="Exchange Desk", subject=subject, keywords=keywords,
        creator="Exchange Desk", lang=language(), initialFontName=REGULAR, initialFontSize=9.5,
    )
    doc.build(story, canvasmaker=_numbered_canvas(furniture))
    return out.getvalue()
