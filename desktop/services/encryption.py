"""Encryption at rest, file by file: a plain database and the copies
Exchange Desk keeps of it encrypted in place with SQLCipher, a new
passphrase for an encrypted one and its copies, and what is left behind
in clear removed (its bytes overwritten first).

The database itself is opened encrypted by `storage.sqlite`; what is here
turns files from one state into the other, each crash-safe: a crash leaves
a file plain or encrypted, never neither."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.i18n import translate
from desktop.services.errors import Refused, UserError
from desktop.storage import Database, sqlite


def plain_copies(db_path: Path, backups_dir: Path) -> list[Path]:
    """The unencrypted copies this program has kept of databases: the
    automatic backups and those kept before a restore (in `backups_dir`),
    and the copies kept before an upgrade (beside the database); and what
    a backup or a restore killed halfway left."""
    found = _copies_of(db_path, backups_dir)
    found += sorted(backups_dir.glob(".*.partial")) if backups_dir.is_dir() else []
    found += [db_path.with_name(f".{db_path.name}.restoring")]
    return [p for p in found if p.is_file() and p.stat().st_size > 0 and not sqlite.is_encrypted(p)]


def _copies_of(db_path: Path, backups_dir: Path) -> list[Path]:
    """The backups kept in `backups_dir` and the copies kept before an upgrade."""
    found = sorted(backups_dir.glob("*.db")) if backups_dir.is_dir() else []
    return found + sorted(db_path.parent.glob(f"{db_path.name}.before-*.bak"))


#: What a backup or a restore killed halfway leaves: not a copy to keep.
LEFTOVER_SUFFIXES = (".partial", ".restoring")


@dataclass(frozen=True)
class Encrypted:
    """What `encrypt` did beyond the database itself."""

    #: Backups encrypted with it.
    copies: list[Path]
    #: Backups that could not be (damaged): still readable, to be deleted.
    failed: list[Path]
    #: Signed PDFs kept beside the database, removed: the database holds them.
    pdfs_removed: list[Path]
    #: Signed PDFs kept beside it that the database does not hold: left.
    pdfs_left: list[Path]


def encrypt(db_path: Path, key: str, copies: Sequence[Path] = (), signed_dir: Path | None = None) -> Encrypted:
    """Encrypt a plain database file in place with SQLCipher, then each of
    `copies` (its backups, see `plain_copies`) with the same passphrase.
    Each is made as an encrypted copy beside it and checked (the same rows
    in every table), then put in its place in one rename; the plain file's
    bytes are then overwritten with zeros through a handle held open across
    the rename, and its journal files removed. A crash leaves each file
    plain or encrypted, never neither. The signed PDFs kept in `signed_dir`
    that the database holds too are then overwritten with zeros and
    removed; those it does not hold (signed by a release that kept them
    only there) are left, and said."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        raise UserError(translate("integrity", "{path}: no database here to encrypt.").format(path=db_path))
    if sqlite.is_encrypted(db_path):
        raise UserError(translate("integrity", "{path} is encrypted already (or is no SQLite file); nothing was "
                                               "changed.").format(path=db_path))
    if sqlite.open_elsewhere(db_path):
        raise Refused(translate(
            "integrity", "{path} is open in another program (the app?); close it, then encrypt. Nothing was "
            "changed.").format(path=db_path))
    _encrypt_in_place(db_path, key)
    done, failed = [], []
    for copy in copies:
        if copy.name.endswith(LEFTOVER_SUFFIXES):
            _zero_and_remove(copy)
            continue
        try:
            _encrypt_in_place(copy, key)
            done.append(copy)
        except (UserError, OSError, *sqlite.driver_errors()):
            failed.append(copy)
    removed, left = _drop_signed_copies(db_path, key, signed_dir)
    return Encrypted(done, failed, removed, left)


def _drop_signed_copies(db_path: Path, key: str, signed_dir: Path | None) -> tuple[list[Path], list[Path]]:
    if signed_dir is None or not signed_dir.is_dir():
        return [], []
    import hashlib

    conn = sqlite.connect(db_path, key)
    try:
        held = {row[0] for row in conn.execute("SELECT pdf_sha256 FROM sign_off WHERE pdf IS NOT NULL")}
    finally:
        conn.close()
    removed, left = [], []
    for pdf in sorted(signed_dir.glob("*.pdf")):
        if hashlib.sha256(pdf.read_bytes()).hexdigest() not in held:
            left.append(pdf)
            continue
        _zero_and_remove(pdf)
        removed.append(pdf)
    return removed, left


def _zero_and_remove(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        _zero(fd, os.fstat(fd).st_size)
    finally:
        os.close(fd)
    path.unlink()


def export_encrypted(plain_path: Path, target: Path, key: str, *, checkpoint: bool = False) -> None:
    """An encrypted copy of the plain database at `plain_path` in `target`
    (made empty, owner only), through SQLCipher's `sqlcipher_export`,
    checked row for row; `UserError` if it does not hold the same rows.
    With `checkpoint`, the plain file's journal is first folded into it
    (it is about to be overwritten with zeros)."""
    import sqlcipher3

    plain = sqlcipher3.connect(str(plain_path))
    try:
        if checkpoint:
            plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        quoted = "'" + key.replace("'", "''") + "'"
        plain.execute(f"ATTACH DATABASE '{str(target).replace(chr(39), chr(39) * 2)}' AS encrypted KEY {quoted}")
        plain.execute(f"PRAGMA encrypted.cipher_page_size = {sqlite.PAGE_SIZE}")
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute("DETACH DATABASE encrypted")
        tables = [r[0] for r in plain.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        counts = {t: plain.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        plain.close()
    sealed = sqlite.connect(target, key)
    try:
        sealed.execute("PRAGMA journal_mode = WAL")
        same = {t: sealed.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        ok = sealed.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        sealed.close()
    if same != counts or not ok:
        raise UserError(translate("integrity", "{path}: the encrypted copy did not hold the same rows; nothing "
                                               "was changed.").format(path=plain_path))
    with target.open("rb+") as f:
        os.fsync(f.fileno())


def _encrypt_in_place(path: Path, key: str) -> None:
    tmp = path.with_name(f".{path.name}.encrypting")
    tmp.unlink(missing_ok=True)
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        export_encrypted(path, tmp, key, checkpoint=True)
        old = os.open(path, os.O_RDWR)
        try:
            size = os.fstat(old).st_size
            os.replace(tmp, path)
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            _zero(old, size)
        finally:
            os.close(old)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _zero(fd: int, size: int) -> None:
    """Overwrite an (unlinked) file's bytes with zeros, to the disk."""
    os.lseek(fd, 0, os.SEEK_SET)
    block = b"\0" * (1 << 20)
    left = size
    while left > 0:
        left -= os.write(fd, block[:min(left, len(block))])
    os.fsync(fd)


def change_passphrase(db: Database, new_key: str, copies: Sequence[Path] = ()) -> tuple[list[Path], list[Path]]:
    """Re-encrypt an encrypted database under a new passphrase (SQLCipher's
    rekey, one transaction), then each of `copies` (its kept backups, see
    `kept_copies`) that the old passphrase opens. Returns the copies
    re-encrypted and those left under another passphrase."""
    if not db.is_sqlite or db.key is None:
        raise UserError(translate("integrity", "{path} is not encrypted; `exchange-desk encrypt` encrypts it.").format(
            path=db.describe()))
    old_key = db.key
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA rekey = '" + new_key.replace("'", "''") + "'")
        cursor.close()
    finally:
        raw.close()
    db.engine.dispose()
    from desktop.services import keychain

    path = sqlite.file_of(db.url)
    if keychain.stored(path) is not None:  # kept there: keep the new one instead
        keychain.store(path, new_key)
    done, other = [], []
    for copy in copies:
        try:
            conn = sqlite.connect(copy, old_key)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                conn.execute("PRAGMA rekey = '" + new_key.replace("'", "''") + "'")
            finally:
                conn.close()
            done.append(copy)
        except sqlite.driver_errors():
            other.append(copy)
    return done, other


def kept_copies(db_path: Path, backups_dir: Path) -> list[Path]:
    """The encrypted copies this program has kept of databases (where
    `plain_copies` finds the unencrypted ones)."""
    return [p for p in _copies_of(db_path, backups_dir) if p.is_file() and sqlite.is_encrypted(p)]
