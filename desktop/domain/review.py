"""Resolutions and a round's summary line, computed from its content.

A resolution answers one discrepancy (by its stable key) and holds the
*basis* it was decided on: a hash of the values under the discrepancy. When a
figure under it changes, the basis no longer matches and the discrepancy is
open again.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop.domain.content import RoundDoc
from desktop.domain.discrepancies import Discrepancy, find_discrepancies
from desktop.domain.totals import Tally, accepted_totals, received_row, received_totals
from desktop.domain.types import MovementKind, Severity


def basis(d: Discrepancy) -> str:
    """What a resolution of `d` was decided on."""
    values = sorted(json.dumps(v.to_dict(), sort_keys=True, ensure_ascii=False) for v in d.values)
    return hashlib.sha256("\n".join(values).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ResolutionFact:
    key: str
    accepted_value: int | None
    note: str
    resolved_by: str
    basis: str


@dataclass(frozen=True, slots=True)
class ReviewedDiscrepancy:
    """A discrepancy and, if it still holds, the resolution of it."""

    discrepancy: Discrepancy
    resolution: ResolutionFact | None

    @property
    def is_open(self) -> bool:
        return self.resolution is None

    @property
    def accepted_unreported(self) -> bool:
        """The supervisor accepted a value that no source under the
        discrepancy reported (it is their decision, not a figure)."""
        r = self.resolution
        return (r is not None and r.accepted_value is not None
                and all(v.count != r.accepted_value for v in self.discrepancy.values))

    def to_dict(self) -> dict:
        """As `discrepancies --json` prints it, with `status` and any resolution."""
        out = self.discrepancy.to_dict()
        out["status"] = "open" if self.is_open else "resolved"
        if self.resolution is not None:
            out["resolution"] = {
                "accepted_value": self.resolution.accepted_value,
                "note": self.resolution.note,
                "resolved_by": self.resolution.resolved_by,
            }
            if self.accepted_unreported:
                out["resolution"]["reported_by_no_source"] = True
        return out


def reviewed_from_dict(data: dict) -> ReviewedDiscrepancy:
    """A reviewed discrepancy as `ReviewedDiscrepancy.to_dict` wrote it. A
    resolution written there held on the values written with it."""
    d = Discrepancy.from_dict(data)
    r = data.get("resolution")
    resolution = None if r is None else ResolutionFact(d.key, r["accepted_value"], r["note"], r["resolved_by"], basis(d))
    return ReviewedDiscrepancy(d, resolution)


def review(doc: RoundDoc, resolutions: Mapping[str, ResolutionFact]) -> list[ReviewedDiscrepancy]:
    """The round's discrepancies, each with its resolution where the values
    under it are still those it was decided on. A total a supervisor
    accepted stands for its direction in the imbalance rule: the rules run
    again with it."""
    out = _reviewed(find_discrepancies(doc), resolutions)
    accepted, _ = accepted_totals(out)
    if any(m.kind is MovementKind.EXCHANGE for m in accepted):
        out = _reviewed(find_discrepancies(doc, accepted), resolutions)
    return out


def _reviewed(found: list[Discrepancy], resolutions: Mapping[str, ResolutionFact]) -> list[ReviewedDiscrepancy]:
    out = []
    for d in found:
        r = resolutions.get(d.key)
        if r is not None and r.basis != basis(d):
            r = None
        out.append(ReviewedDiscrepancy(d, r))
    return out


def search_text(doc: RoundDoc) -> str:
    """Everything the list's filter matches: title, parties, sources, place."""
    parts = [doc.title, doc.location or "", *doc.sides, *doc.third_parties, *doc.mediators]
    parts += [s.name for s in doc.sources]
    return fold(" | ".join(p for p in parts if p))


def fold(text: str) -> str:
    """Case- and form-insensitive text for matching (Cyrillic included)."""
    return unicodedata.normalize("NFC", text).casefold()


@dataclass(frozen=True, slots=True)
class RoundSummaryFacts:
    """What the rounds list shows and sorts on, for one round."""

    received: dict[str, Tally]
    received_total: int
    open_counts: dict[Severity, int]
    figure_count: int
    search: str
    #: Every discrepancy as JSON, kept for listing them fast.
    discrepancies_json: str = "[]"

    def received_json(self) -> str:
        return json.dumps([received_row(p, r) for p, r in self.received.items()], ensure_ascii=False)


def summarize(doc: RoundDoc, reviewed: Sequence[ReviewedDiscrepancy]) -> RoundSummaryFacts:
    received = received_totals(doc, reviewed)
    return RoundSummaryFacts(
        received=received,
        received_total=sum(r.high for r in received.values()),
        open_counts=dict(Counter(r.discrepancy.severity for r in reviewed if r.is_open)),
        figure_count=len(doc.figures),
        search=search_text(doc),
        discrepancies_json=json.dumps([r.to_dict() for r in reviewed], ensure_ascii=False, separators=(",", ":")),
    )
