"""Automatic backups: one a day for a week, one a week for a month."""

import datetime as dt

import pytest

from desktop.services.integrity import automatic_backup

pytestmark = pytest.mark.sqlite_only  # backups are files of an SQLite database


def test_rotation_keeps_a_week_of_days_and_a_month_of_weeks(db, tmp_path):
    """Forty days of starts leave 7 daily and 5 weekly copies, the newest ones."""
    folder = tmp_path / "backups"
    start = dt.date(2026, 1, 1)
    for day in range(40):
        automatic_backup(db, folder, today=start + dt.timedelta(days=day))
    daily = sorted(p.name for p in folder.glob("daily-*.db"))
    weekly = sorted(p.name for p in folder.glob("weekly-*.db"))
    assert len(daily) == 7 and daily[-1] == "daily-2026-02-09.db"
    assert len(weekly) == 5
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in folder.iterdir())
    assert folder.stat().st_mode & 0o777 == 0o700


def test_a_second_start_the_same_day_costs_nothing(db, tmp_path):
    """Today's backup exists: nothing is written again."""
    folder = tmp_path / "backups"
    day = dt.date(2026, 3, 3)
    assert automatic_backup(db, folder, today=day) is not None
    assert automatic_backup(db, folder, today=day) is None
