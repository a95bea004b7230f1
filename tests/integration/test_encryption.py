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
def encrypted(cli, db_path, monkeypatch) -> Path:
    """The demo, then `encrypt` (the passphrase given to scripts)."""
    assert cli("demo").code == 0
    assert in_clear(db_path)  # plain before
    monkeypatch.setenv(PASSPHRASE_VARIABLE, PASSPHRASE)
    result = cli("encrypt")
    assert result.code == 0, result.err
    assert "the plain file will be overwritten with zeros" in result.err and "The plain file is gone" in result.out
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
