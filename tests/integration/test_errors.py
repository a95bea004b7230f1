"""Bugs are logged with their traceback and shown as one sentence; in the
app, a dialog, and the window stays."""

from __future__ import annotations

import sys


def test_an_internal_error_is_logged_and_summed_up(cli, monkeypatch, app_home):
    """Exit 1, one sentence naming the log, the traceback in the log file."""
    from desktop.services import rounds

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the program")

    monkeypatch.setattr(rounds, "list_rounds", broken)
    result = cli("rounds")
    assert result.code == 1
    assert "Traceback" not in result.err and str(app_home.log_file) in result.err
    log = app_home.log_file.read_text(encoding="utf-8")
    assert "Traceback" in log and "a bug in the program" in log


def test_the_app_shows_a_dialog_for_a_bug_and_keeps_running(qapp, app_home, monkeypatch, capsys):
    """The crash handler logs, and tells the user in a dialog."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.app import install_crash_handler

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *args: shown.append(args[2])))
    previous = sys.excepthook
    try:
        install_crash_handler(app_home)
        try:
            raise ValueError("boom")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert shown and "Everything saved before this stays saved" in shown[0]
    assert "boom" in app_home.log_file.read_text(encoding="utf-8")


def test_a_passphrase_never_reaches_a_message_or_the_log(cli, db, keys, monkeypatch, app_home):
    """A wrong passphrase is refused without being repeated anywhere."""
    secret = "my very secret words"
    monkeypatch.setenv("EXCHANGE_DESK_PASSPHRASE", secret)
    cli("demo")
    cli("submit", "6f1c")
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Supervisor Sam")
    result = cli("sign-off", "6f1c")
    assert result.code == 2
    assert secret not in result.err + result.out
    if app_home.log_file.exists():
        assert secret not in app_home.log_file.read_text(encoding="utf-8")
