"""Synthetic interchange files of three shapes: `standard` rounds (two sides,
Cyrillic and Latin names, three sources, a category breakdown, ten figures
each), `wide` rounds (twelve sources, two category sets of four, Cyrillic
names, about 120 figures each) and `texts` rounds (the standard figures,
each with a long citation and note, and long round notes), so that speed is
measured on more than one shape of data."""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from pathlib import Path

PAIRS = [
    ("Україна", "Росія"), ("Ukraine", "Russia"), ("Армения", "Азербайджан"), ("Israel", "Hamas"),
    ("Ethiopia", "Tigray"), ("Sudan", "RSF"),
]
MEDIATORS = ["United Arab Emirates", "Türkiye", "Qatar", "ICRC", "Ватикан"]
PLACES = ["Azovstal", "Зміїний", "Chernobyl NPP"]


def make_rounds(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    start = dt.date(2014, 1, 1)
    rounds = []
    for i in range(n):
        a, b = PAIRS[i % len(PAIRS)]
        src_a, src_b, monitor = f"Штаб {a}", f"Ministry of {b}", "Monitor"
        base = rng.randint(10, 400)
        cats = [base // 2, base // 4, base - base // 2 - base // 4]
        figures = [
            {"from": b, "to": a, "kind": "exchange", "source": src_a, "count": base},
            {"from": b, "to": a, "kind": "exchange", "source": src_b, "count": base + rng.choice((0, 0, 3, 12))},
            {"from": b, "to": a, "kind": "exchange", "source": monitor, "count": base, "qualifier": "approximate"},
            {"from": a, "to": b, "kind": "exchange", "source": src_a, "count": base},
            {"from": a, "to": b, "kind": "exchange", "source": src_b, "count": base},
            {"from": a, "to": b, "kind": "exchange", "source": monitor, "count": base, "qualifier": "at_least"},
            {"from": a, "to": b, "kind": "without_exchange", "source": src_b, "count": rng.randint(0, 80)},
        ] + [
            {"from": b, "to": a, "kind": "exchange", "source": src_a, "category_set": "Place of capture",
             "category": place, "count": count, "citation": "Synthetic benchmark data"}
            for place, count in zip(PLACES, cats)
        ]
        rounds.append({
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "title": f"Обмін №{i + 1} / Exchange {i + 1}",
            "date": (start + dt.timedelta(days=i % 4000)).isoformat(),
            "location": "Border crossing",
            "sides": [a, b],
            "mediators": [MEDIATORS[i % len(MEDIATORS)]],
            "sources": [
                {"name": src_a, "affiliation": a}, {"name": src_b, "affiliation": b},
                {"name": monitor, "affiliation": "independent"},
            ],
            "category_sets": [{"name": "Place of capture", "exhaustive": False, "categories": PLACES}],
            "figures": figures,
        })
    return rounds


WIDE_SETS = {"Категорія": ["Військові", "Цивільні", "Поранені", "Медики"],
             "Місце полону": ["Азовсталь", "Зміїний", "ЧАЕС", "Маріуполь"]}


def make_wide_rounds(n: int, seed: int = 11) -> list[dict]:
    """Rounds as sides that report in detail do: twelve sources, each with
    a total and a breakdown in two sets, in both directions."""
    rng = random.Random(seed)
    start = dt.date(2016, 1, 1)
    rounds = []
    for i in range(n):
        a, b = PAIRS[i % len(PAIRS)]
        sources = [{"name": f"Джерело {k + 1} ({a if k % 3 == 0 else b if k % 3 == 1 else 'незалежне'})",
                    "affiliation": a if k % 3 == 0 else b if k % 3 == 1 else "independent"} for k in range(12)]
        figures = []
        for src, dst in ((b, a), (a, b)):
            base = rng.randint(20, 600)
            for s in sources:
                count = base + rng.choice((0, 0, 0, 2, 7))
                figures.append({"from": src, "to": dst, "kind": "exchange", "source": s["name"], "count": count})
                for name, cats in WIDE_SETS.items():
                    part = count // len(cats)
                    for cat in cats:
                        figures.append({"from": src, "to": dst, "kind": "exchange", "source": s["name"],
                                        "category_set": name, "category": cat, "count": part})
        rounds.append({
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "title": f"Обмін полоненими №{i + 1}",
            "date": (start + dt.timedelta(days=i % 3000)).isoformat(),
            "sides": [a, b],
            "mediators": [MEDIATORS[i % len(MEDIATORS)]],
            "sources": sources,
            "category_sets": [{"name": name, "exhaustive": False, "categories": cats}
                              for name, cats in WIDE_SETS.items()],
            "figures": figures,
        })
    return rounds


_PROSE = ("Список обміну погоджено сторонами за посередництва; імена звірено з реєстром. "
          "Names were checked against the register kept by the coordination headquarters; ")


def make_text_rounds(n: int, seed: int = 13) -> list[dict]:
    """The standard rounds, with the long citations and notes that analysts
    paste from statements."""
    rng = random.Random(seed)
    rounds = make_rounds(n, seed)
    for r in rounds:
        r["notes"] = (_PROSE * rng.randint(8, 20)).strip()
        for k, f in enumerate(r["figures"]):
            f["citation"] = f"https://example.org/statements/{r['id']}/{k}?lang=uk " + _PROSE * rng.randint(1, 4)
            f["note"] = (_PROSE * rng.randint(2, 6)).strip()
    return rounds


SHAPES = {"standard": make_rounds, "wide": make_wide_rounds, "texts": make_text_rounds}


def write_file(path: Path, n: int, shape: str = "standard") -> Path:
    rounds = SHAPES[shape](n)
    path.write_text(json.dumps({"format": "exchange-desk/1", "rounds": rounds}, ensure_ascii=False),
                    encoding="utf-8")
    return path
