"""A history entry in words: which figure or field changed, from what to
what, in the current language (no Qt, no database here).

The history keeps each change as the services stored it (`before` and
`after` as parsed JSON); the command line's `history` and the app's History
tab show these lines instead. A discrepancy is stored under its key (a
digest of the round, rule, movement, category and source) and a figure
deleted by an import under its id alone, so some entries are named from
what the round's history as a whole tells (`RoundFacts`).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from desktop.domain.content import CombinedDoc, Movement, movement_of
from desktop.domain.discrepancies import discrepancy_key
from desktop.domain.types import (
    QUALIFIER_SIGN,
    MovementKind,
    Qualifier,
    RoundStatus,
    Rule,
    Stage,
)
from desktop.i18n import QT_TRANSLATE_NOOP, format_date, format_number, translate
from desktop.labels import (
    affiliation_label,
    movement_label,
    movements_label,
    qualifier_label,
    rule_label,
    stage_label,
    status_label,
)

#: Quoted text (titles, citations, notes) is cut after this many characters.
QUOTE_MAX = 120


class Entry(Protocol):
    """One entry of a round's history, as `services.integrity.history` gives it."""

    action: str
    entity: str
    entity_id: str | None
    before: object
    after: object
    detail: str | None


#: A figure's place in its round: from, to, kind, source, category set, category.
Slot = tuple[str, str, str, str, str | None, str | None]

_FIELDS = {
    "title": QT_TRANSLATE_NOOP("history", "title"),
    "date": QT_TRANSLATE_NOOP("history", "date"),
    "location": QT_TRANSLATE_NOOP("history", "location"),
    "notes": QT_TRANSLATE_NOOP("history", "notes"),
    "operation": QT_TRANSLATE_NOOP("history", "operation"),
    "combined": QT_TRANSLATE_NOOP("history", "combined figures"),
    "status": QT_TRANSLATE_NOOP("history", "status"),
    "sides": QT_TRANSLATE_NOOP("history", "sides"),
    "third_parties": QT_TRANSLATE_NOOP("history", "third parties"),
    "mediators": QT_TRANSLATE_NOOP("history", "mediators"),
    "sources": QT_TRANSLATE_NOOP("history", "sources"),
    "category_sets": QT_TRANSLATE_NOOP("history", "category sets"),
    "count": QT_TRANSLATE_NOOP("history", "count"),
    "qualifier": QT_TRANSLATE_NOOP("history", "qualifier"),
    "citation": QT_TRANSLATE_NOOP("history", "citation"),
    "note": QT_TRANSLATE_NOOP("history", "note"),
    "part_of": QT_TRANSLATE_NOOP("history", "part of"),
}
_PARTY_ROLES = ("sides", "third_parties", "mediators")
#: Parties an import added to a round (it only ever adds them).
_PARTIES_ADDED = {
    "sides": QT_TRANSLATE_NOOP("history", "sides added: {names}"),
    "third_parties": QT_TRANSLATE_NOOP("history", "third parties added: {names}"),
    "mediators": QT_TRANSLATE_NOOP("history", "mediators added: {names}"),
}
_ROUND_FIELDS = ("title", "date", "location", "notes", "operation", "combined", "status")
_FIGURE_FIELDS = ("count", "qualifier", "citation", "note", "part_of")
_KEY_DIGEST = re.compile(r"-[0-9a-f]{16}$")
_CHANGED_BY = re.compile(r"^changed by (?P<who>.+) at (?P<when>\S+) \(version (?P<version>\d+)\)$")
_SLOT_LABEL = re.compile(r"^(?P<from>.+) → (?P<to>.+) \((?P<kind>[a-z_]+)\), (?P<rest>.+)$")
_ROUND_ORIGIN = re.compile(r"^round (?P<round>[0-9a-fA-F-]{32,36})$")
_DEMO_ORIGIN = re.compile(r"^(the )?demo data(, loaded by (?P<who>.+))?$")
#: Why a resolution ended (the history's comment) → the same in words.
_RESOLUTION_ENDED = {
    "a figure under it changed": QT_TRANSLATE_NOOP("history", "a figure it was decided on changed"),
    "the discrepancy is gone": QT_TRANSLATE_NOOP("history", "the discrepancy is gone"),
}
_CONFLICT_DETAIL = "; the later change holds until a supervisor resolves it"


# --- What the round's history as a whole tells ------------------------------------


@dataclass
class RoundFacts:
    """The figures, sources and categories a round's history names: what an
    entry that gives only an id or a key is understood by."""

    round_id: uuid.UUID | None = None
    #: Figure id → its slot, from the entries that named both.
    figures: dict[str, Slot] = field(default_factory=dict)
    slots: set[Slot] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    categories: set[tuple[str, str | None]] = field(default_factory=set)
    #: Merge conflicts as their discrepancy keys name them: slot with `source|rev`.
    conflicts: set[Slot] = field(default_factory=set)
    places: dict[str, Slot | None] = field(default_factory=dict)

    def learn(self, entry: Entry) -> None:
        before, after = _dict(entry.before), _dict(entry.after)
        if entry.entity == "round" and entry.action == "create":
            if self.round_id is None and entry.entity_id:
                self.round_id = _uuid(entry.entity_id)
            for f in after.get("figures") or ():
                self._slot(f, None)
        for sets in (before.get("category_sets"), after.get("category_sets")):
            for cs in sets or ():
                name = cs.get("name") if isinstance(cs, dict) else cs
                self.categories.add((str(name), None))
                for cat in (cs.get("categories") or ()) if isinstance(cs, dict) else ():
                    self.categories.add((str(name), str(cat)))
        for text in after.get("categories") or ():
            name, _, cat = str(text).partition("/")
            self.categories.update({(name, None), (name, cat)})
        for sources in (before.get("sources"), after.get("sources")):
            self.sources.update(str(s["name"]) for s in sources or () if isinstance(s, dict) and "name" in s)
        if entry.entity in ("figure", "figures"):
            # A refused edit is kept under the round's id, not the figure's.
            figure_id = entry.entity_id if entry.action != "refused" else None
            slot = self._slot(after, figure_id) or self._slot(before, figure_id)
            if slot is None:
                label = before.get("slot") or after.get("slot")
                slot = self.parse_slot(label) if isinstance(label, str) else None
                if slot is not None and figure_id:
                    self.figures.setdefault(figure_id, slot)
            if entry.action == "conflict" and slot is not None:
                for side in (before, after):
                    if side.get("rev"):
                        self.conflicts.add((*slot[:3], f"{slot[3]}|{side['rev']}", *slot[4:]))

    def _slot(self, value: object, figure_id: str | None) -> Slot | None:
        slot = slot_of(value)
        if slot is None:
            return None
        self.slots.add(slot)
        self.sources.add(slot[3])
        if slot[4] is not None:
            self.categories.update({(slot[4], None), (slot[4], slot[5])})
        if figure_id:
            self.figures.setdefault(figure_id, slot)
        return slot

    def parse_slot(self, label: str) -> Slot | None:
        """A figure as an import's entry names it: `A → B (kind), Source, Set/Category`."""
        m = _SLOT_LABEL.match(label)
        if m is None:
            return None
        rest = m["rest"]
        for source in sorted(self.sources, key=len, reverse=True):
            if rest == source:
                return (m["from"], m["to"], m["kind"], source, None, None)
            if rest.startswith(source + ", "):
                cat_set, _, cat = rest[len(source) + 2:].partition("/")
                return (m["from"], m["to"], m["kind"], source, cat_set, cat or None)
        source, sep, category = rest.rpartition(", ")
        if sep and "/" in category:
            cat_set, _, cat = category.partition("/")
            return (m["from"], m["to"], m["kind"], source, cat_set, cat)
        return (m["from"], m["to"], m["kind"], rest, None, None)

    def place_of(self, key: str, rule: Rule | None) -> Slot | None:
        """The movement, source and category a discrepancy key stands for,
        found by making the keys of what the history names."""
        if key in self.places or self.round_id is None or rule is None:
            return self.places.get(key)
        movements = {s[:3] for s in self.slots}
        if rule is Rule.MERGE_CONFLICT:
            candidates: Iterable[Slot] = self.conflicts
        elif rule in (Rule.BREAKDOWN_EXCEEDS_TOTAL, Rule.BREAKDOWN_MISMATCH):
            sets = {c[0] for c in self.categories}
            candidates = ((*m, s, cs, None) for m in movements for s in self.sources for cs in sets)
        elif rule is Rule.SOURCE_MISMATCH:
            cats = {(None, None), *self.categories}
            candidates = ((*m, None, cs, c) for m in movements for cs, c in cats)
        else:
            candidates = ((*m, None, None, None) for m in movements)
        for slot in candidates:
            try:
                movement = Movement(slot[0], slot[1], MovementKind(slot[2]))
            except ValueError:
                continue
            made = discrepancy_key(self.round_id, rule, movement, slot[4], slot[5], slot[3])
            self.places.setdefault(made, slot)
            if made == key:
                return slot
        self.places[key] = None
        return None


def slot_of(value: object) -> Slot | None:
    """A figure's slot from a stored figure (from, to, kind, source, category)."""
    if not isinstance(value, dict) or not {"from", "to", "kind", "source"} <= value.keys():
        return None
    return (str(value["from"]), str(value["to"]), str(value["kind"]), str(value["source"]),
            value.get("category_set"), value.get("category"))


def round_facts(entries: Iterable[Entry], round_id: uuid.UUID | None = None) -> RoundFacts:
    facts = RoundFacts(round_id=round_id)
    for entry in entries:
        try:
            facts.learn(entry)
        except (KeyError, TypeError, ValueError, AttributeError):
            continue  # an entry of a shape not known here names nothing
    return facts


def history_lines(entries: Sequence[Entry], round_id: uuid.UUID | None = None) -> list[list[str]]:
    """The change lines of each entry of one round's history, in order."""
    facts = round_facts(entries, round_id)
    return [change_lines(e, facts) for e in entries]


# --- Values in words --------------------------------------------------------------


def _dict(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def _uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def _field(name: str) -> str:
    return translate("history", _FIELDS[name])


def quoted(text: object) -> str:
    """Text a person typed, on one line, quoted the language's way."""
    flat = " ".join(str(text).split())
    if len(flat) > QUOTE_MAX:
        flat = flat[:QUOTE_MAX - 1] + "…"
    return translate("history", "“{text}”").format(text=flat)


def nothing() -> str:
    return translate("history", "(none)")


def and_list(names: object) -> str:
    """`Ukraine and Russia`; `A, B and C`."""
    names = [str(n) for n in names] if isinstance(names, list | tuple) else []
    if len(names) < 2:
        return names[0] if names else nothing()
    return translate("history", "{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])


def names_text(names: object) -> str:
    return ", ".join(str(n) for n in names) if isinstance(names, list) and names else nothing()


def number_text(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return format_number(value)
    return nothing() if value is None else str(value)


def count_text(count: object, qualifier: object = Qualifier.EXACT) -> str:
    """`1,200`; `~1,200 (approximate)`."""
    try:
        q = Qualifier(qualifier)
    except ValueError:
        return number_text(count)
    if q is Qualifier.EXACT:
        return number_text(count)
    return translate("history", "{sign}{count} ({qualifier})").format(
        sign=QUALIFIER_SIGN[q], count=number_text(count), qualifier=qualifier_label(q))


def moment_text(value: object) -> str:
    """A stored time as `2024-01-31 12:00 UTC`."""
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return f"{moment:%Y-%m-%d %H:%M} UTC"


def value_text(name: str, value: object) -> str:
    """One field's value as a person reads it."""
    if value is None or value == "" or value == []:
        return nothing()
    match name:
        case "count":
            return number_text(value)
        case "qualifier":
            try:
                return qualifier_label(Qualifier(value))
            except ValueError:
                return str(value)
        case "status":
            try:
                return status_label(RoundStatus(value))
            except ValueError:
                return str(value)
        case "date":
            try:
                return format_date(dt.date.fromisoformat(str(value)))
            except ValueError:
                return str(value)
        case "sides" | "third_parties" | "mediators":
            return names_text(value)
        case "part_of" if isinstance(value, dict):
            try:
                return movement_label(movement_of(value))
            except (KeyError, ValueError):
                return str(value)
        case "combined" if isinstance(value, list):
            return "; ".join(_combined_text(c) for c in value if isinstance(c, dict)) or nothing()
        case "sources" if isinstance(value, list):
            return ", ".join(source_text(s) for s in value if isinstance(s, dict)) or nothing()
        case "category_sets" if isinstance(value, list):
            return ", ".join(category_set_text(c) for c in value if isinstance(c, dict)) or nothing()
    return quoted(value)


def change_text(name: str, old: object, new: object) -> str:
    """`count 200 → 201`."""
    return translate("history", "{field} {old} → {new}").format(
        field=_field(name), old=value_text(name, old), new=value_text(name, new))


def set_text(name: str, value: object) -> str:
    """`citation “TASS”`."""
    return translate("history", "{field} {value}").format(field=_field(name), value=value_text(name, value))


def movement_text(slot: Slot) -> str:
    try:
        kind = MovementKind(slot[2])
    except ValueError:
        return f"{slot[0]} → {slot[1]}"
    return movement_label(Movement(slot[0], slot[1], kind))


def category_text(category_set: str | None, category: str | None) -> str:
    """`Status · Military`, or `total` for a source's total."""
    if category_set is None:
        return translate("history", "total")
    if category is None:
        return category_set
    return f"{category_set} · {category}"


def figure_text(slot: Slot) -> str:
    """`Russia → Ukraine, exchange — ICRC — total`."""
    return translate("history", "{movement} — {source} — {category}").format(
        movement=movement_text(slot), source=slot[3], category=category_text(slot[4], slot[5]))


def _combined_text(c: dict) -> str:
    """`UAE: 478 for Russia → Ukraine, exchange and Ukraine → Russia, exchange`."""
    try:
        combined = CombinedDoc.from_dict(c)
    except (KeyError, ValueError, TypeError, AttributeError):
        return str(c)
    return translate("history", "{source}: {count} for {movements}").format(
        source=combined.source, count=QUALIFIER_SIGN[combined.qualifier] + number_text(combined.count),
        movements=movements_label(combined.movements))


def source_text(source: dict) -> str:
    """`ICRC (independent)`; `Pushilin (Russia; agreed or announced)`."""
    affiliation = affiliation_label(str(source.get("affiliation", "unknown")))
    stage = source.get("stage") or Stage.DELIVERED.value
    if stage != Stage.DELIVERED.value and stage in set(Stage):
        affiliation = f"{affiliation}; {stage_label(Stage(stage))}"
    return translate("history", "{source} ({affiliation})").format(source=source.get("name", ""),
                                                                   affiliation=affiliation)


def category_set_text(cs: dict) -> str:
    """`Status (Military, Civilian)`."""
    return translate("history", "{category_set} ({categories})").format(
        category_set=cs.get("name", ""), categories=names_text(list(cs.get("categories") or ())))


# --- Entries ----------------------------------------------------------------------


def change_lines(entry: Entry, facts: RoundFacts | None = None) -> list[str]:
    """What one history entry changed, line by line, in the current language."""
    try:
        return _lines(entry, facts or round_facts([entry]))
    except (KeyError, TypeError, ValueError, AttributeError):
        # An entry of a shape this version does not know (written by a
        # later one, or damaged): its stored values stay in `--json`.
        return []


def _lines(entry: Entry, facts: RoundFacts) -> list[str]:
    before, after = _dict(entry.before), _dict(entry.after)
    action, entity = entry.action, entry.entity
    if action == "refused":
        return _refused_lines(entry, after)
    if entity == "figure":
        return _figure_lines(entry, before, after, facts)
    if entity == "discrepancy":
        return _discrepancy_lines(entry, before, after, facts)
    if entity == "round":
        match action:
            case "create":
                return _created_lines(after)
            case "update":
                return _round_lines(before, after)
            case "sign_off":
                return _sign_off_lines(before, after)
            case "reopen":
                return [change_text("status", before.get("status"), after.get("status"))]
            case "merge":
                return _merge_lines(before, after)
            case "receive":
                return [translate("history", "brought from another laptop: %n sealed action(s), each checked", "",
                                  len(after.get("brought", {})))]
    return []


def _slot_of(entry: Entry, before: dict, after: dict, facts: RoundFacts) -> Slot | None:
    found = slot_of(after) or slot_of(before)
    label = after.get("slot") or before.get("slot")
    if found is None and isinstance(label, str):
        found = facts.parse_slot(label)
    return found or facts.figures.get(entry.entity_id or "")


def figure_value_lines(value: dict) -> list[str]:
    """A figure's count with its qualifier, then its citation and note."""
    lines = [translate("history", "{field} {value}").format(
        field=_field("count"), value=count_text(value.get("count"), value.get("qualifier", "exact")))]
    lines += [set_text(name, value[name]) for name in ("citation", "note", "part_of") if value.get(name) is not None]
    return lines


def _figure_lines(entry: Entry, before: dict, after: dict, facts: RoundFacts) -> list[str]:
    slot = _slot_of(entry, before, after, facts)
    lines = [figure_text(slot)] if slot else []
    match entry.action:
        case "create":
            lines += figure_value_lines(after)
        case "delete":
            lines += figure_value_lines(before) if before else []
        case "update":
            lines += [change_text(name, before.get(name), after.get(name)) for name in _FIGURE_FIELDS
                      if (name in before or name in after) and before.get(name) != after.get(name)]
        case "conflict":
            lines += [_conflict_side(QT_TRANSLATE_NOOP("history", "value held {value}, changed by {who} at {when}"),
                                     before, after),
                      _conflict_side(QT_TRANSLATE_NOOP("history", "other value {value}, changed by {who} at {when}"),
                                     after, before),
                      translate("history", "the later change holds until a supervisor resolves the conflict")]
    return lines


def _conflict_side(template: str, side: dict, other: dict) -> str:
    if side.get("deleted"):
        value = translate("history", "deleted")
    else:
        value = count_text(side.get("count"), side.get("qualifier", "exact"))
        for name in ("citation", "note"):
            if side.get(name) != other.get(name) and side.get(name) is not None:
                value = translate("history", "{value}, {more}").format(value=value, more=set_text(name, side[name]))
    return translate("history", template).format(
        value=value, who=side.get("changed_by", ""), when=moment_text(side.get("changed_at", "")))


def _created_lines(after: dict) -> list[str]:
    figures = [f for f in after.get("figures") or () if isinstance(f, dict) and "deleted_at" not in f]
    lines = [translate("history", "created with %n figure(s), sides {sides}", "", len(figures)).format(
        sides=and_list(after.get("sides") or ()))]
    lines += [set_text(role, after[role]) for role in ("third_parties", "mediators") if after.get(role)]
    status = after.get("status")
    if status and status != RoundStatus.DRAFT.value:
        lines.append(set_text("status", status))
    return lines


def _round_lines(before: dict, after: dict) -> list[str]:
    lines = [change_text(name, before.get(name), after.get(name)) for name in _ROUND_FIELDS
             if (name in before or name in after) and before.get(name) != after.get(name)]
    for role in _PARTY_ROLES:
        if role in before:
            lines.append(change_text(role, before[role], after.get(role)))
        elif after.get(role):
            lines.append(translate("history", _PARTIES_ADDED[role]).format(names=", ".join(after[role])))
    if "sources" in before:
        lines += _sources_diff(before["sources"] or [], after.get("sources") or [])
    else:
        lines += [translate("history", "source added: {source}").format(source=source_text(s))
                  for s in after.get("sources") or () if isinstance(s, dict)]
    for name, new in _dict(after.get("source_affiliations")).items():
        old = _dict(before.get("source_affiliations")).get(name, "unknown")
        lines.append(_affiliation_change(name, old, new))
    for name, new in _dict(after.get("source_stages")).items():
        lines.append(_stage_change(name, _dict(before.get("source_stages")).get(name), new))
    if "category_sets" in before:
        lines += _category_sets_diff(before["category_sets"] or [], after.get("category_sets") or [])
    else:
        lines += [translate("history", "category set added: {category_set}").format(category_set=name)
                  for name in after.get("category_sets") or ()]
    added: dict[str, list[str]] = {}
    for text in after.get("categories") or ():
        name, _, cat = str(text).partition("/")
        added.setdefault(name, []).append(cat)
    lines += [_categories_added(name, cats) for name, cats in added.items()]
    lines += [_exhaustive(name, value) for name, value in _dict(after.get("exhaustive")).items()]
    return lines


def _affiliation_change(name: str, old: str, new: str) -> str:
    return translate("history", "source {source}: affiliation {old} → {new}").format(
        source=name, old=affiliation_label(str(old)), new=affiliation_label(str(new)))


def _stage_change(name: str, old: object, new: object) -> str:
    def said(value: object) -> str:
        try:
            return stage_label(Stage(value or Stage.DELIVERED))
        except ValueError:
            return str(value)

    return translate("history", "source {source}: reports {old} → {new}").format(
        source=name, old=said(old), new=said(new))


def _categories_added(name: str, cats: list[str]) -> str:
    return translate("history", "categories added to {category_set}: {categories}").format(
        category_set=name, categories=", ".join(cats))


def _exhaustive(name: str, value: object) -> str:
    if value:
        return translate("history", "category set {category_set} is now exhaustive").format(category_set=name)
    return translate("history", "category set {category_set} is no longer exhaustive").format(category_set=name)


def _sources_diff(old: list, new: list) -> list[str]:
    was = {s["name"]: s for s in old if isinstance(s, dict) and "name" in s}
    now = {s["name"]: s for s in new if isinstance(s, dict) and "name" in s}
    lines = [translate("history", "source added: {source}").format(source=source_text(s))
             for name, s in now.items() if name not in was]
    lines += [translate("history", "source removed: {source}").format(source=source_text(s))
              for name, s in was.items() if name not in now]
    lines += [_affiliation_change(name, was[name].get("affiliation", "unknown"), s.get("affiliation", "unknown"))
              for name, s in now.items() if name in was and was[name].get("affiliation") != s.get("affiliation")]
    lines += [_stage_change(name, was[name].get("stage"), s.get("stage"))
              for name, s in now.items()
              if name in was and (was[name].get("stage") or "delivered") != (s.get("stage") or "delivered")]
    if not lines and list(was) != list(now):
        lines.append(translate("history", "sources put in another order"))
    return lines


def _category_sets_diff(old: list, new: list) -> list[str]:
    was = {cs["name"]: cs for cs in old if isinstance(cs, dict) and "name" in cs}
    now = {cs["name"]: cs for cs in new if isinstance(cs, dict) and "name" in cs}
    lines: list[str] = []
    for name, cs in now.items():
        if name not in was:
            lines.append(translate("history", "category set added: {category_set}").format(
                category_set=category_set_text(cs)))
            if cs.get("exhaustive"):
                lines.append(_exhaustive(name, True))
            continue
        before_cats, after_cats = list(was[name].get("categories") or ()), list(cs.get("categories") or ())
        added = [c for c in after_cats if c not in before_cats]
        removed = [c for c in before_cats if c not in after_cats]
        if added:
            lines.append(_categories_added(name, added))
        if removed:
            lines.append(translate("history", "categories removed from {category_set}: {categories}").format(
                category_set=name, categories=", ".join(removed)))
        if not added and not removed and before_cats != after_cats:
            lines.append(translate("history", "categories of {category_set} put in another order").format(
                category_set=name))
        if bool(was[name].get("exhaustive")) != bool(cs.get("exhaustive")):
            lines.append(_exhaustive(name, cs.get("exhaustive")))
    lines += [translate("history", "category set removed: {category_set}").format(category_set=category_set_text(cs))
              for name, cs in was.items() if name not in now]
    if not lines and list(was) != list(now):
        lines.append(translate("history", "category sets put in another order"))
    return lines


def _rule_of(entry: Entry, after: dict) -> Rule | None:
    text = after.get("rule") or _KEY_DIGEST.sub("", entry.entity_id or "")
    try:
        return Rule(text)
    except ValueError:
        return None


def discrepancy_text(rule: Rule | None, slot: Slot | None) -> str:
    """`sources disagree: Russia → Ukraine, exchange — total`."""
    name = rule_label(rule) if rule is not None else translate("history", "discrepancy")
    if slot is None:
        return name
    if rule is Rule.IMBALANCE:
        place = translate("history", "exchange between {first} and {second}").format(first=slot[0], second=slot[1])
    elif rule is Rule.UNVERIFIED:
        place = movement_text(slot)
    elif slot[3] is None:
        place = translate("history", "{movement} — {category}").format(
            movement=movement_text(slot), category=category_text(slot[4], slot[5]))
    else:
        source = slot[3].split("|")[0] if rule is Rule.MERGE_CONFLICT else slot[3]
        place = figure_text((*slot[:3], source, *slot[4:]))
    return translate("history", "{discrepancy}: {place}").format(discrepancy=name, place=place)


def _accepted(value: object) -> str:
    if value is None:
        return translate("history", "no value accepted")
    return translate("history", "accepted value {value}").format(value=number_text(value))


def _discrepancy_lines(entry: Entry, before: dict, after: dict, facts: RoundFacts) -> list[str]:
    rule = _rule_of(entry, after)
    lines = [discrepancy_text(rule, facts.place_of(entry.entity_id or "", rule))]
    if entry.action == "resolve":
        if before:
            lines.append(translate("history", "replaces the resolution by {who}").format(
                who=before.get("resolved_by", "")))
            if before.get("accepted_value") != after.get("accepted_value"):
                lines.append(translate("history", "accepted value {old} → {new}").format(
                    old=number_text(before.get("accepted_value")), new=number_text(after.get("accepted_value"))))
            if before.get("note") != after.get("note"):
                lines.append(change_text("note", before.get("note"), after.get("note")))
        else:
            lines += [_accepted(after.get("accepted_value")), set_text("note", after.get("note"))]
    elif entry.action == "reopen":
        lines.append(translate("history", "the resolution by {who} no longer holds").format(
            who=before.get("resolved_by", "")))
        lines += [_accepted(before.get("accepted_value")), set_text("note", before.get("note"))]
        if entry.detail in _RESOLUTION_ENDED:
            lines.append(translate("history", _RESOLUTION_ENDED[entry.detail]))
    return lines


def _sign_off_lines(before: dict, after: dict) -> list[str]:
    lines = [change_text("status", before.get("status"), after.get("status"))]
    if "amendment" in after:
        lines.append(translate("history", "amendment {amendment}, signed as {signer}").format(
            amendment=after["amendment"], signer=after.get("signer", "")))
    if after.get("fingerprint"):
        lines.append(translate("history", "fingerprint {fingerprint}").format(fingerprint=after["fingerprint"]))
    return lines


def _merge_lines(before: dict, after: dict) -> list[str]:
    if before.get("into"):
        lines = [translate("history", "merged into round {round} as a duplicate").format(round=before["into"])]
        if before.get("title"):
            lines.append(translate("history", "its title was {title}").format(title=quoted(before["title"])))
        return lines
    if after.get("merged"):
        return [translate("history", "round {round} merged into this one as a duplicate").format(
            round=after["merged"])]
    return []


def _refused_lines(entry: Entry, attempt: dict) -> list[str]:
    lines: list[str] = []
    slot = slot_of(attempt)
    if entry.entity in ("figure", "figures") and slot is not None:
        lines.append(figure_text(slot))
        if attempt.get("deleted"):
            lines.append(translate("history", "tried to delete this figure"))
        else:
            lines.append(translate("history", "tried to record {value}").format(
                value=count_text(attempt.get("count"), attempt.get("qualifier", "exact"))))
            lines += [set_text(name, attempt[name]) for name in ("citation", "note") if attempt.get(name)]
    else:
        tried = [set_text(name, attempt[name]) for name in (*_ROUND_FIELDS, *_PARTY_ROLES, "sources", "category_sets")
                 if name in attempt]
        lines += [translate("history", "tried to set {change}").format(change=t) for t in tried] or [
            translate("history", "tried to change the round")]
    m = _CHANGED_BY.match(entry.detail or "")
    if m:
        lines.append(translate(
            "history", "not saved: {who} had changed the round at {when} (version {version}); nothing was overwritten"
        ).format(who=m["who"], when=moment_text(m["when"]), version=m["version"]))
    else:
        lines.append(translate("history", "not saved: the round had been changed in the meantime"))
    return lines


# --- The comment ------------------------------------------------------------------


def comment_text(entry: Entry) -> str:
    """The entry's comment in the current language where the program wrote
    it (what a person typed stays as typed); empty where the change lines
    already say it."""
    detail = (entry.detail or "").strip()
    if not detail:
        return ""
    if entry.action in ("merge", "sign_off") or (entry.action == "refused" and _CHANGED_BY.match(detail)):
        return ""
    if (entry.action, entry.entity) == ("reopen", "discrepancy") and detail in _RESOLUTION_ENDED:
        return ""
    if detail == "created in the app":
        return translate("history", "created in the app")
    if detail == "undone":
        return translate("history", "undone")
    if detail.startswith("imported from "):
        origin = detail.removeprefix("imported from ").removesuffix(_CONFLICT_DETAIL)
        if (demo := _DEMO_ORIGIN.match(origin)) is not None:
            if demo["who"]:
                return translate("history", "imported from the demo data, loaded by {who}").format(who=demo["who"])
            return translate("history", "imported from the demo data")
        if (duplicate := _ROUND_ORIGIN.match(origin)) is not None:
            return translate("history", "taken from round {round}, a duplicate merged into this one").format(
                round=duplicate["round"])
        return translate("history", "imported from {origin}").format(origin=origin)
    return detail
