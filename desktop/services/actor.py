"""Who acts: a person proven by their unlocked key (`domain.people.Actor`),
allowed what the role certified for that key allows."""

from __future__ import annotations

import unicodedata

from desktop.domain.people import Actor, Capability
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.errors import Refused, UserError

ACTOR_MAX = 200

_ROLE_NAMES = {
    "coordinator": QT_TRANSLATE_NOOP("people", "coordinator"),
    "supervisor": QT_TRANSLATE_NOOP("people", "supervisor"),
    "liaison": QT_TRANSLATE_NOOP("people", "liaison"),
}
_DOING = {
    Capability.RECORD: QT_TRANSLATE_NOOP("people", "recording rounds and figures"),
    Capability.SUPERVISE: QT_TRANSLATE_NOOP("people", "resolving, signing off and reopening"),
}


def role_name(role: str) -> str:
    return translate("people", _ROLE_NAMES.get(role, role))


def check_actor(name: str, where: str) -> str:
    """A name fit to record with every change: one line, visible, not absurd."""
    name = " ".join(name.split())
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in name):
        raise UserError(translate("actor", "{where}: the user name contains an invisible or control character.").format(
            where=where))
    if len(name) > ACTOR_MAX:
        raise UserError(translate(
            "actor", "{where}: the user name is {length} characters long; at most {maximum} are allowed."
        ).format(where=where, length=len(name), maximum=ACTOR_MAX))
    return name


def require(actor: Actor | None, capability: Capability) -> None:
    """Refuse an action the actor's certified role does not allow (or any
    action, when no key is unlocked)."""
    if actor is None:
        raise UserError(translate(
            "people", "No key is unlocked, so nothing can be recorded: Exchange Desk records who acts with a "
            "personal key, unlocked at start (Tools › Keys…)."))
    if actor.can(capability):
        return
    roles = (translate("people", "a supervisor") if capability is Capability.SUPERVISE
             else translate("people", "a coordinator or a supervisor"))
    raise Refused(translate(
        "people", "{name}'s key is certified as {role}, and {doing} takes the key of {roles}."
    ).format(name=actor.name, role=role_name(actor.role.value), doing=translate("people", _DOING[capability]),
             roles=roles))
