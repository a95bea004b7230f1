"""The same real-world round entered on two laptops: two ids, the same date
and the same sides. Found, and merged by a supervisor.

Merging folds one round into the other as an interchange file would: the
duplicate's parties, sources, categories and figures join the round kept,
and a figure both hold with different values becomes a merge conflict (the
later change holds; the other is kept for a supervisor), so nothing either
round says is lost. The duplicate is then removed, with its history kept and
an entry saying where it went.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa

from desktop.domain.content import utc_now
from desktop.domain.people import Actor, Capability
from desktop.domain.types import PartyRole, RoundStatus, Stage
from desktop.i18n import translate
from desktop.labels import stage_label
from desktop.services.actor import require
from desktop.services.errors import Refused, UserError
from desktop.services.interchange.merge import store_rounds
from desktop.services.interchange.parse import FORMAT, read_document
from desktop.services.interchange.summary import ImportSummary
from desktop.services.loading import chunks, export_rounds
from desktop.services.rounds import resolve_round
from desktop.storage import Database, audit
from desktop.storage.tables import PARTIES, ROUND_PARTIES, ROUNDS


@dataclass(frozen=True)
class RoundRef:
    id: uuid.UUID
    title: str
    status: RoundStatus

    def to_dict(self) -> dict:
        return {"id": str(self.id), "title": self.title, "status": self.status.value}


@dataclass(frozen=True)
class DuplicateGroup:
    """Rounds of one date between the same sides."""

    date: str
    sides: tuple[str, ...]
    rounds: tuple[RoundRef, ...]

    def to_dict(self) -> dict:
        return {"date": self.date, "sides": list(self.sides), "rounds": [r.to_dict() for r in self.rounds]}


def find_duplicates(db: Database, ids: list[uuid.UUID] | None = None) -> list[DuplicateGroup]:
    """Groups of two or more rounds with the same date and the same sides
    (in any order); with `ids`, only groups holding one of those rounds."""
    with db.reading() as session:
        # Only the dates of the rounds asked about (an import's new rounds),
        # so a check after a small import does not read years of rounds.
        dated = sa.true()
        if ids is not None:
            days = set()
            for part in chunks(list(ids)):
                days.update(session.execute(sa.select(ROUNDS.c.date).where(ROUNDS.c.id.in_(list(part)))).scalars())
            if not days:
                return []
            dated = ROUNDS.c.date.in_(sorted(days)) if len(days) <= 500 else sa.true()
        sides: dict[uuid.UUID, list[str]] = defaultdict(list)
        for rid, name in session.execute(
            sa.select(ROUND_PARTIES.c.round_id, PARTIES.c.name).join(PARTIES, PARTIES.c.id == ROUND_PARTIES.c.party_id)
            .where(ROUND_PARTIES.c.role == PartyRole.SIDE, ROUND_PARTIES.c.round_id.in_(sa.select(ROUNDS.c.id).where(dated)))
        ):
            sides[rid].append(name)
        groups: dict[tuple, list[RoundRef]] = defaultdict(list)
        for rid, title, day, status in session.execute(
            sa.select(ROUNDS.c.id, ROUNDS.c.title, ROUNDS.c.date, ROUNDS.c.status).where(dated)
            .order_by(ROUNDS.c.date, ROUNDS.c.created_at, ROUNDS.c.id)
        ):
            groups[(day.isoformat(), tuple(sorted(sides.get(rid, ()))))].append(RoundRef(rid, title, status))
    wanted = set(ids) if ids is not None else None
    return [
        DuplicateGroup(day, names, tuple(refs))
        for (day, names), refs in groups.items()
        if len(refs) > 1 and (wanted is None or wanted & {r.id for r in refs})
    ]


def merge_rounds(db: Database, keep_ref: str, other_ref: str, *, actor: Actor) -> ImportSummary:
    """Fold round `other` into round `keep` (one transaction), then remove
    `other`. Refused if either is signed off or they are not the same date
    and sides."""
    require(actor, Capability.RECORD)
    with db.transaction() as session:
        keep = resolve_round(session, keep_ref)
        other = resolve_round(session, other_ref)
        return fold(session, keep, other, actor=actor)


def fold(session, keep: uuid.UUID, other: uuid.UUID, *, actor: Actor, into_signed: bool = False) -> ImportSummary:
    """`merge_rounds` in the caller's transaction (an import brings the same
    merge made on another laptop). With `into_signed`, the round kept may be
    signed off, so long as the duplicate brings it nothing new (a laptop
    that signed the round after the same merge)."""
    if keep == other:
        raise UserError(translate("duplicates", "{round}: a round cannot be merged into itself.").format(
            round=keep))
    (kept,) = export_rounds(session, ids=[keep])
    (folded,) = export_rounds(session, ids=[other])
    for doc in (folded,) if into_signed else (kept, folded):
        if doc["status"] == RoundStatus.SIGNED_OFF.value:
            raise Refused(translate(
                "duplicates", "round {round} ({title}) is signed off; reopen it before merging."
            ).format(round=doc["id"], title=doc["title"]))
    if (kept["date"], sorted(kept["sides"])) != (folded["date"], sorted(folded["sides"])):
        raise UserError(translate(
            "duplicates", "rounds {keep} and {other} are not of the same date and sides; only likely "
            "duplicates are merged."
        ).format(keep=kept["id"], other=folded["id"]))
    # A source that reports what was handed over in one round and what was
    # agreed in the other: which it is, is for a person to say.
    kept_stages = {s["name"]: s.get("stage", "delivered") for s in kept["sources"]}
    for s in folded["sources"]:
        if s["name"] in kept_stages and kept_stages[s["name"]] != s.get("stage", "delivered"):
            raise UserError(translate(
                "duplicates", "the source {source} reports {kept} in round {keep} but {other} in round {dup}; "
                "make them the same (exchange-desk source set) before merging."
            ).format(source=s["name"], kept=stage_label(Stage(kept_stages[s["name"]])), keep=kept["id"],
                     other=stage_label(Stage(s.get("stage", "delivered"))), dup=folded["id"]))
    # The duplicate's content, under the kept round's id and fields.
    other_title = folded["title"]
    folded.update({k: kept[k] for k in ("id", "title", "date", "location", "notes", "status", "operation")})
    parsed = read_document({"format": FORMAT, "rounds": [folded]},
                           translate("duplicates", "round {round}").format(round=other))
    summary = store_rounds(session, parsed, actor=actor, origin=f"round {other}")
    now = utc_now()
    session.execute(sa.delete(ROUNDS).where(ROUNDS.c.id == other))
    audit.append(session.connection(), [
        audit.entry("merge", "round", other, other, at=now, before={"title": other_title, "into": str(keep)},
                    detail=f"merged into round {keep} as a duplicate"),
        audit.entry("merge", "round", keep, keep, at=now, after={"merged": str(other)},
                    detail=f"round {other} merged into this one as a duplicate"),
    ], actor)
    return summary

