"""The window locks after a time without use: nothing of a round on screen,
the actions off, and the key's passphrase opens it again."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from desktop.settings import Settings
from desktop.ui.main_window import PAGE_LOCKED, PAGE_WORK
from tests.helpers.people import PASSPHRASE

SEED = uuid.UUID("6f1c2a3b-2024-4103-8000-000000000103")


def visible_text(window) -> str:
    """Every text a person could read in the application's windows now."""
    parts = [window.windowTitle()]
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for w in top.findChildren(QLabel) + top.findChildren(QLineEdit):
            if w.isVisible():
                parts.append(w.text())
    return "\n".join(parts)


def test_locked_after_its_minutes_nothing_shows_until_the_passphrase(window, qtbot, ctx):
    window.jobs.load_demo()
    assert window.rounds.select_round(SEED)
    qtbot.waitUntil(lambda: "Exchange of 3 January 2024" in visible_text(window), timeout=3000)
    assert window.idle.minutes == 15  # the default
    window.idle.expired.emit()  # as the timer does after 15 minutes without a key press or a click
    assert window.pages.currentIndex() == PAGE_LOCKED
    shown = visible_text(window)
    assert "Exchange of 3 January 2024" not in shown and "Ukrainian officials" not in shown
    assert "locked itself after 15 minutes without use" in shown
    assert not window.overview_action.isEnabled()  # Ctrl+0 cannot show the overview

    page = window.lock_page
    qtbot.keyClicks(page.passphrase, "not the passphrase")
    page.button.click()
    assert window.pages.currentIndex() == PAGE_LOCKED and "wrong" in page.error.text()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    page.button.click()
    assert window.pages.currentIndex() == PAGE_WORK and window.overview_action.isEnabled()
    assert "Exchange of 3 January 2024" in visible_text(window)


def test_the_minutes_are_a_setting(window, ctx, monkeypatch):
    """Tools › Settings: 0 is never; the window takes the new value at once."""
    from desktop.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx.paths.settings_file, window)
    dialog.lock_spin.setValue(0)
    dialog.save()
    assert Settings.load(ctx.paths.settings_file).lock_after_minutes == 0
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, *a: Settings.load(ctx.paths.settings_file)))
    window.edit_settings()
    assert window.idle.minutes == 0 and not window.idle.timer.isActive()


def test_an_encrypted_databases_window_opens_again_with_the_databases_passphrase(qtbot, cli, db_path, app_home,
                                                                                   monkeypatch):
    """The database's passphrase, not the key's, opens a locked window on an
    encrypted database (the passphrase the lock asked for before)."""
    from desktop.storage import Database, resolve_url
    from desktop.storage.sqlite import PASSPHRASE_VARIABLE
    from desktop.ui.context import AppContext, Events
    from desktop.ui.main_window import MainWindow
    from desktop.ui.tasks import InlineTaskRunner
    from tests.helpers.people import person

    words = "the office's database words"
    assert cli("demo").code == 0
    monkeypatch.setenv(PASSPHRASE_VARIABLE, words)
    assert cli("encrypt").code == 0
    monkeypatch.delenv(PASSPHRASE_VARIABLE)
    db = Database.open(resolve_url(str(db_path), db_path), key=words)
    ctx = AppContext(db=db, actor=person("Olena"), paths=app_home, tasks=InlineTaskRunner(), events=Events())
    from desktop.app import ui_state_settings

    window = MainWindow(ctx, ui_state=ui_state_settings(app_home))
    qtbot.addWidget(window)
    window.show()
    try:
        window.idle.expired.emit()
        page = window.lock_page
        assert "The database's passphrase opens it again" in visible_text(window)
        qtbot.keyClicks(page.passphrase, PASSPHRASE)  # the key's passphrase: not this one
        page.button.click()
        assert window.pages.currentIndex() == PAGE_LOCKED
        assert page.error.text() == "That is not the database's passphrase."
        page.passphrase.setText(words)
        page.button.click()
        assert window.pages.currentIndex() == PAGE_WORK
        # What was typed in the filter is not kept in the plain window-state file.
        window.rounds.filter_edit.setText("Vereshchuk")
        window.save_state()
        kept = (app_home.config_dir / "window-state.ini").read_text(encoding="utf-8")
        assert "geometry" in kept and "Vereshchuk" not in kept
    finally:
        window.close()
        db.close()


def test_what_a_job_has_to_say_waits_for_the_unlock(window, qtbot, ctx, monkeypatch):
    """Found by a review: an import finishing while the window was locked
    showed its rounds in a dialog over it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.dialogs import Ask

    before = window.pages.currentIndex()
    window.idle.expired.emit()
    assert window.pages.currentIndex() == PAGE_LOCKED
    shown: list[int] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(
        lambda _parent, _title, message: shown.append(window.pages.currentIndex())))

    def unlock() -> None:
        assert shown == []  # still waiting while locked
        window.lock_page.passphrase.setText(PASSPHRASE)
        window.lock_page.button.click()

    QTimer.singleShot(300, unlock)
    Ask.information(window, "Imported", "New: Secret round Vereshchuk")  # as a job's finish would
    assert shown == [before] and before != PAGE_LOCKED


def test_a_question_open_when_the_window_locks_is_closed_unanswered_and_said(window, qtbot, ctx):
    from PySide6.QtWidgets import QMessageBox

    question = QMessageBox(QMessageBox.Icon.Question, "Sign off", "Sign off the round of 3 January 2024?",
                           QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    question.setModal(True)
    question.show()
    window.idle.expired.emit()
    assert not question.isVisible()
    window.lock_page.passphrase.setText(PASSPHRASE)
    window.lock_page.button.click()
    assert not question.isVisible()  # it was ended; shown again it would answer nothing
    assert "closed unanswered, as if cancelled" in window.statusBar().currentMessage()


def test_a_window_deleted_while_locked_does_not_break_the_unlock(window, qtbot, ctx):
    """Found by the whole suite: another window of the application, shown
    when the lock came and deleted before the unlock, made the unlock fail."""
    from PySide6.QtWidgets import QWidget

    other = QWidget()
    other.setWindowTitle("Help")
    other.show()
    window.idle.expired.emit()
    other.deleteLater()
    qtbot.wait(50)
    window.lock_page.passphrase.setText(PASSPHRASE)
    window.lock_page.button.click()
    assert window.pages.currentIndex() != PAGE_LOCKED
