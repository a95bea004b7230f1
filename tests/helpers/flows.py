"""Steps several tests share."""

from __future__ import annotations

import uuid

#: The demo round of 31 January 2024 (195 against 207).
ROUND = "c31a0124-2024-4131-8000-000000000131"


def ready_for_sign_off(cli, db) -> None:
    """The 31 January round: in review, its mismatch resolved by a supervisor."""
    from desktop.services import review

    cli("demo")
    rid = uuid.UUID(ROUND)
    key = next(i.discrepancy.key for i in review.round_review(db, rid).items
               if i.discrepancy.rule.value == "source_mismatch")
    assert cli("resolve", ROUND[:8], key, "--value", "207", "--note", "HQ's list of names").code == 0
    assert cli("submit", ROUND[:8]).code == 0
