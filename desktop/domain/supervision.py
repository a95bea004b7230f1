"""What a round's history says of its supervision: its status, its
resolutions and its sign-offs, replayed from its entries — those made in
this database and those received from other laptops (`received`).

Sign-offs and reopenings are placed by their amendment number, never by
the order entries arrived in: amendment n is current while it is the
highest signed and no reopening of n is held, whichever came first. While
a sign-off is current the round is signed off, whatever other entries say;
otherwise its own entries here set its status (a colleague's "submit"
elsewhere does not move it here). "Signed off" said by anything but a
sign-off leaves the round "not signed off", which then disagrees with a
round marked signed off. Two different sign-offs of one amendment are a
conflict (`conflicts`).

A received resolution (or its end by a supervisor) holds unless a later
decision on the same discrepancy is held (the later holds on every
laptop). A resolution ending because a figure under it changed is worked
out here from the figures held, never taken from another laptop's entry.

Pure: entries in, state out (the importer applies it; `check` compares it
with the tables).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from desktop.domain.people import RULE_DETAILS
from desktop.domain.types import RoundStatus

SIGNED_OFF = RoundStatus.SIGNED_OFF.value
DRAFT = RoundStatus.DRAFT.value

#: A replayed status no round may have: "signed off" said by no sign-off.
NOT_SIGNED = "not signed off"


@dataclass(frozen=True, slots=True)
class SignOffFact:
    amendment: int
    fingerprint: str | None
    key: str | None
    signer: str
    at: object
    #: The reopening that superseded it: (when, by whom, why), or None.
    reopened: tuple | None = None


@dataclass
class Supervision:
    status: str | None = None
    #: Discrepancy key → {accepted_value, note, basis, by, at} (None: ended).
    resolutions: dict[str, dict | None] = field(default_factory=dict)
    sign_offs: dict[int, SignOffFact] = field(default_factory=dict)
    #: Amendments signed off twice, differently.
    conflicts: list[int] = field(default_factory=list)
    #: When the decision held for each discrepancy was taken.
    decided_at: dict[str, object] = field(default_factory=dict)
    #: Reopenings of amendments no sign-off made.
    unsigned_reopenings: list[int] = field(default_factory=list)

    @property
    def current(self) -> SignOffFact | None:
        """The latest sign-off, unless it was reopened."""
        if not self.sign_offs:
            return None
        last = self.sign_offs[max(self.sign_offs)]
        return None if last.reopened else last


def values(text: str | None) -> dict:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _comparable(moment: object) -> str:
    """A moment as text that orders by time (UTC, fixed width)."""
    if hasattr(moment, "astimezone") and getattr(moment, "tzinfo", None) is not None:
        import datetime as dt

        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.isoformat() if hasattr(moment, "isoformat") else str(moment or "")


def replay(entries) -> Supervision:
    """The supervision of one round from its entries (each with `received`,
    `action`, `entity`, `entity_id`, `after`, `detail`, `at`, `actor`), in
    the order they reached this database."""
    state = Supervision()
    reopened: dict[int, tuple] = {}
    local_status: str | None = None
    for entry in entries:
        if entry.entity == "round":
            local_status = _round(state, reopened, entry, local_status)
        elif entry.entity == "discrepancy" and entry.entity_id:
            _discrepancy(state, entry)
    for amendment, how in reopened.items():
        held = state.sign_offs.get(amendment)
        if held is None:
            state.unsigned_reopenings.append(amendment)
        else:
            state.sign_offs[amendment] = SignOffFact(held.amendment, held.fingerprint, held.key, held.signer,
                                                     held.at, how)
    if state.current is not None:
        state.status = SIGNED_OFF
    elif local_status == SIGNED_OFF or (local_status is None and state.sign_offs):
        state.status = NOT_SIGNED if local_status == SIGNED_OFF else DRAFT
    else:
        state.status = local_status
    return state


def _round(state: Supervision, reopened: dict, entry, status: str | None) -> str | None:
    """One entry about the round itself; returns the status its own entries
    here have set so far."""
    after = values(entry.after)
    if entry.action == "sign_off":
        amendment = after.get("amendment")
        if isinstance(amendment, int) and not isinstance(amendment, bool):
            fact = SignOffFact(amendment, after.get("fingerprint"), after.get("key"), entry.actor, entry.at)
            held = state.sign_offs.get(amendment)
            if held is None:
                state.sign_offs[amendment] = fact
            elif (held.fingerprint, held.key) != (fact.fingerprint, fact.key) and amendment not in state.conflicts:
                state.conflicts.append(amendment)
        return status if entry.received else None
    if entry.action == "reopen":
        amendment = after.get("amendment")
        if not isinstance(amendment, int) or isinstance(amendment, bool):
            # Reopenings written before they named it: the latest sign-off then.
            amendment = max(state.sign_offs, default=None)
        how = (entry.at, entry.actor, entry.detail)
        if amendment is None or amendment in reopened:
            # Reopened on two laptops: the earlier reopening is the one on record, on both.
            if amendment is not None and _reopening_key(how) < _reopening_key(reopened[amendment]):
                reopened[amendment] = how
            return status if entry.received else DRAFT
        reopened[amendment] = how
        # Reopening the amendment signed off then: the round is a draft again.
        return DRAFT if not entry.received or amendment == max(state.sign_offs, default=None) else status
    if entry.received:
        return status
    if "status" in after:
        said = after.get("status") or DRAFT
    elif entry.action == "create":
        said = DRAFT
    else:
        return status
    return said


def _same_resolution(held: dict, ended: dict) -> bool:
    """Whether an automatic end was worked out for the resolution held (its
    values, its author, and — where both say — the figures it rested on)."""
    if (held.get("accepted_value"), held.get("note"), held.get("by")) != (
            ended.get("accepted_value"), ended.get("note"), ended.get("resolved_by", held.get("by"))):
        return False
    return not (held.get("basis") and ended.get("basis")) or held["basis"] == ended["basis"]


def _reopening_key(how: tuple) -> tuple:
    at, actor, detail = how
    return _comparable(at), actor or "", detail or ""


def _discrepancy(state: Supervision, entry) -> None:
    key = entry.entity_id
    if entry.action == "reopen" and entry.detail in RULE_DETAILS:
        # A resolution that ended because a figure under it changed: worked
        # out here from the figures held here (never taken from another
        # laptop), and it ends only the resolution it was worked out for —
        # not a later decision that came meanwhile. A consequence, not a
        # decision: it does not make an older decision arriving later lose.
        if entry.received:
            return
        held = state.resolutions.get(key)
        ended = values(entry.before)
        if held is not None and _same_resolution(held, ended):
            state.resolutions[key] = None
        return
    if entry.received:
        held = state.decided_at.get(key)
        if held is not None and _comparable(entry.at) < _comparable(held):
            return
    if entry.action == "resolve":
        after = values(entry.after)
        state.resolutions[key] = {"accepted_value": after.get("accepted_value"), "note": after.get("note"),
                                  "basis": after.get("basis"), "by": entry.actor, "at": entry.at}
    elif entry.action == "reopen":
        state.resolutions[key] = None
    else:
        return
    state.decided_at[key] = entry.at
