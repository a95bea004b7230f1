"""GUI benchmarks: time to a visible window against a bare PySide6
QMainWindow, under one Xvfb server; and the rounds list's filter per
keystroke on a large database."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time

from benchmarks.people import bench_env
from pathlib import Path

BARE_WINDOW = r"""
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication([])
w = QMainWindow()
w.resize(1280, 800)
w.show()
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return line.split()[1]
QTimer.singleShot(0, lambda: (print(f"window shown rss_kb={rss()}", flush=True), w.close(), app.quit()))
app.exec()
"""


class Xvfb:
    """One virtual screen for every run, so its start is not timed."""

    def __init__(self, display: str = ":77"):
        self.display = display
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Xvfb:
        if shutil.which("Xvfb") is None:
            raise RuntimeError("Xvfb is not installed (Debian package xvfb)")
        self.process = subprocess.Popen(["Xvfb", self.display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.0)
        return self

    def __exit__(self, *exc) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)


def time_lines(cmd: list[str], env: dict[str, str], marks: tuple[str, ...]) -> dict[str, float]:
    """Seconds from launch until the program prints each mark."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    seen: dict[str, float] = {}
    for line in child.stdout:
        for mark in marks:
            if line.startswith(mark) and mark not in seen:
                seen[mark] = time.perf_counter() - start
                if "rss_kb=" in line:
                    seen[f"{mark} rss"] = int(line.rsplit("rss_kb=", 1)[1]) / 1024
    child.wait(120)
    missing = [m for m in marks if m not in seen]
    if missing:
        raise RuntimeError(f"the program never printed {missing}")
    return seen


def window_start(db: Path, home: Path, repeat: int) -> tuple[float, float, float, float, float]:
    """Seconds from launch: our window shown, our first rows shown, the bare
    window shown; then MB resident: ours with the rows shown, the bare window's."""
    with Xvfb() as x:
        env = dict(os.environ, DISPLAY=x.display, QT_QPA_PLATFORM="xcb", **bench_env(home),
                   EXCHANGE_DESK_QUIT_AFTER_SHOW="1", EXCHANGE_DESK_DB=str(db))
        ours = [time_lines([sys.executable, "-m", "desktop"], env, ("window shown", "rows shown", "ready"))
                for _ in range(repeat)]
        bare = [time_lines([sys.executable, "-c", BARE_WINDOW], env, ("window shown",)) for _ in range(repeat)]
    return (statistics.median(o["window shown"] for o in ours), statistics.median(o["rows shown"] for o in ours),
            statistics.median(b["window shown"] for b in bare),
            statistics.median(o["ready rss"] for o in ours), statistics.median(b["window shown rss"] for b in bare))


def filter_per_keystroke(db_path: Path, words: list[str], key: str | None = None) -> float:
    """Median seconds for what one keystroke in the filter costs: count the
    matching rounds and fetch the first page, as the list model does."""
    from desktop.services import listing
    from desktop.storage import Database, resolve_url

    db = Database.open(resolve_url(db_path, db_path), key=key)
    try:
        listing.ensure_summaries(db)
        times = []
        for word in words:
            for end in range(1, len(word) + 1):
                query = listing.RoundQuery(text=word[:end])
                start = time.perf_counter()
                listing.count_rounds(db, query)
                listing.fetch_rounds(db, query, offset=0, limit=200)
                times.append(time.perf_counter() - start)
        return statistics.median(times)
    finally:
        db.close()


def typed_figure(db: Path, figures: int = 40) -> dict:
    """The statements and the time of a typed figure in the real window
    (benchmarks/typing.py), beside its bare baseline, under Xvfb."""
    import json

    with Xvfb() as x:
        env = dict(os.environ, DISPLAY=x.display, QT_QPA_PLATFORM="xcb")
        env.pop("EXCHANGE_DESK_DB", None)
        done = subprocess.run([sys.executable, "-m", "benchmarks.typing", str(db), "--figures", str(figures)],
                              env=env, capture_output=True, text=True, timeout=600, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])
