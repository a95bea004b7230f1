"""The database at rest, encrypted with SQLCipher: what someone holding the
laptop reads in the file and its backups (nothing of the rounds), wrong and
missing passphrases, and every command on an encrypted database."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop.storage.sqlite import PASSPHRASE_VARIABLE

pytestmark = pytest.mark.sqlite_only

PASSPHRASE = "the office's database words"
#: Words of the demo rounds that must never be read in clear.
WORDS = (b"Ukrainian officials", b"Moskalkova", b"Coordination Headquarters", b"Vereshchuk")


def in_clear(path: Path) -> list[bytes]:
    data = path.read_bytes()
    for journal in (Path(f"{path}-wal"),):
        if journal.exists():
            data += journal.read_bytes()
    return [w for w in WORDS if w in data]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def encrypted(cli, db_path, app_home, monkeypatch) -> Path:
    """The demo, then `encrypt` (the passphrase given to scripts). The
    window's state file held a filter typed while it was unencrypted."""
    assert cli("demo").code == 0
    assert in_clear(db_path)  # plain before
    state = app_home.config_dir / "window-state.ini"
    state.write_text("[list]\nerrors=false\nfilter=Vereshchuk\n\n[window]\ngeometry=@ByteArray(x)\n")
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    result = cli("encrypt")
    assert result.code == 0, result.err
    assert "each plain file will be overwritten with zeros" in result.err and "The plain files are gone" in result.out
    kept = state.read_text()
    assert "Vereshchuk" not in kept and "geometry=@ByteArray(x)" in kept and "errors=false" in kept
    return db_path


def test_nothing_of_the_rounds_is_in_the_file_or_its_backup(cli, encrypted, tmp_path):
    assert not encrypted.read_bytes().startswith(b"SQLite format 3")
    assert in_clear(encrypted) == []
    assert cli("record", "6f1c2a3b", "--from", "Russia", "--to", "Ukraine", "--kind", "exchange",
               "--source", "Ukrainian officials", "--count", "231").code == 0
    assert in_clear(encrypted) == []
    assert cli("check").code == 0
    backup = tmp_path / "backup.db"
    assert cli("backup", str(backup)).code == 0
    assert in_clear(backup) == [] and not backup.read_bytes().startswith(b"SQLite format 3")
    # The backup restores (a copy of the database as it was is kept, encrypted too).
    restored = cli("restore", str(backup))
    assert restored.code == 0, restored.err
    kept = next((encrypted.parent / "backups").glob("before-restore-*.db"))
    assert in_clear(kept) == []


def test_a_wrong_or_missing_passphrase_is_one_sentence_and_changes_nothing(cli, encrypted, monkeypatch):
    before = digest(encrypted)
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "not the right words")
    wrong = cli("rounds")
    assert wrong.code == 2 and wrong.err.strip().count("\n") == 0
    assert "The passphrase does not open the encrypted database" in wrong.err
    monkeypatch.delenv(PASSPHRASE_VARIABLE)
    missing = cli("rounds")  # no terminal here: it cannot ask
    assert missing.code == 2 and f"give its passphrase in {PASSPHRASE_VARIABLE}" in missing.err
    assert digest(encrypted) == before


def test_change_passphrase(cli, encrypted, monkeypatch):
    monkeypatch.setenv("EXCHANGE_DESK_DB_NEW_PASSPHRASE", "newer database words")
    assert cli("change-passphrase").code == 0
    assert cli("rounds").code == 2  # the old passphrase opens nothing
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "newer database words")
    assert cli("rounds").code == 0


def test_encrypting_twice_is_refused(cli, encrypted):
    again = cli("encrypt")
    assert again.code == 2 and "is encrypted already" in again.err


def test_a_new_database_is_encrypted_when_a_passphrase_is_given(cli, db_path, monkeypatch):
    db_path.unlink(missing_ok=True)
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    assert cli("demo").code == 0
    assert in_clear(db_path) == [] and not db_path.read_bytes().startswith(b"SQLite format 3")


def test_the_app_asks_for_the_passphrase_until_it_opens(qtbot, cli, encrypted, monkeypatch):
    """No variable: a dialog asks; a wrong passphrase asks again with the
    reason above; the right one opens the database."""
    from desktop.app import open_database
    from desktop.storage import resolve_url
    from desktop.ui.dialogs import Ask

    monkeypatch.delenv(PASSPHRASE_VARIABLE)
    asked: list[str] = []
    answers = iter(["not the words", PASSPHRASE])

    def answer(_parent, _title, label):
        asked.append(label)
        return next(answers)

    monkeypatch.setattr(Ask, "passphrase", staticmethod(answer))
    db = open_database(resolve_url(str(encrypted), encrypted))
    try:
        assert db.key == PASSPHRASE and len(asked) == 2
        assert "is encrypted. Its passphrase:" in asked[0]
        assert asked[1].startswith("The passphrase does not open the encrypted database")
    finally:
        db.close()


# --- a new database is encrypted by default -----------------------------------


@pytest.fixture
def fresh(db_path, monkeypatch) -> Path:
    """No database yet, as on a new laptop, and nothing saying "plain"."""
    db_path.unlink()
    monkeypatch.delenv("EXCHANGE_DESK_DB_PLAIN")
    return db_path


@pytest.fixture
def keychain():
    import keyring
    from keyring.backends import null

    from tests.helpers.keychain import MemoryKeychain

    kept = MemoryKeychain()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(null.Keyring())


def test_a_command_without_terminal_or_passphrase_makes_no_database(cli, fresh):
    result = cli("demo")
    assert result.code == 2 and result.err.strip().count("\n") == 0
    assert f"There is no database at {fresh} yet, and a new one is encrypted: choose its passphrase in " \
           f"{PASSPHRASE_VARIABLE}" in result.err
    assert not fresh.exists()


def test_plain_only_when_asked(cli, fresh, monkeypatch):
    monkeypatch.setenv("EXCHANGE_DESK_DB_PLAIN", "1")
    assert cli("demo").code == 0
    assert fresh.read_bytes().startswith(b"SQLite format 3")


class Terminal:
    """A terminal whose person types `typed` at the passphrase prompts."""

    def __init__(self, monkeypatch, *typed: str):
        import getpass
        import sys

        self.prompts: list[str] = []
        answers = iter(typed)
        monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
        monkeypatch.setattr(getpass, "getpass", lambda prompt: self.prompts.append(prompt) or next(answers))


@pytest.mark.parametrize(("typed", "says"), [
    (("database words", "database wordz"), "The two passphrases differ; nothing was made."),
    (("short", "short"), "The passphrase must have at least 8 characters."),
])
def test_in_a_terminal_the_new_passphrase_is_chosen_twice(cli, fresh, monkeypatch, typed, says):
    Terminal(monkeypatch, *typed)
    refused = cli("rounds")
    assert refused.code == 2 and says in refused.err and not fresh.exists()


def test_in_a_terminal_a_new_database_is_made_encrypted(cli, fresh, monkeypatch):
    terminal = Terminal(monkeypatch, PASSPHRASE, PASSPHRASE)
    made = cli("demo")
    assert made.code == 0, made.err
    assert "It will be encrypted: without its passphrase nobody can read it" in made.err
    assert terminal.prompts == ["Passphrase for the new database: ", "Again: "]
    assert in_clear(fresh) == [] and not fresh.read_bytes().startswith(b"SQLite format 3")
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    assert "Exchange of 3 January 2024" in cli("rounds").out


def test_a_passphrase_kept_in_the_keychain_opens_the_database(cli, encrypted, monkeypatch, keychain):
    from desktop.services import keychain as kept

    monkeypatch.delenv(PASSPHRASE_VARIABLE)
    assert cli("rounds").code == 2
    assert kept.store(encrypted, PASSPHRASE)
    assert "Exchange of 3 January 2024" in cli("rounds").out
    # A kept passphrase that no longer opens it is no passphrase: the refusal stands.
    kept.store(encrypted, "an older passphrase")
    assert cli("rounds").code == 2


def test_the_app_has_a_new_databases_passphrase_chosen_and_keeps_it_if_asked(qtbot, fresh, monkeypatch, keychain):
    from desktop.app import open_database
    from desktop.services.keychain import SERVICE
    from desktop.storage import resolve_url
    from desktop.ui.dialogs import Ask

    offered: list[str | None] = []

    def choose(_parent, intro, keychain_name):
        offered.append(keychain_name)
        assert str(fresh) in intro
        return PASSPHRASE, True

    monkeypatch.setattr(Ask, "new_passphrase", staticmethod(choose))
    db = open_database(resolve_url(str(fresh), fresh))
    db.close()
    assert offered == ["the test keychain"]
    assert not fresh.read_bytes().startswith(b"SQLite format 3")
    assert keychain.kept == {(SERVICE, str(fresh.resolve())): PASSPHRASE}
    # The next start opens it from the keychain without asking.
    monkeypatch.setattr(Ask, "passphrase", staticmethod(lambda *a: pytest.fail("asked")))
    again = open_database(resolve_url(str(fresh), fresh))
    assert again.key == PASSPHRASE
    again.close()


def test_the_app_makes_no_database_when_the_choice_is_cancelled(qtbot, fresh, monkeypatch):
    from desktop.app import open_database
    from desktop.storage import DatabaseNew, resolve_url
    from desktop.ui.dialogs import Ask

    monkeypatch.setattr(Ask, "new_passphrase", staticmethod(lambda *a: None))
    with pytest.raises(DatabaseNew):
        open_database(resolve_url(str(fresh), fresh))
    assert not fresh.exists()


def test_the_passphrase_dialog_refuses_what_cannot_be_used(qtbot):
    from desktop.ui.passphrase_dialog import NewPassphraseDialog

    dialog = NewPassphraseDialog("A new database.", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.keep.isVisible()  # no keychain here: nothing offered
    qtbot.keyClicks(dialog.first, "short")
    qtbot.keyClicks(dialog.again, "short")
    dialog.accept()
    assert dialog.isVisible() and "at least 8 characters" in dialog.error.text()
    dialog.first.setText("database words")
    dialog.again.setText("database wordz")
    dialog.accept()
    assert dialog.isVisible() and "differ" in dialog.error.text() and dialog.again.text() == ""
    dialog.again.setText("database words")
    dialog.accept()
    assert not dialog.isVisible() and dialog.chosen() == ("database words", False)


@pytest.mark.parametrize("answer", ["encrypt", "later", "never"])
def test_the_app_offers_to_encrypt_a_plain_database(qtbot, cli, db_path, app_home, monkeypatch, answer):
    from desktop.app import offer_encryption
    from desktop.settings import Settings
    from desktop.storage import Database, resolve_url
    from desktop.ui.dialogs import Ask

    assert cli("demo").code == 0
    monkeypatch.delenv("EXCHANGE_DESK_DB_PLAIN")  # set: unencrypted on purpose, and nothing is offered
    offers: list[str] = []
    monkeypatch.setattr(Ask, "offer_encryption", staticmethod(lambda _p, _t, message: offers.append(message) or answer))
    monkeypatch.setattr(Ask, "new_passphrase", staticmethod(lambda *a: (PASSPHRASE, False)))
    monkeypatch.setattr(Ask, "information", staticmethod(lambda *a: None))
    url = resolve_url(str(db_path), db_path)
    db = offer_encryption(Database.open(url), app_home)
    try:
        assert "is not encrypted: whoever holds this laptop can read every round" in offers[0]
        assert (db.key == PASSPHRASE) == (answer == "encrypt")
        assert (in_clear(db_path) == []) == (answer == "encrypt")
        with db.engine.connect() as conn:  # every round still there
            assert conn.exec_driver_sql("SELECT count(*) FROM exchange_round").scalar() > 0
    finally:
        db.close()
    assert Settings.load(app_home.settings_file).offer_encryption == (answer != "never")
    if answer != "encrypt":
        again = offer_encryption(Database.open(url), app_home)
        again.close()
        assert len(offers) == (2 if answer == "later" else 1)


# --- no temporary file holds plain content ---------------------------------------


def temporary_files_during(conn, sql: str) -> set[str]:
    """SQLite's temporary files (named `etilqs_…`) held open while running
    `sql`: they are deleted at once, so they are caught open."""
    import os

    seen: set[str] = set()

    def look() -> int:
        for fd in os.listdir("/proc/self/fd"):
            try:
                target = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                continue
            if "etilqs_" in target:
                seen.add(target)
        return 0

    conn.set_progress_handler(look, 100)
    try:
        conn.execute(sql)
    finally:
        conn.set_progress_handler(None, 0)
    return seen


def test_sqlite_keeps_its_temporary_files_of_an_encrypted_database_in_memory(encrypted):
    from desktop.storage import Database, resolve_url

    db = Database.open(resolve_url(str(encrypted), encrypted), key=PASSPHRASE)
    raw = db.engine.raw_connection()
    try:
        conn = raw.driver_connection
        # The history fifty times over, sorted: more than SQLite keeps in its cache.
        conn.execute("PRAGMA cache_size = 16")
        sql = ("CREATE TEMP TABLE copied AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
               "WHERE i < 50) SELECT a.after, n.i FROM audit_entry a, n ORDER BY a.after, n.i")
        assert temporary_files_during(conn, sql) == set()
        # The watch sees them where SQLite is told to use files.
        conn.execute("DROP TABLE copied")
        conn.execute("PRAGMA temp_store = FILE")
        conn.execute("PRAGMA temp.cache_size = 16")
        assert temporary_files_during(conn, sql) != set()
    finally:
        raw.close()
        db.close()


def test_a_sealed_export_writes_nothing_in_clear_on_the_way(cli, encrypted, tmp_path, monkeypatch):
    """The system's temporary folder made unusable (a file in its place):
    a sealed interchange file and a sealed CSV are still made, so neither
    passed through a temporary file; a workbook would have."""
    import tempfile

    from tests.integration.test_sealed import cert_of

    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    to = cert_of("Taras", tmp_path)
    blocker = tmp_path / "no-temporary-files-here"
    blocker.write_text("")
    monkeypatch.setattr(tempfile, "tempdir", str(blocker))
    for out in ("sealed.json.p7m", "sealed.csv"):
        made = cli("export", str(tmp_path / out), "--to", to)
        assert made.code == 0, made.err
        assert in_clear(tmp_path / out) == []
    refused = cli("export", str(tmp_path / "sealed.xlsx"), "--to", to)
    assert refused.code == 2 and "A workbook cannot be sealed" in refused.err
    assert not (tmp_path / "sealed.xlsx").exists()
    # The watch works: an unsealed workbook goes through a temporary file.
    assert cli("export", str(tmp_path / "plain.xlsx")).code != 0


def test_a_changed_passphrase_replaces_the_one_kept_in_the_keychain(cli, encrypted, monkeypatch, keychain):
    from desktop.services import keychain as kept

    assert kept.store(encrypted, PASSPHRASE)
    monkeypatch.setenv("EXCHANGE_DESK_DB_NEW_PASSPHRASE", "newer database words")
    assert cli("change-passphrase").code == 0
    assert kept.stored(encrypted) == "newer database words"
    monkeypatch.delenv(PASSPHRASE_VARIABLE)
    assert cli("rounds").code == 0


def test_encrypt_also_encrypts_the_backups_kept_before(cli, db_path, app_home, monkeypatch, tmp_path):
    """The daily and weekly backups, a copy kept before a restore and one
    kept before an upgrade, all made while the database was plain: after
    `encrypt`, none of them reads in clear, and each restores."""
    import datetime as dt
    import shutil

    from desktop.services.integrity import automatic_backup
    from desktop.storage import Database, resolve_url

    assert cli("demo").code == 0
    db = Database.open(resolve_url(str(db_path), db_path))
    backups = app_home.data_dir / "backups"
    automatic_backup(db, backups, today=dt.date(2026, 12, 1))
    db.close()
    shutil.copyfile(backups / "daily-2026-12-01.db", backups / "before-restore-20261201T000000Z.db")
    upgrade_copy = db_path.with_name(f"{db_path.name}.before-0015-20261201T000000Z.bak")
    shutil.copyfile(backups / "daily-2026-12-01.db", upgrade_copy)
    copies = sorted(backups.glob("*.db")) + [upgrade_copy]
    assert len(copies) == 4 and all(in_clear(c) for c in copies)
    # What a backup killed halfway left (found by a review): removed, zeroed.
    partial = backups / ".daily-2026-12-02.db.partial"
    shutil.copyfile(backups / "daily-2026-12-01.db", partial)
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    done = cli("encrypt")
    assert done.code == 0, done.err
    assert "Encrypted" in done.out and "and 4 backups" in done.out
    assert "Backups made elsewhere with `exchange-desk backup` stay as they were" in done.err
    assert [c for c in copies if in_clear(c)] == [] and not partial.exists()
    restored = cli("restore", str(backups / "weekly-2026-W49.db"))
    assert restored.code == 0, restored.err
    assert "Exchange of 3 January 2024" in cli("rounds").out


def test_an_unencrypted_backup_restored_over_an_encrypted_database_is_encrypted(cli, db_path, monkeypatch, tmp_path):
    assert cli("demo").code == 0
    old = tmp_path / "made-before.db"
    assert cli("backup", str(old)).code == 0  # plain: made before the database was encrypted
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    assert cli("encrypt").code == 0
    restored = cli("restore", str(old))
    assert restored.code == 0, restored.err
    assert in_clear(db_path) == [] and not db_path.read_bytes().startswith(b"SQLite format 3")
    assert in_clear(old)  # the backup itself is the user's: left as it was
    assert "Exchange of 3 January 2024" in cli("rounds").out


def test_tools_encrypt_the_database_from_the_window(window, qtbot, ctx, db_path, monkeypatch, errors):
    from desktop.ui.dialogs import Ask

    window.jobs.load_demo()
    said: list[str] = []
    monkeypatch.setattr(Ask, "new_passphrase", staticmethod(lambda *a: (PASSPHRASE, False)))
    monkeypatch.setattr(Ask, "information", staticmethod(lambda _p, _t, message: said.append(message)))
    action = window.findChild(type(window.overview_action), "encrypt_action")
    action.trigger()
    assert errors == [] and ctx.db.is_encrypted and in_clear(db_path) == []
    assert said[0].startswith("The database and 0 of its backups are encrypted.")
    qtbot.waitUntil(lambda: window.rounds.model.rowCount() > 0, timeout=5000)  # the list reads it again
    action.trigger()
    assert said[1].startswith("The database is encrypted already.")


def test_nothing_is_offered_for_a_database_unencrypted_on_purpose(qtbot, cli, db_path, app_home, monkeypatch):
    from desktop.app import offer_encryption
    from desktop.storage import Database, resolve_url
    from desktop.ui.dialogs import Ask

    monkeypatch.setattr(Ask, "offer_encryption", staticmethod(lambda *a: pytest.fail("offered")))
    db = offer_encryption(Database.open(resolve_url(str(db_path), db_path)), app_home)  # EXCHANGE_DESK_DB_PLAIN=1
    assert not db.is_encrypted
    db.close()


def test_keep_in_the_keychain_is_kept_when_ticked(qtbot):
    """The box's answer once the dialog has closed (it was read from
    whether the box was visible, which it no longer is)."""
    from desktop.ui.passphrase_dialog import NewPassphraseDialog

    dialog = NewPassphraseDialog("A new database.", "the test keychain")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keep.isVisible()
    dialog.first.setText("database words")
    dialog.again.setText("database words")
    dialog.keep.setChecked(True)
    dialog.accept()
    assert not dialog.isVisible() and dialog.chosen() == ("database words", True)


def test_restore_over_an_encrypted_database_needs_its_passphrase(cli, encrypted, monkeypatch, tmp_path):
    """Found by a review: without the passphrase, a plain backup made the
    database unencrypted; with a wrong one, it was encrypted under that one."""
    old = tmp_path / "plain-backup.db"
    monkeypatch.delenv(PASSPHRASE_VARIABLE)
    monkeypatch.setenv("EXCHANGE_DESK_DB_PLAIN", "1")
    assert cli("--db", str(old), "demo").code == 0  # an unencrypted backup from elsewhere
    monkeypatch.delenv("EXCHANGE_DESK_DB_PLAIN")
    before = digest(encrypted)
    missing = cli("restore", str(old))
    assert missing.code == 2 and "is encrypted: give its passphrase in EXCHANGE_DESK_DB_PASSPHRASE" in missing.err
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "a wrong passphrase")
    wrong = cli("restore", str(old))
    assert wrong.code == 2 and "The passphrase does not open the encrypted database" in wrong.err
    assert digest(encrypted) == before
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    assert cli("restore", str(old)).code == 0
    assert in_clear(encrypted) == [] and cli("check").code == 0


def test_restore_where_there_is_no_database_yet_makes_it_encrypted(cli, db_path, monkeypatch, tmp_path):
    assert cli("demo").code == 0
    backup = tmp_path / "plain-backup.db"
    assert cli("backup", str(backup)).code == 0
    fresh = tmp_path / "new-laptop.db"
    monkeypatch.delenv("EXCHANGE_DESK_DB_PLAIN")
    refused = cli("--db", str(fresh), "restore", str(backup))
    assert refused.code == 2 and "a new one is encrypted: give its passphrase" in refused.err
    assert not fresh.exists()
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    made = cli("--db", str(fresh), "restore", str(backup))
    assert made.code == 0 and made.out.strip() == f"Restored {backup}."  # nothing was there to keep
    assert in_clear(fresh) == [] and not fresh.read_bytes().startswith(b"SQLite format 3")
    assert "Exchange of 3 January 2024" in cli("--db", str(fresh), "rounds").out


def test_an_empty_file_is_no_backup_and_stays_empty(cli, encrypted, tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    result = cli("restore", str(empty))
    assert result.code == 2 and "is empty, not a backup" in result.err
    assert empty.read_bytes() == b""


def test_a_damaged_encrypted_database_is_restored_from_the_app(qtbot, cli, encrypted, app_home, monkeypatch, tmp_path):
    """At start: the right passphrase on a damaged encrypted file is not
    asked for again and again; the offer to restore takes it and opens the
    encrypted backup (found by a review: it could not)."""
    from desktop.app import NotOpened, offer_restore, open_database
    from desktop.storage import resolve_url
    from desktop.ui.dialogs import Ask

    backup = tmp_path / "daily.db"
    assert cli("backup", str(backup)).code == 0  # encrypted, as the database
    monkeypatch.delenv(PASSPHRASE_VARIABLE)
    data = encrypted.read_bytes()
    encrypted.write_bytes(data[: len(data) // 2])  # truncated
    asked: list[str] = []
    monkeypatch.setattr(Ask, "passphrase", staticmethod(lambda _p, _t, label: asked.append(label) or PASSPHRASE))
    with pytest.raises(NotOpened) as refused:
        open_database(resolve_url(str(encrypted), encrypted))
    assert len(asked) == 1 and "cannot be used" in str(refused.value) and refused.value.key == PASSPHRASE
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a: True))
    monkeypatch.setattr(Ask, "open_backup", staticmethod(lambda *a: str(backup)))
    db = offer_restore(app_home, None, str(refused.value), refused.value.key)
    assert db is not None and db.is_encrypted and len(asked) == 1
    db.close()
    assert in_clear(encrypted) == []


def test_signed_pdfs_are_kept_inside_an_encrypted_database_only(cli, db, db_path, app_home, monkeypatch, tmp_path):
    """Found by a review: every sign-off left a readable PDF of the round in
    the data folder. `encrypt` removes the copies the database holds; a
    sign-off on an encrypted database keeps none beside it."""
    from tests.helpers.flows import ROUND, ready_for_sign_off

    ready_for_sign_off(cli, db)
    db.close()
    assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "signed.pdf")).code == 0
    signed = app_home.data_dir / "signed"
    (copy,) = signed.glob("*.pdf")
    stray = signed / "from-an-earlier-release.pdf"
    stray.write_bytes(b"%PDF-1.7 not held by the database")
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    done = cli("encrypt")
    assert done.code == 0, done.err
    assert "1 signed PDF kept beside the database removed the same way" in done.out
    assert f"{stray} is a signed PDF the database does not hold" in done.err
    assert not copy.exists() and stray.exists()
    stray.unlink()
    # Reopened and signed again on the encrypted database: nothing beside it.
    assert cli("reopen", ROUND[:8], "--reason", "A name was misspelt").code == 0
    assert cli("submit", ROUND[:8]).code == 0
    assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "again.pdf")).code == 0
    assert list(signed.glob("*.pdf")) == []
    kept = tmp_path / "from-the-database.pdf"
    assert cli("report", ROUND[:8], "--signed", "-o", str(kept)).code == 0
    assert cli("verify", str(kept)).code == 0


def test_change_passphrase_takes_the_kept_backups_along(cli, encrypted, app_home, monkeypatch, tmp_path):
    """Found by a review: the backups stayed under the old passphrase, so a
    restore with the new one was refused."""
    import datetime as dt

    from desktop.services.integrity import automatic_backup
    from desktop.storage import Database, resolve_url

    db = Database.open(resolve_url(str(encrypted), encrypted), key=PASSPHRASE)
    automatic_backup(db, app_home.data_dir / "backups", today=dt.date(2026, 12, 1))
    db.close()
    monkeypatch.setenv("EXCHANGE_DESK_DB_NEW_PASSPHRASE", "newer database words")
    changed = cli("change-passphrase")
    assert changed.code == 0 and "and 2 of its backups now open with the new passphrase only" in changed.out
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "newer database words")
    restored = cli("restore", str(app_home.data_dir / "backups" / "daily-2026-12-01.db"))
    assert restored.code == 0, restored.err


def test_change_passphrase_refuses_while_another_program_has_the_database_open(encrypted, app_home):
    """Found by a review: the other program's every read then failed."""
    import os
    import subprocess
    import sys

    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from desktop.storage import sqlite; "
        f"c = sqlite.connect(sys.argv[1], {PASSPHRASE!r}); c.execute('SELECT count(*) FROM exchange_round').fetchone(); "
        "print('open', flush=True); time.sleep(60)"), str(encrypted)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        before = digest(encrypted)
        env = {**os.environ, "EXCHANGE_DESK_HOME": str(app_home.data_dir.parent), PASSPHRASE_VARIABLE: PASSPHRASE,
               "EXCHANGE_DESK_DB_NEW_PASSPHRASE": "newer database words"}
        done = subprocess.run([sys.executable, "-m", "desktop", "change-passphrase"], capture_output=True, text=True,
                              env=env, timeout=60)
        assert done.returncode == 3 and "is open in another program" in done.stderr, done.stderr
        assert digest(encrypted) == before
    finally:
        holder.kill()
        holder.wait()


def test_ctrl_d_at_a_passphrase_prompt_is_one_sentence(cli, fresh, monkeypatch):
    import getpass
    import sys

    def ended(_prompt):
        raise EOFError

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass, "getpass", ended)
    result = cli("rounds")
    assert result.code == 2 and result.err.strip().endswith("\nNo passphrase was given; nothing was done.")
    assert not fresh.exists()


def test_a_new_database_is_not_made_with_a_short_passphrase(cli, fresh, monkeypatch):
    monkeypatch.setenv(PASSPHRASE_VARIABLE, "x")
    result = cli("demo")
    assert result.code == 2 and "must have at least 8 characters; nothing was made" in result.err
    assert not fresh.exists()


def test_restore_leaves_the_backup_it_reads_as_it_was(cli, db_path, tmp_path):
    """Found by a review: the backup checked before a restore was switched
    to the write-ahead journal (a change to the user's own file)."""
    import sqlite3

    assert cli("demo").code == 0
    backup = tmp_path / "rollback-journal.db"
    assert cli("backup", str(backup)).code == 0
    conn = sqlite3.connect(backup)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = digest(backup)
    assert cli("restore", str(backup)).code == 0
    assert digest(backup) == before
