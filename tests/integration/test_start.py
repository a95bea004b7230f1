"""The real application starts in a real window (Xvfb), with no traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from tests.helpers.demo import DEMO_ROUNDS


def test_the_application_window_appears_under_xvfb(tmp_path: Path):
    """`python -m desktop` on a fresh profile: the window is shown, exit 0,
    on a new database, encrypted with the passphrase given."""
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is needed (Debian package xvfb; .ci/run installs it)"
    env = dict(os.environ, EXCHANGE_DESK_HOME=str(tmp_path / "home"), EXCHANGE_DESK_KEY="Test Coordinator",
               EXCHANGE_DESK_QUIT_AFTER_SHOW="1", QT_QPA_PLATFORM="xcb",
               EXCHANGE_DESK_DB_PASSPHRASE="the first start's words")
    env.pop("EXCHANGE_DESK_DB", None)
    env.pop("EXCHANGE_DESK_DB_PLAIN", None)
    result = subprocess.run(
        [xvfb_run, "-a", sys.executable, "-m", "desktop"], env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "window shown" in result.stdout
    assert "Traceback" not in result.stderr
    made = tmp_path / "home" / "data" / "exchange-desk.db"
    assert made.exists() and not made.read_bytes().startswith(b"SQLite format 3")


def test_a_first_start_that_no_one_can_answer_makes_no_database(tmp_path: Path):
    """Started to be measured, with no passphrase given: no dialog waits,
    one sentence says how to give it, and no file is made."""
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is needed (Debian package xvfb; .ci/run installs it)"
    env = dict(os.environ, EXCHANGE_DESK_HOME=str(tmp_path / "home"), EXCHANGE_DESK_KEY="Test Coordinator",
               EXCHANGE_DESK_QUIT_AFTER_SHOW="1", QT_QPA_PLATFORM="xcb")
    for name in ("EXCHANGE_DESK_DB", "EXCHANGE_DESK_DB_PLAIN", "EXCHANGE_DESK_DB_PASSPHRASE"):
        env.pop(name, None)
    result = subprocess.run(
        [xvfb_run, "-a", sys.executable, "-m", "desktop"], env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 2, result.stderr
    assert "a new one is encrypted: choose its passphrase in EXCHANGE_DESK_DB_PASSPHRASE" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "home" / "data" / "exchange-desk.db").exists()


def test_a_profile_with_no_key_opens_for_reading_when_measured(tmp_path: Path):
    """No key at all (a truly fresh machine), started to be measured or
    smoke-tested: the first-start dialog does not wait for anyone; the
    window opens for reading."""
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is needed (Debian package xvfb; .ci/run installs it)"
    env = dict(os.environ, EXCHANGE_DESK_HOME=str(tmp_path / "bare"), EXCHANGE_DESK_QUIT_AFTER_SHOW="1",
               QT_QPA_PLATFORM="xcb")
    for name in ("EXCHANGE_DESK_DB", "EXCHANGE_DESK_KEY", "EXCHANGE_DESK_PASSPHRASE"):
        env.pop(name, None)
    result = subprocess.run(
        [xvfb_run, "-a", sys.executable, "-m", "desktop"], env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "window shown" in result.stdout and "Traceback" not in result.stderr


def test_the_newest_rounds_show_before_the_rest_loads(tmp_path: Path):
    """On a database with rounds, the first window already lists them."""
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is needed (Debian package xvfb; .ci/run installs it)"
    env = dict(os.environ, EXCHANGE_DESK_HOME=str(tmp_path / "home"), EXCHANGE_DESK_KEY="Test Coordinator",
               EXCHANGE_DESK_QUIT_AFTER_SHOW="1", QT_QPA_PLATFORM="xcb")
    env.pop("EXCHANGE_DESK_DB", None)
    subprocess.run([sys.executable, "-m", "desktop", "demo"], env=env, check=True, capture_output=True, timeout=120)
    result = subprocess.run(
        [xvfb_run, "-a", sys.executable, "-m", "desktop"], env=env, capture_output=True, text=True, timeout=120,
    )
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stderr
    assert lines[:2] == ["window shown", lines[1]] and lines[1].startswith(f"rows shown {DEMO_ROUNDS} ")
    assert any(line.startswith("ready") for line in lines)
