"""Settings: the language of the application, kept in the settings file of
the config folder (`desktop.settings.Settings`). Who acts is not a setting:
it is the key unlocked at start (Tools › Keys…)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from desktop import i18n
from desktop.settings import Settings


class SettingsDialog(QDialog):
    """The language (System default / English / Українська; it applies at
    the next start), the minutes without use after which the window locks,
    and whether an unencrypted database is offered encryption at start."""

    def __init__(self, settings_file: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings_file = settings_file
        self.settings = Settings.load(settings_file)

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

        self.lock_spin = QSpinBox(self)
        self.lock_spin.setObjectName("lock_spin")
        self.lock_spin.setRange(0, 24 * 60)
        self.lock_spin.setSpecialValueText(self.tr("never"))
        self.lock_spin.setSuffix(self.tr(" min"))
        self.lock_spin.setValue(self.settings.lock_after_minutes)
        self.lock_spin.setToolTip(self.tr("After this long without use the window hides every round and asks "
                                          "for the database's passphrase again."))
        self.offer_check = QCheckBox(self.tr("Offer to encrypt an unencrypted database at start"), self)
        self.offer_check.setObjectName("offer_encryption_check")
        self.offer_check.setChecked(self.settings.offer_encryption)

        form = QFormLayout(self)
        form.addRow(self.tr("&Language"), self.language_combo)
        form.addRow(self.note_label)
        form.addRow(self.tr("Lock &after"), self.lock_spin)
        form.addRow(self.offer_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.resize(460, 180)

    def save(self) -> None:
        """Write the settings (keeping any others in the file) and close; a
        file that cannot be written is said in a dialog and the dialog stays
        open."""
        from desktop.ui.dialogs import Ask

        settings = Settings.load(self.settings_file)
        settings.language = self.language_combo.currentData() or ""
        settings.lock_after_minutes = self.lock_spin.value()
        settings.offer_encryption = self.offer_check.isChecked()
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
