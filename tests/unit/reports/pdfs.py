"""Builders and readers shared by the report tests."""

from __future__ import annotations

import datetime as dt
import io
import json
from importlib import resources

from pypdf import PdfReader

from desktop.domain.content import RoundDoc
from desktop.services.interchange.parse import parse_bytes

NOW = dt.datetime(2026, 11, 25, 13, 0, tzinfo=dt.UTC)
GENERATED = "Generated 25 November 2026, 13:00 UTC"

SEED = "6f1c2a3b-2024-4103-8000-000000000103"
JAN31 = "c31a0124-2024-4131-8000-000000000131"
TRAINING = "e8a30001-0000-4000-8000-00000000e8a3"


def demo_docs() -> list[RoundDoc]:
    data = resources.files("desktop.services").joinpath("demo_rounds.json").read_bytes()
    return [p.doc for p in parse_bytes(data, "demo data")]


def demo(round_id: str) -> RoundDoc:
    return next(d for d in demo_docs() if str(d.id) == round_id)


def docs_of(rounds: list[dict]) -> list[RoundDoc]:
    blob = json.dumps({"format": "exchange-desk/1", "rounds": rounds}, ensure_ascii=False).encode("utf-8")
    return [p.doc for p in parse_bytes(blob, "test")]


def reader(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(pdf))


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in reader(pdf).pages]


def flat(pages: list[str]) -> str:
    """All pages as one line of text (line breaks from wrapping become spaces)."""
    return " ".join(" ".join(pages).split())


def font_names(pdf: bytes) -> set[str]:
    """The base font names every page uses."""
    names: set[str] = set()
    for page in reader(pdf).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names
