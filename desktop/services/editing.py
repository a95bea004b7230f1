"""Editing rounds, one action per transaction: the desktop app's use cases.

Every action has the same shape: read the round as a `RoundDoc`, check that
what the caller saw still holds, apply a typed edit from `domain.edits` (the
domain checks the result by the same rules of content a file's round obeys),
write the difference with its history entries, and rewrite the round's
summary row. A signed-off round refuses every change.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.domain import edits
from desktop.domain.content import (
    CategorySetDoc,
    CombinedDoc,
    Movement,
    RoundDoc,
    SourceDoc,
    same_figure,
    utc_now,
)
from desktop.domain.ids import new_id
from desktop.domain.listing import RoundState
from desktop.domain.people import Actor, Capability
from desktop.domain.types import Qualifier, RoundStatus
from desktop.i18n import translate
from desktop.labels import round_label, status_label
from desktop.services.actor import require
from desktop.services.errors import Refused, UserError
from desktop.services.loading import load_docs
from desktop.services.round_writer import RoundWriter
from desktop.services.summaries import refresh_summaries
from desktop.storage import Database, audit
from desktop.storage.tables import ROUNDS

Slot = edits.Slot


@dataclass(frozen=True)
class Change:
    """What an action changed, for the views to decide what to redraw:
    which round and what of it (`round`, `parties`, `sources`,
    `category_sets`, `figures`, `status`, `review`), the round as the
    change left it (so no view needs to read it again), its version (what
    the next edit of its details names) and the head of the history after
    the change (so the window knows the change is its own)."""

    round_id: uuid.UUID
    what: str
    state: RoundState | None = None
    round_version: int | None = None
    data_version: str | None = None


def load_round(session: Session, round_id: uuid.UUID) -> RoundDoc:
    docs = load_docs(session, ids=[round_id])
    if not docs:
        raise UserError(translate(
            "editing", "round {round_id}: no such round (was it deleted in another window?)."
        ).format(round_id=round_id))
    return docs[0]


def ensure_editable(doc: RoundDoc) -> None:
    if doc.status is RoundStatus.SIGNED_OFF:
        raise Refused(translate("editing", "The round {round} is signed off; reopen it to change it.").format(
            round=round_label(doc.title, doc.date)))


@dataclass(frozen=True)
class RoundVersion:
    """Which version of a round a view shows, and who made it when."""

    version: int
    updated_by: str
    updated_at: dt.datetime


def round_version(db: Database, round_id: uuid.UUID) -> RoundVersion:
    with db.reading() as session:
        return _version(session, round_id)


def _version(session: Session, round_id: uuid.UUID) -> RoundVersion:
    row = session.execute(
        sa.select(ROUNDS.c.version, ROUNDS.c.updated_by, ROUNDS.c.updated_at).where(ROUNDS.c.id == round_id)
    ).one_or_none()
    if row is None:
        raise UserError(translate(
            "editing", "round {round_id}: no such round (was it deleted in another window?)."
        ).format(round_id=round_id))
    return RoundVersion(row.version, row.updated_by, row.updated_at)


class _Stale(Exception):
    """The round (or one figure of it) is no longer what the caller saw."""

    def __init__(self, what: str, slot: Slot | None = None):
        super().__init__(what)
        self.what = what
        self.slot = slot


def _commit_edit(db: Database, round_id: uuid.UUID, edit: edits.Edit, *, actor: Actor,
                 detail: str | None = None, allow_signed_off: bool = False,
                 expected_version: int | None = None, check=None) -> Change:
    """Read the round, check what the caller saw still holds (`check(doc)`),
    apply the edit (the domain checks the result), write the difference
    with its history entries, and rewrite the round's summary row.

    With `expected_version` (the version the caller's view shows), the edit
    is refused if anyone changed the round since; a figure edit with its
    `expected` value likewise. Nothing is overwritten, and what the caller
    tried to save is kept in the round's history as a refused edit."""
    require(actor, Capability.RECORD)
    try:
        with db.transaction() as session:
            if expected_version is not None and _version(session, round_id).version != expected_version:
                raise _Stale(edit.what)
            old = load_round(session, round_id)
            if not allow_signed_off:
                ensure_editable(old)
            if check is not None:
                check(old)
            new = edit.apply(old)
            writer = RoundWriter(session, actor=actor, now=utc_now(), detail=detail)
            writer.write(old, new)
            states = refresh_summaries(session, [round_id], actor)
            version = audit.written(session.connection())
    except _Stale as stale:
        raise Refused(_refusal(db, round_id, actor=actor, stale=stale, attempt=edit.attempt())) from None
    return Change(round_id, edit.what, state=states.get(round_id), round_version=writer.version,
                  data_version=version)


def _refusal(db: Database, round_id: uuid.UUID, *, actor: Actor, stale: _Stale, attempt: dict | None) -> str:
    """Keep the refused edit in the history (its own transaction: the edit's
    was rolled back) and say who changed the round, and when."""
    from desktop.domain.content import format_timestamp

    with db.transaction() as session:
        now = _version(session, round_id)
        audit.append(session.connection(), [audit.entry(
            "refused", stale.what, round_id, round_id, at=utc_now(), after=attempt or {},
            detail=f"changed by {now.updated_by} at {format_timestamp(now.updated_at)} (version {now.version})",
        )], actor)
    when = now.updated_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    if stale.slot is not None:
        return translate(
            "editing", "The figure of {source} ({movement}) was changed by {who} at {when} in the meantime; "
            "the view has been reloaded and nothing was overwritten (what you entered is kept in the "
            "round's history)."
        ).format(source=stale.slot[1], movement=stale.slot[0].label(), who=now.updated_by, when=when)
    return translate(
        "editing", "This round was changed by {who} at {when} in the meantime; it has been reloaded and "
        "nothing was overwritten (what you entered is kept in the round's history)."
    ).format(who=now.updated_by, when=when)


# --- the actions -----------------------------------------------------------------


def create_round(
    db: Database, *, title: str, date: dt.date, sides: Sequence[str], actor: Actor,
    third_parties: Sequence[str] = (), mediators: Sequence[str] = (),
    location: str | None = None, notes: str | None = None,
) -> uuid.UUID:
    """A new draft round; its id is a fresh UUID."""
    require(actor, Capability.RECORD)
    doc = edits.new_round(new_id(), title=title, date=date, sides=sides, third_parties=third_parties,
                          mediators=mediators, location=location, notes=notes)
    with db.transaction() as session:
        RoundWriter(session, actor=actor, now=utc_now(), detail="created in the app").write(None, doc)
        refresh_summaries(session, [doc.id], actor)
    return doc.id


def update_round(db: Database, round_id: uuid.UUID, *, actor: Actor, expected_version: int | None = None,
                 expected: dict | None = None, **fields) -> Change:
    """Change title, date, location or notes. With `expected` (field →
    the value the user saw), refused if any of those fields holds another
    value now: someone changed it meanwhile."""

    def check(d: RoundDoc) -> None:
        for name, seen in (expected or {}).items():
            if (getattr(d, name) or None) != (seen or None):
                raise _Stale("round")

    return _commit_edit(db, round_id, edits.ChangeDetails(fields), actor=actor, check=check,
                        expected_version=expected_version)


def set_parties(
    db: Database, round_id: uuid.UUID, *, actor: Actor, sides: Sequence[str] | None = None,
    third_parties: Sequence[str] | None = None, mediators: Sequence[str] | None = None,
    expected_version: int | None = None,
) -> Change:
    """Replace the sides, third parties or mediators (a party with figures
    cannot be removed: clear its figures first)."""
    edit = edits.SetParties(*(None if g is None else tuple(g) for g in (sides, third_parties, mediators)))
    return _commit_edit(db, round_id, edit, actor=actor, expected_version=expected_version)


def set_sources(db: Database, round_id: uuid.UUID, *, sources: Sequence[SourceDoc], actor: Actor,
                expected_version: int | None = None) -> Change:
    """Replace the round's sources (one with figures cannot be removed)."""
    return _commit_edit(db, round_id, edits.SetSources(tuple(sources)), actor=actor,
                        expected_version=expected_version)


def set_combined(db: Database, round_id: uuid.UUID, *, combined: Sequence[CombinedDoc], actor: Actor,
                 expected_version: int | None = None) -> Change:
    """Replace the round's figures for several movements together."""
    return _commit_edit(db, round_id, edits.SetCombined(tuple(combined)), actor=actor,
                        expected_version=expected_version)


def set_category_sets(
    db: Database, round_id: uuid.UUID, *, category_sets: Sequence[CategorySetDoc], actor: Actor,
    expected_version: int | None = None,
) -> Change:
    """Replace the category sets in use (a category with figures stays)."""
    return _commit_edit(db, round_id, edits.SetCategorySets(tuple(category_sets)), actor=actor,
                        expected_version=expected_version)


#: `expected` not given: the figure is set whatever it holds now.
ANY = object()


def _expecting(slot: Slot, expected):
    """A check that the figure in `slot` is what the caller saw (someone
    else changed it meanwhile: nothing is overwritten unseen)."""

    def check(d: RoundDoc) -> None:
        current = next((f for f in d.figures if f.slot == slot), None)
        if expected is not ANY and not same_figure(current, expected):
            raise _Stale("figure", slot)

    return check


def set_figure(
    db: Database, round_id: uuid.UUID, *, movement: Movement, source: str, count: int,
    qualifier: Qualifier = Qualifier.EXACT, category_set: str | None = None, category: str | None = None,
    citation: str | None = None, note: str | None = None, actor: Actor, expected=ANY,
    entered_by: str | None = None, entered_at: dt.datetime | None = None, part_of=edits.KEEP,
) -> Change:
    """Record or change one figure (a source new to the round is added with
    affiliation unknown). With `expected` (a figure, or None for an empty
    cell), it is refused if the figure is no longer that."""
    edit = edits.SetFigure(movement, source, count, qualifier, category_set, category, citation, note,
                           entered_by, entered_at, part_of)
    return _commit_edit(db, round_id, edit, actor=actor, check=_expecting(edit.slot, expected))


def clear_figure(db: Database, round_id: uuid.UUID, *, slot: Slot, actor: Actor, expected=ANY) -> Change:
    """Delete one figure (kept in the history); with `expected`, only if it
    still holds that."""
    return _commit_edit(db, round_id, edits.ClearFigure(slot), actor=actor, check=_expecting(slot, expected))


def set_status(db: Database, round_id: uuid.UUID, *, status: RoundStatus, comment: str = "", actor: Actor) -> Change:
    """Draft → in review, or back to draft with a comment. (Sign-off has
    its own use case.)"""
    edit = edits.SetStatus(status, comment)

    def check(d: RoundDoc) -> None:
        current = d.status or RoundStatus.DRAFT
        if not edit.allowed_from(current):
            raise Refused(translate("editing", "The round {round} is {status}; it cannot move to {target} from there.").format(
                round=round_label(d.title, d.date), status=status_label(current), target=status_label(status)))

    return _commit_edit(db, round_id, edit, actor=actor, check=check, detail=comment.strip() or None)


@dataclass(frozen=True)
class OpenedRound:
    """What the window shows of a round it opens: the round with its
    discrepancies and list row, the version its edits name, and the names
    already in use (for completion)."""

    state: RoundState
    version: int
    known: dict[str, list[str]]


def open_round(db: Database, round_id: uuid.UUID) -> OpenedRound:
    from desktop.services.listing import known_names_in
    from desktop.services.summaries import load_resolutions, round_state

    with db.reading() as session:
        version = _version(session, round_id).version
        doc = load_round(session, round_id)
        resolutions = load_resolutions(session, [round_id]).get(round_id, {})
        known = known_names_in(session)
    return OpenedRound(round_state(doc, resolutions), version, known)


def get_round_doc(db: Database, round_id: uuid.UUID) -> RoundDoc:
    with db.reading() as session:
        return load_round(session, round_id)
