"""The benchmark suite runs (at its smallest size, once): it is not a test
of speed, only that the harness works and prints its table."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_the_benchmarks_run_at_the_smallest_size(tmp_path: Path):
    """`python -m benchmarks --sizes 1000 --repeat 1` prints every job with a ratio."""
    root = Path(__file__).parents[2]
    env = dict(os.environ, PYTHONPATH=str(root))
    env.pop("EXCHANGE_DESK_DB", None)
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--sizes", "1000", "--repeat", "1", "--no-gui"],
        cwd=root, env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    for job in ("import", "export", "discrepancies --json", "round summary PDF", "period PDF"):
        assert job in result.stdout
    assert "×" in result.stdout
    # Encrypted against plain, on each shape of data.
    for shape in ("1,000 standard", "100 wide", "1,000 texts"):
        assert f"{shape} rounds, encrypted (SQLCipher) against unencrypted" in result.stdout
    assert "first rows (read)" in result.stdout and "unlock (once a process)" in result.stdout
