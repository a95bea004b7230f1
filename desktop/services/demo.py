"""The demo rounds: the seed article's exchange, a few public reports that
show each rule, and one clearly marked example with invented figures."""

from __future__ import annotations

from importlib import resources

from desktop.services.interchange.merge import store_rounds
from desktop.services.interchange.parse import parse_bytes
from desktop.services.interchange.summary import ImportSummary
from desktop.services.loading import existing_ids
from desktop.storage import Database

DEMO_FILE = "demo_rounds.json"


def add_demo(db: Database, *, actor: str) -> ImportSummary:
    """Add the demo rounds that are not here yet (fixed ids, so running it
    twice adds nothing and never overwrites edits made since)."""
    data = resources.files("desktop.services").joinpath(DEMO_FILE).read_bytes()
    parsed = parse_bytes(data, "demo data")
    with db.transaction() as session:
        present = existing_ids(session, [p.doc.id for p in parsed])
        missing = [p for p in parsed if p.doc.id not in present]
        summary = store_rounds(session, missing, actor=actor, origin="the demo data")
    summary.rounds_unchanged = len(parsed) - len(missing)
    return summary
