"""Summary rows are derived data: written by the rules of the release that
wrote them, and written again when those rules change."""

from __future__ import annotations

import hashlib
import json
from importlib import resources

import sqlalchemy as sa

from desktop.domain.review import review, summarize
from desktop.services import listing, rounds
from desktop.services.demo import add_demo
from desktop.services.interchange.parse import parse_bytes
from desktop.services.summaries import RULES, ensure_summaries
from desktop.storage.tables import ROUND_SUMMARIES as RS
from tests.helpers.people import person

#: What these rules make of the demo rounds. When a change to the rules, to
#: how totals are counted or to the rows' JSON changes it, add one to
#: `summaries.RULES` and record the new digest here.
DEMO_DIGEST = {1: "2d0960a2bd5e71fe10302aeb15080e679927db0380dd5b3a86da2d1d30268494", 2: "1b9f328c1ce4ccc0bdb20de4d9688b293bf7246974a68cb77f5c6d450edf7478",
               3: "a6bbfa0b1c466e5167812f8922bbf994d2d8c7a0aaf9201866e6d4c476780d95",
               4: "77ba11e041ae1d488c4408fa7737198bd76dc05dc94967711de713d5f579409d",
               5: "9ce348fa7e6b68d9d26ad88798ba894c9809aec2d459240912ce7c8287185781"}


def demo_digest() -> str:
    data = resources.files("desktop.services").joinpath("demo_rounds.json").read_bytes()
    rows = []
    for parsed in parse_bytes(data, "demo data"):
        doc = parsed.doc
        facts = summarize(doc, review(doc, {}))
        rows.append([str(doc.id), facts.received_json(), facts.received_total,
                     sorted(facts.open_counts.items()), facts.figure_count, facts.search, facts.discrepancies_json])
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()


def test_a_change_to_what_summary_rows_hold_comes_with_a_new_rules_version():
    assert RULES in DEMO_DIGEST, "record the digest of this RULES version"
    assert demo_digest() == DEMO_DIGEST[RULES], (
        "the summary rows of the demo rounds changed: add one to summaries.RULES (so that every database "
        "writes its rows again) and record the new digest here")


def test_rows_written_by_other_rules_are_written_again(db):
    add_demo(db, actor=person("Olena"))
    assert ensure_summaries(db) == 0
    with db.transaction() as session:
        session.execute(sa.update(RS).values(rules=0, open_warnings=99, discrepancies="[]"))
    assert ensure_summaries(db) == 21
    with db.reading() as session:
        assert set(session.execute(sa.select(RS.c.rules)).scalars()) == {RULES}
    assert max(r.open_warnings for r in listing.fetch_rounds(db, listing.RoundQuery())) < 99
    assert rounds.discrepancies(db)
