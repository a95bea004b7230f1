"""A sign-off and its files are one: no signed PDF exists unless the
sign-off committed. Killed at any instant, or failing on a full disk, it
leaves either nothing signed and no PDF, or the round signed and a PDF
that verifies (written, or written again from the sign-off's record)."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.storage.sqlite import PASSPHRASE_VARIABLE, is_encrypted
from desktop.storage.sqlite import connect as open_file
from tests.conftest import PASSPHRASE
from tests.helpers.flows import ROUND, ready_for_sign_off

SIGNER = "Supervisor Sam"


def signed_off(db_file: Path) -> bool:
    """Read with the database's passphrase when it is encrypted (given to
    every process of the test in EXCHANGE_DESK_DB_PASSPHRASE)."""
    key = os.environ.get(PASSPHRASE_VARIABLE) if is_encrypted(db_file) else None
    conn = open_file(db_file, key)
    try:
        return conn.execute("SELECT count(*) FROM sign_off WHERE round_id = ?",
                            (uuid.UUID(ROUND).hex,)).fetchone()[0] == 1
    finally:
        conn.close()


def pdfs_in(*folders: Path) -> list[Path]:
    """Every file that holds a PDF, under any name (temporary ones too)."""
    found = []
    for folder in folders:
        if folder.exists():
            found += [p for p in folder.rglob("*") if p.is_file() and p.read_bytes()[:5] == b"%PDF-"]
    return found


def verifies(home: Path, pdf: Path) -> bool:
    env = dict(os.environ, EXCHANGE_DESK_HOME=str(home), EXCHANGE_DESK_KEY=SIGNER)
    env.pop("EXCHANGE_DESK_DB", None)
    done = subprocess.run([sys.executable, "-m", "desktop", "verify", str(pdf)], env=env, capture_output=True,
                          text=True, timeout=120)
    return done.returncode == 0


@pytest.mark.sqlite_only
@pytest.mark.parametrize("database", ["plain", "encrypted"])
def test_a_sign_off_killed_at_any_instant_leaves_no_pdf_of_an_unsigned_round(cli, db, keys, tmp_path, app_home,
                                                                             monkeypatch, database):
    """30 runs of `sign-off`, each killed (SIGKILL) at another instant from
    its start to past its finish: never a PDF without the sign-off on record; a round
    on record as signed has its PDF, or gets it from `report --signed`, and
    it verifies. On a plain database, and on one encrypted with SQLCipher."""
    ready_for_sign_off(cli, db)
    db.close()
    if database == "encrypted":
        monkeypatch.setenv(PASSPHRASE_VARIABLE, "sign-off database words")
        assert cli("encrypt").code == 0
        assert is_encrypted(app_home.database)
    prepared = app_home.data_dir.parent
    env = dict(os.environ, EXCHANGE_DESK_KEY=SIGNER, EXCHANGE_DESK_PASSPHRASE=PASSPHRASE)
    env.pop("EXCHANGE_DESK_DB", None)

    def run(home: Path, kill_after: float | None) -> None:
        out = home / "out"
        out.mkdir(exist_ok=True)
        child = subprocess.Popen([sys.executable, "-m", "desktop", "sign-off", ROUND[:8], "-o", str(out / "signed.pdf")],
                                 env=dict(env, EXCHANGE_DESK_HOME=str(home)), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        if kill_after is None:
            assert child.wait(120) == 0
            return
        time.sleep(kill_after)
        child.send_signal(signal.SIGKILL)
        child.wait(30)

    whole = tmp_path / "whole"
    shutil.copytree(prepared, whole)
    start = time.perf_counter()
    run(whole, None)
    duration = time.perf_counter() - start
    assert signed_off(whole / "data" / "exchange-desk.db") and verifies(whole, whole / "out" / "signed.pdf")

    outcomes = {"signed": 0, "not signed": 0}
    # Spread over half as long again as one whole run took, so that a busy
    # machine (a slower run) still sees kills on both sides of the commit.
    instants = [1.5 * duration * (i + 0.5) / 30 for i in range(30)]
    for i, instant in enumerate(instants):
        home = tmp_path / f"run-{i}"
        shutil.copytree(prepared, home)
        run(home, instant)
        found = pdfs_in(home / "out", home / "data")
        if not signed_off(home / "data" / "exchange-desk.db"):
            outcomes["not signed"] += 1
            assert found == [], f"killed after {instant:.2f} s: a PDF of an unsigned round {found}"
            continue
        outcomes["signed"] += 1
        target = home / "out" / "signed.pdf"
        if not target.exists():  # killed between the commit and the file
            monkeypatch.setenv("EXCHANGE_DESK_HOME", str(home))
            env_db = str(home / "data" / "exchange-desk.db")
            assert cli("report", ROUND[:8], "--signed", "-o", str(target), "--db", env_db).code == 0
        assert verifies(home, target), f"killed after {instant:.2f} s: the PDF does not verify"
    assert outcomes["signed"] and outcomes["not signed"], outcomes  # the kills fell on both sides of the commit


def test_a_full_disk_after_the_commit_says_so_and_the_pdf_is_written_again(cli, db, keys, tmp_path, monkeypatch):
    """The disk fills as the signed PDF is written: one sentence says the
    round is signed off and how to write its summary again; no signed file
    is left half-written; `report --signed` writes it, and it verifies."""
    import errno

    from desktop.services import signoff

    ready_for_sign_off(cli, db)
    monkeypatch.setenv("EXCHANGE_DESK_KEY", SIGNER)

    def full(data, destination):
        raise OSError(errno.ENOSPC, "No space left on device")

    real = signoff.write_output
    monkeypatch.setattr(signoff, "write_output", full)
    target = tmp_path / "signed.pdf"
    result = cli("sign-off", ROUND[:8], "-o", str(target))
    assert result.code == 2
    assert "is signed off (amendment 1), but its signed summary could not be written" in result.err
    assert "No space left on device" in result.err and "--signed -o FILE" in result.err
    assert len(result.err.strip().splitlines()) == 1 and not target.exists()
    monkeypatch.setattr(signoff, "write_output", real)  # space again
    assert cli("report", ROUND[:8], "--signed", "-o", str(target)).code == 0
    assert cli("verify", str(target)).code == 0


def test_a_sign_off_whose_commit_fails_leaves_no_file(cli, db_url, keys, tmp_path, monkeypatch, app_home):
    """The database's disk fills at the very commit of the sign-off:
    nothing signed, no PDF at the target, no kept copy (they were written
    before the commit, and stayed)."""
    from desktop.storage import database

    db = database.Database.open(database.resolve_url(db_url, app_home.database))
    ready_for_sign_off(cli, db)
    db.close()
    monkeypatch.setenv("EXCHANGE_DESK_KEY", SIGNER)
    real_open = database.Database.open

    def open_failing_at_commit(url, **kwargs):
        opened = real_open(url, **kwargs)

        @sa.event.listens_for(opened.engine, "commit")
        def full(conn):
            if conn.exec_driver_sql("SELECT count(*) FROM sign_off").scalar():
                full_disk = sqlite3.OperationalError("database or disk is full")
                full_disk.sqlite_errorcode = 13  # SQLITE_FULL
                raise sa.exc.OperationalError("COMMIT", {}, full_disk)

        return opened

    monkeypatch.setattr(database.Database, "open", staticmethod(open_failing_at_commit))
    target = tmp_path / "signed.pdf"
    result = cli("sign-off", ROUND[:8], "-o", str(target))
    assert result.code != 0 and result.err.strip() == "The disk is full; free some space and try again."
    assert not target.exists() and pdfs_in(tmp_path, app_home.data_dir) == []
