"""Small input widgets shared by the views."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDateEdit, QWidget


class DateField(QDateEdit):
    """A date typed as YYYY-MM-DD (a `-` goes on to the next part, arrows
    change the part under the cursor), that Tab leaves for the next field
    instead of walking through its year, month and day."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self._moved_on = False

    def keyPressEvent(self, event) -> None:  # Qt override
        # Qt moves on to the month once four digits of the year are typed;
        # the "-" a person types next must not move on once more (2025-02-05
        # became 2025-12-02, today's month kept and the day typed as month).
        if event.text() == "-" and self._moved_on:
            self._moved_on = False
            event.accept()
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = event.text().isdigit() and self.currentSectionIndex() > before

    def event(self, event) -> bool:  # Qt override
        # Only the Tab keys: QDateEdit moves between its parts by the same
        # mechanism when a separator is typed, which must stay.
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)
            return True
        return super().event(event)
