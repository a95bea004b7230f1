"""The merge decision: a figure held here, the same figure arriving from
another laptop — take it, already known, or a conflict. Pure: revisions
and values in, the decision out; the importer applies it.

Each figure is at a revision (`rev`) with the revisions before it
(`history`, newest first). Comparing the one arriving with the one held:
- none held: added;
- the arriving revision is known here (held, before it, or met in a
  conflict): nothing to take — only the revisions it knows of become known
  here, and for the very same revision, the earliest who and when (so that
  two laptops that made or loaded it agree);
- the held revision is among the arriving one's history: it was changed on
  the other side only, and is taken (a reader sees a change only if the
  values differ);
- neither: both sides changed it since they last met. The later change (by
  `changed_at`, then `rev`) holds the value on both laptops; the other
  stands as a merge conflict — unless both reached the same value, which is
  no conflict.

`docs/interchange.md` describes the same rules for the file's readers.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Collection, Sequence
from dataclasses import dataclass


class Outcome(enum.Enum):
    ADDED = "added"
    KNOWN = "known"
    TAKEN = "taken"
    SAME_VALUE = "same value"
    CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class Side:
    """One laptop's revision of a figure."""

    rev: str
    history: Sequence[str]
    changed_at: dt.datetime
    changed_by: str
    count: int
    qualifier: str
    citation: str | None = None
    note: str | None = None
    deleted: bool = False
    #: "Of which": the whole this total is part of (`content.movement_text`).
    part_of: str | None = None

    def same_values(self, other: Side) -> bool:
        """Both say the same (two deletions are the same whatever they held)."""
        if self.deleted and other.deleted:
            return True
        return ((self.count, self.qualifier, self.citation, self.note, self.deleted, self.part_of)
                == (other.count, other.qualifier, other.citation, other.note, other.deleted, other.part_of))


@dataclass(frozen=True, slots=True)
class Decision:
    outcome: Outcome
    #: For a conflict or the same value reached on both sides: the arriving
    #: revision is the later and holds the value.
    incoming_wins: bool = False
    #: For a revision already known: the revisions it knows of, new here.
    news: tuple[str, ...] = ()
    #: For the very same revision: the arriving who and when are earlier.
    earlier_author: bool = False
    #: For a revision taken: a reader sees the values change.
    visible: bool = True


def decide(held: Side | None, incoming: Side, *, also_known: Collection[str] = ()) -> Decision:
    """What to do with `incoming` where `held` is the figure here (None: no
    such figure). `also_known`: revisions met here in merge conflicts."""
    if held is None:
        return Decision(Outcome.ADDED)
    known = {held.rev, *held.history, *also_known}
    if incoming.rev in known:
        news = tuple(rev for rev in incoming.history if rev not in known)
        earlier = incoming.rev == held.rev and (incoming.changed_at, incoming.changed_by) < (
            held.changed_at, held.changed_by)
        return Decision(Outcome.KNOWN, news=news, earlier_author=earlier)
    if held.rev in incoming.history:
        return Decision(Outcome.TAKEN, visible=not held.same_values(incoming))
    incoming_wins = (incoming.changed_at, incoming.rev) > (held.changed_at, held.rev)
    if held.same_values(incoming):
        return Decision(Outcome.SAME_VALUE, incoming_wins=incoming_wins)
    return Decision(Outcome.CONFLICT, incoming_wins=incoming_wins)
