"""Editing rounds, one action per transaction: the desktop app's use cases.

Every action has the same shape: read the round as a `RoundDoc`, make the
new content, check it with the interchange file's own validation (so a round
typed in the app obeys the same rules as one imported), write the difference
with its audit entries, and rewrite the round's summary row. A signed-off
round refuses every change.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.domain.content import (
    CategorySetDoc,
    FigureDoc,
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
from desktop.services.interchange.parse import read_round
from desktop.services.loading import load_docs
from desktop.services.round_writer import RoundWriter
from desktop.services.summaries import refresh_summaries
from desktop.storage import Database, audit
from desktop.storage.tables import ROUNDS

Slot = tuple[Movement, str, str | None, str | None]


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


def validate(doc: RoundDoc) -> RoundDoc:
    """The interchange file's checks, applied to a round typed in the app.
    Messages name the field, e.g. `figures[2].count: must be at most …`."""
    checked = read_round(doc.to_dict(), "round")
    # Keep provenance, which the file's checks do not carry over.
    by_slot = {f.slot: f for f in doc.figures}
    figures = tuple(
        dataclasses.replace(f, entered_by=by_slot[f.slot].entered_by, entered_at=by_slot[f.slot].entered_at)
        if f.slot in by_slot else f
        for f in checked.figures
    )
    return dataclasses.replace(checked, figures=figures, status=doc.status)


def _short(message: str) -> str:
    """`round: round.title: …` → `title: …`."""
    for prefix in ("round: round.", "round: round"):
        if message.startswith(prefix):
            return message[len(prefix):].lstrip(": ")
    return message


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


def _commit_edit(db: Database, round_id: uuid.UUID, change, *, actor: Actor, what: str,
                 detail: str | None = None, allow_signed_off: bool = False,
                 expected_version: int | None = None, attempt: dict | None = None) -> Change:
    """Read the round, apply `change(doc) -> doc`, validate, write, summarize.

    With `expected_version` (the version the caller's view shows), the edit
    is refused if anyone changed the round since; a figure edit with its
    `expected` value likewise. Nothing is overwritten, and what the caller
    tried to save is kept in the round's history as a refused edit."""
    require(actor, Capability.RECORD)
    try:
        with db.transaction() as session:
            if expected_version is not None and _version(session, round_id).version != expected_version:
                raise _Stale(what)
            old = load_round(session, round_id)
            if not allow_signed_off:
                ensure_editable(old)
            new = change(old)
            try:
                new = validate(new)
            except UserError as exc:
                raise UserError(_short(str(exc))) from None
            writer = RoundWriter(session, actor=actor, now=utc_now(), detail=detail)
            writer.write(old, new)
            states = refresh_summaries(session, [round_id], actor)
            version = audit.written(session.connection())
    except _Stale as stale:
        raise Refused(_refusal(db, round_id, actor=actor, stale=stale, attempt=attempt)) from None
    return Change(round_id, what, state=states.get(round_id), round_version=writer.version, data_version=version)


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
    doc = RoundDoc(
        id=new_id(), title=title, date=date, sides=tuple(sides), third_parties=tuple(third_parties),
        mediators=tuple(mediators), location=location or None, notes=notes or None, status=RoundStatus.DRAFT,
    )
    require(actor, Capability.RECORD)
    try:
        doc = validate(doc)
    except UserError as exc:
        raise UserError(_short(str(exc))) from None
    with db.transaction() as session:
        RoundWriter(session, actor=actor, now=utc_now(), detail="created in the app").write(None, doc)
        refresh_summaries(session, [doc.id], actor)
    return doc.id


def update_round(db: Database, round_id: uuid.UUID, *, actor: Actor, expected_version: int | None = None,
                 expected: dict | None = None, **fields) -> Change:
    """Change title, date, location or notes. With `expected` (field →
    the value the user saw), refused if any of those fields holds another
    value now: someone changed it meanwhile."""
    allowed = {"title", "date", "location", "notes"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"cannot set {sorted(unknown)} with update_round")
    cleaned = {k: (v or None) if k in ("location", "notes") else v for k, v in fields.items()}

    def change(d: RoundDoc) -> RoundDoc:
        for name, seen in (expected or {}).items():
            held = getattr(d, name)
            if (held or None) != (seen or None):
                raise _Stale("round")
        return dataclasses.replace(d, **cleaned)

    return _commit_edit(db, round_id, change, actor=actor, what="round",
                        expected_version=expected_version,
                        attempt={k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in cleaned.items()})


def set_parties(
    db: Database, round_id: uuid.UUID, *, actor: Actor, sides: Sequence[str] | None = None,
    third_parties: Sequence[str] | None = None, mediators: Sequence[str] | None = None,
    expected_version: int | None = None,
) -> Change:
    """Replace the sides, third parties or mediators (a party with figures
    cannot be removed: clear its figures first)."""

    def change(d: RoundDoc) -> RoundDoc:
        new = dataclasses.replace(
            d,
            sides=tuple(sides) if sides is not None else d.sides,
            third_parties=tuple(third_parties) if third_parties is not None else d.third_parties,
            mediators=tuple(mediators) if mediators is not None else d.mediators,
        )
        movers = set(new.sides) | set(new.third_parties)
        for f in d.figures:
            for party in (f.movement.from_party, f.movement.to_party):
                if party not in movers:
                    raise UserError(translate(
                        "editing", "{party} has figures in this round; clear them before removing it."
                    ).format(party=party))
        named = set(new.sides) | set(new.third_parties) | set(new.mediators)
        for s in d.sources:
            if s.affiliation not in named and s.affiliation not in ("independent", "unknown"):
                raise UserError(translate(
                    "editing", "the source {source} speaks for {party}; change its affiliation first."
                ).format(source=s.name, party=s.affiliation))
        return new

    attempt = {k: list(v) for k, v in (("sides", sides), ("third_parties", third_parties),
                                       ("mediators", mediators)) if v is not None}
    return _commit_edit(db, round_id, change, actor=actor, what="parties",
                        expected_version=expected_version, attempt=attempt)


def set_sources(db: Database, round_id: uuid.UUID, *, sources: Sequence[SourceDoc], actor: Actor,
                expected_version: int | None = None) -> Change:
    """Replace the round's sources (one with figures cannot be removed)."""

    def change(d: RoundDoc) -> RoundDoc:
        keep = {s.name for s in sources}
        for f in d.figures:
            if f.source not in keep:
                raise UserError(translate(
                    "editing", "the source {source} has figures in this round; clear them before removing it."
                ).format(source=f.source))
        return dataclasses.replace(d, sources=tuple(sources))

    return _commit_edit(db, round_id, change, actor=actor, what="sources", expected_version=expected_version,
                        attempt={"sources": [dataclasses.asdict(s) for s in sources]})


def set_category_sets(
    db: Database, round_id: uuid.UUID, *, category_sets: Sequence[CategorySetDoc], actor: Actor,
    expected_version: int | None = None,
) -> Change:
    """Replace the category sets in use (a category with figures stays)."""

    def change(d: RoundDoc) -> RoundDoc:
        keep = {(cs.name, c) for cs in category_sets for c in cs.categories}
        for f in d.figures:
            if f.category is not None and (f.category_set, f.category) not in keep:
                raise UserError(translate(
                    "editing", "{category_set}: {category} has figures in this round; clear them before removing it."
                ).format(category_set=f.category_set, category=f.category))
        return dataclasses.replace(d, category_sets=tuple(category_sets))

    return _commit_edit(db, round_id, change, actor=actor, what="category_sets",
                        expected_version=expected_version,
                        attempt={"category_sets": [dataclasses.asdict(c) for c in category_sets]})


#: `expected` not given: the figure is set whatever it holds now.
ANY = object()


def _check_expected(d: RoundDoc, slot: Slot, expected) -> FigureDoc | None:
    """The figure in `slot` now; refused if it is not what the caller saw
    (someone else changed it meanwhile: nothing is overwritten unseen)."""
    current = next((f for f in d.figures if f.slot == slot), None)
    if expected is not ANY and not same_figure(current, expected):
        raise _Stale("figure", slot)
    return current


def set_figure(
    db: Database, round_id: uuid.UUID, *, movement: Movement, source: str, count: int,
    qualifier: Qualifier = Qualifier.EXACT, category_set: str | None = None, category: str | None = None,
    citation: str | None = None, note: str | None = None, actor: Actor, expected=ANY,
    entered_by: str | None = None, entered_at: dt.datetime | None = None,
) -> Change:
    """Record or change one figure (a source new to the round is added with
    affiliation unknown). With `expected` (a figure, or None for an empty
    cell), it is refused if the figure is no longer that."""

    def change(d: RoundDoc) -> RoundDoc:
        slot = (movement, source, category_set, category)
        prior = _check_expected(d, slot, expected)
        figure = FigureDoc(
            movement=movement, source=source, count=count, qualifier=qualifier,
            category_set=category_set, category=category, citation=citation or None, note=note or None,
            entered_by=prior.entered_by if prior else entered_by,
            entered_at=prior.entered_at if prior else entered_at,
        )
        figures = [f for f in d.figures if f.slot != slot] + [figure]
        return dataclasses.replace(d, figures=tuple(figures), figures_sorted=False)

    attempt = FigureDoc(movement=movement, source=source, count=count, qualifier=qualifier,
                        category_set=category_set, category=category, citation=citation or None,
                        note=note or None).value_dict()
    return _commit_edit(db, round_id, change, actor=actor, what="figures", attempt=attempt)


def clear_figure(db: Database, round_id: uuid.UUID, *, slot: Slot, actor: Actor, expected=ANY) -> Change:
    """Delete one figure (kept in the history); with `expected`, only if it
    still holds that."""

    def change(d: RoundDoc) -> RoundDoc:
        _check_expected(d, slot, expected)
        return dataclasses.replace(d, figures=tuple(f for f in d.figures if f.slot != slot), figures_sorted=False)

    movement, source, category_set, category = slot
    attempt = {**movement.to_dict(), "source": source, "category_set": category_set, "category": category,
               "deleted": True}
    return _commit_edit(db, round_id, change, actor=actor, what="figures", attempt=attempt)


_MOVES = {
    (RoundStatus.DRAFT, RoundStatus.IN_REVIEW),
    (RoundStatus.IN_REVIEW, RoundStatus.DRAFT),
}


def set_status(db: Database, round_id: uuid.UUID, *, status: RoundStatus, comment: str = "", actor: Actor) -> Change:
    """Draft → in review, or back to draft with a comment. (Sign-off has
    its own use case.)"""

    def change(d: RoundDoc) -> RoundDoc:
        current = d.status or RoundStatus.DRAFT
        if (current, status) not in _MOVES:
            raise Refused(translate("editing", "The round {round} is {status}; it cannot move to {target} from there.").format(
                round=round_label(d.title, d.date), status=status_label(current),
                target=status_label(status)))
        if status is RoundStatus.DRAFT and not comment.strip():
            raise UserError(translate("editing", "{field}: say why the round goes back to draft.").format(
                field="comment"))
        return dataclasses.replace(d, status=status)

    return _commit_edit(db, round_id, change, actor=actor, what="status", detail=comment.strip() or None)


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
