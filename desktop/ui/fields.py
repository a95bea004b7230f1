"""Small input widgets shared by the views."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget


class DateField(QDateEdit):
    """A date typed as YYYY-MM-DD (arrows change the section under the
    cursor), that Tab leaves for the next field instead of walking through
    its year, month and day."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt override
        return QWidget.focusNextPrevChild(self, next)
