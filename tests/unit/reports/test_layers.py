"""desktop/reports draws from domain read models (no Qt, no database, no
services), bundles its fonts, and writes A4 pages another reader can draw."""

from __future__ import annotations

import ast
import shutil
import subprocess
from importlib import resources
from pathlib import Path

import desktop.reports
from desktop.domain.reporting import period_report, round_report
from desktop.reports import render_period_report, render_round_summary
from tests.unit.reports.pdfs import NOW, demo_docs, reader

FORBIDDEN = ("PySide6", "shiboken6", "sqlalchemy", "sqlmodel", "alembic", "sqlite3",
             "desktop.services", "desktop.storage", "desktop.ui", "desktop.cli")


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_reports_import_no_qt_database_or_services():
    folder = Path(desktop.reports.__file__).parent
    for path in sorted(folder.glob("*.py")):
        for name in imported_modules(path):
            assert not any(name == f or name.startswith(f + ".") for f in FORBIDDEN), f"{path.name}: {name}"


def test_public_api():
    assert desktop.reports.__all__ == ["render_period_report", "render_round_summary"]


def test_fonts_ship_with_their_licence():
    folder = resources.files("desktop.resources.fonts")
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"):
        assert folder.joinpath(name).is_file(), name


def test_pages_are_a4_portrait_and_poppler_draws_them(tmp_path):
    """Both reports, every page, rasterised by another reader (pdftoppm)."""
    docs = demo_docs()
    pdfs = {
        "summary": render_round_summary(round_report(docs[-1], {}, generated_at=NOW)),
        "period": render_period_report(period_report(docs, {}, date_from=None, date_to=None, generated_at=NOW)),
    }
    for pdf in pdfs.values():
        for page in reader(pdf).pages:
            assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "pdftoppm is needed (Debian package poppler-utils; .ci/run installs it)"
    for name, pdf in pdfs.items():
        (tmp_path / f"{name}.pdf").write_bytes(pdf)
        done = subprocess.run([pdftoppm, "-r", "30", "-png", str(tmp_path / f"{name}.pdf"), str(tmp_path / name)],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0 and not done.stderr, done.stderr
        assert len(list(tmp_path.glob(f"{name}-*.png"))) == len(reader(pdf).pages)
