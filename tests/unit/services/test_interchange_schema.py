"""The interchange format is defined once (`interchange.spec`): the JSON
Schema published in docs/ is made from it, and the reader and the schema
agree on what is a file — what one accepts the other accepts, what one
refuses the other refuses."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import jsonschema
import pytest

from desktop.services.errors import UserError
from desktop.services.interchange.parse import parse_bytes
from desktop.services.interchange.spec import schema_text
from tests.helpers.factories import document, round_dict

PUBLISHED = Path(__file__).parents[3] / "docs" / "interchange.schema.json"


def test_the_published_schema_is_the_one_the_reader_is_made_from():
    if os.environ.get("EXCHANGE_DESK_WRITE_SCHEMA") == "1":
        PUBLISHED.write_text(schema_text(), encoding="utf-8")
    assert PUBLISHED.read_text(encoding="utf-8") == schema_text(), (
        "docs/interchange.schema.json is out of date: run the tests once with EXCHANGE_DESK_WRITE_SCHEMA=1")


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(PUBLISHED.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def reader_accepts(value: dict) -> bool:
    try:
        parse_bytes(json.dumps(value, ensure_ascii=False).encode("utf-8"), "f.json")
    except UserError:
        return False
    return True


def good() -> dict:
    value = document(round_dict(), round_dict(location="Istanbul", notes="Line 1\nline 2", status="in_review"))
    value["format"] = "exchange-desk/3"
    return value


def test_an_exported_file_with_signed_rounds_is_valid(cli, db, tmp_path, validator):
    from tests.helpers.flows import ROUND, ready_for_sign_off

    ready_for_sign_off(cli, db)
    assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s.pdf")).code == 0
    assert cli("export", str(tmp_path / "all.json")).code == 0
    value = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert any(r.get("sign_offs") for r in value["rounds"]) and value["seals"]
    assert not list(validator.iter_errors(value))
    assert reader_accepts(value)


def _set(path: str, new):
    def change(value: dict) -> None:
        *head, last = path.split(".")
        target = value
        for part in head:
            target = target[int(part)] if part.isdigit() else target[part]
        if new is _DELETE:
            del target[int(last) if last.isdigit() else last]
        else:
            target[int(last) if last.isdigit() else last] = new
    return change


_DELETE = object()

#: Each a file the format does not allow, found by both.
REFUSED = {
    "unknown top field": _set("extra", 1),
    "unknown round field": _set("rounds.0.colour", "red"),
    "no rounds": _set("rounds", _DELETE),
    "rounds not a list": _set("rounds", {}),
    "another format": _set("format", "exchange-desk/9"),
    "round without id": _set("rounds.0.id", _DELETE),
    "id not a uuid": _set("rounds.0.id", "round-1"),
    "date not a date": _set("rounds.0.date", "31.01.2024"),
    "one side": _set("rounds.0.sides", ["Ukraine"]),
    "side not text": _set("rounds.0.sides", ["Ukraine", 7]),
    "title too long": _set("rounds.0.title", "x" * 301),
    "status unknown": _set("rounds.0.status", "approved"),
    "count negative": _set("rounds.0.figures.0.count", -5),
    "count text": _set("rounds.0.figures.0.count", "195"),
    "count too big": _set("rounds.0.figures.0.count", 1_000_001),
    "kind unknown": _set("rounds.0.figures.0.kind", "swap"),
    "figure without source": _set("rounds.0.figures.0.source", _DELETE),
    "category without its set": _set("rounds.0.figures.3.category_set", _DELETE),
    "unknown figure field": _set("rounds.0.figures.0.weight", 3),
    "qualifier unknown": _set("rounds.0.figures.0.qualifier", "roughly"),
    "exhaustive not a boolean": _set("rounds.0.category_sets.0.exhaustive", "yes"),
    "history entry without seal": _set("rounds.0.history", [{"at": "2024-01-31T10:00:00Z", "actor": "A",
                                                               "action": "create", "entity": "round"}]),
    "seal id not a digest": _set("seals", [{"id": "x", "key": "0" * 64, "content": "{}", "signature": "AA=="}]),
    "sign-off without its summary": _set("rounds.0.sign_offs", [{"amendment": 1}]),
    "sign-off amendment zero": _set("rounds.0.sign_offs", [{"amendment": 0, "pdf": "AA=="}]),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_what_the_format_refuses_both_refuse(name, validator):
    value = copy.deepcopy(good())
    assert not list(validator.iter_errors(value)) and reader_accepts(value)
    REFUSED[name](value)
    assert list(validator.iter_errors(value)), f"the schema accepts a file with {name}"
    assert not reader_accepts(value), f"the reader accepts a file with {name}"


@pytest.mark.parametrize("version", ["exchange-desk/1", "exchange-desk/2", "exchange-desk/3", "exchange-desk/4"])
def test_every_version_read_is_valid(version, validator):
    value = good()
    value["format"] = version
    assert not list(validator.iter_errors(value)) and reader_accepts(value)
