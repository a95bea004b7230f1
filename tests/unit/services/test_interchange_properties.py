"""Property tests of the interchange file: what is written reads back the same."""

from __future__ import annotations

import datetime as dt
import json
import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.content import (
    CategorySetDoc,
    FigureDoc,
    Movement,
    RoundDoc,
    SourceDoc,
)
from desktop.domain.lookalike import looks
from desktop.domain.types import MovementKind, Qualifier, RoundStatus
from desktop.services.interchange import render
from desktop.services.interchange.parse import parse_bytes

WORDS = st.text(
    alphabet=st.sampled_from("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяABCDEFGHIJKLMNOPQRSTUVWXYZ '’-0123456789"),
    min_size=1, max_size=12,
).map(str.strip).filter(bool)


#: Names of one list look different (a party "0" beside "O" is refused).
LOOKS = (lambda n: looks(n)[0], lambda n: looks(n)[1])


@st.composite
def round_docs(draw) -> RoundDoc:
    names = draw(st.lists(WORDS, min_size=3, max_size=6, unique_by=LOOKS))
    sides, third = tuple(names[:2]), tuple(names[2:3])
    mediators = tuple(names[3:4])
    parties = sides + third
    source_names = draw(st.lists(WORDS, min_size=1, max_size=4, unique_by=LOOKS))
    sources = tuple(
        SourceDoc(n, draw(st.sampled_from(list(parties + mediators) + ["independent", "unknown"])))
        for n in source_names
    )
    sets = tuple(
        CategorySetDoc(f"Set {i}", draw(st.booleans()), tuple(draw(st.lists(WORDS, min_size=1, max_size=3, unique_by=LOOKS))))
        for i in range(draw(st.integers(0, 2)))
    )
    slots = set()
    figures = []
    for _ in range(draw(st.integers(0, 12))):
        a, b = draw(st.permutations(parties))[:2]
        movement = Movement(a, b, draw(st.sampled_from(MovementKind)))
        source = draw(st.sampled_from(source_names))
        cset = cat = None
        if sets and draw(st.booleans()):
            chosen = draw(st.sampled_from(sets))
            cset, cat = chosen.name, draw(st.sampled_from(chosen.categories))
        if (movement, source, cset, cat) in slots:
            continue
        slots.add((movement, source, cset, cat))
        figures.append(FigureDoc(
            movement=movement, source=source, count=draw(st.integers(0, 1_000_000)),
            qualifier=draw(st.sampled_from(Qualifier)), category_set=cset, category=cat,
            citation=draw(st.none() | st.text(min_size=1, max_size=30).filter(lambda t: t.isprintable())),
            note=draw(st.none() | st.just("Рядок 1\nрядок 2")),
        ))
    return RoundDoc(
        id=uuid.UUID(int=draw(st.integers(0, 2**128 - 1))),
        title=draw(WORDS), date=draw(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))),
        sides=sides, third_parties=third, mediators=mediators, location=draw(st.none() | WORDS),
        notes=draw(st.none() | st.just("Примітка\twith a tab")),
        status=draw(st.sampled_from(RoundStatus)), sources=sources, category_sets=sets,
        figures=tuple(figures),
    )


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(round_docs(), max_size=3, unique_by=lambda d: d.id))
def test_what_is_written_reads_back_the_same(docs):
    """render → parse gives the same rounds, field for field."""
    text = render(docs, dt.datetime(2026, 11, 25, tzinfo=dt.UTC))
    parsed = parse_bytes(text.encode("utf-8"), "round-trip.json")
    assert [p.doc.to_dict() for p in parsed] == [d.to_dict() for d in docs]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(round_docs())
def test_rendering_is_valid_json_with_one_round_per_line(doc):
    """The file is JSON, and each round sits on its own line."""
    text = render([doc, doc], dt.datetime(2026, 11, 25, tzinfo=dt.UTC))
    assert json.loads(text)["format"] == "exchange-desk/5"
    lines = text.splitlines()
    assert len(lines) == 4
