"""Steps several tests share."""

from __future__ import annotations

import contextlib
import os
import uuid

#: The demo round of 31 January 2024 (195 against 207).
ROUND = "c31a0124-2024-4131-8000-000000000131"


#: Who prepares rounds in the shared flows (loads, resolves, submits), so
#: that the test's own actor ("Test Coordinator") may sign them off.
PREPARER = "Olena"


@contextlib.contextmanager
def acting_as(name: str):
    """The command line acts with `name`'s key inside the block."""
    before = os.environ.get("EXCHANGE_DESK_KEY")
    os.environ["EXCHANGE_DESK_KEY"] = name
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("EXCHANGE_DESK_KEY", None)
        else:
            os.environ["EXCHANGE_DESK_KEY"] = before


def ready_for_sign_off(cli, db) -> None:
    """The 31 January round: in review, its mismatch resolved by a
    supervisor (`PREPARER`, so that another may sign it off)."""
    from desktop.services import review

    with acting_as(PREPARER):
        cli("demo")
        rid = uuid.UUID(ROUND)
        key = next(i.discrepancy.key for i in review.round_review(db, rid).items
                   if i.discrepancy.rule.value == "source_mismatch")
        assert cli("resolve", ROUND[:8], key, "--value", "207", "--note", "HQ's list of names").code == 0
        assert cli("submit", ROUND[:8]).code == 0


def assert_summaries_fresh(db) -> None:
    """What is read from the summary rows (`rounds`, `discrepancies`, the
    app's open discrepancies) is what the rounds say now."""
    from desktop.domain.review import review as domain_review
    from desktop.services import review, rounds
    from desktop.services.loading import load_docs
    from desktop.services.summaries import load_resolutions

    with db.reading() as session:
        docs = load_docs(session)
        resolutions = load_resolutions(session, [d.id for d in docs])
    assert rounds.list_rounds(db) == [rounds.summarize(d, resolutions.get(d.id)) for d in docs]
    reviewed = [item for d in docs for item in domain_review(d, resolutions.get(d.id, {}))]
    assert rounds.discrepancies(db) == reviewed
    assert [item for _, item in review.open_across_rounds(db)] == [item for item in reviewed if item.is_open]
