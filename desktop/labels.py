"""What the domain's enums are called where a person reads them: the command
line's tables and the PDF reports (no Qt here).

The values of the enums (`in_review`, `source_mismatch`) are the interchange
format's and stay as they are in files, `--json` output and the database;
these are the words shown for them, in the current language. Each is a
lower-case phrase that can stand in a table cell or inside a sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.domain.types import (
    AffiliationKind,
    MovementKind,
    Qualifier,
    RoundStatus,
    Rule,
    Severity,
    Stage,
)
from desktop.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from desktop.domain.content import Movement

CONTEXT = "labels"

_KIND = {
    MovementKind.EXCHANGE: QT_TRANSLATE_NOOP("labels", "exchange"),
    MovementKind.WITHOUT_EXCHANGE: QT_TRANSLATE_NOOP("labels", "without exchange"),
    MovementKind.CUSTODY_TRANSFER: QT_TRANSLATE_NOOP("labels", "custody transfer"),
    MovementKind.REMAINS: QT_TRANSLATE_NOOP("labels", "remains"),
}

_STATUS = {
    RoundStatus.DRAFT: QT_TRANSLATE_NOOP("labels", "draft"),
    RoundStatus.IN_REVIEW: QT_TRANSLATE_NOOP("labels", "in review"),
    RoundStatus.SIGNED_OFF: QT_TRANSLATE_NOOP("labels", "signed off"),
}

_QUALIFIER = {
    Qualifier.EXACT: QT_TRANSLATE_NOOP("labels", "exact"),
    Qualifier.APPROXIMATE: QT_TRANSLATE_NOOP("labels", "approximate"),
    Qualifier.AT_LEAST: QT_TRANSLATE_NOOP("labels", "at least"),
    Qualifier.AT_MOST: QT_TRANSLATE_NOOP("labels", "at most"),
}

_SEVERITY = {
    Severity.ERROR: QT_TRANSLATE_NOOP("labels", "error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("labels", "warning"),
    Severity.INFO: QT_TRANSLATE_NOOP("labels", "info"),
}

_RULE = {
    Rule.SOURCE_MISMATCH: QT_TRANSLATE_NOOP("labels", "sources disagree"),
    Rule.BREAKDOWN_EXCEEDS_TOTAL: QT_TRANSLATE_NOOP("labels", "categories exceed the total"),
    Rule.BREAKDOWN_MISMATCH: QT_TRANSLATE_NOOP("labels", "categories do not add up"),
    Rule.UNVERIFIED: QT_TRANSLATE_NOOP("labels", "unverified"),
    Rule.IMBALANCE: QT_TRANSLATE_NOOP("labels", "directions differ"),
    Rule.MERGE_CONFLICT: QT_TRANSLATE_NOOP("labels", "conflicting import"),
    Rule.PART_EXCEEDS_WHOLE: QT_TRANSLATE_NOOP("labels", "part larger than its whole"),
    Rule.AGREED_NOT_DELIVERED: QT_TRANSLATE_NOOP("labels", "agreed differs from delivered"),
    Rule.COMBINED_MISMATCH: QT_TRANSLATE_NOOP("labels", "combined figure does not add up"),
}

_STAGE = {
    Stage.DELIVERED: QT_TRANSLATE_NOOP("labels", "handed over"),
    Stage.AGREED: QT_TRANSLATE_NOOP("labels", "agreed or announced"),
    Stage.AGREED_FOR_OPERATION: QT_TRANSLATE_NOOP("labels", "agreed for the operation"),
}

_AFFILIATION = {
    AffiliationKind.PARTY: QT_TRANSLATE_NOOP("labels", "party"),
    AffiliationKind.INDEPENDENT: QT_TRANSLATE_NOOP("labels", "independent"),
    AffiliationKind.UNKNOWN: QT_TRANSLATE_NOOP("labels", "unknown"),
}


def kind_label(kind: MovementKind) -> str:
    """`without exchange`."""
    return translate(CONTEXT, _KIND[MovementKind(kind)])


def movement_label(movement: Movement) -> str:
    """`Russia → Ukraine, exchange`."""
    return translate("labels", "{from_party} → {to_party}, {kind}").format(
        from_party=movement.from_party, to_party=movement.to_party, kind=kind_label(movement.kind))


def movements_label(movements) -> str:
    """Several movements in words: `Russia → Ukraine, exchange and Ukraine → Russia, exchange`."""
    names = [movement_label(m) for m in movements]
    if len(names) < 2:
        return "".join(names)
    return translate("labels", "{first} and {last}").format(first="; ".join(names[:-1]), last=names[-1])


def status_label(status: RoundStatus | None) -> str:
    """`in review`; a round without a status is a draft."""
    return translate(CONTEXT, _STATUS[RoundStatus(status or RoundStatus.DRAFT)])


def qualifier_label(qualifier: Qualifier) -> str:
    """`at least`."""
    return translate(CONTEXT, _QUALIFIER[Qualifier(qualifier)])


def severity_label(severity: Severity) -> str:
    """`warning`."""
    return translate(CONTEXT, _SEVERITY[Severity(severity)])


def stage_label(stage: Stage) -> str:
    """What a source's figures speak of: `handed over`, `agreed or announced`."""
    return translate(CONTEXT, _STAGE[stage])


def rule_label(rule: Rule) -> str:
    """`sources disagree`."""
    return translate(CONTEXT, _RULE[Rule(rule)])


def affiliation_kind_label(kind: AffiliationKind) -> str:
    """`independent`."""
    return translate(CONTEXT, _AFFILIATION[AffiliationKind(kind)])


def affiliation_label(affiliation: str) -> str:
    """A source's affiliation as a round records it: a party's name (data,
    shown as it is) or one of the words `independent` / `unknown`."""
    if affiliation in (AffiliationKind.INDEPENDENT.value, AffiliationKind.UNKNOWN.value):
        return affiliation_kind_label(AffiliationKind(affiliation))
    return affiliation


def capitalized(label: str) -> str:
    """A label at the start of a heading: `Sources disagree`."""
    return label[:1].upper() + label[1:]


#: What a history entry did, in words (the history keeps action and entity).
_HISTORY = {
    ("create", "round"): QT_TRANSLATE_NOOP("labels", "round created"),
    ("update", "round"): QT_TRANSLATE_NOOP("labels", "round changed"),
    ("create", "figure"): QT_TRANSLATE_NOOP("labels", "figure added"),
    ("update", "figure"): QT_TRANSLATE_NOOP("labels", "figure changed"),
    ("delete", "figure"): QT_TRANSLATE_NOOP("labels", "figure deleted"),
    ("conflict", "figure"): QT_TRANSLATE_NOOP("labels", "merge conflict found"),
    ("resolve", "discrepancy"): QT_TRANSLATE_NOOP("labels", "discrepancy resolved"),
    ("reopen", "discrepancy"): QT_TRANSLATE_NOOP("labels", "resolution ended"),
    ("sign_off", "round"): QT_TRANSLATE_NOOP("labels", "round signed off"),
    ("reopen", "round"): QT_TRANSLATE_NOOP("labels", "round reopened"),
    ("merge", "round"): QT_TRANSLATE_NOOP("labels", "duplicate rounds merged"),
    ("receive", "round"): QT_TRANSLATE_NOOP("labels", "history received from another laptop"),
}
_REFUSED = QT_TRANSLATE_NOOP("labels", "edit refused (changed meanwhile)")


def history_label(action: str, entity: str) -> str:
    """`figure changed`; an action this program does not know, as stored."""
    if action == "refused":
        return translate(CONTEXT, _REFUSED)
    text = _HISTORY.get((action, entity))
    return translate(CONTEXT, text) if text else f"{action.replace('_', ' ')} {entity}"


def caveat_label(caveat) -> str:
    """What the rules could not check (`domain.assurance.Caveat`), one sentence."""
    from desktop.domain.assurance import Gap

    if caveat.gap is Gap.NO_FIGURES:
        return translate("labels", "No figures are recorded for this round: no rule had anything to check.")
    where = movement_label(caveat.movement)
    if caveat.gap is Gap.NO_TOTAL:
        return translate("labels", "No source gives a total for {movement}, only parts (from {sources}): these people are "
            "counted in no total, and no rule could check them as one number."
        ).format(movement=where, sources=", ".join(caveat.sources))
    if caveat.gap is Gap.DERIVED_TOTAL:
        return translate("labels", "The total of {movement} for {source} is derived: the sum of its {category_set} categories, "
            "not a number the source stated."
        ).format(movement=where, source=caveat.sources[0], category_set=caveat.category_set)
    if caveat.gap is Gap.UNSETTLED:
        return translate(
            "labels", "The sources' totals for {movement} differ ({sources}), but as approximations or bounds that "
            "no rule can hold against each other: the total stays a range."
        ).format(movement=where, sources=", ".join(caveat.sources))
    if caveat.gap is Gap.PARTS_UNCHECKED:
        return translate(
            "labels", "{source} gives categories of {movement} but no total of its own: its parts were checked "
            "against no total."
        ).format(movement=where, source=caveat.sources[0])
    if caveat.gap is Gap.COMBINED_UNCHECKED:
        return translate(
            "labels", "{source}'s figure for {movements} together was not checked: it is approximate, or one of "
            "those movements has no total (or only an approximate one)."
        ).format(source=caveat.sources[0], movements=movements_label(caveat.movements))
    if caveat.gap is Gap.ONLY_AGREED:
        return translate(
            "labels", "For {movement} only what was agreed or announced is recorded ({sources}): nothing says how "
            "many were handed over, so it is counted in no total."
        ).format(movement=where, sources=", ".join(caveat.sources))
    if caveat.gap is Gap.APPROXIMATE_TOTAL:
        return translate(
            "labels", "{source}'s total for {movement} is approximate: its categories were not checked against it."
        ).format(movement=where, source=caveat.sources[0])
    return translate(
        "labels", "Only one source, {source}, accounts for the total of {movement}: no other source was compared "
        "with it."
    ).format(movement=where, source=caveat.sources[0])


#: What a round with no discrepancy and no caveat may claim.
FULLY_CHECKED = QT_TRANSLATE_NOOP("labels", "None: the sources agree, every breakdown fits and every total is verified.")
#: What a round with no discrepancy but some caveat may claim.
NONE_FOUND = QT_TRANSLATE_NOOP("labels", "None found; what the rules could not check is said below.")


def no_discrepancies_label(fully_checked: bool) -> str:
    return translate(CONTEXT, FULLY_CHECKED if fully_checked else NONE_FOUND)


def accepted_label() -> str:
    """Who stands behind a value no source gave: a supervisor's decision."""
    return translate("labels", "accepted by the supervisor")


def tally_label(value) -> str:
    """A total (`domain.totals.Tally`) with what is known of it, in words:
    `~215`, `≥90`, `29 (derived from categories)`, `195–207 (disputed)`,
    `189 (accepted by the supervisor)`."""
    text = str(value)
    notes = []
    if value.accepted:
        notes.append(accepted_label())
    elif value.disputed:
        notes.append(translate("labels", "disputed"))
    if value.derived:
        notes.append(translate("labels", "derived from categories"))
    return f"{text} ({', '.join(notes)})" if notes else text


def round_label(title: str, date) -> str:
    """A round as people name it: `“Exchange of 31 January” (31 January 2024)`."""
    from desktop.i18n import format_date

    return translate("labels", "“{title}” ({date})").format(title=title, date=format_date(date))


def discrepancy_label(d) -> str:
    """A discrepancy in words: its rule, and the movement (and category) it
    is about: `sources disagree (Russia → Ukraine, exchange)`."""
    where = movement_label(d.movement)
    if d.category is not None:
        where = f"{where}; {d.category_set} · {d.category}"
    return translate("labels", "{rule} ({where})").format(rule=rule_label(d.rule), where=where)
