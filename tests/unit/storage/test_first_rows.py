"""The start-up read of the newest rounds, without SQLAlchemy."""

from __future__ import annotations

from pathlib import Path

from desktop.services import listing
from desktop.storage import schema, sqlite


def test_first_rows_match_the_lists_first_page(cli, db, db_path: Path):
    """Same rounds, same order as the real list's default query."""
    cli("demo")
    rows = sqlite.first_rows(db_path, schema.HEAD, 3)
    page = listing.fetch_rounds(db, listing.RoundQuery(), limit=3)
    assert [r[0] for r in rows] == [r.id.hex for r in page]


def test_first_rows_refuse_anything_unusual(tmp_path: Path, db_path: Path):
    """Another schema, a damaged file, a missing file: None, and nothing written."""
    assert sqlite.first_rows(db_path, "9999", 10) is None
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    before = junk.read_bytes()
    assert sqlite.first_rows(junk, schema.HEAD, 10) is None
    assert junk.read_bytes() == before
    assert sqlite.first_rows(tmp_path / "missing.db", schema.HEAD, 10) is None
