"""Reading the interchange file: bytes in, validated rounds out, or one
sentence naming the file and the place in it that is wrong.

Nothing here touches a database; `docs/interchange.md` describes the format.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from dataclasses import dataclass

from desktop.domain import validity
from desktop.domain.content import (
    CategorySetDoc,
    CombinedDoc,
    FigureDoc,
    Movement,
    Revision,
    RoundDoc,
    SourceDoc,
)
from desktop.domain.supervision import values
from desktop.domain.tables import (
    ACTOR_MAX,
    CITATION_MAX,
    LOCATION_MAX,
    NAME_MAX,
    NOTE_MAX,
    NOTES_MAX,
    TITLE_MAX,
)
from desktop.domain.types import (
    MAX_COUNT,
    MovementKind,
    Qualifier,
    RoundStatus,
    Stage,
)
from desktop.domain.validity import (
    MAX_CATEGORIES,
    MAX_CATEGORY_SETS,
    MAX_FIGURES_PER_ROUND,
    MAX_PARTIES,
    MAX_SOURCES,
    Invalid,
    safe,
)
from desktop.i18n import format_number, translate
from desktop.services.errors import UserError
from desktop.services.interchange import spec
from desktop.services.interchange.jsonfile import Flagged, Token, load_json
from desktop.services.interchange.spec import (
    FORMAT,
    FORMAT_PREFIX,
    MAX_HISTORY,
    MAX_ROUNDS,
    READS,
)

SET_FIELDS = spec.CATEGORY_SET.names()
#: Fields a figure may have and still take the fast path.
_FAST_FIGURE_FIELDS = frozenset({
    "from", "to", "kind", "source", "category_set", "category", "count", "qualifier", "citation",
})

_UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Control characters (C0, DEL, C1), lone surrogates, and the bidirectional
# overrides that can make a name display as something it is not.


_SURROGATE = re.compile("[\ud800-\udfff]")

_MEMBERS = {cls: {m.value: m for m in cls} for cls in (MovementKind, Qualifier, RoundStatus, Stage)}


@dataclass(frozen=True, slots=True)
class Seal:
    id: str
    key: str
    content: str
    signature: str


@dataclass(frozen=True, slots=True)
class Removal:
    """Version 3: a round merged into another as a duplicate, with its
    sealed history (the merge among it)."""

    round_id: uuid.UUID
    merged_into: uuid.UUID
    where: str
    history: tuple[dict, ...]
    seals: dict[str, Seal] | None = None
    certificates: dict[str, str] | None = None
    file: str = ""


class ParsedFile(list):
    """A file's rounds (a list of ParsedRound), and its removed rounds."""

    removed: tuple[Removal, ...] = ()


@dataclass(frozen=True, slots=True)
class ParsedRound:
    doc: RoundDoc
    #: Where it came from, for messages: `a.json: rounds[3]`.
    where: str
    #: Sources whose affiliation the file states, and category sets whose
    #: `exhaustive` it states: only these override what a database holds.
    stated_affiliations: frozenset[str] = frozenset()
    stated_exhaustive: frozenset[str] = frozenset()
    #: The file it came from.
    file: str = ""
    #: Version 3: the round's sealed history entries (the history's fields,
    #: `seal_id` and `where`), in the order the sending laptop had them.
    history: tuple[dict, ...] = ()
    #: Version 3: the signed summaries, (amendment, PDF bytes, where).
    sign_offs: tuple[tuple[int, bytes, str], ...] = ()
    #: Version 3: the file's seals (by id) and certificates (key → PEM).
    seals: dict[str, Seal] | None = None
    certificates: dict[str, str] | None = None
    #: Sources whose stage the file states (/5): only these override what a
    #: database holds.
    stated_stages: frozenset[str] = frozenset()
    #: Round fields the file states even when empty (/5: `operation`,
    #: `combined`): they override what a database holds.
    stated_fields: frozenset[str] = frozenset()

    @property
    def round_id(self) -> uuid.UUID:
        return self.doc.id


def parse_bytes(data: bytes, name: str) -> ParsedFile:
    """Validate a whole file. Raises UserError at the first fault."""
    return read_document(load_json(data, name), name)


def read_document(doc: object, name: str) -> ParsedFile:
    """Validate a file already read as JSON (`name` opens each message)."""
    reader = _Reader(name)
    try:
        return reader.document(doc)
    except Invalid as exc:
        raise reader.fail(exc.where, exc.message) from None


# --- validation ------------------------------------------------------------




def _show(value: object) -> str:
    """A value as the user wrote it, short."""
    if isinstance(value, Token):
        return value.text
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "…"
        return translate("import", "the text {text}").format(text=safe(json.dumps(text, ensure_ascii=False)))
    if isinstance(value, list):
        return translate("import", "a list")
    if isinstance(value, dict):
        return translate("import", "an object")
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


class _Reader:
    def __init__(self, file: str):
        self.file = file
        self.version = 2
        # Names repeat on every figure; each distinct one is checked once.
        self._names: dict[str, str] = {}

    def fail(self, where: str, message: str) -> UserError:
        return UserError(f"{self.file}: {where}: {message}")

    # primitives

    def obj(self, where: str, value: object, allowed: frozenset[str]) -> dict:
        if not isinstance(value, dict):
            raise self.fail(where, translate("import", "must be an object, not {value}.").format(value=_show(value)))
        if isinstance(value, Flagged):
            raise self.fail(where, translate("import", "the field {field} appears twice.").format(
                field=safe(repr(value.duplicate))))
        if value.keys() <= allowed:
            return value
        unknown = [k for k in value if k not in allowed]
        if unknown:
            raise self.fail(where, translate("import", "unknown field {field} (known fields: {known_fields}).").format(
                field=safe(repr(unknown[0])), known_fields=", ".join(sorted(allowed))))
        return value

    def text(
        self, where: str, value: object, *, max_len: int, multiline: bool = False,
        required: bool = True, name_like: bool = False,
    ) -> str | None:
        if value is None and not required:
            return None
        if not isinstance(value, str):
            raise self.fail(where, translate("import", "must be text, not {value}.").format(value=_show(value)))
        return validity.text(where, value, max_len=max_len, multiline=multiline, required=required,
                             name_like=name_like)

    def name(self, where: str, value: object) -> str:
        if type(value) is str:
            known = self._names.get(value)
            if known is not None:
                return known
        result = self.text(where, value, max_len=NAME_MAX, name_like=True)
        assert result is not None
        validity.name(where, result)  # no invisible character
        self._names[value] = result  # type: ignore[index]  (a str, or text() raised)
        return result

    def names(self, where: str, value: object, *, limit: int, minimum: int = 0) -> tuple[str, ...]:
        if value is None and minimum == 0:
            return ()
        if not isinstance(value, list):
            raise self.fail(where, translate("import", "must be a list of names, not {value}.").format(value=_show(value)))
        return validity.names(where, value, limit=limit, minimum=minimum, one=self.name)

    def enum(self, where: str, value: object, cls):
        if type(value) is str:
            member = _MEMBERS[cls].get(value)
            if member is not None:
                return member
        try:
            return cls(value)
        except (ValueError, TypeError):
            choices = ", ".join(m.value for m in cls)
            raise self.fail(where, translate("import", "must be one of {choices}, not {value}.").format(
                choices=choices, value=_show(value))) from None

    def count(self, where: str, value: object) -> int:
        if type(value) is not int:
            raise self.fail(where, translate("import", "must be a whole number ≥ 0, not {value}.").format(
                value=_show(value)))
        return validity.count(where, value)

    def date(self, where: str, value: object) -> dt.date:
        if not isinstance(value, str) or not _DATE_RE.fullmatch(value):
            raise self.fail(where, translate("import", "must be a date written YYYY-MM-DD, not {value}.").format(
                value=_show(value)))
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            raise self.fail(where, translate("import", "{date} is not a day of the calendar.").format(date=value)) from None
        validity.year(where, day, value)
        return day

    def timestamp(self, where: str, value: object) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, str) or len(value) > 40:
            raise self.fail(where, translate("import", "must be a time like 2024-01-03T12:00:00Z, not {value}.").format(
                value=_show(value)))
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(where, translate("import", "must be a time like 2024-01-03T12:00:00Z, not {value}.").format(
                value=_show(value))) from None
        if moment.tzinfo is None:
            raise self.fail(where, translate("import", "must say its time zone (end it with Z for UTC)."))
        validity.year(where, moment, value)
        return moment.astimezone(dt.UTC)

    def uuid(self, where: str, value: object) -> uuid.UUID:
        if not isinstance(value, str) or not _UUID_RE.fullmatch(value):
            raise self.fail(where, translate(
                "import", "must be a UUID like 6f1c2a3b-0000-4000-8000-000000000000, not {value}."
            ).format(value=_show(value)))
        return uuid.UUID(value)

    def boolean(self, where: str, value: object) -> bool:
        if not isinstance(value, bool):
            raise self.fail(where, translate("import", "must be true or false, not {value}.").format(value=_show(value)))
        return value

    # structure

    def document(self, doc: object) -> list[ParsedRound]:
        if not isinstance(doc, dict):
            raise UserError(translate(
                "import", '{file}: must be a JSON object with "format" and "rounds", not {value}.'
            ).format(file=self.file, value=_show(doc)))
        top_level = translate("import", "the top level")
        if isinstance(doc, Flagged):
            raise self.fail(top_level, translate("import", "the field {field} appears twice.").format(
                field=safe(repr(doc.duplicate))))
        fmt = doc.get("format")
        if fmt is None:
            raise self.fail("format", translate(
                "import", 'missing; an interchange file starts with "format": "{format}".'
            ).format(format=FORMAT))
        if fmt not in READS:
            if isinstance(fmt, str) and fmt.startswith(FORMAT_PREFIX):
                version = fmt[len(FORMAT_PREFIX):]
                if version.isdigit() and int(version) > int(FORMAT[len(FORMAT_PREFIX):]):
                    message = translate(
                        "import", "{found} is not a version this program reads (it reads {format}); "
                        "update Exchange Desk to read it.")
                else:
                    message = translate("import", "{found} is not a version this program reads (it reads {format}).")
                raise self.fail("format", message.format(found=safe(repr(fmt)), format=FORMAT))
            raise self.fail("format", translate("import", "must be {format!r}, not {value}.").format(
                format=FORMAT, value=_show(fmt)))
        self.version = int(fmt[len(FORMAT_PREFIX):])
        self.obj(top_level, doc, spec.TOP.names(self.version))
        self.timestamp("exported_at", doc.get("exported_at"))
        seals, certificates = self.seals(doc.get("seals")), self.certificates(doc.get("certificates"))
        rounds = doc.get("rounds")
        if rounds is None:
            raise self.fail("rounds", translate("import", "missing; expected a list of rounds."))
        if not isinstance(rounds, list):
            raise self.fail("rounds", translate("import", "must be a list of rounds, not {value}.").format(
                value=_show(rounds)))
        if len(rounds) > MAX_ROUNDS:
            raise self.fail("rounds", translate(
                "import", "has {count} rounds; at most {maximum} are allowed in one file."
            ).format(count=format_number(len(rounds)), maximum=format_number(MAX_ROUNDS)))
        out = ParsedFile()
        seen: dict[uuid.UUID, int] = {}
        for i, raw in enumerate(rounds):
            where = f"rounds[{i}]"
            parsed = self.round(where, raw)
            # The file's objects for this round are done with: let them go
            # as the rounds are read (a large file holds them all at once).
            rounds[i] = None
            del raw
            if parsed.id in seen:
                raise self.fail(f"{where}.id", translate("import", "{round_id} is also the id of {other_place}.").format(
                    round_id=parsed.id, other_place=f"rounds[{seen[parsed.id]}]"))
            seen[parsed.id] = i
            out.append(ParsedRound(
                parsed, f"{self.file}: {where}", frozenset(self._stated_affiliations),
                frozenset(self._stated_exhaustive), self.file, self._history, self._sign_offs, seals, certificates,
                stated_stages=frozenset(self._stated_stages), stated_fields=frozenset(self._stated_fields),
            ))
        out.removed = self.removed(doc.get("removed"), seen, seals, certificates)
        return out

    def round(self, where: str, raw: object) -> RoundDoc:
        self._stated_affiliations: set[str] = set()
        self._stated_exhaustive: set[str] = set()
        self._stated_stages: set[str] = set()
        r = self.obj(where, raw, spec.ROUND.names(self.version))
        self._stated_fields = {k for k in ("operation", "combined") if k in r}
        for required in ("id", "title", "date", "sides"):
            if required not in r:
                raise self.fail(f"{where}.{required}", translate(
                    "import", "missing; every round needs an id, a title, a date and its sides."))
        rid = self.uuid(f"{where}.id", r["id"])
        title = self.text(f"{where}.title", r["title"], max_len=TITLE_MAX, name_like=True)
        day = self.date(f"{where}.date", r["date"])
        location = self.text(f"{where}.location", r.get("location"), max_len=LOCATION_MAX, required=False, name_like=True) or None
        notes = self.text(f"{where}.notes", r.get("notes"), max_len=NOTES_MAX, multiline=True, required=False) or None
        operation = None if r.get("operation") is None else self.name(f"{where}.operation", r["operation"])
        status = None if r.get("status") is None else self.enum(f"{where}.status", r["status"], RoundStatus)
        sides = self.names(f"{where}.sides", r["sides"], limit=MAX_PARTIES, minimum=2)
        third = self.names(f"{where}.third_parties", r.get("third_parties"), limit=MAX_PARTIES)
        mediators = self.names(f"{where}.mediators", r.get("mediators"), limit=MAX_PARTIES)
        validity.parties(f"{where}.", sides, third, mediators)
        parties = set(sides) | set(third)
        round_parties = parties | set(mediators)

        sources = self.sources(f"{where}.sources", r.get("sources"), round_parties)
        validity.stage_needs_operation(f"{where}.", sources, operation)
        sets = self.category_sets(f"{where}.category_sets", r.get("category_sets"))
        declared_sources = {s.name for s in sources}
        self._tombstones: list[FigureDoc] = []
        figures = self.figures(f"{where}.figures", r.get("figures"), parties, sets)
        validity.parts_acyclic(f"{where}.figures", figures)
        together = self.combined(f"{where}.combined", r.get("combined"), parties)
        self._history = self.history(f"{where}.history", r.get("history"), rid)
        self._sign_offs = self.sign_offs(f"{where}.sign_offs", r.get("sign_offs"))
        extra = [SourceDoc(f.source) for f in (*figures, *self._tombstones, *together)
                 if f.source not in declared_sources]
        if extra:
            seen: set[str] = set()
            unique = []
            for s in extra:
                if s.name not in seen:
                    seen.add(s.name)
                    unique.append(s)
            sources = sources + tuple(unique)
        validity.sources_look_distinct(f"{where}.", len(declared_sources), sources, [*figures, *self._tombstones],
                                       together)
        validity.distinct_looks(lambda i: f"{where}.category_sets[{i}].name", list(sets))
        return RoundDoc(
            id=rid, title=title or "", date=day, sides=sides, location=location, notes=notes,
            third_parties=third, mediators=mediators, status=status, sources=sources, operation=operation,
            combined=together,
            category_sets=tuple(sets.values()), figures=tuple(figures), tombstones=tuple(self._tombstones),
        )

    def sources(self, where: str, value: object, round_parties: set[str]) -> tuple[SourceDoc, ...]:
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.fail(where, translate("import", "must be a list of sources, not {value}.").format(
                value=_show(value)))
        if len(value) > MAX_SOURCES:
            raise self.fail(where, translate("import", "has {count} sources; at most {maximum} are allowed.").format(
                count=format_number(len(value)), maximum=MAX_SOURCES))
        out: list[SourceDoc] = []
        names: set[str] = set()
        for i, raw in enumerate(value):
            w = f"{where}[{i}]"
            s = self.obj(w, raw, spec.SOURCE.names(self.version))
            if "name" not in s:
                raise self.fail(f"{w}.name", translate("import", "missing; every source needs a name."))
            name = self.name(f"{w}.name", s["name"])
            if name in names:
                raise self.fail(f"{w}.name", translate("import", "the source {name!r} is declared twice.").format(
                    name=name))
            names.add(name)
            stated = s.get("affiliation") is not None
            affiliation = self.name(f"{w}.affiliation", s["affiliation"]) if stated else "unknown"
            if stated:
                self._stated_affiliations.add(name)
            affiliation = validity.affiliation(f"{w}.affiliation", affiliation, round_parties)
            stage = Stage.DELIVERED
            if s.get("stage") is not None:
                stage = self.enum(f"{w}.stage", s["stage"], Stage)
                self._stated_stages.add(name)
            out.append(SourceDoc(name, affiliation, stage))
        return tuple(out)

    def category_sets(self, where: str, value: object) -> dict[str, CategorySetDoc]:
        if value is None:
            return {}
        if not isinstance(value, list):
            raise self.fail(where, translate("import", "must be a list of category sets, not {value}.").format(
                value=_show(value)))
        if len(value) > MAX_CATEGORY_SETS:
            raise self.fail(where, translate("import", "has {count} category sets; at most {maximum} are allowed.").format(
                count=format_number(len(value)), maximum=MAX_CATEGORY_SETS))
        out: dict[str, CategorySetDoc] = {}
        for i, raw in enumerate(value):
            w = f"{where}[{i}]"
            s = self.obj(w, raw, SET_FIELDS)
            if "name" not in s:
                raise self.fail(f"{w}.name", translate("import", "missing; every category set needs a name."))
            name = self.name(f"{w}.name", s["name"])
            if name in out:
                raise self.fail(f"{w}.name", translate("import", "the category set {name!r} is declared twice.").format(
                    name=name))
            exhaustive = False
            if s.get("exhaustive") is not None:
                exhaustive = self.boolean(f"{w}.exhaustive", s["exhaustive"])
                self._stated_exhaustive.add(name)
            categories = self.names(f"{w}.categories", s.get("categories"), limit=MAX_CATEGORIES)
            out[name] = CategorySetDoc(name, exhaustive, categories)
        return out

    def figures(
        self, where: str, value: object, parties: set[str], sets: dict[str, CategorySetDoc],
    ) -> list[FigureDoc]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(where, translate("import", "must be a list of figures, not {value}.").format(
                value=_show(value)))
        if len(value) > MAX_FIGURES_PER_ROUND:
            raise self.fail(where, translate(
                "import", "has {count} figures; at most {maximum} are allowed in one round."
            ).format(count=format_number(len(value)), maximum=format_number(MAX_FIGURES_PER_ROUND)))
        out: list[FigureDoc] = []
        slots: dict[tuple, int] = {}
        revs: dict[str, int] = {}
        categories = {name: set(s.categories) for name, s in sets.items()}
        movements: dict[tuple, Movement] = {}
        names = self._names
        kinds = _MEMBERS[MovementKind]
        qualifiers = _MEMBERS[Qualifier]
        bad_text = validity.BAD_ONE_LINE.search
        for i, f in enumerate(value):
            # The common case, checked inline: every name already validated,
            # plain values. Anything else takes the detailed path below,
            # which gives the precise message (or accepts and remembers).
            try:
                if type(f) is not dict or not f.keys() <= _FAST_FIGURE_FIELDS:
                    raise LookupError
                src = names[f["from"]]
                dst = names[f["to"]]
                source = names[f["source"]]
                kind = kinds[f["kind"]]
                count = f["count"]
                if (src not in parties or dst not in parties or src == dst
                        or type(count) is not int or not 0 <= count <= MAX_COUNT):
                    raise LookupError
                q = f.get("qualifier")
                qualifier = Qualifier.EXACT if q is None else qualifiers[q]
                cset = f.get("category_set")
                cat = f.get("category")
                if cset is not None or cat is not None:
                    cset = names[cset]
                    cat = names[cat]
                    if cat not in categories[cset]:
                        raise LookupError
                citation = f.get("citation")
                if citation is not None:
                    if type(citation) is not str or len(citation) > CITATION_MAX or bad_text(citation):
                        raise LookupError
                    citation = citation or None
                note = entered_by = entered_at = revision = part_of = None
            except (LookupError, TypeError):
                w = f"{where}[{i}]"
                (src, dst, kind, source, cset, cat, count, qualifier, citation, note,
                 entered_by, entered_at, part_of) = self.figure(w, f, parties, categories)
                revision = self.revision(w, f) if self.version >= 2 else None
                if revision is not None:
                    if revision.rev in revs:
                        raise self.fail(f"{w}.rev", translate(
                            "import", "is also the rev of {other_place}; each figure's revisions are its own."
                        ).format(other_place=f"figures[{revs[revision.rev]}]"))
                    revs[revision.rev] = i
            mkey = (src, dst, kind)
            movement = movements.get(mkey)
            if movement is None:
                movement = movements[mkey] = Movement(src, dst, kind)
            slot = (movement, source, cset, cat)
            if slot in slots:
                raise self.fail(f"{where}[{i}]", translate(
                    "import", "repeats {other_place} (the same movement, source and category); "
                    "a source gives one figure per movement and category."
                ).format(other_place=f"figures[{slots[slot]}]"))
            slots[slot] = i
            figure = FigureDoc(
                movement=movement, source=source, count=count, qualifier=qualifier,
                category_set=cset, category=cat, citation=citation, note=note,
                entered_by=entered_by, entered_at=entered_at, revision=revision, part_of=part_of,
            )
            (self._tombstones if revision is not None and revision.deleted_at is not None else out).append(figure)
        return out

    def revision(self, w: str, f: dict) -> Revision | None:
        """Version 2: which revision a figure is, and who made it when."""
        if "rev" not in f:
            for field in ("history", "deleted_at", "conflicts", "changed_by", "changed_at"):
                if field in f:
                    raise self.fail(f"{w}.rev", translate("import", "missing; a figure with {field} needs its rev.").format(
                        field=field))
            return None
        rev = str(self.uuid(f"{w}.rev", f["rev"]))
        ids = tuple(self.revision_ids(f"{w}.history", f.get("history")))
        if rev in ids:
            raise self.fail(f"{w}.history", translate("import", "names the figure's own rev {rev}.").format(rev=rev))
        if ("changed_by" in f) != ("changed_at" in f):
            missing = "changed_at" if "changed_by" in f else "changed_by"
            raise self.fail(f"{w}.{missing}", translate("import", "missing; changed_by and changed_at go together."))
        # Never changed since entered: entered_by and entered_at say who and when.
        by_field = "changed_by" if "changed_by" in f else "entered_by"
        at_field = "changed_at" if "changed_at" in f else "entered_at"
        changed_by = self.text(f"{w}.{by_field}", f.get(by_field), max_len=ACTOR_MAX, name_like=True)
        changed_at = self.timestamp(f"{w}.{at_field}", f.get(at_field))
        if changed_at is None:
            raise self.fail(f"{w}.changed_at", translate("import", "missing; a figure with a rev says when it was changed."))
        deleted_at = self.timestamp(f"{w}.deleted_at", f.get("deleted_at"))
        conflicts = f.get("conflicts") or []
        if not isinstance(conflicts, list) or len(conflicts) > MAX_HISTORY:
            raise self.fail(f"{w}.conflicts", translate("import", "must be a list of the other sides of merge conflicts."))
        sides = tuple(self.conflict_side(f"{w}.conflicts[{j}]", c) for j, c in enumerate(conflicts))
        for j, side in enumerate(sides):
            if side["rev"] == rev or side["rev"] in {other["rev"] for other in sides[:j]}:
                raise self.fail(f"{w}.conflicts[{j}].rev", translate(
                    "import", "names a revision already named for this figure ({rev}).").format(rev=side["rev"]))
        return Revision(rev, ids, changed_by, changed_at, deleted_at, sides)

    def conflict_side(self, w: str, raw: object) -> dict:
        """The losing side of a merge conflict, as another laptop holds it."""
        c = self.obj(w, raw, spec.CONFLICT.names(self.version))
        changed_at = self.timestamp(f"{w}.changed_at", c.get("changed_at"))
        if changed_at is None:
            raise self.fail(f"{w}.changed_at", translate("import", "missing; a figure with a rev says when it was changed."))
        return {
            "count": self.count(f"{w}.count", c.get("count")),
            "qualifier": self.enum(f"{w}.qualifier", c.get("qualifier", "exact"), Qualifier).value,
            "citation": self.text(f"{w}.citation", c.get("citation"), max_len=CITATION_MAX, required=False) or None,
            "note": self.text(f"{w}.note", c.get("note"), max_len=NOTE_MAX, multiline=True, required=False) or None,
            "deleted": self.boolean(f"{w}.deleted", c.get("deleted", False)),
            **({} if c.get("part_of") is None else {"part_of": self.movement(f"{w}.part_of", c["part_of"]).to_dict()}),
            "changed_by": self.text(f"{w}.changed_by", c.get("changed_by"), max_len=ACTOR_MAX, name_like=True),
            "changed_at": c["changed_at"],
            "rev": str(self.uuid(f"{w}.rev", c.get("rev"))),
            "history": self.revision_ids(f"{w}.history", c.get("history")),
        }

    def revision_ids(self, where: str, value: object) -> list[str]:
        history = value or []
        if not isinstance(history, list):
            raise self.fail(where, translate("import", "must be a list of revision ids, not {value}.").format(
                value=_show(history)))
        if len(history) > MAX_HISTORY:
            raise self.fail(where, translate("import", "has {count} revisions; at most {maximum} are allowed.").format(
                count=format_number(len(history)), maximum=format_number(MAX_HISTORY)))
        out = [str(self.uuid(f"{where}[{j}]", h)) for j, h in enumerate(history)]
        if len(set(out)) != len(out):
            j = next(j for j, rev in enumerate(out) if rev in out[:j])
            raise self.fail(f"{where}[{j}]", translate(
                "import", "names a revision already named for this figure ({rev}).").format(rev=out[j]))
        return out

    def figure(self, w: str, raw: object, parties: set[str], categories: dict[str, set[str]]) -> tuple:
        """One figure checked field by field, with a message for each fault."""
        f = self.obj(w, raw, spec.FIGURE.names(self.version))
        for required in ("from", "to", "kind", "source", "count"):
            if required not in f:
                raise self.fail(f"{w}.{required}", translate(
                    "import", "missing; every figure needs from, to, kind, source and count."))
        src = self.name(f"{w}.from", f["from"])
        dst = self.name(f"{w}.to", f["to"])
        validity.mover(f"{w}.from", src, parties)
        validity.mover(f"{w}.to", dst, parties)
        if src == dst:
            validity.not_to_itself(f"{w}.to", Movement(src, dst, MovementKind.EXCHANGE))
        kind = self.enum(f"{w}.kind", f["kind"], MovementKind)
        source = self.name(f"{w}.source", f["source"])
        cset = f.get("category_set")
        cat = f.get("category")
        if (cset is None) != (cat is None):
            missing = "category" if cat is None else "category_set"
            raise self.fail(f"{w}.{missing}", translate("import", "missing; category_set and category go together."))
        if cset is not None:
            cset = self.name(f"{w}.category_set", cset)
            cat = self.name(f"{w}.category", cat)
            validity.category(f"{w}.", cset, cat, categories)
        count = self.count(f"{w}.count", f["count"])
        qualifier = Qualifier.EXACT if f.get("qualifier") is None else self.enum(f"{w}.qualifier", f["qualifier"], Qualifier)
        citation = self.text(f"{w}.citation", f.get("citation"), max_len=CITATION_MAX, required=False) or None
        note = self.text(f"{w}.note", f.get("note"), max_len=NOTE_MAX, multiline=True, required=False) or None
        entered_by = self.text(f"{w}.entered_by", f.get("entered_by"), max_len=ACTOR_MAX, required=False, name_like=True) or None
        entered_at = self.timestamp(f"{w}.entered_at", f.get("entered_at"))
        part_of = None
        if f.get("part_of") is not None:
            part_of = self.movement(f"{w}.part_of", f["part_of"])
            validity.part_of(f"{w}.part_of", Movement(src, dst, kind), cset, part_of, parties)
        return (src, dst, kind, source, cset, cat, count, qualifier, citation, note, entered_by, entered_at, part_of)

    def movement(self, w: str, raw: object) -> Movement:
        """A movement named by its parties and kind (version 4: "of which")."""
        m = self.obj(w, raw, spec.MOVEMENT.names())
        for required in spec.MOVEMENT.required():
            if required not in m:
                raise self.fail(f"{w}.{required}", translate("import", "missing."))
        return Movement(self.name(f"{w}.from", m["from"]), self.name(f"{w}.to", m["to"]),
                        self.enum(f"{w}.kind", m["kind"], MovementKind))

    def combined(self, where: str, value: object, movers: set[str]) -> tuple[CombinedDoc, ...]:
        """Version 5: figures a source gives for several movements together."""
        out = []
        for i, raw in enumerate(self.listing(where, value, validity.MAX_COMBINED)):
            w = f"{where}[{i}]"
            c = self.obj(w, raw, spec.COMBINED.names(self.version))
            for required in spec.COMBINED.required():
                if required not in c:
                    raise self.fail(f"{w}.{required}", translate("import", "missing."))
            movements = self.listing(f"{w}.movements", c["movements"], validity.MAX_COMBINED_MOVEMENTS)
            qualifier = Qualifier.EXACT if c.get("qualifier") is None else self.enum(
                f"{w}.qualifier", c["qualifier"], Qualifier)
            out.append(CombinedDoc(
                self.name(f"{w}.source", c["source"]),
                tuple(self.movement(f"{w}.movements[{j}]", m) for j, m in enumerate(movements)),
                self.count(f"{w}.count", c["count"]), qualifier,
                self.text(f"{w}.citation", c.get("citation"), max_len=CITATION_MAX, required=False) or None,
                self.text(f"{w}.note", c.get("note"), max_len=NOTE_MAX, multiline=True, required=False) or None,
            ))
        return validity.combined(f"{where}", out, movers)

    # version 3: supervision

    def listing(self, where: str, value: object, limit: int) -> list:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(where, translate("import", "must be a list, not {value}.").format(value=_show(value)))
        if len(value) > limit:
            raise self.fail(where, translate("import", "has {count} items; at most {maximum} are allowed.").format(
                count=format_number(len(value)), maximum=format_number(limit)))
        return value

    def fixed(self, where: str, value: object, obj: spec.Obj) -> dict:
        """An object whose fields are plain text (the seals' and entries')."""
        o = self.obj(where, value, obj.names())
        for n, f in obj.fields.items():
            v = o.get(n)
            if v is None:
                if f.required:
                    raise self.fail(f"{where}.{n}", translate("import", "missing."))
                continue
            kind = f.schema.get("type")
            if kind == "string" and not isinstance(v, str):
                raise self.fail(f"{where}.{n}", translate("import", "must be text, not {value}.").format(
                    value=_show(v)))
            if kind == "integer" and type(v) is not int:
                raise self.fail(f"{where}.{n}", translate("import", "must be a whole number, not {value}.").format(
                    value=_show(v)))
            lone = _SURROGATE.search(v) if kind == "string" else None
            if lone:
                raise self.fail(f"{where}.{n}", translate(
                    "import", "contains an unpaired surrogate U+{code} at position {position}.").format(
                    code=f"{ord(lone.group()):04X}", position=lone.start() + 1))
            if kind == "string" and len(v) > f.schema.get("maxLength", len(v)):
                raise self.fail(f"{where}.{n}", translate(
                    "import", "is {length} characters long; at most {maximum} are allowed.").format(
                    length=format_number(len(v)), maximum=format_number(f.schema["maxLength"])))
            pattern = f.schema.get("pattern")
            if pattern and not re.fullmatch(pattern.strip("^$"), v):
                raise self.fail(f"{where}.{n}", translate("import", "is not in the form this field takes: {value}.")
                                .format(value=_show(v)))
        return o

    def seals(self, value: object) -> dict[str, Seal]:
        out: dict[str, Seal] = {}
        for i, raw in enumerate(self.listing("seals", value, spec.MAX_SEALS)):
            s = self.fixed(f"seals[{i}]", raw, spec.SEAL)
            out[s["id"]] = Seal(s["id"], s["key"], s["content"], s["signature"])
        return out

    def certificates(self, value: object) -> dict[str, str]:
        out: dict[str, str] = {}
        for i, raw in enumerate(self.listing("certificates", value, spec.MAX_SEALS)):
            c = self.fixed(f"certificates[{i}]", raw, spec.CERTIFICATE)
            out[c["key"]] = c["pem"]
        return out

    def history(self, where: str, value: object, rid: uuid.UUID) -> tuple[dict, ...]:
        out = []
        for i, raw in enumerate(self.listing(where, value, spec.MAX_ENTRIES_PER_ROUND)):
            w = f"{where}[{i}]"
            e = self.fixed(w, raw, spec.ENTRY)
            at = self.timestamp(f"{w}.at", e["at"])
            out.append({"at": at, "actor": e["actor"], "action": e["action"], "entity": e["entity"],
                        "entity_id": e.get("entity_id"), "round_id": rid, "before": e.get("before"),
                        "after": e.get("after"), "detail": e.get("detail"), "seal_id": e["seal"], "where": w})
        return tuple(out)

    def sign_offs(self, where: str, value: object) -> tuple[tuple[int, bytes, str], ...]:
        import base64
        import binascii

        out = []
        seen: set[int] = set()
        for i, raw in enumerate(self.listing(where, value, spec.MAX_SIGN_OFFS)):
            w = f"{where}[{i}]"
            s = self.fixed(w, raw, spec.SIGN_OFF)
            if s["amendment"] < 1 or s["amendment"] in seen:
                raise self.fail(f"{w}.amendment", translate(
                    "import", "must be a new amendment number from 1, not {value}.").format(value=s["amendment"]))
            seen.add(s["amendment"])
            try:
                pdf = base64.b64decode(s["pdf"], validate=True)
            except (binascii.Error, ValueError):
                raise self.fail(f"{w}.pdf", translate("import", "is not base64 text.")) from None
            out.append((s["amendment"], pdf, w))
        return tuple(out)

    def removed(self, value: object, rounds: dict[uuid.UUID, int], seals, certificates) -> tuple[Removal, ...]:
        out = []
        for i, raw in enumerate(self.listing("removed", value, spec.MAX_ROUNDS)):
            w = f"removed[{i}]"
            r = self.obj(w, raw, spec.REMOVED_ROUND.names())
            for required in spec.REMOVED_ROUND.required():
                if required not in r:
                    raise self.fail(f"{w}.{required}", translate("import", "missing."))
            rid = self.uuid(f"{w}.id", r["id"])
            into = self.uuid(f"{w}.merged_into", r["merged_into"])
            if rid in rounds or rid == into:
                raise self.fail(f"{w}.id", translate(
                    "import", "{round_id} is a round of this file, and cannot also be removed.").format(round_id=rid))
            history = self.history(f"{w}.history", r["history"], rid)
            merged = any(e["action"] == "merge" and e["entity"] == "round"
                         and values(e["before"]).get("into") == str(into) for e in history)
            if not merged:
                raise self.fail(f"{w}.history", translate(
                    "import", "holds no merge of round {round_id} into {other}.").format(round_id=rid, other=into))
            out.append(Removal(rid, into, f"{self.file}: {w}", history, seals, certificates, self.file))
        return tuple(out)
