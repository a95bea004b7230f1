"""Encrypting an unencrypted database from the app (at start, or Tools ›
Encrypt the database…): a passphrase chosen twice, the file and the
backups Exchange Desk keeps encrypted in place, the database opened again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.paths import AppPaths
from desktop.services import keychain
from desktop.services.encryption import encrypt, plain_copies
from desktop.services.errors import Refused, UserError
from desktop.settings import forget_typed_filter
from desktop.storage import Database, sqlite
from desktop.ui.dialogs import Ask
from desktop.ui.text import english_plural


def keep_in_keychain(parent: QWidget | None, path: Path, passphrase: str) -> None:
    if not keychain.store(path, passphrase):
        Ask.error(parent, "Exchange Desk", QCoreApplication.translate(
            "app", "The system keychain did not keep the passphrase; it will be asked for at each start."))


def encrypt_now(parent: QWidget | None, db: Database, paths: AppPaths) -> Database:
    """Ask for the passphrase, close `db`, encrypt its file and the kept
    backups, and return the database opened again: encrypted, or as it was
    if the person cancelled or the file could not be encrypted (then a
    dialog says why, and nothing was changed)."""
    path = sqlite.file_of(db.url)
    chosen = Ask.new_passphrase(parent, QCoreApplication.translate(
        "app", "The database %1 will be encrypted with the passphrase you choose now.").replace("%1", str(path)),
        keychain.available())
    if chosen is None:
        return db
    passphrase, keep = chosen
    url = db.url
    db.close()
    try:
        done = encrypt(path, passphrase, plain_copies(path, paths.data_dir / "backups"), paths.data_dir / "signed")
    except (UserError, Refused) as exc:
        Ask.error(parent, "Exchange Desk", str(exc))
        return Database.open(url)
    forget_typed_filter(paths.config_dir)
    if keep:
        keep_in_keychain(parent, path, passphrase)
    n = len(done.copies)
    said = english_plural(QCoreApplication.translate(
        "app", "The database and %n of its backup(s) are encrypted. The plain files are gone (their bytes "
        "overwritten; a disk that keeps old copies of blocks, such as an SSD, may still hold some). Keep the "
        "passphrase: without it nothing in the database or its backups can be read.", "", n), n)
    left = done.failed + done.pdfs_left
    if left:
        said += "\n\n" + QCoreApplication.translate(
            "app", "These could not be encrypted and can still be read; move them somewhere safe, or delete them: %1"
        ).replace("%1", ", ".join(str(f) for f in left))
    Ask.information(parent, "Exchange Desk", said)
    return Database.open(url, key=passphrase)
