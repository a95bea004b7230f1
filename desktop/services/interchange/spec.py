"""The interchange format, defined once: every object, its fields, which
are required, their types and limits. The reader (`parse`) takes its field
lists, required fields, choices and limits from here, and the JSON Schema
published in `docs/interchange.schema.json` is made from here
(`schema_text()`; `tests/unit/services/test_interchange_schema.py` holds
the two together and, with EXCHANGE_DESK_WRITE_SCHEMA=1, writes it). What a schema cannot say (a figure's
parties must be the round's, a sign-off's seal must verify) the reader
checks and `docs/interchange.md` describes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from desktop.domain.tables import (
    ACTOR_MAX,
    CITATION_MAX,
    LOCATION_MAX,
    NAME_MAX,
    NOTE_MAX,
    NOTES_MAX,
    TITLE_MAX,
)
from desktop.domain.types import MAX_COUNT, MovementKind, Qualifier, RoundStatus, Stage
from desktop.domain.validity import (
    MAX_CATEGORIES,
    MAX_CATEGORY_SETS,
    MAX_COMBINED,
    MAX_COMBINED_MOVEMENTS,
    MAX_FIGURES_PER_ROUND,
    MAX_PARTIES,
    MAX_SOURCES,
)

#: What this program writes; it reads this and every earlier version.
FORMAT = "exchange-desk/5"
READS = ("exchange-desk/1", "exchange-desk/2", "exchange-desk/3", "exchange-desk/4", "exchange-desk/5")
FORMAT_PREFIX = "exchange-desk/"

#: Refuse before reading: no real file comes near these.
MAX_ROUNDS = 1_000_000
MAX_HISTORY = 10_000
MAX_ENTRIES_PER_ROUND = 200_000
MAX_SIGN_OFFS = 1_000
MAX_SEALS = 1_000_000
#: A signed summary travels whole (base64): at most this many bytes.
MAX_PDF_BYTES = 20 * 1024 * 1024
#: A seal's signed text: per round a digest, for an action that touched
#: many rounds (an import of a whole year).
MAX_SEAL_CONTENT = 200 * 1024 * 1024
MAX_PEM = 20_000
MAX_ENTRY_VALUES = 10_000_000

UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
SHA256_PATTERN = "^[0-9a-f]{64}$"


@dataclass(frozen=True)
class F:
    """One field: its JSON type and limits (a schema fragment), required or
    not, and since which version of the format."""

    schema: dict
    required: bool = False
    since: int = 1
    nullable: bool = False


@dataclass(frozen=True)
class Obj:
    fields: dict[str, F]
    title: str = ""
    extra: dict = field(default_factory=dict)

    def names(self, version: int = 5) -> frozenset[str]:
        return frozenset(n for n, f in self.fields.items() if f.since <= version)

    def required(self) -> tuple[str, ...]:
        return tuple(n for n, f in self.fields.items() if f.required)


def text(max_len: int) -> dict:
    return {"type": "string", "maxLength": max_len}


def name() -> dict:
    return {"type": "string", "maxLength": NAME_MAX, "minLength": 1}


def names(limit: int, minimum: int = 0) -> dict:
    out = {"type": "array", "items": {"$ref": "#/$defs/name"}, "maxItems": limit}
    if minimum:
        out["minItems"] = minimum
    return out


def choice(cls) -> dict:
    return {"enum": [m.value for m in cls]}


def ref(what: str) -> dict:
    return {"$ref": f"#/$defs/{what}"}


def items(what: str, limit: int) -> dict:
    return {"type": "array", "items": ref(what), "maxItems": limit}


TIME = {"type": "string", "format": "date-time", "maxLength": 40}
UUID = {"type": "string", "pattern": UUID_PATTERN}
COUNT = {"type": "integer", "minimum": 0, "maximum": MAX_COUNT}
REVISIONS = {"type": "array", "items": UUID, "maxItems": MAX_HISTORY, "uniqueItems": True}

TOP = Obj({
    "format": F({"enum": list(READS)}, required=True),
    "exported_at": F(TIME, nullable=True),
    "rounds": F(items("round", MAX_ROUNDS), required=True),
    "seals": F(items("seal", MAX_SEALS), since=3),
    "certificates": F(items("certificate", MAX_SEALS), since=3),
    "removed": F(items("removed_round", MAX_ROUNDS), since=3),
}, "An Exchange Desk interchange file")

ROUND = Obj({
    "id": F(UUID, required=True),
    "title": F({**text(TITLE_MAX), "minLength": 1}, required=True),
    "date": F({"type": "string", "pattern": DATE_PATTERN}, required=True),
    "sides": F(names(MAX_PARTIES, 2), required=True),
    "location": F(text(LOCATION_MAX), nullable=True),
    "notes": F(text(NOTES_MAX), nullable=True),
    "third_parties": F(names(MAX_PARTIES), nullable=True),
    "mediators": F(names(MAX_PARTIES), nullable=True),
    "status": F(choice(RoundStatus), nullable=True),
    "sources": F(items("source", MAX_SOURCES), nullable=True),
    "category_sets": F(items("category_set", MAX_CATEGORY_SETS), nullable=True),
    "figures": F(items("figure", MAX_FIGURES_PER_ROUND), nullable=True),
    "history": F(items("entry", MAX_ENTRIES_PER_ROUND), since=3),
    "sign_offs": F(items("sign_off", MAX_SIGN_OFFS), since=3),
    "operation": F(ref("name"), since=5, nullable=True),
    "combined": F(items("combined", MAX_COMBINED), since=5, nullable=True),
}, "A round")

SOURCE = Obj({
    "name": F(ref("name"), required=True),
    "affiliation": F(ref("name"), nullable=True),
    "stage": F(choice(Stage), since=5, nullable=True),
}, "A source of figures")

CATEGORY_SET = Obj({
    "name": F(ref("name"), required=True),
    "exhaustive": F({"type": "boolean"}, nullable=True),
    "categories": F(names(MAX_CATEGORIES), nullable=True),
}, "A set of categories")

MOVEMENT = Obj({
    "from": F(ref("name"), required=True),
    "to": F(ref("name"), required=True),
    "kind": F(choice(MovementKind), required=True),
}, "A movement of the round, by its parties and kind")

FIGURE = Obj({
    "from": F(ref("name"), required=True),
    "to": F(ref("name"), required=True),
    "kind": F(choice(MovementKind), required=True),
    "source": F(ref("name"), required=True),
    "count": F(COUNT, required=True),
    "category_set": F(ref("name"), nullable=True),
    "category": F(ref("name"), nullable=True),
    "qualifier": F(choice(Qualifier), nullable=True),
    "citation": F(text(CITATION_MAX), nullable=True),
    "note": F(text(NOTE_MAX), nullable=True),
    "entered_by": F(text(ACTOR_MAX), nullable=True),
    "entered_at": F(TIME, nullable=True),
    "rev": F(UUID, since=2),
    "history": F(REVISIONS, since=2),
    "changed_by": F(text(ACTOR_MAX), since=2),
    "changed_at": F(TIME, since=2),
    "deleted_at": F(TIME, since=2, nullable=True),
    "conflicts": F(items("conflict", MAX_HISTORY), since=2),
    "part_of": F(ref("movement"), since=4, nullable=True),
}, "A source's figure for a movement (and a category)")

COMBINED = Obj({
    "source": F(ref("name"), required=True),
    "movements": F({"type": "array", "items": ref("movement"), "minItems": 2, "maxItems": MAX_COMBINED_MOVEMENTS},
                   required=True),
    "count": F(COUNT, required=True),
    "qualifier": F(choice(Qualifier)),
    "citation": F(text(CITATION_MAX), nullable=True),
    "note": F(text(NOTE_MAX), nullable=True),
}, "One number a source gives for several movements of the round together")

CONFLICT = Obj({
    "rev": F(UUID, required=True),
    "history": F(REVISIONS),
    "count": F(COUNT, required=True),
    "qualifier": F(choice(Qualifier)),
    "citation": F(text(CITATION_MAX), nullable=True),
    "note": F(text(NOTE_MAX), nullable=True),
    "deleted": F({"type": "boolean"}),
    "part_of": F(ref("movement"), since=4, nullable=True),
    "changed_by": F(text(ACTOR_MAX), required=True),
    "changed_at": F(TIME, required=True),
}, "The other side of an open merge conflict")

ENTRY = Obj({
    "seal": F({"type": "string", "pattern": SHA256_PATTERN}, required=True),
    "at": F(TIME, required=True),
    "actor": F(text(ACTOR_MAX), required=True),
    "action": F(text(40), required=True),
    "entity": F(text(40), required=True),
    "entity_id": F(text(80), nullable=True),
    "before": F(text(MAX_ENTRY_VALUES), nullable=True),
    "after": F(text(MAX_ENTRY_VALUES), nullable=True),
    "detail": F(text(NOTE_MAX), nullable=True),
}, "A sealed entry of the round's history")

SIGN_OFF = Obj({
    "amendment": F({"type": "integer", "minimum": 1, "maximum": MAX_SIGN_OFFS}, required=True),
    "pdf": F({"type": "string", "contentEncoding": "base64", "maxLength": MAX_PDF_BYTES * 4 // 3 + 4},
             required=True),
}, "A signed summary, as it was signed")

SEAL = Obj({
    "id": F({"type": "string", "pattern": SHA256_PATTERN}, required=True),
    "key": F({"type": "string", "pattern": SHA256_PATTERN}, required=True),
    "content": F(text(MAX_SEAL_CONTENT), required=True),
    "signature": F({"type": "string", "contentEncoding": "base64", "maxLength": 4096}, required=True),
}, "One action's entries, signed by the key of the person who acted")

CERTIFICATE = Obj({
    "key": F({"type": "string", "pattern": SHA256_PATTERN}, required=True),
    "pem": F(text(MAX_PEM), required=True),
}, "The certificate of a key that sealed entries")

REMOVED_ROUND = Obj({
    "id": F(UUID, required=True),
    "merged_into": F(UUID, required=True),
    "history": F(items("entry", MAX_ENTRIES_PER_ROUND), required=True),
}, "A round merged into another as a duplicate (a tombstone), with its sealed history")

OBJECTS = {"round": ROUND, "source": SOURCE, "category_set": CATEGORY_SET, "movement": MOVEMENT, "figure": FIGURE,
           "combined": COMBINED, "conflict": CONFLICT, "entry": ENTRY, "sign_off": SIGN_OFF, "seal": SEAL, "certificate": CERTIFICATE,
           "removed_round": REMOVED_ROUND}


def _object_schema(obj: Obj) -> dict:
    props = {}
    for n, f in obj.fields.items():
        schema = dict(f.schema)
        if f.nullable:
            schema = {"anyOf": [schema, {"type": "null"}]}
        props[n] = schema
    out = {"type": "object", "title": obj.title, "properties": props, "additionalProperties": False}
    if obj.required():
        out["required"] = list(obj.required())
    return out


def json_schema() -> dict:
    """The JSON Schema (2020-12) of the files this program reads."""
    defs = {"name": name(), **{k: _object_schema(v) for k, v in OBJECTS.items()}}
    defs["figure"]["dependentRequired"] = {
        "category_set": ["category"], "category": ["category_set"], "changed_by": ["changed_at", "rev"],
        "changed_at": ["changed_by", "rev"], "history": ["rev"], "deleted_at": ["rev"], "conflicts": ["rev"]}
    top = _object_schema(TOP)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://exchange-desk.example/interchange.schema.json", **top, "$defs": defs}


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"

