"""`python -m benchmarks.limit [--rounds 5000] [--repeat 3] [--shapes standard,wide,texts]`

An import against its storage limit, on several shapes of data, in one run.

The limit of an import is what storing its rows costs: `json.load` of the
file plus `executemany` of exactly the rows the import stored (read back
from the database it made), in one transaction, into an empty database
with the same schema, indexes and settings (a copy of an empty database
this release made, opened with the same PRAGMAs), plus starting a bare
interpreter that imports `json` and `sqlite3`. Ours is the whole
`exchange-desk import` process. Peak memory is the import process's
maximum resident set (`wait4`).

Also: a laptop's file of 50 rounds into this database (which holds every
round of the shapes run) against the same file into an empty one, and the
one-figure commands (`record`, `show`, `rounds`) against `--version`.

A benchmark, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import pickle
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.people import bench_env
from benchmarks.synthetic import SHAPES, write_file

LIMIT = r"""
import json, pickle, sqlite3, sys, time
rows = pickle.load(open(sys.argv[3], "rb"))
conn = sqlite3.connect(sys.argv[2], isolation_level=None)
for pragma in ("foreign_keys = ON", "synchronous = FULL", "cache_size = -65536", "journal_mode = WAL"):
    conn.execute(f"PRAGMA {pragma}")
start = time.perf_counter()
doc = json.load(open(sys.argv[1], encoding="utf-8"))
conn.execute("BEGIN IMMEDIATE")
for table, columns, values in rows:
    marks = ", ".join("?" * len(columns))
    conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values)
conn.execute("COMMIT")
print(time.perf_counter() - start)
"""

BARE = "import json, sqlite3"


#: GNU time reports its child's peak memory. (A child's own `ru_maxrss`
#: counts this benchmark's memory too: Linux carries the parent's high-water
#: mark across fork and exec, and this process holds the files it made.)
GNU_TIME = "/usr/bin/time" if Path("/usr/bin/time").exists() else None


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time (s) and peak resident memory (MB, 0 without GNU time) of one process."""
    full = [GNU_TIME, "-f", "peak %M", *cmd] if GNU_TIME else cmd
    start = time.perf_counter()
    done = subprocess.run(full, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {done.stderr}")
    peak = [line for line in done.stderr.splitlines() if line.startswith("peak ")]
    return elapsed, int(peak[-1].split()[1]) / 1024 if peak else 0.0


def rows_of(db: Path) -> list[tuple[str, list[str], list[tuple]]]:
    """Every row of every table, parents before children (foreign keys)."""
    conn = sqlite3.connect(db)
    try:
        tables = [t for (t,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        parents = {t: {p for (p,) in [(r[2],) for r in conn.execute(f"PRAGMA foreign_key_list({t})")] if p != t}
                   for t in tables}
        ordered: list[str] = []
        while len(ordered) < len(tables):
            for t in tables:
                if t not in ordered and parents[t] <= set(ordered):
                    ordered.append(t)
        out = []
        for t in ordered:
            cursor = conn.execute(f"SELECT * FROM {t}")
            values = cursor.fetchall()
            if values:
                out.append((t, [c[0] for c in cursor.description], values))
        return out
    finally:
        conn.close()


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.limit")
    parser.add_argument("--rounds", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--shapes", default=",".join(SHAPES))
    args = parser.parse_args()
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="exchange-desk-limit-") as tmp:
        work = Path(tmp)
        env = dict(os.environ, **bench_env(work / "home"))
        env.pop("EXCHANGE_DESK_DB", None)
        template = work / "empty.db"
        run([py, "-m", "desktop", "--db", str(template), "check"], env)
        bare = median([run([py, "-c", BARE], env)[0] for _ in range(args.repeat)])
        print(f"{args.rounds:,} rounds per file (median of {args.repeat}); the limit includes a bare start "
              f"({bare * 1000:.0f} ms)")
        print(f"  {'shape':<9} {'file':>7} {'rows':>9} {'ours':>8} {'limit':>8} {'ratio':>6} {'peak':>8} "
              f"{'allowed':>8}")
        last_db = None
        for shape in args.shapes.split(","):
            data = write_file(work / f"{shape}.json", args.rounds, shape)
            size_mb = data.stat().st_size / 2**20
            db = work / f"{shape}.db"
            ours, peaks = [], []
            for _ in range(args.repeat):
                for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
                    p.unlink(missing_ok=True)
                shutil.copyfile(template, db)
                t, peak = run([py, "-m", "desktop", "--db", str(db), "import", str(data)], env)
                ours.append(t)
                peaks.append(peak)
            stored = rows_of(db)
            dump = work / f"{shape}.rows"
            with dump.open("wb") as f:
                pickle.dump(stored, f, protocol=pickle.HIGHEST_PROTOCOL)
            limits = []
            for _ in range(args.repeat):
                target = work / f"{shape}-limit.db"
                for p in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
                    p.unlink(missing_ok=True)
                shutil.copyfile(template, target)
                out = subprocess.run([py, "-c", LIMIT, str(data), str(target), str(dump)], env=env,
                                     capture_output=True, text=True, check=True)
                limits.append(float(out.stdout) + bare)
            o, lim = median(ours), median(limits)
            n_rows = sum(len(v) for _, _, v in stored)
            print(f"  {shape:<9} {size_mb:5.1f}MB {n_rows:>9,} {o:7.2f}s {lim:7.2f}s {o / lim:5.2f}× "
                  f"{max(peaks):6.0f}MB {3 * size_mb + 100:6.0f}MB")
            last_db = db
        if last_db is not None:
            _small_file_and_commands(py, env, work, template, last_db, args.repeat)


def _small_file_and_commands(py: str, env: dict, work: Path, template: Path, big: Path, repeat: int) -> None:
    laptop = write_file(work / "laptop.json", 50, "standard")
    # Its own round ids: a laptop's new rounds, not those already in the database.
    text = laptop.read_text(encoding="utf-8")
    import json
    import uuid

    doc = json.loads(text)
    for r in doc["rounds"]:
        r["id"] = str(uuid.uuid4())
    laptop.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    into_big, into_empty = [], []
    for _ in range(repeat):
        copy = work / "big-copy.db"
        for p in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            p.unlink(missing_ok=True)
        subprocess.run([py, "-c", "import sqlite3, sys; s = sqlite3.connect(sys.argv[1]); d = sqlite3.connect("
                        "sys.argv[2]); s.backup(d)", str(big), str(copy)], check=True)
        into_big.append(run([py, "-m", "desktop", "--db", str(copy), "import", str(laptop)], env)[0])
        empty = work / "empty-copy.db"
        for p in (empty, Path(f"{empty}-wal"), Path(f"{empty}-shm")):
            p.unlink(missing_ok=True)
        shutil.copyfile(template, empty)
        into_empty.append(run([py, "-m", "desktop", "--db", str(empty), "import", str(laptop)], env)[0])
    a, b = median(into_big), median(into_empty)
    conn = sqlite3.connect(big)
    held = conn.execute("SELECT count(*) FROM exchange_round").fetchone()[0]
    rid = conn.execute(
        "SELECT rp.round_id FROM round_party rp JOIN party p ON p.id = rp.party_id WHERE p.name = 'Ukraine' "
        "LIMIT 1").fetchone()[0]
    conn.close()
    print(f"\nA laptop's file of 50 rounds into {held:,} rounds: {a:.2f}s; into an empty database: {b:.2f}s "
          f"({a / b:.2f}×)")
    version = median([run([py, "-m", "desktop", "--version"], env)[0] for _ in range(repeat)])
    print(f"\nOne-figure commands on {held:,} rounds, against `--version` ({version * 1000:.0f} ms):")
    short = str(rid).replace("-", "")[:12]
    commands = {
        "record": ["record", short, "--from", "Russia", "--to", "Ukraine", "--kind", "exchange", "--source",
                   "Benchmark", "--count", "{n}"],
        "show": ["show", short],
        "rounds": ["rounds"],
    }
    for name, cmd in commands.items():
        times = [run([py, "-m", "desktop", "--db", str(big), *[c.replace("{n}", str(i + 1)) for c in cmd]], env)[0]
                 for i in range(repeat)]
        print(f"  {name:<8} {median(times) * 1000:6.0f} ms  {median(times) / version:5.2f}×")


if __name__ == "__main__":
    main()
