"""`python -m benchmarks [--sizes 1000,10000,20000] [--repeat 3]`

Each job of Exchange Desk is timed as a whole process beside the bare
baseline of the same job, in the same run, and the ratio printed. Medians of
several runs. A benchmark, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.people import bench_env
from benchmarks.synthetic import write_file

BASELINE_IMPORT = r"""
import json, sqlite3, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
conn = sqlite3.connect(sys.argv[2])
conn.execute("CREATE TABLE figure (round_id TEXT, title TEXT, date TEXT, src TEXT, dst TEXT, kind TEXT,"
             " source TEXT, category_set TEXT, category TEXT, count INTEGER, qualifier TEXT, citation TEXT)")
rows = [(r["id"], r["title"], r["date"], f["from"], f["to"], f["kind"], f["source"], f.get("category_set"),
         f.get("category"), f["count"], f.get("qualifier", "exact"), f.get("citation"))
        for r in doc["rounds"] for f in r["figures"]]
with conn:
    conn.executemany("INSERT INTO figure VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
"""

BASELINE_EXPORT = r"""
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute("SELECT * FROM figure ORDER BY date, round_id").fetchall()
with open(sys.argv[2], "w", encoding="utf-8") as out:
    json.dump(rows, out, ensure_ascii=False)
"""


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def median_of(repeat: int, prepare, cmd_factory, env) -> float:
    times = []
    for _ in range(repeat):
        prepare()
        times.append(timed(cmd_factory(), env))
    return statistics.median(times)


def pdf_jobs(db_path: Path, repeat: int) -> list[tuple[str, float, float | None]]:
    """In-process: one round's summary, and the period report over the
    first 1,000 rounds by date."""
    import datetime as dt

    from desktop.services.loading import load_docs
    from desktop.services.signoff import period_pdf, round_summary_pdf
    from desktop.storage import Database, resolve_url

    db = Database.open(resolve_url(db_path, db_path))
    try:
        import sqlalchemy as sa

        from desktop.storage.tables import ROUNDS

        with db.reading() as session:
            first = load_docs(session, date_to=dt.date(2014, 1, 1))[0].id
            dates = session.execute(sa.select(ROUNDS.c.date).order_by(ROUNDS.c.date).limit(1000)).scalars().all()
        start, end = dates[0], dates[-1]
        summary, period = [], []
        for _ in range(repeat):
            t = time.perf_counter()
            round_summary_pdf(db, str(first))
            summary.append(time.perf_counter() - t)
            t = time.perf_counter()
            period_pdf(db, date_from=start, date_to=end)
            period.append(time.perf_counter() - t)
        return [("round summary PDF", statistics.median(summary), None),
                ("period PDF, 1,000 rounds", statistics.median(period), None)]
    finally:
        db.close()


memory: list[tuple[int, float, float]] = []
statements: list[tuple[int, float, float]] = []


def run_size(n: int, repeat: int, work: Path, with_gui: bool) -> list[tuple[str, float, float | None]]:
    data = write_file(work / f"rounds-{n}.json", n)
    db = work / f"desk-{n}.db"
    flat = work / f"flat-{n}.db"
    env = dict(os.environ, **bench_env(work / "home"))
    env.pop("EXCHANGE_DESK_DB", None)
    py = sys.executable

    def fresh_desk():
        for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            p.unlink(missing_ok=True)

    def fresh_flat():
        flat.unlink(missing_ok=True)

    results = []
    ours = median_of(repeat, fresh_desk, lambda: [py, "-m", "desktop", "--db", str(db), "import", str(data)], env)
    base = median_of(repeat, fresh_flat, lambda: [py, "-c", BASELINE_IMPORT, str(data), str(flat)], env)
    results.append(("import", ours, base))
    out = work / "out.json"
    ours = median_of(repeat, lambda: None, lambda: [py, "-m", "desktop", "--db", str(db), "export", str(out)], env)
    base = median_of(repeat, lambda: None, lambda: [py, "-c", BASELINE_EXPORT, str(flat), str(out)], env)
    results.append(("export", ours, base))
    ours = median_of(
        repeat, lambda: None, lambda: [py, "-m", "desktop", "--db", str(db), "discrepancies", "--json"], env
    )
    results.append(("discrepancies --json", ours, None))
    results.extend(pdf_jobs(db, repeat))
    if with_gui:
        from benchmarks.gui import filter_per_keystroke, typed_figure, window_start

        shown, rows, bare, rss, bare_rss = window_start(db, work / "home", repeat)
        results.append(("window shown (Xvfb)", shown, bare))
        results.append(("first rows shown", rows, bare))
        memory.append((n, rss, bare_rss))
        results.append(("filter, per keystroke", filter_per_keystroke(db, ["Україна", "Exchange 1", "monitor"]), None))
        typed = typed_figure(db)
        results.append(("typed figure → grid", typed["ms"] / 1000, typed["bare_ms"] / 1000))
        statements.append((n, typed["statements"], typed["bare_statements"]))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--sizes", default="1000,10000,20000", help="rounds per run, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--no-gui", action="store_true", help="skip the jobs that need Xvfb")
    parser.add_argument("--no-encryption", action="store_true",
                        help="skip the encrypted database against the plain one")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    table: dict[int, list] = {}
    with tempfile.TemporaryDirectory(prefix="exchange-desk-bench-") as tmp:
        for n in sizes:
            table[n] = run_size(n, args.repeat, Path(tmp), not args.no_gui)
            print(f"\n{n:,} rounds, {n * 10:,} figures (median of {args.repeat})")
            print(f"  {'job':<22} {'ours':>8} {'baseline':>9} {'ratio':>6}")
            for job, ours, base in table[n]:
                ratio = f"{ours / base:5.2f}×" if base else "     —"
                base_text = ("        —" if not base else f"{base * 1000:6.1f}ms" if base < 0.1 else f"{base:8.2f}s")
                ours_text = f"{ours * 1000:6.1f}ms" if ours < 0.1 else f"{ours:7.2f}s"
                print(f"  {job:<22} {ours_text} {base_text} {ratio}")
            if not args.no_encryption:
                from benchmarks.encrypted import encrypted_against_plain, print_table

                # Each shape of data: wide rounds hold twelve times the figures, so a tenth as many.
                for shape, rounds in (("standard", n), ("wide", max(n // 10, 100)), ("texts", n)):
                    data = write_file(Path(tmp) / f"encrypted-{shape}-{rounds}.json", rounds, shape)
                    print_table(rounds, shape, encrypted_against_plain(data, Path(tmp), args.repeat, not args.no_gui))
    for n, rss, bare_rss in memory:
        print(f"\nMemory with {n:,} rounds open: {rss:.0f} MB resident, the bare window {bare_rss:.0f} MB "
              f"(+{rss - bare_rss:.0f} MB)")
    for n, ours, bare in statements:
        print(f"\nSQL statements per typed figure with {n:,} rounds: {ours:.0f} (the bare baseline: {bare:.0f})")
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        print(f"\nGrowth from {small:,} to {large:,} rounds (sizes ×{large / small:.0f}):")
        for (job, a, _), (_, b, _) in zip(table[small], table[large]):
            print(f"  {job:<22} time ×{b / a:.1f}")



if __name__ == "__main__":
    main()
