"""Who acts: a person proven by the key they unlocked, with the role the
office authority certified for it, and what each role may do.

An `Actor` is made only from an unlocked private key and its certificate
(see `reports.identity`); its name and role come from that certificate,
never from a typed name. Every history entry is sealed with its key.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field


class Role(enum.StrEnum):
    COORDINATOR = "coordinator"
    SUPERVISOR = "supervisor"
    LIAISON = "liaison"


class Capability(enum.StrEnum):
    RECORD = "record"  # rounds, sources, figures; submit; merge; import
    SUPERVISE = "supervise"  # resolve, sign off, reopen


CAPABILITIES: dict[Role, frozenset[Capability]] = {
    Role.COORDINATOR: frozenset({Capability.RECORD}),
    Role.SUPERVISOR: frozenset({Capability.RECORD, Capability.SUPERVISE}),
    Role.LIAISON: frozenset(),
}

#: Details of the entries the rules write themselves as a consequence of a
#: recorded change (a resolution ends when a figure under it changes): they
#: are the recorder's to write.
RULE_DETAILS = frozenset({"a figure under it changed", "the discrepancy is gone"})


def capability_for(action: str, entity: str, detail: str | None = None) -> Capability | None:
    """What an entry of the history takes of its author (None: anyone with
    a key, e.g. a refusal recorded)."""
    if action == "refused":
        return None
    if entity == "discrepancy":
        if action == "reopen" and detail in RULE_DETAILS:
            return Capability.RECORD
        return Capability.SUPERVISE
    if entity == "round" and action in ("sign_off", "reopen"):
        return Capability.SUPERVISE
    return Capability.RECORD


def may(role: Role, action: str, entity: str, detail: str | None = None) -> bool:
    needed = capability_for(action, entity, detail)
    return needed is None or needed in CAPABILITIES[role]


@dataclass(frozen=True)
class Actor:
    """A person acting with their unlocked key."""

    name: str
    role: Role
    #: SHA-256 of the certificate (hex): the key's identity in the history.
    key_id: str
    certificate: bytes = field(repr=False)
    #: Sign bytes with the person's private key.
    sign: Callable[[bytes], bytes] = field(repr=False, compare=False)
    #: The unlocked private key itself (for signing PDFs), opaque here.
    private_key: object = field(default=None, repr=False, compare=False)

    def __str__(self) -> str:
        return self.name

    def can(self, capability: Capability) -> bool:
        return capability in CAPABILITIES[self.role]
