"""What a round's content must be, whoever made it: the rules a file's round
and an edit in the app both obey.

Values here are already of their type (a `str`, an `int`, a `date`); a
file's reader checks the JSON types first and then calls these. Each check
raises `Invalid` naming the place (`title`, `sides[1]`,
`figures[3].count`) and what is wrong; the caller puts the file's name or
the dialog's field in front.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

from desktop.domain import lookalike
from desktop.domain.content import (
    CategorySetDoc,
    CombinedDoc,
    FigureDoc,
    Movement,
    RoundDoc,
    SourceDoc,
)
from desktop.domain.errors import UserError
from desktop.domain.tables import (
    CITATION_MAX,
    LOCATION_MAX,
    NAME_MAX,
    NOTE_MAX,
    NOTES_MAX,
    TITLE_MAX,
)
from desktop.domain.types import AFFILIATION_WORDS, MAX_COUNT, Qualifier, Stage
from desktop.i18n import format_number, translate

#: How many parties, sources, category sets and categories a round may name,
#: and how many figures it may hold.
MAX_FIGURES_PER_ROUND = 20_000
MAX_PARTIES = 50
MAX_SOURCES = 200
MAX_CATEGORY_SETS = 50
MAX_CATEGORIES = 500
#: The years a round's date and a recorded time may fall in.
FIRST_YEAR, LAST_YEAR = 1900, 2100

# Line breaks, controls, unpaired surrogates and direction overrides: never
# in a one-line text. A multi-line text (notes) may hold tabs and line breaks.
BAD_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]")
BAD_MULTI_LINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


class Invalid(UserError):
    """A value breaks a rule of content: `where` names the place, `message`
    says what is wrong (one sentence)."""

    def __init__(self, where: str, message: str):
        super().__init__(f"{where}: {message}" if where else message)
        self.where = where
        self.message = message


def safe(text: str) -> str:
    """Text fit to print in a one-line message: anything unprintable (line
    breaks, direction overrides) shown as an escape."""
    return "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)


def visible(text: str) -> bool:
    """True if some character shows: not only spaces and invisible format
    characters (zero-width space, byte-order mark, word joiner…)."""
    return any(not ch.isspace() and unicodedata.category(ch) not in ("Cf", "Cc", "Zs") for ch in text)


def text(where: str, value: str | None, *, max_len: int, multiline: bool = False, required: bool = True,
         name_like: bool = False) -> str | None:
    """A text as it is kept: a name trimmed and in NFC; None for an empty
    optional text."""
    if value is None:
        if required:
            raise Invalid(where, translate("import", "must not be empty (it has no visible characters)."))
        return None
    bad = (BAD_MULTI_LINE if multiline else BAD_ONE_LINE).search(value)
    if bad:
        code = ord(bad.group())
        if 0xD800 <= code <= 0xDFFF:
            message = translate("import", "contains an unpaired surrogate U+{code} at position {position}.")
        else:
            message = translate("import", "contains the control character U+{code} at position {position}.")
        raise Invalid(where, message.format(code=f"{code:04X}", position=bad.start() + 1))
    if name_like:
        value = unicodedata.normalize("NFC", value.strip())
    if required and not visible(value):
        raise Invalid(where, translate("import", "must not be empty (it has no visible characters)."))
    if len(value) > max_len:
        raise Invalid(where, translate("import", "is {length} characters long; at most {maximum} are allowed.").format(
            length=format_number(len(value)), maximum=format_number(max_len)))
    return value


def name(where: str, value: str) -> str:
    """A party's, source's, category set's or category's name: no character
    in it that shows nothing or steers the text's direction (a name a
    reader cannot tell from another is a second party, source or category)."""
    result = text(where, value, max_len=NAME_MAX, name_like=True)
    assert result is not None
    at = lookalike.invisible_at(result)
    if at is not None:
        raise Invalid(where, translate(
            "import", "{name} holds the invisible character {code} at position {position}; a name may hold only "
            "characters that show."
        ).format(name=safe(repr(result)), code=lookalike.code(result[at]), position=at + 1))
    return result


def alike_detail(name_: str, other: str) -> str:
    """How `name_` differs from its look-alike `other`: `U+0430 CYRILLIC
    SMALL LETTER A at position 4, where the other has U+0061 LATIN SMALL
    LETTER A`."""
    position, code, other_code = lookalike.difference(other, name_)
    if other_code is None:
        return translate("import", "{code} at position {position}").format(code=code, position=position)
    return translate("import", "{code} at position {position}, where the other has {other_code}").format(
        code=code, position=position, other_code=other_code)


def look_alike(where: str, name_: str, other: str) -> Invalid:
    """The refusal of `name_`, which looks the same as `other` (UTS #39's
    confusable skeleton, after NFKC and case folding) but is another name."""
    return Invalid(where, translate(
        "import", "{name} looks the same as {other} but is another name ({detail}); use one name for both."
    ).format(name=safe(repr(name_)), other=safe(repr(other)), detail=alike_detail(name_, other)))


def distinct_looks(where: Callable[[int], str], values: Sequence[str]) -> None:
    """No two different names of `values` look the same; `where(i)` names
    the place of the i-th."""
    seen: dict[str, str] = {}
    for i, n in enumerate(values):
        for key in lookalike.looks(n):
            earlier = seen.setdefault(key, n)
            if earlier != n:
                raise look_alike(where(i), n, earlier)


def names(where: str, values: Sequence, *, limit: int, minimum: int = 0,
          one: Callable[[str, object], str] = name) -> tuple[str, ...]:
    """A list of names, each once (whatever its case)."""
    if len(values) < minimum:
        raise Invalid(where, translate("import", "needs at least {minimum} names, not {count}.").format(
            minimum=minimum, count=len(values)))
    if len(values) > limit:
        raise Invalid(where, translate("import", "has {count} names; at most {maximum} are allowed.").format(
            count=format_number(len(values)), maximum=limit))
    out: list[str] = []
    folded: dict[str, str] = {}
    for i, item in enumerate(values):
        n = one(f"{where}[{i}]", item)
        keys = lookalike.looks(n)
        twin = next((folded[k] for k in keys if k in folded), None)
        if twin is not None:
            if twin == n:
                raise Invalid(f"{where}[{i}]", translate("import", "{name} is named twice.").format(
                    name=safe(repr(n))))
            if twin.casefold() == n.casefold():
                raise Invalid(f"{where}[{i}]", translate("import", "{name} is named twice (as {other_spelling}).").format(
                    name=safe(repr(n)), other_spelling=safe(repr(twin))))
            raise look_alike(f"{where}[{i}]", n, twin)
        folded.update(dict.fromkeys(keys, n))
        out.append(n)
    return tuple(out)


def count(where: str, value: int) -> int:
    if value < 0:
        raise Invalid(where, translate("import", "must be a whole number ≥ 0, not {value}.").format(value=value))
    if value > MAX_COUNT:
        raise Invalid(where, translate("import", "must be at most {maximum}, not {value}.").format(
            maximum=format_number(MAX_COUNT), value=format_number(value)))
    return value


def year(where: str, value: dt.date, shown: str) -> None:
    """A date or time within the years a round may have."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise Invalid(where, translate("import", "{value} is outside the years 1900 to 2100.").format(
            value=safe(shown)))


def parties(where: str, sides: Sequence[str], third_parties: Sequence[str], mediators: Sequence[str]) -> None:
    """Who takes part, each in one role, none called by an affiliation word."""
    for field, group in (("sides", sides), ("third_parties", third_parties), ("mediators", mediators)):
        for i, n in enumerate(group):
            if n.lower() in AFFILIATION_WORDS:
                raise Invalid(f"{where}{field}[{i}]", translate(
                    "import", "{name!r} is a reserved word, not a party name.").format(name=n))
    for i, n in enumerate(third_parties):
        if n in sides:
            raise Invalid(f"{where}third_parties[{i}]", translate(
                "import", "{name!r} is already a side of this round.").format(name=n))
    for i, n in enumerate(mediators):
        if n in sides:
            raise Invalid(f"{where}mediators[{i}]", translate(
                "import", "{name!r} is a side of this round and cannot mediate it.").format(name=n))
    # A mediator "Ukrаine" (a Cyrillic а) beside the side "Ukraine" would
    # verify Ukraine's own figures.
    roles = [(f"{where}{field}[{i}]", n) for field, group in (("sides", sides), ("third_parties", third_parties),
                                                             ("mediators", mediators)) for i, n in enumerate(group)]
    distinct_looks(lambda i: roles[i][0], [n for _, n in roles])


def affiliation(where: str, value: str, round_parties: Iterable[str]) -> str:
    """Whom a source speaks for: a party of the round, or a word."""
    if value.lower() in AFFILIATION_WORDS:
        return value.lower()
    if value not in round_parties:
        raise Invalid(where, translate(
            "import", "{affiliation!r} is not a side, third party or mediator of this round "
            "(nor independent or unknown)."
        ).format(affiliation=value))
    return value


def mover(where: str, party: str, movers: Iterable[str]) -> None:
    """People move between the round's sides and third parties only."""
    if party not in movers:
        raise Invalid(where, translate(
            "import", "{party} is not a side or third party of this round.").format(party=safe(repr(party))))


def not_to_itself(where: str, movement: Movement) -> None:
    if movement.from_party == movement.to_party:
        raise Invalid(where, translate("import", "people cannot move from {party} to itself.").format(
            party=safe(repr(movement.from_party))))


def category(where: str, category_set: str, category_name: str, categories: dict[str, set[str]]) -> None:
    """A figure's category is one the round declares."""
    if category_set not in categories:
        raise Invalid(f"{where}category_set", translate(
            "import", "{category_set} is not a category set declared in this round."
        ).format(category_set=safe(repr(category_set))))
    if category_name not in categories[category_set]:
        raise Invalid(f"{where}category", translate(
            "import", "{category} is not a category of the set {category_set}."
        ).format(category=safe(repr(category_name)), category_set=safe(repr(category_set))))


def figure_texts(where: str, citation: str | None, note: str | None) -> tuple[str | None, str | None]:
    return (text(f"{where}citation", citation, max_len=CITATION_MAX, required=False) or None,
            text(f"{where}note", note, max_len=NOTE_MAX, multiline=True, required=False) or None)


def parts_acyclic(where: str, figures: Sequence[FigureDoc]) -> None:
    """No movement is, through "of which", part of itself (A within B
    within A): its people could be counted nowhere."""
    within: dict[Movement, set[Movement]] = {}
    for f in figures:
        if f.part_of is not None:
            within.setdefault(f.movement, set()).add(f.part_of)
    for start, wholes in within.items():
        seen: set[Movement] = set()
        stack = list(wholes)
        while stack:
            m = stack.pop()
            if m == start:
                raise Invalid(where, translate(
                    "import", "{movement} is, through the movements it is part of, part of itself."
                ).format(movement=safe(start.label())))
            if m not in seen:
                seen.add(m)
                stack.extend(within.get(m, ()))


# --- a whole round -----------------------------------------------------------------


def details(title: str, date: dt.date, location: str | None, notes: str | None) -> tuple:
    """A round's title, date, location and notes as kept."""
    year("date", date, date.isoformat())
    return (text("title", title, max_len=TITLE_MAX, name_like=True),
            date,
            text("location", location, max_len=LOCATION_MAX, required=False, name_like=True) or None,
            text("notes", notes, max_len=NOTES_MAX, multiline=True, required=False) or None)


def sources(values: Sequence[SourceDoc], round_parties: set[str]) -> tuple[SourceDoc, ...]:
    if len(values) > MAX_SOURCES:
        raise Invalid("sources", translate("import", "has {count} sources; at most {maximum} are allowed.").format(
            count=format_number(len(values)), maximum=MAX_SOURCES))
    out: list[SourceDoc] = []
    seen: set[str] = set()
    for i, s in enumerate(values):
        n = name(f"sources[{i}].name", s.name)
        if n in seen:
            raise Invalid(f"sources[{i}].name", translate("import", "the source {name!r} is declared twice.").format(
                name=n))
        seen.add(n)
        out.append(SourceDoc(n, affiliation(f"sources[{i}].affiliation", name(
            f"sources[{i}].affiliation", s.affiliation), round_parties), s.stage))
    return tuple(out)


def category_sets(values: Sequence[CategorySetDoc]) -> tuple[CategorySetDoc, ...]:
    if len(values) > MAX_CATEGORY_SETS:
        raise Invalid("category_sets", translate(
            "import", "has {count} category sets; at most {maximum} are allowed.").format(
            count=format_number(len(values)), maximum=MAX_CATEGORY_SETS))
    out: dict[str, CategorySetDoc] = {}
    for i, s in enumerate(values):
        n = name(f"category_sets[{i}].name", s.name)
        if n in out:
            raise Invalid(f"category_sets[{i}].name", translate(
                "import", "the category set {name!r} is declared twice.").format(name=n))
        out[n] = CategorySetDoc(n, bool(s.exhaustive),
                                names(f"category_sets[{i}].categories", s.categories, limit=MAX_CATEGORIES))
    distinct_looks(lambda i: f"category_sets[{i}].name", list(out))
    return tuple(out.values())


def sources_look_distinct(where: str, declared: int, sources: Sequence[SourceDoc], figures: Sequence[FigureDoc],
                          combined: Sequence[CombinedDoc]) -> None:
    """No two sources of a round look the same: the first `declared` are
    the round's list, the rest named by its figures (or combined figures)
    only, each refused at the first place that names it."""
    named_at: dict[str, str] = {}
    for j, f in enumerate(figures):
        named_at.setdefault(f.source, f"figures[{j}].source")
    for j, c in enumerate(combined):
        named_at.setdefault(c.source, f"combined[{j}].source")
    distinct_looks(lambda i: where + (f"sources[{i}].name" if i < declared else named_at[sources[i].name]),
                   [s.name for s in sources])


def figure(where: str, f: FigureDoc, movers: set[str], categories: dict[str, set[str]]) -> FigureDoc:
    """One figure's place and values, as kept."""
    m = f.movement
    movement = Movement(name(f"{where}from", m.from_party), name(f"{where}to", m.to_party), m.kind)
    mover(f"{where}from", movement.from_party, movers)
    mover(f"{where}to", movement.to_party, movers)
    not_to_itself(f"{where}to", movement)
    cset = cat = None
    if f.category_set is not None or f.category is not None:
        if f.category_set is None or f.category is None:
            missing = "category" if f.category is None else "category_set"
            raise Invalid(f"{where}{missing}", translate("import", "missing; category_set and category go together."))
        cset, cat = name(f"{where}category_set", f.category_set), name(f"{where}category", f.category)
        category(where, cset, cat, categories)
    citation, note = figure_texts(where, f.citation, f.note)
    if f.part_of is not None:
        part_of(f"{where}part_of", movement, cset, f.part_of, movers)
    return FigureDoc(
        movement=movement, source=name(f"{where}source", f.source), count=count(f"{where}count", f.count),
        qualifier=f.qualifier, category_set=cset, category=cat, citation=citation, note=note,
        entered_by=f.entered_by, entered_at=f.entered_at, revision=f.revision, part_of=f.part_of,
    )


def part_of(where: str, movement: Movement, category_set: str | None, whole: Movement, movers: Iterable[str]) -> None:
    """"Of which": a source's total may be part of another movement of the
    round (its people counted once, within the whole)."""
    if category_set is not None:
        raise Invalid(where, translate("import", "only a total can be part of another movement, not a category."))
    mover(f"{where}.from", whole.from_party, movers)
    mover(f"{where}.to", whole.to_party, movers)
    if whole == movement:
        raise Invalid(where, translate("import", "a movement cannot be part of itself."))
    if whole.from_party != movement.from_party:
        raise Invalid(where, translate(
            "import", "a part leaves the party its whole leaves: {party}, not {other}.").format(
            party=safe(repr(whole.from_party)), other=safe(repr(movement.from_party))))
    if (whole.kind == "remains") != (movement.kind == "remains"):
        raise Invalid(where, translate("import", "remains and people are counted apart: one cannot be part of the "
                                                 "other."))


#: How many combined figures a round may hold, and movements one may cover
#: (both directions of every kind between two sides is 8).
MAX_COMBINED = 200
MAX_COMBINED_MOVEMENTS = 20


def combined(where: str, values: Sequence[CombinedDoc], movers: Iterable[str]) -> tuple[CombinedDoc, ...]:
    """Figures for several movements together: two or more distinct
    movements of the round's parties, each of people or each of remains."""
    if len(values) > MAX_COMBINED:
        raise Invalid(where.rstrip("."), translate(
            "import", "has {count} combined figures; at most {maximum} are allowed.").format(
            count=format_number(len(values)), maximum=MAX_COMBINED))
    out = []
    seen: dict[tuple, int] = {}
    for i, c in enumerate(values):
        w = f"{where}[{i}]."
        if len(c.movements) < 2 or len(set(c.movements)) != len(c.movements):
            raise Invalid(f"{w}movements", translate(
                "import", "a combined figure is given for two movements or more, each once."))
        if len(c.movements) > MAX_COMBINED_MOVEMENTS:
            raise Invalid(f"{w}movements", translate(
                "import", "a combined figure covers at most {maximum} movements, not {count}.").format(
                maximum=MAX_COMBINED_MOVEMENTS, count=format_number(len(c.movements))))
        key = (c.source, frozenset(c.movements))
        if key in seen:
            raise Invalid(f"{w}movements", translate(
                "import", "repeats {other_place}: the same source's figure for the same movements together."
            ).format(other_place=f"{where}[{seen[key]}]"))
        seen[key] = i
        for j, m in enumerate(c.movements):
            mover(f"{w}movements[{j}].from", m.from_party, movers)
            mover(f"{w}movements[{j}].to", m.to_party, movers)
            not_to_itself(f"{w}movements[{j}]", m)
        if len({m.kind == "remains" for m in c.movements}) > 1:
            raise Invalid(f"{w}movements", translate(
                "import", "remains and people are counted apart: one figure cannot give both."))
        citation, note = figure_texts(w, c.citation, c.note)
        out.append(CombinedDoc(name(f"{w}source", c.source), tuple(c.movements), count(f"{w}count", c.count),
                               Qualifier(c.qualifier), citation, note))
    return tuple(out)


def round_content(doc: RoundDoc) -> RoundDoc:
    """The whole round checked, its texts as kept (names trimmed, in NFC); a
    source its figures name but the round does not declare is added, its
    affiliation unknown."""
    title, date, location, notes = details(doc.title, doc.date, doc.location, doc.notes)
    sides = names("sides", doc.sides, limit=MAX_PARTIES, minimum=2)
    third = names("third_parties", doc.third_parties, limit=MAX_PARTIES)
    mediators = names("mediators", doc.mediators, limit=MAX_PARTIES)
    parties("", sides, third, mediators)
    movers = set(sides) | set(third)
    declared = sources(doc.sources, movers | set(mediators))
    operation = None if doc.operation is None else name("operation", doc.operation)
    stage_needs_operation("", declared, operation)
    sets = category_sets(doc.category_sets)
    categories = {s.name: set(s.categories) for s in sets}
    if len(doc.figures) > MAX_FIGURES_PER_ROUND:
        raise Invalid("figures", translate(
            "import", "has {count} figures; at most {maximum} are allowed in one round."
        ).format(count=format_number(len(doc.figures)), maximum=format_number(MAX_FIGURES_PER_ROUND)))
    figures: list[FigureDoc] = []
    slots: dict[tuple, int] = {}
    for i, f in enumerate(doc.figures):
        kept = figure(f"figures[{i}].", f, movers, categories)
        if kept.slot in slots:
            raise Invalid(f"figures[{i}]", translate(
                "import", "repeats {other_place} (the same movement, source and category); "
                "a source gives one figure per movement and category."
            ).format(other_place=f"figures[{slots[kept.slot]}]"))
        slots[kept.slot] = i
        figures.append(kept)
    parts_acyclic("figures", figures)
    together = combined("combined", doc.combined, movers)
    known = {s.name for s in declared}
    extra = tuple(SourceDoc(n) for n in dict.fromkeys([*(f.source for f in figures), *(c.source for c in together)])
                  if n not in known)
    sources_look_distinct("", len(declared), declared + extra, figures, together)
    if len(declared) + len(extra) > MAX_SOURCES:
        raise Invalid("sources", translate("import", "has {count} sources; at most {maximum} are allowed.").format(
            count=format_number(len(declared) + len(extra)), maximum=MAX_SOURCES))
    return dataclasses.replace(
        doc, title=title or "", date=date, sides=sides, third_parties=third, mediators=mediators,
        location=location, notes=notes, sources=declared + extra, category_sets=sets, figures=tuple(figures),
        operation=operation, combined=together,
    )


def stage_needs_operation(where: str, sources: Sequence[SourceDoc], operation: str | None) -> None:
    """A source that gives what was agreed for a whole operation needs the
    round to be a stage of one."""
    if operation is not None:
        return
    for i, s in enumerate(sources):
        if s.stage is Stage.AGREED_FOR_OPERATION:
            raise Invalid(f"{where}sources[{i}].stage", translate(
                "import", "the source {source} gives what was agreed for the whole operation, but the round is "
                "a stage of no operation; name its operation first."
            ).format(source=s.name))
