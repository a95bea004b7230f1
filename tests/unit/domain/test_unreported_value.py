"""A resolution whose accepted value no source reported says so: in the
review's data, the command line, the window and the signed PDF."""

from __future__ import annotations

import uuid

import pytest

from desktop.domain.content import FigureDoc, Movement, RoundDoc, SourceDoc
from desktop.domain.review import ResolutionFact, basis, review
from desktop.domain.types import MovementKind, Qualifier

UA_RU = Movement("Ukraine", "Russia", MovementKind.EXCHANGE)


def round_with(a: int, b: int) -> RoundDoc:
    import datetime as dt

    return RoundDoc(
        id=uuid.UUID("00000000-0000-4000-8000-000000000001"), title="t", date=dt.date(2024, 1, 31),
        sides=("Ukraine", "Russia"),
        sources=(SourceDoc("HQ", "Ukraine"), SourceDoc("MoD", "Russia")),
        figures=(FigureDoc(UA_RU, "HQ", a, Qualifier.EXACT), FigureDoc(UA_RU, "MoD", b, Qualifier.EXACT)),
    )


@pytest.mark.parametrize(("accepted", "unreported"), [(207, False), (195, False), (200, True)])
def test_an_accepted_value_no_source_reported_is_marked(accepted, unreported):
    doc = round_with(207, 195)
    (item,) = [i for i in review(doc, {}) if i.discrepancy.rule.value == "source_mismatch"]
    d = item.discrepancy
    (resolved,) = [i for i in review(doc, {d.key: ResolutionFact(d.key, accepted, "n", "Sam", basis(d))})
                   if i.discrepancy.key == d.key]
    assert resolved.accepted_unreported is unreported
    assert ("reported_by_no_source" in resolved.to_dict()["resolution"]) is unreported
