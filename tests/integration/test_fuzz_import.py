"""Hostile interchange files: random and mutated documents either import or
are refused with exit 2 and one sentence — never a traceback, never a
partial write."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers.factories import document, round_dict

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-10**7, 10**7) | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)
BASE = document(round_dict(id="0f0f0f0f-0000-4000-8000-000000000001"),
                round_dict(id="0f0f0f0f-0000-4000-8000-000000000002"))


def paths(value, prefix=()):
    """Every place in a JSON value, as a tuple of keys and indexes."""
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from paths(v, prefix + (i,))


@st.composite
def mutated_documents(draw) -> bytes:
    doc = copy.deepcopy(BASE)
    places = list(paths(doc))[1:]
    for _ in range(draw(st.integers(1, 3))):
        place = draw(st.sampled_from(places))
        parent = doc
        for key in place[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "delete", "duplicate"]))
        try:
            if action == "replace":
                parent[place[-1]] = draw(JSON)
            elif action == "delete":
                del parent[place[-1]]
            elif isinstance(parent, list):
                parent.append(copy.deepcopy(parent[place[-1]]))
        except (KeyError, IndexError, TypeError):
            pass
        places = list(paths(doc))[1:] or [()]
        if places == [()]:
            break
    text = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    if draw(st.booleans()):  # and sometimes a few raw bytes changed
        data = bytearray(text)
        for _ in range(draw(st.integers(1, 4))):
            at = draw(st.integers(0, len(data) - 1))
            data[at] = draw(st.integers(0, 255))
        text = bytes(data)
    return text


def snapshot(db_path: Path) -> list:
    with sqlite3.connect(db_path) as conn:
        return [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("exchange_round", "figure", "source", "party", "audit_entry", "round_summary")]


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=mutated_documents())
def test_mutated_files_import_or_are_refused_cleanly(cli, db_path, tmp_path, data):
    """Exit 0, or exit 2 with one sentence and nothing written."""
    path = tmp_path / "fuzz.json"
    path.write_bytes(data)
    before = snapshot(db_path)
    result = cli("import", str(path))
    assert result.code in (0, 2), result.err
    assert "Traceback" not in result.err
    if result.code == 2:
        assert len(result.err.strip().splitlines()) == 1
        assert snapshot(db_path) == before


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000) | JSON.map(lambda v: json.dumps(v).encode()))
def test_random_bytes_and_values_are_refused(cli, db_path, tmp_path, data):
    """Anything that is not an interchange document: exit 2, nothing written."""
    path = tmp_path / "random.json"
    path.write_bytes(data)
    before = snapshot(db_path)
    result = cli("import", str(path))
    assert result.code == 2, result.err
    assert snapshot(db_path) == before


def test_deeply_nested_json_is_refused(cli, tmp_path):
    """100,000 nested lists: a sentence, not a crash."""
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    result = cli("import", str(path))
    assert result.code == 2 and "Traceback" not in result.err
