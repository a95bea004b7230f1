"""Crash safety: processes killed with SIGKILL at random instants, over and
over, leave an intact database holding every action that completed and no
half of any other."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.storage import Database, resolve_url
from desktop.storage.sqlite import PASSPHRASE_VARIABLE
from desktop.storage.sqlite import connect as open_file
from desktop.storage.audit import verify_chain
from desktop.storage.tables import HISTORY as AUDIT
from tests.helpers.factories import document, round_dict, write_json

KILLS_PER_KIND = 30  # imports and edits: 60 kills in all

IMPORTER = textwrap.dedent("""
    import json, sys, uuid
    from desktop.storage import Database, resolve_url
    from desktop.services.interchange import import_files
    from tests.helpers.people import person
    db = Database.open(resolve_url(sys.argv[1], sys.argv[1]))
    template = json.load(open(sys.argv[2], encoding="utf-8"))
    n = 0
    while True:
        rounds = []
        for r in template["rounds"]:
            r = dict(r, id=str(uuid.uuid4()))
            rounds.append(r)
        path = f"{sys.argv[3]}-{n}.json"
        json.dump({"format": "exchange-desk/1", "rounds": rounds}, open(path, "w", encoding="utf-8"))
        print("start", json.dumps([r["id"] for r in rounds]), flush=True)
        import_files(db, [path], actor=person("crash test"))
        print("done", json.dumps([r["id"] for r in rounds]), flush=True)
        n += 1
""")

EDITOR = textwrap.dedent("""
    import sys, uuid
    from desktop.domain.content import Movement
    from desktop.domain.types import MovementKind
    from desktop.services import editing
    from desktop.storage import Database, resolve_url
    from tests.helpers.people import person
    db = Database.open(resolve_url(sys.argv[1], sys.argv[1]))
    rid = uuid.UUID(sys.argv[2])
    movement = Movement("Russia", "Ukraine", MovementKind.EXCHANGE)
    count = int(sys.argv[3])
    print("ready", flush=True)
    while True:
        count += 1
        editing.set_figure(db, rid, movement=movement, source="Russian Ministry of Defence", count=count,
                           actor=person("crash test"))
        print("done", count, flush=True)
""")


def run_and_kill(args: list[str], rng: random.Random) -> list[str]:
    """Start the child, let it get going, kill it at a random instant, and
    return the lines it printed."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parents[2]))
    child = subprocess.Popen([sys.executable, "-c", *args], stdout=subprocess.PIPE, text=True, env=env)
    lines = [child.stdout.readline().strip()]  # it is running: kill it from now on
    budget = rng.randint(0, 12)
    while budget > 0:
        line = child.stdout.readline().strip()
        if not line:
            break
        lines.append(line)
        budget -= 1
    os.kill(child.pid, signal.SIGKILL)
    child.wait(30)
    rest = child.stdout.read()
    lines.extend(line for line in rest.splitlines() if line)
    return lines


@pytest.fixture(params=["plain", "encrypted"])
def key(request, cli, db_path: Path, monkeypatch) -> str | None:
    """The database plain, or encrypted with SQLCipher (`encrypt`; the
    killed processes find its passphrase in the environment)."""
    if request.param == "plain":
        return None
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "crash test database words")
    assert cli("encrypt").code == 0
    return "crash test database words"


def assert_intact(db_path: Path, key: str | None = None) -> None:
    with open_file(db_path, key) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    db = Database.open(resolve_url(db_path, db_path), key=key)
    with db.engine.connect() as conn:
        breaks, _, _ = verify_chain(conn.execute(sa.select(AUDIT).order_by(AUDIT.c.seq)))
    db.close()
    assert breaks == []


def test_killed_imports_leave_every_finished_import_and_no_half(tmp_path: Path, db_path: Path, key):
    """30 kills during imports of 3 rounds each: all or nothing, every time."""
    rng = random.Random(2024)
    template = write_json(tmp_path / "template.json", document(round_dict(), round_dict(), round_dict()))
    finished: set[str] = set()
    started: list[list[str]] = []
    for kill in range(KILLS_PER_KIND):
        lines = run_and_kill([IMPORTER, str(db_path), str(template), str(tmp_path / f"f{kill}")], rng)
        for line in lines:
            kind, ids = line.split(" ", 1)
            if kind == "done":
                finished.update(json.loads(ids))
            else:
                started.append(json.loads(ids))
        assert_intact(db_path, key)
        with open_file(db_path, key) as conn:
            present = {str(uuid.UUID(r[0])) for r in conn.execute("SELECT id FROM exchange_round")}
            figures = dict(conn.execute("SELECT round_id, count(*) FROM figure GROUP BY round_id").fetchall())
        assert finished <= present
        for batch in started:
            found = [i for i in batch if i in present]
            assert found == [] or found == batch, "half an import survived"
        assert all(n == 4 for n in figures.values()), "a round lost some of its figures"
    assert len(finished) >= 3  # the test did let some imports finish


def test_killed_edits_keep_every_edit_that_returned(tmp_path: Path, db_path: Path, cli, key):
    """30 kills during figure edits (as the app's grid makes them)."""
    rng = random.Random(1991)
    r = round_dict()
    cli("import", str(write_json(tmp_path / "a.json", document(r))))
    rid = uuid.UUID(r["id"])
    current = 195
    for _ in range(KILLS_PER_KIND):
        lines = run_and_kill([EDITOR, str(db_path), str(rid), str(current)], rng)
        done = [int(line.split()[1]) for line in lines if line.startswith("done")]
        assert_intact(db_path, key)
        with open_file(db_path, key) as conn:
            (value,) = conn.execute(
                "SELECT f.count FROM figure f JOIN source s ON s.id = f.source_id JOIN movement m "
                "ON m.id = f.movement_id JOIN party p ON p.id = m.to_party_id WHERE f.round_id = ? AND "
                "s.name = 'Russian Ministry of Defence' AND p.name = 'Ukraine'", (rid.hex,)).fetchone()
            (logged,) = conn.execute(
                "SELECT count(*) FROM audit_entry WHERE entity = 'figure' AND action = 'update'").fetchone()
        last_done = done[-1] if done else current
        # Every edit that returned is there; at most the one in flight more.
        assert last_done <= value <= last_done + 1
        assert logged == value - 195, "an edit without its history entry, or the reverse"
        current = value
