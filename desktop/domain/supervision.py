"""What a round's history says of its supervision: its status, its
resolutions and its sign-offs, replayed entry by entry in the order the
history reached this database. Entries made here and entries received from
other laptops (`received`) are replayed alike, with two rules for the
received ones, so that laptops that exchange files agree and that a file
changes a round's status only through a supervisor's act:

- a received entry changes the status only by a sign-off or a reopening
  (a colleague's "submit for review" elsewhere does not move it here);
- a received resolution (or its end) takes effect only if it is not older
  than the decision held for that discrepancy (the later decision holds on
  every laptop, whichever arrived first).

A status of "signed off" comes only from a sign-off: any other entry that
says so (a made-up `create`) leaves the round "not signed off", which then
disagrees with a round marked signed off. Two different sign-offs of one
amendment are a conflict (`conflicts`), never silently one of them.

Pure: entries in, state out (the importer applies it; `check` compares it
with the tables).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

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
    for entry in entries:
        if entry.entity == "round":
            _round(state, entry)
        elif entry.entity == "discrepancy" and entry.entity_id:
            _discrepancy(state, entry)
    return state


def _round(state: Supervision, entry) -> None:
    after = values(entry.after)
    if entry.action == "sign_off":
        amendment = after.get("amendment")
        if not isinstance(amendment, int):
            return
        fact = SignOffFact(amendment, after.get("fingerprint"), after.get("key"), entry.actor, entry.at)
        held = state.sign_offs.get(amendment)
        if held is not None:
            if (held.fingerprint, held.key) != (fact.fingerprint, fact.key) and amendment not in state.conflicts:
                state.conflicts.append(amendment)
            return
        state.sign_offs[amendment] = fact
        if amendment == max(state.sign_offs):
            state.status = "signed_off"
    elif entry.action == "reopen":
        amendment = after.get("amendment")
        if not isinstance(amendment, int):  # reopenings before they named it: the latest sign-off
            amendment = max(state.sign_offs, default=None)
        held = state.sign_offs.get(amendment)
        if held is None or held.reopened:
            return
        state.sign_offs[amendment] = SignOffFact(held.amendment, held.fingerprint, held.key, held.signer, held.at,
                                                 (entry.at, entry.actor, entry.detail))
        if amendment == max(state.sign_offs):
            state.status = "draft"
    elif not entry.received:
        said = after.get("status") if "status" in after else ("draft" if entry.action == "create" else None)
        if said is None and "status" in after:
            said = "draft"
        if said == "signed_off":
            said = "signed_off" if state.status == "signed_off" else NOT_SIGNED
        if said is not None:
            state.status = said


def _discrepancy(state: Supervision, entry) -> None:
    key = entry.entity_id
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
