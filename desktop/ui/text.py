"""Small text helpers for views: plural fallbacks, dates and numbers in the
language chosen at start (QLocale's default, set by `install_language`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime

#: How a date is shown in lists and tables: the day, the month's short name
#: in the language, the year (5 Jan 2024 / 5 січ. 2024) — never ambiguous.
DATE_FORMAT = "d MMM yyyy"
#: The date written out (25 November 2026 / 25 листопада 2026), as the
#: command line and the PDFs write it.
LONG_DATE_FORMAT = "d MMMM yyyy"


def english_plural(translated: str, n: int) -> str:
    """The result of a literal `tr("%Ln round(s)", "", n)` call, with English
    forms made from `(s)` (and `y(ies)`) where no catalog supplied them (as
    `desktop.i18n.translate` does). Wrap the call, never pass it a variable:
    lupdate reads the literal `tr(...)`."""
    if "y(ies)" in translated:
        translated = translated.replace("y(ies)", "y" if n == 1 else "ies")
    if "(s)" in translated:
        translated = translated.replace("(s)", "" if n == 1 else "s")
    return translated


def date_text(day: dt.date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), DATE_FORMAT)


def long_date_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), LONG_DATE_FORMAT)


def datetime_text(moment: dt.datetime | None, *, seconds: bool = False) -> str:
    """A date and a 24-hour time (as stored: UTC)."""
    if moment is None:
        return ""
    time = QTime(moment.hour, moment.minute, moment.second)
    return f"{date_text(moment.date())} {QLocale().toString(time, 'HH:mm:ss' if seconds else 'HH:mm')}"


def number_text(value: int) -> str:
    """An integer with the language's thousands separator."""
    return QLocale().toString(int(value))
