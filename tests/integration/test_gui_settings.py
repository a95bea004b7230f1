"""Tools → Settings… in the main window: the dialog saves the language (for
the next start); who acts stays the key unlocked."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from desktop.settings import Settings
from desktop.ui.context import AppContext, Events
from desktop.ui.main_window import MainWindow
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.tasks import InlineTaskRunner
from tests.helpers.people import person


def test_settings_from_the_menu(qtbot, db, app_home, monkeypatch):
    monkeypatch.delenv("EXCHANGE_DESK_USER", raising=False)
    ctx = AppContext(db=db, actor=person("Olena"), paths=app_home, tasks=InlineTaskRunner(), events=Events())
    window = MainWindow(ctx)
    qtbot.addWidget(window)

    def answer(dialog: SettingsDialog) -> int:
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("uk"))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", answer)
    action = window.findChild(type(window.undo_action), "settings_action")
    assert action is not None and action.text().endswith("…")
    action.trigger()
    saved = Settings.load(app_home.settings_file)
    assert saved.language == "uk"
    assert ctx.actor.name == "Olena" and "Olena (supervisor)" in window.who_label.text()


def test_cancelled_settings_change_nothing(qtbot, db, app_home, monkeypatch):
    ctx = AppContext(db=db, actor=person("Olena"), paths=app_home, tasks=InlineTaskRunner(), events=Events())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    monkeypatch.setattr(SettingsDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    window.edit_settings()
    assert not app_home.settings_file.exists() and ctx.actor.name == "Olena"
