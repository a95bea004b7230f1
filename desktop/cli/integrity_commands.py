"""Commands that prove the data holds: check, backup, restore, history."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from desktop.cli.exits import EXIT_DAMAGE, EXIT_OK
from desktop.i18n import translate


def cmd_check(args: argparse.Namespace, ctx) -> int:
    from desktop.services.integrity import check
    from desktop.services.keys import KeyStore

    report = check(ctx.db, KeyStore(ctx.paths))
    for note in report.notes:
        print(translate("cli", "note: {note}").format(note=note))
    if report.ok:
        entries = translate("cli", "%n history entries chained", "", report.entries)
        rounds = translate("cli", "%n round(s) checked against their sign-offs", "", report.rounds)
        print(translate("cli", "All holds: {database} is intact; {entries}; {rounds}.").format(
            database=ctx.db.describe(), entries=entries, rounds=rounds))
        return EXIT_OK
    for problem in report.problems:
        print(translate("cli", "damage: {problem}").format(problem=problem), file=sys.stderr)
    print(translate("cli", "%n problem(s) found in {database}; restore a backup (`exchange-desk restore FILE`).",
                    "", len(report.problems)).format(database=ctx.db.describe()), file=sys.stderr)
    return EXIT_DAMAGE


def cmd_backup(args: argparse.Namespace, ctx) -> int:
    from desktop.services.integrity import backup

    path = backup(ctx.db, Path(args.file))
    print(translate("cli", "Backed up {database} to {file}.").format(database=ctx.db.describe(), file=path))
    return EXIT_OK


def cmd_encrypt(args: argparse.Namespace, ctx) -> int:
    """Encrypt the plain database in place (SQLCipher)."""
    from desktop.cli.key_commands import passphrase_from
    from desktop.services.encryption import encrypt
    from desktop.services.errors import UserError
    from desktop.services.keys import check_passphrase_strength
    from desktop.storage import resolve_url, sqlite

    url = resolve_url(ctx.db_option, ctx.paths.database)
    if url.get_backend_name() != "sqlite":
        raise UserError(translate("cli", "encrypt: a server database is protected by the server (TLS, its disks)."))
    path = sqlite.file_of(url)
    key = passphrase_from(translate("cli", "New passphrase for the database {path}: ").format(path=path),
                          confirm=True, variable=sqlite.PASSPHRASE_VARIABLE)()
    check_passphrase_strength(key)
    from desktop.services.encryption import plain_copies

    copies = plain_copies(path, ctx.paths.data_dir / "backups")
    print(translate("cli", "Encrypting {path} and the %n unencrypted backup(s) Exchange Desk keeps: each plain file "
                           "will be overwritten with zeros and removed once its encrypted copy holds every row.", "",
                    len(copies)).format(path=path), file=sys.stderr)
    done = encrypt(path, key, copies, ctx.paths.data_dir / "signed")
    from desktop.settings import forget_typed_filter

    forget_typed_filter(ctx.paths.config_dir)
    print(translate("cli", "Encrypted {path} and %n backup(s). The plain files are gone (their bytes overwritten; a "
                           "disk that keeps old copies of blocks, such as an SSD, may still hold some). Keep the "
                           "passphrase: without it nothing in the database or its backups can be read.", "",
                    len(done.copies)).format(path=path))
    if done.pdfs_removed:
        print(translate("cli", "%n signed PDF(s) kept beside the database removed the same way: the database holds "
                               "them (`exchange-desk report ROUND --signed -o FILE` writes one).", "",
                        len(done.pdfs_removed)))
    for copy in done.failed:
        print(translate("cli", "{file} could not be encrypted (it may be damaged) and can still be read: delete it.")
              .format(file=copy), file=sys.stderr)
    for pdf in done.pdfs_left:
        print(translate("cli", "{file} is a signed PDF the database does not hold (an earlier release kept it only "
                               "there) and can still be read: move it somewhere safe, or delete it.").format(file=pdf),
              file=sys.stderr)
    print(translate("cli", "Backups made elsewhere with `exchange-desk backup` stay as they were: encrypt each with "
                           "`exchange-desk --db FILE encrypt`, or delete them."), file=sys.stderr)
    return EXIT_OK


def cmd_change_passphrase(args: argparse.Namespace, ctx) -> int:
    from desktop.cli.key_commands import passphrase_from
    from desktop.services.encryption import change_passphrase, kept_copies
    from desktop.services.errors import Refused
    from desktop.services.keys import check_passphrase_strength
    from desktop.storage import resolve_url, sqlite

    url = resolve_url(ctx.db_option, ctx.paths.database)
    if url.get_backend_name() == "sqlite" and sqlite.open_elsewhere(sqlite.file_of(url)):
        # Its connections would go on with the old key: every read would fail.
        raise Refused(translate("cli", "{path} is open in another program (the app?); close it, then change the "
                                       "passphrase. Nothing was changed.").format(path=sqlite.file_of(url)))
    db = ctx.db
    new = passphrase_from(translate("cli", "New passphrase for the database: "), confirm=True,
                          variable="EXCHANGE_DESK_DB_NEW_PASSPHRASE")()
    check_passphrase_strength(new)
    copies = kept_copies(sqlite.file_of(url), ctx.paths.data_dir / "backups") if db.is_sqlite else []
    done, other = change_passphrase(db, new, copies)
    print(translate("cli", "The database {path} and %n of its backup(s) now open with the new passphrase only.", "",
                    len(done)).format(path=db.describe()))
    for copy in other:
        print(translate("cli", "{file} does not open with the old passphrase and was left as it was.").format(
            file=copy), file=sys.stderr)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, ctx) -> int:
    from desktop.services.errors import UserError
    from desktop.services.integrity import restore
    from desktop.storage import resolve_url, sqlite

    url = resolve_url(ctx.db_option, ctx.paths.database)
    if url.get_backend_name() != "sqlite":
        raise UserError(translate("cli", "restore: a server database is restored with the server's own tools."))
    from desktop.services.keys import KeyStore

    path = sqlite.file_of(url)
    key = os.environ.get(sqlite.PASSPHRASE_VARIABLE) or None
    if key is None and sqlite.is_encrypted(path):
        from desktop.services import keychain

        key = keychain.stored(path)
        if key is None and sys.stdin.isatty():
            from desktop.cli import database_passphrase

            key = database_passphrase(translate("cli", "Passphrase for the database {path}: ").format(path=path))
    kept = restore(path, Path(args.file), ctx.paths.data_dir / "backups", KeyStore(ctx.paths), key=key)
    if kept is None:
        print(translate("cli", "Restored {file}.").format(file=args.file))
    else:
        print(translate("cli", "Restored {file}; the database as it was is kept in {kept}.").format(
            file=args.file, kept=kept))
    ctx.db_key = key
    _ = ctx.db  # open it now: an older backup is upgraded, with its own backup made first
    return EXIT_OK


def cmd_history(args: argparse.Namespace, ctx) -> int:
    from desktop.history_text import comment_text, history_lines
    from desktop.labels import history_label
    from desktop.services.integrity import history

    rid, entries = history(ctx.db, args.round)
    lines = history_lines(entries, rid)
    if args.json:
        out = [{
            "seq": e.seq, "at": e.at.astimezone(dt.UTC).isoformat(), "actor": e.actor, "action": e.action,
            "entity": e.entity, "entity_id": e.entity_id, "before": e.before, "after": e.after, "detail": e.detail,
            "changes": changes,
        } for e, changes in zip(entries, lines, strict=True)]
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    print(translate("cli", "History of round {round}, oldest first").format(round=rid))
    for e, changes in zip(entries, lines, strict=True):
        comment = comment_text(e)
        print()
        print(f"{e.at.astimezone(dt.UTC):%Y-%m-%d %H:%M:%S} UTC  {e.actor}  {history_label(e.action, e.entity)}"
              + (f"  ({comment})" if comment else ""))
        for line in changes:
            print(f"    {line}")
    return EXIT_OK


def add_commands(add) -> None:
    add("check", cmd_check,
        translate("cli", "check the database: integrity, foreign keys, the audit chain, sign-offs"))
    p = add("backup", cmd_backup,
            translate("cli", "write a consistent copy of the database (also while the app is open)"))
    p.add_argument("file", metavar="FILE")
    p = add("restore", cmd_restore, translate("cli", "replace the database by a backup (the current one is kept)"))
    p.add_argument("file", metavar="FILE")
    add("encrypt", cmd_encrypt, translate(
        "cli", "encrypt the plain database in place (SQLCipher; the passphrase from EXCHANGE_DESK_DB_PASSPHRASE, "
        "else asked twice)"))
    add("change-passphrase", cmd_change_passphrase, translate(
        "cli", "give the encrypted database a new passphrase (EXCHANGE_DESK_DB_NEW_PASSPHRASE, else asked twice)"))
    p = add("history", cmd_history, translate("cli", "who changed what in a round, when, from what to what"))
    p.add_argument("round", metavar="ROUND")
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON for programs"))
