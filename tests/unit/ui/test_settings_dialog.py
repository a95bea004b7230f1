"""The settings dialog: the language, saved in the settings file (keeping
what else the file holds); the language chosen at start. Who acts is not a
setting (a key), so the dialog asks no name."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

from desktop import i18n
from desktop.app import start_language
from desktop.settings import Settings
from desktop.ui.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot, app_home, monkeypatch):
    monkeypatch.delenv(i18n.LANG_VARIABLE, raising=False)
    Settings(user_name="Olena", language="").save(app_home.settings_file)
    d = SettingsDialog(app_home.settings_file)
    qtbot.addWidget(d)
    return d


def test_shows_what_is_saved(dialog):
    """"System default" when no language was chosen; no name is asked (the
    one text field is the lock's minutes, 15 by default)."""
    from PySide6.QtWidgets import QLineEdit

    assert [w.objectName() for w in dialog.findChildren(QLineEdit)] == ["qt_spinbox_lineedit"]
    assert dialog.lock_spin.value() == 15
    assert dialog.language_combo.currentData() == ""
    assert [dialog.language_combo.itemData(i) for i in range(dialog.language_combo.count())] == ["", "en", "uk"]
    # Each language is named in itself.
    assert dialog.language_combo.itemText(2) == "Українська"
    assert "next started" in dialog.note_label.text()


def test_saving_writes_the_settings_file(qtbot, dialog, app_home):
    """Save writes the language chosen, keeping the rest of the file."""
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("uk"))
    assert dialog.offer_check.isChecked()  # the default
    dialog.offer_check.setChecked(False)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    saved = json.loads(app_home.settings_file.read_text(encoding="utf-8"))
    assert saved == {"user_name": "Olena", "language": "uk", "lock_after_minutes": 15, "offer_encryption": False}
    assert Settings.load(app_home.settings_file).language == "uk"


def test_system_default_saves_no_language(dialog, app_home):
    Settings(user_name="Olena", language="en").save(app_home.settings_file)
    dialog.language_combo.setCurrentIndex(0)
    dialog.save()
    assert Settings.load(app_home.settings_file).language == ""


def test_cancel_leaves_the_file_alone(dialog, app_home):
    before = app_home.settings_file.read_bytes()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("uk"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert app_home.settings_file.read_bytes() == before


def test_the_environment_variable_is_mentioned_when_set(qtbot, app_home, monkeypatch):
    monkeypatch.setenv(i18n.LANG_VARIABLE, "en")
    d = SettingsDialog(app_home.settings_file)
    qtbot.addWidget(d)
    assert i18n.LANG_VARIABLE in d.note_label.text() and "overrides" in d.note_label.text()


def test_start_language_follows_the_setting_then_the_variable(app_home, monkeypatch):
    monkeypatch.delenv(i18n.LANG_VARIABLE, raising=False)
    monkeypatch.setenv("LANGUAGE", "en_GB")
    Settings(language="uk").save(app_home.settings_file)
    assert start_language(app_home) == "uk"
    monkeypatch.setenv(i18n.LANG_VARIABLE, "en")
    assert start_language(app_home) == "en"


def test_an_unknown_variable_falls_back_to_the_system_language(app_home, monkeypatch):
    """The window opens all the same, in the system's language."""
    Settings(language="en").save(app_home.settings_file)
    monkeypatch.setenv(i18n.LANG_VARIABLE, "xx")
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    assert start_language(app_home) == "uk"


def test_dates_and_numbers_follow_the_language(qapp):
    """What install_language sets (QLocale's default) is what views show."""
    import datetime as dt

    from desktop.ui.text import date_text, long_date_text, number_text

    before = QLocale()
    try:
        QLocale.setDefault(QLocale("uk"))
        assert number_text(12345) == "12\u00a0345"
        assert long_date_text(dt.date(2026, 11, 25)) == "25 листопада 2026"
        QLocale.setDefault(QLocale("en"))
        assert number_text(12345) == "12,345"
        assert date_text(dt.date(2024, 1, 5)) == "5 Jan 2024"
    finally:
        QLocale.setDefault(before)


@pytest.mark.parametrize(("written", "minutes"), [(5, 5), (0, 0), (-3, 15), (True, 15), ("10", 15), (None, 15)])
def test_a_lock_time_that_is_not_whole_minutes_reads_as_the_default(app_home, written, minutes):
    """A hand-edited settings file never keeps the window from locking."""
    app_home.settings_file.parent.mkdir(parents=True, exist_ok=True)
    app_home.settings_file.write_text(json.dumps({"lock_after_minutes": written}), encoding="utf-8")
    assert Settings.load(app_home.settings_file).lock_after_minutes == minutes


@pytest.mark.parametrize(("written", "offered"), [(False, False), (True, True), (0, True), ("no", True), (None, True)])
def test_only_false_itself_stops_the_offer_to_encrypt(app_home, written, offered):
    app_home.settings_file.parent.mkdir(parents=True, exist_ok=True)
    app_home.settings_file.write_text(json.dumps({"offer_encryption": written}), encoding="utf-8")
    assert Settings.load(app_home.settings_file).offer_encryption is offered
