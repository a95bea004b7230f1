"""A coordinator's keystrokes into the real application, in a real window
on a virtual screen (Xvfb), sent by xdotool as a keyboard sends them; what
they saved is read back through the command line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest


class Screen:
    """An Xvfb display of our own, for one test."""

    def __init__(self, display: str):
        self.display = display
        self.process = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def xdotool(self, *args: str, check: bool = True) -> str:
        done = subprocess.run(["xdotool", *args], env=dict(os.environ, DISPLAY=self.display),
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0 or not check, done.stderr
        return done.stdout

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(10)


@pytest.fixture
def screen():
    for tool in ("Xvfb", "xdotool"):
        assert shutil.which(tool), f"{tool} is needed (Debian packages xvfb, xdotool; .ci/run installs them)"
    display = f":{90 + os.getpid() % 500}"
    s = Screen(display)
    yield s
    s.close()


def run(env, *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "desktop", *args], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def until(condition, what: str, timeout: float = 30.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"gave up waiting: {what}")


def test_find_a_round_then_type_two_figures_from_the_keyboard(screen, tmp_path: Path):
    """Ctrl+F and the title select the round; Ctrl+2 puts the keyboard on the
    figures grid's first cell; 80 Tab 75 Return; both figures are stored."""
    env = dict(os.environ, EXCHANGE_DESK_HOME=str(tmp_path / "home"), EXCHANGE_DESK_KEY="Olena",
               EXCHANGE_DESK_LANG="en")
    env.pop("EXCHANGE_DESK_DB", None)
    env.pop("QT_QPA_PLATFORM", None)
    run(env, "round", "new", "--title", "Some other round", "--date", "2024-01-03", "--side", "Ukraine",
        "--side", "Russia")
    rid = run(env, "round", "new", "--title", "Exchange of 31 January 2024", "--date", "2024-01-31",
              "--side", "Ukraine", "--side", "Russia").strip()
    run(env, "source", "add", rid, "--name", "Coordination Headquarters", "--affiliation", "Ukraine")
    run(env, "source", "add", rid, "--name", "Russian Ministry of Defence", "--affiliation", "Russia")

    app = subprocess.Popen([sys.executable, "-m", "desktop"],
                           env=dict(env, DISPLAY=screen.display, QT_QPA_PLATFORM="xcb", EXCHANGE_DESK_ANNOUNCE_READY="1"),
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert app.stdout.readline().strip() == "ready", "the window says when its list is in"
        window = screen.xdotool("search", "--onlyvisible", "--name", "^Exchange Desk$").split()[-1]
        screen.xdotool("windowfocus", "--sync", window)
        # One stream of keys, as fast as a person types: the window must not
        # lose any while it reads the round on its worker.
        screen.xdotool("key", "--delay", "40", "ctrl+f")
        screen.xdotool("type", "--delay", "40", "31 January")
        screen.xdotool("key", "--delay", "40", "Return", "ctrl+2")
        screen.xdotool("type", "--delay", "40", "80")
        screen.xdotool("key", "--delay", "40", "Tab")
        screen.xdotool("type", "--delay", "40", "75")
        screen.xdotool("key", "--delay", "40", "Return")

        def figures():
            shown = json.loads(run(env, "show", rid, "--json"))
            return {f["source"]: f["count"] for f in shown["figures"]} if len(shown["figures"]) == 2 else None

        stored = until(figures, "both figures in the database")
        assert stored == {"Coordination Headquarters": 80, "Russian Ministry of Defence": 75}
        screen.xdotool("key", "ctrl+q")
        app.wait(30)
    finally:
        if app.poll() is None:
            app.kill()
    assert "Traceback" not in app.stderr.read()
