"""Choosing a database's passphrase: for a new database at first start, or
when an unencrypted one is encrypted. Asked twice; kept in the system's
keychain only where there is one and the person ticks it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import UserError
from desktop.services.keys import check_passphrase_strength


class NewPassphraseDialog(QDialog):
    """Two password fields, a warning that a lost passphrase loses the
    database, and (where a keychain exists) "keep it in the keychain"."""

    def __init__(self, intro: str, keychain: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("new_passphrase_dialog")
        self.setWindowTitle(self.tr("The database's passphrase"))
        self.intro = QLabel(intro + "\n\n" + self.tr(
            "Without this passphrase nobody can read the database or its backups — not the office, not "
            "Exchange Desk. Keep it somewhere safe, apart from this laptop."), self)
        self.intro.setWordWrap(True)
        self.first = QLineEdit(self)
        self.first.setObjectName("passphrase_first")
        self.again = QLineEdit(self)
        self.again.setObjectName("passphrase_again")
        for field in (self.first, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMinimumWidth(320)
        self.keep = QCheckBox(self.tr("Keep it in %1, so that this account opens the database without asking")
                              .replace("%1", keychain or ""), self)
        self.keep.setObjectName("keep_in_keychain")
        self.keychain = keychain
        self.keep.setVisible(keychain is not None)
        self.error = QLabel(self)
        self.error.setObjectName("passphrase_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.keep)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.first.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:  # Qt override: refuse what cannot be used, and say why
        try:
            check_passphrase_strength(self.first.text())
        except UserError as exc:
            self.error.setText(str(exc))
            self.first.setFocus()
            return
        if self.again.text() != self.first.text():
            self.error.setText(self.tr("The two passphrases differ; type the same one twice."))
            self.again.clear()
            self.again.setFocus()
            return
        super().accept()

    def chosen(self) -> tuple[str, bool]:
        return self.first.text(), self.keychain is not None and self.keep.isChecked()
