"""Citations are links in every PDF, and long addresses break after `/`,
`-` or `.`, never inside a word (a real address from ../shared/data)."""

from __future__ import annotations

import datetime as dt
import io
import uuid

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.domain.content import FigureDoc, Movement, RoundDoc, SourceDoc
from desktop.domain.reporting import round_report
from desktop.domain.types import MovementKind
from desktop.reports import render_round_summary
from desktop.reports.fonts import REGULAR
from desktop.reports.pages import url_lines

URL = ("https://www.nprillinois.org/2022-03-24/snake-island-sailors-are-freed-as-ukraine-and-russia-conduct-a-"
       "prisoner-exchange")


@pytest.mark.parametrize("width", [60, 100, 150, 400])
def test_an_address_breaks_only_after_its_separators_and_fits(width):
    lines = url_lines(URL, width)
    assert "".join(lines) == URL
    for line in lines:
        assert stringWidth(line, REGULAR, 9) <= width
    for line in lines[:-1]:
        assert line[-1] in "/-.?&=_#", lines


def test_a_citation_is_a_link_and_its_address_wraps_at_separators():
    movement = Movement("Russia", "Ukraine", MovementKind.EXCHANGE)
    doc = RoundDoc(id=uuid.uuid4(), title="Exchange of 1 March 2022", date=dt.date(2022, 3, 1),
                   sides=("Ukraine", "Russia"), sources=(SourceDoc("Ukrainian military", "Ukraine"),),
                   figures=(FigureDoc(movement, "Ukrainian military", 5, citation=f"NPR Illinois, {URL}."),))
    pdf = render_round_summary(round_report(doc, {}, generated_at=dt.datetime(2026, 12, 7, tzinfo=dt.UTC)))
    reader = PdfReader(io.BytesIO(pdf))
    uris = {a.get_object()["/A"]["/URI"] for page in reader.pages for a in page.get("/Annots") or []
            if a.get_object().get("/Subtype") == "/Link"}
    assert uris == {URL}  # the full stop after it is not part of the address
    lines = [line.rstrip(".") for line in reader.pages[0].extract_text().splitlines() if line and line.rstrip(".") in URL]
    assert "".join(lines) == URL, lines
    assert len(lines) > 1 and all(line[-1] in "/-.?&=_#" for line in lines[:-1]), lines
