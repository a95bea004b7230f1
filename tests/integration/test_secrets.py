"""Nothing secret leaves in a log or a loose file: a database password, the
records' values in a failed statement, the command's arguments; the log is
its owner's only (0600 in a 0700 folder), and so is every copy the program
makes. Each test is the attack it stops."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import sqlalchemy as sa


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_bug_logs_no_password_no_record_and_no_argument(cli, monkeypatch, app_home):
    """An internal error while a `--db` URL with a password is on the command
    line and a statement carrying a person's name failed: the log keeps the
    traceback, not the password, the name or the arguments."""
    from desktop.services import rounds

    def broken(*args, **kwargs):
        raise sa.exc.IntegrityError(
            "INSERT INTO figure (note) VALUES (?)", ("Ivan Petrenko, born 1990, captured at Azovstal",),
            Exception("postgresql+psycopg://desk:s3cretPW@db.office/exchange_desk refused"))

    monkeypatch.setattr(rounds, "list_rounds", broken)
    monkeypatch.setattr(sys, "argv", ["exchange-desk", "rounds", "--db",
                                      "postgresql+psycopg://desk:s3cretPW@db.office/exchange_desk"])
    app_home.log_dir.mkdir(parents=True)
    os.chmod(app_home.log_dir, 0o755)
    app_home.log_file.write_text("", encoding="utf-8")
    os.chmod(app_home.log_file, 0o644)  # as an earlier release left it
    result = cli("rounds")
    assert result.code == 1
    log = app_home.log_file.read_text(encoding="utf-8")
    assert "Traceback" in log and "IntegrityError" in log and "exchange-desk rounds" in log
    for secret in ("s3cretPW", "Ivan Petrenko", "Azovstal", "--db"):
        assert secret not in log, secret
    assert mode(app_home.log_file) == 0o600 and mode(app_home.log_dir) == 0o700


def test_the_apps_crash_log_is_cleaned_too(qapp, app_home, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.app import install_crash_handler

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda *args: None))
    previous = sys.excepthook
    try:
        install_crash_handler(app_home)
        try:
            raise RuntimeError("cannot reach postgresql+psycopg://olena:hunter22@server/desk")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    log = app_home.log_file.read_text(encoding="utf-8")
    assert "RuntimeError" in log and "hunter22" not in log and "olena:***@server" in log
    assert mode(app_home.log_file) == 0o600


def test_copies_the_program_makes_are_its_owners_only(cli, db_path, tmp_path, app_home, keys):
    """Backups, upgrade copies, exports and signed PDFs: 0600, whatever the umask."""
    from desktop.storage import sqlite

    old = os.umask(0o022)
    try:
        assert cli("demo").code == 0
        assert cli("backup", str(tmp_path / "b.db")).code == 0
        assert cli("export", str(tmp_path / "out.json")).code == 0
        assert cli("report", "6f1c", "-o", str(tmp_path / "r.pdf")).code == 0
        sqlite.backup_to(db_path, tmp_path / "upgrade-copy.bak")
    finally:
        os.umask(old)
    for name in ("b.db", "out.json", "r.pdf", "upgrade-copy.bak"):
        assert mode(tmp_path / name) == 0o600, name


def test_no_warning_noise_on_a_sign_off_or_a_verify(cli, db, keys, tmp_path, app_home, monkeypatch):
    """pyHanko's deprecation warning no longer shows on stderr."""
    from tests.helpers.flows import ROUND, ready_for_sign_off

    ready_for_sign_off(cli, db)
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Supervisor Sam")
    pdf = tmp_path / "signed.pdf"
    env = dict(os.environ)
    env.pop("EXCHANGE_DESK_DB", None)
    for args in (["sign-off", ROUND[:8], "-o", str(pdf)], ["verify", str(pdf)]):
        done = subprocess.run([sys.executable, "-m", "desktop", *args], env=env, capture_output=True, text=True,
                              timeout=120)
        assert done.returncode == 0, done.stderr
        assert "Warning" not in done.stderr, done.stderr
