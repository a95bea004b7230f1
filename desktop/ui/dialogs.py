"""Message boxes behind one seam, so tests can answer them (pytest-qt's
advice): every view asks through `Ask`, never through QMessageBox directly."""

from __future__ import annotations

import functools
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


def _when_unlocked(show):
    """A dialog that waits for the window to be unlocked before it shows."""
    @functools.wraps(show)
    def shown(*args, **kwargs):
        Ask.wait_until_released()
        return show(*args, **kwargs)

    return shown


class Ask:
    """Static seam for the dialogs a user answers.

    While the window is locked (`hold`), a dialog waits until it is
    unlocked (`release`) before it shows: what a job finishing in the
    background has to say (an import's rounds, say) never appears over a
    locked window."""

    held = False
    _waiting: ClassVar[list[QEventLoop]] = []

    @classmethod
    def hold(cls) -> None:
        cls.held = True

    @classmethod
    def release(cls) -> None:
        cls.held = False
        for loop in cls._waiting:
            loop.quit()

    @classmethod
    def wait_until_released(cls) -> None:
        while cls.held:
            loop = QEventLoop()
            cls._waiting.append(loop)
            try:
                loop.exec()
            finally:
                cls._waiting.remove(loop)

    @staticmethod
    @_when_unlocked
    def error(parent: QWidget | None, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("error_dialog")
        box.exec()

    @staticmethod
    @_when_unlocked
    def information(parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.information(parent, title, message)

    @staticmethod
    @_when_unlocked
    def confirm(parent: QWidget | None, title: str, message: str) -> bool:
        answer = QMessageBox.question(parent, title, message)
        return answer == QMessageBox.StandardButton.Yes

    @staticmethod
    @_when_unlocked
    def confirm_details(parent: QWidget | None, title: str, message: str, details: str) -> bool:
        """A yes/no question with a list behind "Show Details…"."""
        box = QMessageBox(QMessageBox.Icon.Question, title, message,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        box.setObjectName("confirm_details")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        if details:
            box.setDetailedText(details)
        return box.exec() == QMessageBox.StandardButton.Yes

    @staticmethod
    @_when_unlocked
    def text(parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, value)
        return text if ok else None

    @staticmethod
    @_when_unlocked
    def multiline(parent: QWidget | None, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getMultiLineText(parent, title, label)
        return text if ok else None

    @staticmethod
    @_when_unlocked
    def open_files(parent: QWidget | None, title: str) -> list[str]:
        from PySide6.QtWidgets import QFileDialog

        files, _ = QFileDialog.getOpenFileNames(parent, title, "", QCoreApplication.translate(
            "Ask", "Interchange files and spreadsheets (*.json *.xlsx *.csv *.p7m);;Interchange files (*.json);;"
            "Spreadsheets (*.xlsx *.csv);;Sealed files (*.p7m);;All files (*)"))
        return files

    @staticmethod
    @_when_unlocked
    def certificates(parent: QWidget | None, title: str) -> list[str]:
        from PySide6.QtWidgets import QFileDialog

        files, _ = QFileDialog.getOpenFileNames(parent, title, "", QCoreApplication.translate(
            "Ask", "Certificates (*.pem *.crt);;All files (*)"))
        return files

    @staticmethod
    @_when_unlocked
    def save_file(parent: QWidget | None, title: str, suggested: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        # The kind of file goes by the name's ending: .json, .xlsx or .csv.
        path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, QCoreApplication.translate(
            "Ask", "Interchange files (*.json);;Excel workbooks (*.xlsx);;CSV (*.csv)"))
        if path and "." not in path.rsplit("/", 1)[-1]:
            path += ".xlsx" if "xlsx" in chosen else ".csv" if "csv" in chosen else ".json"
        return path or None

    @staticmethod
    @_when_unlocked
    def save_pdf(parent: QWidget | None, title: str, suggested: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, QCoreApplication.translate("Ask", "PDF files (*.pdf)"))
        return path or None

    @staticmethod
    @_when_unlocked
    def passphrase(parent: QWidget | None, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return text if ok and text else None

    @staticmethod
    @_when_unlocked
    def new_passphrase(parent: QWidget | None, intro: str, keychain: str | None) -> tuple[str, bool] | None:
        """A passphrase chosen twice, and whether to keep it in the keychain
        named (None: there is none); None if cancelled."""
        from desktop.ui.passphrase_dialog import NewPassphraseDialog

        dialog = NewPassphraseDialog(intro, keychain, parent)
        return dialog.chosen() if dialog.exec() == NewPassphraseDialog.DialogCode.Accepted else None

    @staticmethod
    @_when_unlocked
    def offer_encryption(parent: QWidget | None, title: str, message: str) -> str:
        """"encrypt", "later" or "never" (the box's "do not ask again")."""
        from PySide6.QtWidgets import QCheckBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.NoButton, parent)
        box.setObjectName("offer_encryption")
        encrypt = box.addButton(QCoreApplication.translate("Ask", "Encrypt now…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("Ask", "Not now"), QMessageBox.ButtonRole.RejectRole)
        never = QCheckBox(QCoreApplication.translate("Ask", "Do not ask again"), box)
        box.setCheckBox(never)
        box.setDefaultButton(encrypt)
        box.exec()
        if box.clickedButton() is encrypt:
            return "encrypt"
        return "never" if never.isChecked() else "later"

    @staticmethod
    @_when_unlocked
    def open_backup(parent: QWidget | None, title: str, folder: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(parent, title, folder, QCoreApplication.translate("Ask", "Databases (*.db);;All files (*)"))
        return path or None
