"""The window locks after a time without use (Tools › Settings, 15 minutes
by default): nothing of a round stays on screen. The database's passphrase
opens it again (an encrypted database); on an unencrypted one, the acting
person's key passphrase. A window opened without a key on an unencrypted
database (reading only) has no secret to ask; it still hides everything
until asked to show it."""

from __future__ import annotations

import hmac

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import UserError
from desktop.services.keys import KeyStore
from desktop.ui.context import AppContext
from desktop.ui.text import english_plural

#: What counts as use of the application.
_USE = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.Shortcut,
})


class IdleLock(QObject):
    """Emits `expired` after `minutes` without a key press, click, wheel or
    mouse move in any window of the application (0: never)."""

    expired = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.expired)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(0, int(minutes))
        if self.minutes:
            self.timer.start(self.minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # Qt override
        if event.type() in _USE and self.minutes and self.timer.isActive():
            self.timer.start()
        return False

    def resume(self) -> None:
        if self.minutes:
            self.timer.start()


class LockPage(QWidget):
    """What a locked window shows: that it is locked, and the passphrase
    field of the person whose key acts."""

    unlocked = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("lock_page")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("lock_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.button = QPushButton(self.tr("Unlock"), self)
        self.button.setObjectName("unlock_button")
        self.button.clicked.connect(self.try_unlock)
        self.error = QLabel(self)
        self.error.setObjectName("lock_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (self.message, self.passphrase, self.button, self.error):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.passphrase.setMinimumWidth(320)

    def prepare(self, minutes: int) -> None:
        actor = self.ctx.actor
        if self.ctx.db.is_encrypted:
            text = english_plural(self.tr("Exchange Desk locked itself after %n minute(s) without use; nothing of the rounds is "
                           "shown. The database's passphrase opens it again.", "", minutes), minutes)
        elif actor is None:
            text = english_plural(self.tr("Exchange Desk locked itself after %n minute(s) without use; nothing of the rounds is "
                           "shown. This window reads only (no key is unlocked): Unlock shows them again.", "", minutes), minutes)
        else:
            text = english_plural(self.tr("Exchange Desk locked itself after %n minute(s) without use; nothing of the rounds is "
                           "shown. %1's key passphrase opens it again.", "", minutes), minutes).replace("%1", actor.name)
        self.message.setText(text)
        self.passphrase.setVisible(actor is not None or self.ctx.db.is_encrypted)
        self.passphrase.clear()
        self.error.clear()
        self.passphrase.setFocus()

    def try_unlock(self) -> None:
        actor = self.ctx.actor
        if self.ctx.db.is_encrypted:
            if not hmac.compare_digest(self.passphrase.text().encode(), self.ctx.db.key.encode()):
                self.error.setText(self.tr("That is not the database's passphrase."))
                self.passphrase.selectAll()
                return
        elif actor is not None:
            try:
                unlocked = KeyStore(self.ctx.paths).unlock(actor.name, lambda _name: self.passphrase.text())
            except UserError as exc:
                self.error.setText(str(exc))
                self.passphrase.selectAll()
                return
            if unlocked.key_id != actor.key_id:
                self.error.setText(self.tr("That is not the key of %1.").replace("%1", actor.name))
                return
        self.passphrase.clear()
        self.unlocked.emit()
