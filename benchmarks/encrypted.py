"""The cost of encryption at rest: each job on a database encrypted with
SQLCipher beside the same job on the same data unencrypted, the two runs
interleaved in one run (so both share the machine's state), medians.

Opening an encrypted database derives its key from the passphrase once
per process (PBKDF2-HMAC-SHA512, 256,000 rounds: slow on purpose, so that
guessing passphrases is slow); it is timed on its own, and it is inside
every whole-process figure here."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.people import bench_env

PASSPHRASE = "benchmark database words"


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def _fresh(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)


def unlock_seconds(path: Path, repeat: int) -> float:
    """The key's derivation alone, as each process pays it once."""
    from desktop.storage import sqlite

    times = []
    for _ in range(repeat):
        sqlite.derived_key.cache_clear()
        start = time.perf_counter()
        sqlite.key_pragma(path, PASSPHRASE)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def first_rows_seconds(path: Path, key: str | None, repeat: int) -> float:
    """The list's first rows as the app reads them at start (its key
    already derived: the derivation is timed apart)."""
    from desktop.storage import schema, sqlite

    sqlite.first_rows(path, schema.HEAD, 60, key)  # derive once, outside the timing
    times = []
    for _ in range(repeat * 5):
        start = time.perf_counter()
        found = sqlite.first_rows(path, schema.HEAD, 60, key)
        times.append(time.perf_counter() - start)
        assert found, "no rows read"
    return statistics.median(times)


def encrypted_against_plain(data: Path, work: Path, repeat: int,
                            with_gui: bool) -> list[tuple[str, float, float]]:
    """(job, encrypted seconds, plain seconds) for import, export, the first
    rows, the filter and (with Xvfb) the first rows shown at start."""
    plain_db, sealed_db = work / "plain.db", work / "sealed.db"
    base = dict(os.environ, **bench_env(work / "home"))
    base.pop("EXCHANGE_DESK_DB", None)
    plain_env = dict(base)
    sealed_env = dict(base, EXCHANGE_DESK_DB_PASSPHRASE=PASSPHRASE)
    sealed_env.pop("EXCHANGE_DESK_DB_PLAIN")
    py = sys.executable
    runs: dict[str, list[tuple[float, float]]] = {"import": [], "export": []}
    out = work / "out.json"
    for _ in range(repeat):
        _fresh(plain_db)
        _fresh(sealed_db)
        plain = _timed([py, "-m", "desktop", "--db", str(plain_db), "import", str(data)], plain_env)
        sealed = _timed([py, "-m", "desktop", "--db", str(sealed_db), "import", str(data)], sealed_env)
        runs["import"].append((sealed, plain))
    for _ in range(repeat):
        plain = _timed([py, "-m", "desktop", "--db", str(plain_db), "export", str(out)], plain_env)
        sealed = _timed([py, "-m", "desktop", "--db", str(sealed_db), "export", str(out)], sealed_env)
        runs["export"].append((sealed, plain))
    assert not sealed_db.read_bytes().startswith(b"SQLite format 3"), "the encrypted database is plain"
    results = [(job, statistics.median(s for s, _ in pairs), statistics.median(p for _, p in pairs))
               for job, pairs in runs.items()]
    results.append(("first rows (read)", first_rows_seconds(sealed_db, PASSPHRASE, repeat),
                    first_rows_seconds(plain_db, None, repeat)))
    from benchmarks.gui import filter_per_keystroke

    words = ["Україна", "Exchange 1", "monitor"]
    results.append(("filter, per keystroke", filter_per_keystroke(sealed_db, words, PASSPHRASE),
                    filter_per_keystroke(plain_db, words)))
    if with_gui:
        from benchmarks.gui import Xvfb, time_lines

        marks = ("window shown", "rows shown", "ready")
        with Xvfb() as x:
            shown: list[tuple[float, float]] = []
            for _ in range(repeat):
                timings = []
                for db, env in ((sealed_db, sealed_env), (plain_db, plain_env)):
                    run_env = dict(env, DISPLAY=x.display, QT_QPA_PLATFORM="xcb", EXCHANGE_DESK_QUIT_AFTER_SHOW="1",
                                   EXCHANGE_DESK_DB=str(db))
                    timings.append(time_lines([py, "-m", "desktop"], run_env, marks)["rows shown"])
                shown.append((timings[0], timings[1]))
        results.append(("first rows shown (Xvfb)", statistics.median(s for s, _ in shown),
                        statistics.median(p for _, p in shown)))
    results.append(("unlock (once a process)", unlock_seconds(sealed_db, repeat), 0.0))
    return results


def print_table(n: int, shape: str, rows: list[tuple[str, float, float]]) -> None:
    print(f"\n{n:,} {shape} rounds, encrypted (SQLCipher) against unencrypted, interleaved in one run")
    print(f"  {'job':<26} {'encrypted':>10} {'plain':>9} {'ratio':>6}")
    for job, sealed, plain in rows:
        def text(t: float) -> str:
            return f"{t * 1000:7.1f}ms" if t < 0.1 else f"{t:8.2f}s"

        ratio = f"{sealed / plain:5.2f}×" if plain else "     —"
        print(f"  {job:<26} {text(sealed):>10} {text(plain) if plain else '—':>9} {ratio}")
