"""Small text helpers for views."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def plural(context: str, text: str, n: int) -> str:
    """Qt's `%n` plural, e.g. `plural("X", "%n error(s)", 3)`. Until a
    translation supplies the forms, English ones are made from `(s)`."""
    result = QCoreApplication.translate(context, text, "", n)
    if "(s)" in result:
        result = result.replace("(s)", "" if n == 1 else "s")
    return result
