"""Enums and limits shared by every layer."""

from __future__ import annotations

import enum

#: The largest count a figure may hold. No exchange has come near it; a bigger
#: number is a typing mistake (an extra zero), not a record.
MAX_COUNT = 1_000_000


class RoundStatus(enum.StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    SIGNED_OFF = "signed_off"


class MovementKind(enum.StrEnum):
    EXCHANGE = "exchange"
    WITHOUT_EXCHANGE = "without_exchange"
    CUSTODY_TRANSFER = "custody_transfer"
    #: Bodies handed over, reported in the same statements: counted apart
    #: from people everywhere.
    REMAINS = "remains"


#: The kinds that move living people (every total of people counts these).
PEOPLE_KINDS = frozenset({MovementKind.EXCHANGE, MovementKind.WITHOUT_EXCHANGE, MovementKind.CUSTODY_TRANSFER})


class Stage(enum.StrEnum):
    """What a source's figures say: people handed over, or a number agreed
    or announced beforehand (for this round, or for the whole operation the
    round belongs to). Only delivered figures are counted; the others are
    checked against them."""

    DELIVERED = "delivered"
    AGREED = "agreed"
    AGREED_FOR_OPERATION = "agreed_for_operation"


class Qualifier(enum.StrEnum):
    EXACT = "exact"
    APPROXIMATE = "approximate"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


#: How each qualifier is written before a count: `~100`, `≥90`, `≤12`.
QUALIFIER_SIGN: dict[Qualifier, str] = {
    Qualifier.EXACT: "",
    Qualifier.APPROXIMATE: "~",
    Qualifier.AT_LEAST: "≥",
    Qualifier.AT_MOST: "≤",
}


class PartyRole(enum.StrEnum):
    SIDE = "side"
    THIRD_PARTY = "third_party"
    MEDIATOR = "mediator"


class AffiliationKind(enum.StrEnum):
    """How a source relates to a round: through a party, or not at all."""

    PARTY = "party"
    INDEPENDENT = "independent"
    UNKNOWN = "unknown"


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Rule(enum.StrEnum):
    SOURCE_MISMATCH = "source_mismatch"
    BREAKDOWN_EXCEEDS_TOTAL = "breakdown_exceeds_total"
    BREAKDOWN_MISMATCH = "breakdown_mismatch"
    UNVERIFIED = "unverified"
    IMBALANCE = "imbalance"
    MERGE_CONFLICT = "merge_conflict"
    #: "Of which": a part larger than the whole it is said to be part of.
    PART_EXCEEDS_WHOLE = "part_exceeds_whole"
    #: What was agreed or announced for a movement differs from what its
    #: sources say was handed over.
    AGREED_NOT_DELIVERED = "agreed_not_delivered"
    #: A source's figure for several movements together cannot be the sum of
    #: their totals.
    COMBINED_MISMATCH = "combined_mismatch"


RULE_SEVERITY: dict[Rule, Severity] = {
    Rule.SOURCE_MISMATCH: Severity.ERROR,
    Rule.BREAKDOWN_EXCEEDS_TOTAL: Severity.ERROR,
    Rule.BREAKDOWN_MISMATCH: Severity.ERROR,
    Rule.UNVERIFIED: Severity.WARNING,
    Rule.IMBALANCE: Severity.INFO,
    Rule.MERGE_CONFLICT: Severity.ERROR,
    Rule.PART_EXCEEDS_WHOLE: Severity.ERROR,
    Rule.AGREED_NOT_DELIVERED: Severity.WARNING,
    Rule.COMBINED_MISMATCH: Severity.ERROR,
}

#: Affiliation words of the interchange file that are not party names.
AFFILIATION_WORDS = frozenset({AffiliationKind.INDEPENDENT.value, AffiliationKind.UNKNOWN.value})
