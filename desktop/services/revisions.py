"""Figure revisions: what lets two laptops' files merge figure by figure.

Each figure row holds the revision it is at (`rev`; the row's own id until
the figure first changes) and the revisions before it (`ancestors`, newest
first). Every change — an edit, a deletion (the row stays as a tombstone),
a value taken from a file — makes a new revision whose ancestors are the
old one and its ancestors. Comparing an incoming revision with the one held:
held among the incoming one's ancestors → a change on the other side only,
taken; the incoming one already known here → nothing to do; neither → both
sides changed it: a merge conflict.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.domain.content import FigureDoc, format_timestamp, movement_text
from desktop.domain.ids import from_int, new_id
from desktop.domain.merge import Side
from desktop.services.existing import FigureState
from desktop.storage.tables import FIGURE_CONFLICTS


def first_revision(round_id: uuid.UUID | str, f) -> uuid.UUID:
    """The revision of a figure as first stored from a file without one (a
    version-1 file, the demo data): derived from what it says, so the same
    file loaded on two laptops gives them the same revision — loading it is
    not a change either of them made."""
    m = f.movement
    # The kinds are StrEnums: formatted, they are their values.
    text = (f"{round_id}\x1f{m.from_party}\x1f{m.to_party}\x1f{m.kind}\x1f{f.source}\x1f"
            f"{f.category_set}\x1f{f.category}\x1f{f.count}\x1f{f.qualifier}\x1f{f.citation}\x1f{f.note}")
    if f.part_of is not None:  # (figures without one keep the revision they always had)
        text += f"\x1f{movement_text(f.part_of)}"
    # A name-based (version 5) UUID: the first 16 bytes of the SHA-1, with
    # the version and variant bits set as `uuid.UUID(bytes=…, version=5)` does.
    value = int.from_bytes(hashlib.sha1(text.encode("utf-8")).digest()[:16], "big")
    return from_int((value & _CLEAR) | _VERSION_5)


_CLEAR = ~((0xC000 << 48) | (0xF000 << 64))
_VERSION_5 = (0x8000 << 48) | (5 << 76)


def open_conflicts(session: Session, figure_id: uuid.UUID) -> list[tuple[uuid.UUID, uuid.UUID]]:
    """(conflict id, losing revision) of the figure's open merge conflicts."""
    return [(r.id, r.loser_rev) for r in session.execute(
        sa.select(FIGURE_CONFLICTS.c.id, FIGURE_CONFLICTS.c.loser_rev).where(FIGURE_CONFLICTS.c.figure_id == figure_id, FIGURE_CONFLICTS.c.closed_at.is_(None)))]


def next_revision(state: FigureState | None, *, also: list[uuid.UUID] = ()) -> dict:
    """Columns for a new revision after `state` (and after `also`: the losing
    sides of conflicts a new value settles, so that other laptops see it as
    coming after both)."""
    ancestors: list[str] = []
    if state is not None:
        ancestors = [str(state.current_rev), *state.history()]
    for rev in also:
        if str(rev) not in ancestors:
            ancestors.insert(0, str(rev))
    return {"rev": new_id(), "ancestors": json.dumps(ancestors) if ancestors else None}


def supersede_conflicts(session: Session, state: FigureState | None, *, actor: str,
                        now: dt.datetime) -> list[uuid.UUID]:
    """A new value for a figure settles its open merge conflicts: they are
    closed, and their losing revisions count among the new one's ancestors."""
    if state is None:
        return []
    found = open_conflicts(session, state.id)
    if found:
        session.execute(sa.update(FIGURE_CONFLICTS).where(FIGURE_CONFLICTS.c.id.in_([cid for cid, _ in found])).values(
            closed_at=now, closed_by=actor))
    return [loser for _, loser in found]


def same_values(a: dict, b: dict) -> bool:
    keys = ("deleted",) if a["deleted"] and b["deleted"] else (
        "count", "qualifier", "citation", "note", "deleted", "part_of")
    return all(a.get(k) == b.get(k) for k in keys)


def merged_history(first: list[str], second: list[str]) -> list[str]:
    """Two revision histories as one list, each id once, in order met."""
    seen: set[str] = set()
    out = []
    for rev in (*first, *second):
        if rev not in seen:
            seen.add(rev)
            out.append(rev)
    return out


def state_values(state) -> dict:
    out = {"count": state.count, "qualifier": state.qualifier.value, "citation": state.citation,
           "note": state.note}
    if state.part_of is not None:
        out["part_of"] = json.loads(state.part_of)
    return out


def state_side(state) -> dict:
    """The figure held, as one side of a merge conflict."""
    return {**state_values(state), "deleted": state.deleted, "changed_by": state.updated_by,
            "changed_at": format_timestamp(state.updated_at)}


def incoming_side(f: FigureDoc) -> dict:
    """An incoming figure, as one side of a merge conflict."""
    r = f.revision
    out = {"count": f.count, "qualifier": f.qualifier.value, "citation": f.citation, "note": f.note,
           "deleted": r.deleted_at is not None, "changed_by": r.changed_by,
           "changed_at": format_timestamp(r.changed_at)}
    if f.part_of is not None:
        out["part_of"] = f.part_of.to_dict()
    return out


def held_side(state: FigureState) -> Side:
    """The figure held here, as the merge decision reads it."""
    return Side(str(state.current_rev), tuple(state.history()), state.updated_at, state.updated_by, state.count,
                state.qualifier.value, state.citation, state.note, state.deleted, state.part_of)


def arriving_side(f: FigureDoc) -> Side:
    """A figure arriving with its revision, as the merge decision reads it."""
    r = f.revision
    return Side(r.rev, tuple(r.history), r.changed_at, r.changed_by, f.count, f.qualifier.value, f.citation, f.note,
                r.deleted_at is not None, movement_text(f.part_of))
