"""Settings: who the user is and the language of the application, kept in
the settings file of the config folder (`desktop.settings.Settings`)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop import i18n
from desktop.settings import Settings


class SettingsDialog(QDialog):
    """The user's name and the language (System default / English /
    Українська); the language applies at the next start."""

    def __init__(self, settings_file: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings_file = settings_file
        self.settings = Settings.load(settings_file)

        self.name_edit = QLineEdit(self.settings.user_name, self)
        self.name_edit.setObjectName("user_name_edit")
        self.name_edit.setPlaceholderText(self.tr("As it is recorded with every change you make"))
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language_combo")
        self.language_combo.addItem(self.tr("System default"), "")
        for code in i18n.LANGUAGES:
            # Each language in its own name, whatever the current language.
            self.language_combo.addItem(i18n.NATIVE_NAMES[code], code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self.settings.language)))
        note = self.tr("The language applies when Exchange Desk is next started.")
        if os.environ.get(i18n.LANG_VARIABLE, "").strip():
            note += " " + self.tr("The %1 environment variable is set; it overrides this choice.").replace(
                "%1", i18n.LANG_VARIABLE)
        else:
            note += " " + self.tr("The %1 environment variable, if set, overrides it.").replace(
                "%1", i18n.LANG_VARIABLE)
        self.note_label = QLabel(note, self)
        self.note_label.setObjectName("language_note")
        self.note_label.setWordWrap(True)

        form = QFormLayout(self)
        form.addRow(self.tr("Your &name"), self.name_edit)
        form.addRow(self.tr("&Language"), self.language_combo)
        form.addRow(self.note_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.resize(460, 180)

    def save(self) -> None:
        """Write the settings (keeping any others in the file) and close;
        a name that cannot be recorded, or a file that cannot be written,
        is said in a dialog and the dialog stays open."""
        from desktop.services.actor import check_actor
        from desktop.services.errors import UserError
        from desktop.ui.dialogs import Ask

        settings = Settings.load(self.settings_file)
        try:
            name = " ".join(self.name_edit.text().split())
            settings.user_name = check_actor(name, self.tr("Your name")) if name else ""
        except UserError as exc:
            Ask.error(self, self.tr("Settings not saved"), str(exc))
            return
        settings.language = self.language_combo.currentData() or ""
        try:
            settings.save(self.settings_file)
        except OSError as exc:
            Ask.error(self, self.tr("Settings not saved"), self.tr("%1 could not be written: %2").replace(
                "%2", exc.strerror or str(exc)).replace("%1", str(self.settings_file)))
            return
        self.settings = settings
        self.accept()

    @classmethod
    def ask(cls, settings_file: Path, parent: QWidget | None = None) -> Settings | None:
        """The saved settings, or None if the dialog was cancelled."""
        dialog = cls(settings_file, parent)
        return dialog.settings if dialog.exec() == QDialog.DialogCode.Accepted else None
