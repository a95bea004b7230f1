"""Small builders for rounds, figures and interchange files."""

from __future__ import annotations

import copy
import datetime as dt
import json
import uuid
from pathlib import Path

from desktop.domain.content import (
    CategorySetDoc,
    FigureDoc,
    Movement,
    RoundDoc,
    SourceDoc,
)
from desktop.domain.types import MovementKind, Qualifier

SEED_ID = "6f1c2a3b-2024-4103-8000-000000000103"

UA_RU = Movement("Ukraine", "Russia", MovementKind.EXCHANGE)
RU_UA = Movement("Russia", "Ukraine", MovementKind.EXCHANGE)


def fig(
    source: str, count: int, *, movement: Movement = RU_UA, qualifier: Qualifier = Qualifier.EXACT,
    category_set: str | None = None, category: str | None = None,
) -> FigureDoc:
    return FigureDoc(
        movement=movement, source=source, count=count, qualifier=qualifier,
        category_set=category_set, category=category,
    )


def doc(
    *figures: FigureDoc, sources: dict[str, str] | None = None, mediators: tuple[str, ...] = (),
    sets: tuple[CategorySetDoc, ...] = (), round_id: uuid.UUID | None = None,
    third_parties: tuple[str, ...] = (),
) -> RoundDoc:
    """A round of Ukraine and Russia holding these figures; sources default to
    unknown affiliation unless given as {name: affiliation}."""
    sources = sources or {}
    return RoundDoc(
        id=round_id or uuid.UUID(SEED_ID), title="Test round", date=dt.date(2024, 1, 3),
        sides=("Ukraine", "Russia"), third_parties=third_parties, mediators=mediators,
        sources=tuple(SourceDoc(n, a) for n, a in sources.items()),
        category_sets=sets, figures=tuple(figures),
    )


def round_dict(**overrides) -> dict:
    """A valid interchange round; override any field."""
    base = {
        "id": str(uuid.uuid4()),
        "title": "Exchange of 31 January 2024",
        "date": "2024-01-31",
        "sides": ["Ukraine", "Russia"],
        "mediators": ["United Arab Emirates"],
        "sources": [
            {"name": "Russian Ministry of Defence", "affiliation": "Russia"},
            {"name": "Coordination Headquarters", "affiliation": "Ukraine"},
        ],
        "category_sets": [
            {"name": "Place of capture", "exhaustive": False, "categories": ["Azovstal", "Snake Island"]},
        ],
        "figures": [
            {"from": "Russia", "to": "Ukraine", "kind": "exchange", "source": "Russian Ministry of Defence", "count": 195},
            {"from": "Russia", "to": "Ukraine", "kind": "exchange", "source": "Coordination Headquarters", "count": 207,
             "citation": "Coordination Headquarters, 31 January 2024"},
            {"from": "Ukraine", "to": "Russia", "kind": "exchange", "source": "Russian Ministry of Defence", "count": 195},
            {"from": "Russia", "to": "Ukraine", "kind": "exchange", "source": "Coordination Headquarters",
             "category_set": "Place of capture", "category": "Azovstal", "count": 100},
        ],
    }
    base.update(copy.deepcopy(overrides))
    return base


def document(*rounds: dict) -> dict:
    return {"format": "exchange-desk/1", "rounds": list(rounds)}


def write_json(path: Path, value: object) -> Path:
    path.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
    return path
