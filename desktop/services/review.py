"""Reviewing a round: its discrepancies with their resolutions, and a
supervisor's resolution of one."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

import sqlalchemy as sa

from desktop.domain.content import RoundDoc, utc_now
from desktop.domain.ids import new_id
from desktop.domain.listing import RoundRow
from desktop.domain.people import Actor, Capability
from desktop.domain.review import ReviewedDiscrepancy, basis, review, reviewed_from_dict
from desktop.domain.tables import NOTE_MAX
from desktop.domain.types import MAX_COUNT
from desktop.i18n import format_number, translate
from desktop.services.actor import require
from desktop.services.editing import Change, ensure_editable, load_round
from desktop.services.errors import Refused, UserError
from desktop.services.loading import paused_gc
from desktop.services.summaries import load_resolutions, refresh_summaries
from desktop.storage import Database, audit
from desktop.storage.bulk import insert_rows
from desktop.storage.tables import RESOLUTIONS, ROUND_SUMMARIES, ROUNDS


@dataclass(frozen=True)
class RoundReview:
    doc: RoundDoc
    items: list[ReviewedDiscrepancy]


def round_review(db: Database, round_id: uuid.UUID) -> RoundReview:
    with db.reading() as session:
        doc = load_round(session, round_id)
        resolutions = load_resolutions(session, [round_id]).get(round_id, {})
    return RoundReview(doc, review(doc, resolutions))


def open_across_rounds(db: Database, *, limit_rounds: int = 2_000) -> list[tuple[RoundRow, ReviewedDiscrepancy]]:
    """Open discrepancies of the newest rounds that have any (at most
    `limit_rounds` of them), oldest first: read from the summary rows every
    change keeps up to date, so the app's list of them stays instant over
    years of rounds."""
    with paused_gc(), db.reading() as session:
        rows = session.execute(
            sa.select(ROUNDS.c.id, ROUNDS.c.date, ROUNDS.c.title, ROUND_SUMMARIES.c.sides, ROUND_SUMMARIES.c.discrepancies)
            .select_from(ROUNDS.join(ROUND_SUMMARIES, ROUND_SUMMARIES.c.round_id == ROUNDS.c.id))
            .where((ROUND_SUMMARIES.c.open_errors + ROUND_SUMMARIES.c.open_warnings + ROUND_SUMMARIES.c.open_infos) > 0)
            .order_by(ROUNDS.c.date.desc(), ROUNDS.c.id.desc())
            .limit(limit_rounds)
        ).all()
    out = []
    for r in reversed(rows):
        row = RoundRow(id=r.id, date=r.date, title=r.title, sides=r.sides)
        out.extend((row, item) for item in map(reviewed_from_dict, json.loads(r.discrepancies)) if item.is_open)
    return out


#: `expected` not given: the resolution is set whatever holds now.
ANY = object()


def _held(session, round_id: uuid.UUID, key: str):
    return session.execute(
        sa.select(RESOLUTIONS.c.accepted_value, RESOLUTIONS.c.note, RESOLUTIONS.c.resolved_by)
        .where(RESOLUTIONS.c.round_id == round_id, RESOLUTIONS.c.key == key)
    ).first()


def _check_held(held, expected, d) -> None:
    """Undo and redo change a resolution only from what the user saw:
    someone else's decision in between is never overwritten unseen."""
    if expected is ANY:
        return
    now = None if held is None else (held.accepted_value, held.note)
    if now != expected:
        from desktop.labels import movement_label, rule_label

        if held is None:
            text = translate("review", "The decision on “{rule}” ({movement}) was withdrawn in the meantime; "
                             "it has been reloaded and nothing was overwritten.")
        else:
            text = translate("review", "The decision on “{rule}” ({movement}) was changed by {who} in the "
                             "meantime; it has been reloaded and nothing was overwritten.")
        raise Refused(text.format(rule=rule_label(d.rule), movement=movement_label(d.movement),
                                  who=held.resolved_by if held is not None else ""))


def resolve(
    db: Database, round_id: uuid.UUID, key: str, *, value: int | None, note: str, actor: Actor,
    expected=ANY, detail: str | None = None,
) -> Change:
    """Resolve one discrepancy with an accepted value and a note. It holds
    until a figure under it changes. With `expected` ((value, note) or None
    for no decision), only if the decision held now is that one."""
    require(actor, Capability.SUPERVISE)
    note = (note or "").strip()
    if not note:
        raise UserError(translate("review", "{field}: say why this value is accepted.").format(field="note"))
    if len(note) > NOTE_MAX:
        raise UserError(translate("review", "{field}: at most {maximum} characters.").format(
            field="note", maximum=format_number(NOTE_MAX)))
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT):
        raise UserError(translate("review", "{field}: must be a whole number from 0 to {maximum}, not {value}.").format(
            field="value", maximum=format_number(MAX_COUNT), value=value))
    with db.transaction() as session:
        _doc, d = _discrepancy(session, round_id, key)
        now = utc_now()
        previous = _held(session, round_id, d.key)
        _check_held(previous, expected, d)
        session.execute(sa.delete(RESOLUTIONS).where(RESOLUTIONS.c.round_id == round_id, RESOLUTIONS.c.key == d.key))
        insert_rows(session.connection(), RESOLUTIONS, [{
            "id": new_id(), "round_id": round_id, "key": d.key, "accepted_value": value, "note": note,
            "basis": basis(d), "resolved_by": actor.name, "resolved_at": now,
        }])
        audit.append(session.connection(), [audit.entry(
            "resolve", "discrepancy", d.key, round_id, at=now,
            before=None if previous is None else dict(previous._mapping),
            after={"accepted_value": value, "note": note, "rule": d.rule.value, "basis": basis(d)}, detail=detail,
        )], actor)
        return _changed(session, round_id, actor)


def end_resolution(db: Database, round_id: uuid.UUID, key: str, *, actor: Actor, expected=ANY,
                   detail: str | None = "undone") -> Change:
    """The discrepancy is open again (the undo of a resolution), if the
    decision held now is still `expected`."""
    require(actor, Capability.SUPERVISE)
    with db.transaction() as session:
        _doc, d = _discrepancy(session, round_id, key)
        previous = _held(session, round_id, d.key)
        _check_held(previous, expected, d)
        if previous is None:
            return Change(round_id, "review")
        session.execute(sa.delete(RESOLUTIONS).where(RESOLUTIONS.c.round_id == round_id, RESOLUTIONS.c.key == d.key))
        audit.append(session.connection(), [audit.entry(
            "reopen", "discrepancy", d.key, round_id, at=utc_now(), before=dict(previous._mapping), detail=detail,
        )], actor)
        return _changed(session, round_id, actor)


def _changed(session, round_id: uuid.UUID, actor: Actor) -> Change:
    states = refresh_summaries(session, [round_id], actor)
    return Change(round_id, "review", state=states.get(round_id), data_version=audit.written(session.connection()))


def _discrepancy(session, round_id: uuid.UUID, key: str):
    """The round (if it may be changed) and its discrepancy under `key` or a
    unique prefix of it."""
    doc = load_round(session, round_id)
    ensure_editable(doc)
    current = {item.discrepancy.key: item for item in review(doc, {})}
    matches = [k for k in current if k == key or k.startswith(key)]
    if not matches:
        raise UserError(translate("review", "{key}: no such discrepancy in round {round_id}.").format(
            key=key, round_id=round_id))
    if len(matches) > 1:
        raise UserError(translate("review", "{key}: matches several discrepancies ({keys}); give more of the key.").format(
            key=key, keys=", ".join(matches)))
    return doc, current[matches[0]].discrepancy


def data_version(db: Database) -> str:
    """A value that moves with every change by anyone (every change writes
    the audit history; the head's hash differs even where a restored file
    holds as many entries): a view compares it to know whether to reload."""
    from desktop.storage.audit import head

    with db.reading() as session:
        return head(session.connection())
