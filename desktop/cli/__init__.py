"""The command line: `exchange-desk SUBCOMMAND`.

Exit codes: 0 done, 1 internal error, 2 bad input or usage, 3 refused.
A user's mistake is one sentence on stderr, never a traceback; a bug is
logged with its traceback in the log folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop import __version__
from desktop.cli.exits import EXIT_INTERNAL, EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from desktop.i18n import translate
from desktop.paths import AppPaths
from desktop.services.errors import Refused, UserError


@dataclass
class Context:
    """What a command needs, made on demand (no database opened for --help)."""

    paths: AppPaths
    db_option: str | None
    _db: object = field(default=None, init=False)
    _actor: object = field(default=None, init=False)
    #: The database's passphrase when a command has it already (asked once).
    db_key: str | None = field(default=None, init=False)

    @property
    def db(self):
        if self._db is None:
            from desktop.storage import (
                Database,
                DatabaseLocked,
                DatabaseNew,
                DatabaseWrongKey,
                resolve_url,
            )

            url = resolve_url(self.db_option, self.paths.database)
            try:
                self._db = Database.open(url, key=self.db_key)
            except DatabaseNew as new:
                self._db = Database.open(url, key=_new_database_passphrase(new))
            except DatabaseLocked as locked:
                from desktop.services import keychain

                kept = keychain.stored(locked.path)
                if kept:
                    try:
                        self._db = Database.open(url, key=kept)
                        return self._db
                    except DatabaseWrongKey:
                        pass  # changed since it was kept: ask
                if not sys.stdin.isatty():
                    raise
                self._db = Database.open(url, key=database_passphrase(
                    translate("cli", "Passphrase for the database {path}: ").format(path=locked.path)))
        return self._db

    @property
    def actor(self):
        """The person acting: the key named by `EXCHANGE_DESK_KEY` (or the
        only one here), unlocked (`EXCHANGE_DESK_PASSPHRASE`, else asked)."""
        return self.acting(None)

    def acting(self, name: str | None):
        from desktop.cli.key_commands import passphrase_from
        from desktop.services.keys import KEY_VARIABLE, KeyStore

        if self._actor is None or name:
            self._actor = KeyStore(self.paths).unlock(
                name or os.environ.get(KEY_VARIABLE) or None,
                lambda who: passphrase_from(translate("cli", "Passphrase for {name}'s key: ").format(name=who))())
        return self._actor

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def database_passphrase(prompt: str, *, confirm: bool = False) -> str:
    from desktop.cli.key_commands import passphrase_from
    from desktop.storage.sqlite import PASSPHRASE_VARIABLE

    return passphrase_from(prompt, confirm=confirm, variable=PASSPHRASE_VARIABLE)()


def _new_database_passphrase(new) -> str:
    """A new database's passphrase, chosen twice in the terminal (without a
    terminal, the refusal says how to give it)."""
    from desktop.services.keys import check_passphrase_strength

    if not sys.stdin.isatty():
        raise new
    print(translate("cli", "There is no database at {path} yet. It will be encrypted: without its passphrase nobody "
                           "can read it or its backups, so keep the passphrase safe.").format(path=new.path),
          file=sys.stderr)
    chosen = database_passphrase(translate("cli", "Passphrase for the new database: "), confirm=True)
    check_passphrase_strength(chosen)
    return chosen


def _derive_ahead(paths: AppPaths, db_option: str | None) -> None:
    """An encrypted database's key takes a tenth of a second to derive from
    its passphrase: start it now, beside the loading of SQLAlchemy (or Qt),
    not after."""
    from desktop.storage import schema, sqlite

    passphrase = os.environ.get(sqlite.PASSPHRASE_VARIABLE)
    chosen = db_option or os.environ.get(schema.DB_VARIABLE) or str(paths.database)
    if passphrase and "://" not in chosen:
        sqlite.derive_ahead(Path(chosen).expanduser(), passphrase)


def _date(text: str) -> dt.date:
    try:
        if len(text) != 10:
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "{text!r} is not a date written YYYY-MM-DD").format(text=text)) from None


def _emit_json(value: object) -> None:
    """A list prints one element per line: readable, and fast (an `indent`
    would switch `json` to its slow pure-Python encoder)."""
    if isinstance(value, list):
        body = ",\n".join(json.dumps(item, ensure_ascii=False) for item in value)
        sys.stdout.write(f"[\n{body}\n]\n" if value else "[]\n")
    else:
        sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def check_range(args: argparse.Namespace) -> None:
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UserError(translate("cli", "--from {start} is after --to {end}.").format(
            start=args.date_from, end=args.date_to))


# --- commands ----------------------------------------------------------------


def cmd_demo(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services.demo import add_demo

    summary = add_demo(ctx.db, actor=ctx.actor)
    if summary.rounds_created:
        print(translate("cli", "Added %n demo round(s) to {database}.", "", summary.rounds_created).format(
            database=ctx.db.describe()))
    else:
        print(translate("cli", "The demo rounds are already here; nothing added."))
    return EXIT_OK


def cmd_rounds(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.cli.output import rounds_table
    from desktop.services.rounds import list_rounds

    check_range(args)
    rounds = list_rounds(ctx.db, date_from=args.date_from, date_to=args.date_to)
    if args.json:
        _emit_json([r.to_dict() for r in rounds])
    else:
        print(rounds_table(rounds, filtered=bool(args.date_from or args.date_to)))
    return EXIT_OK


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.cli.output import round_text
    from desktop.services.rounds import discrepancies, get_round

    doc = get_round(ctx.db, args.round)
    found = discrepancies(ctx.db, ref=str(doc.id))
    if args.json:
        _emit_json(doc.to_dict() | {"discrepancies": [d.to_dict() for d in found]})
    else:
        print(round_text(doc, found))
    return EXIT_OK


def cmd_discrepancies(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.cli.output import discrepancies_table
    from desktop.services.rounds import discrepancies, discrepancies_json

    if args.json:
        sys.stdout.write(discrepancies_json(ctx.db, ref=args.round))
    else:
        found = discrepancies(ctx.db, ref=args.round)
        print(discrepancies_table(found, with_round=args.round is None))
    return EXIT_OK


def cmd_operations(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.cli.output import operations_json, operations_text
    from desktop.services.rounds import operations_of

    found = operations_of(ctx.db, name=args.name)
    if args.name is not None and not found:
        raise UserError(translate("cli", "--name: no round is a stage of an operation named {name!r}.").format(
            name=args.name))
    if args.json:
        _emit_json(operations_json(found))
    else:
        print(operations_text(found))
    return EXIT_OK


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services.interchange import import_files

    if args.files.count("-") > 1:
        raise UserError(translate("cli", "-: standard input can be named only once."))
    seen: set[str] = set()
    for name in args.files:
        if name in seen and name != "-":
            raise UserError(translate("cli", "{name}: named twice on the command line.").format(name=name))
        seen.add(name)
    from desktop.services.keys import KeyStore

    summary = import_files(ctx.db, args.files, actor=ctx.actor, preview=args.dry_run, keys=KeyStore(ctx.paths))
    if not args.dry_run:
        print(summary.sentence())
        return EXIT_OK
    print(translate("cli", "Nothing was imported (--dry-run)."))
    print(summary.sentence(preview=True))
    for label, ids in ((translate("cli", "new"), summary.created), (translate("cli", "changed"), summary.updated),
                       (translate("cli", "merge conflicts"), summary.conflicting)):
        for rid in ids:
            print(f"  {label}: {str(rid)[:8]}  {summary.titles.get(rid, '')}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services.files import write_output
    from desktop.services.interchange import export_document
    from desktop.services.rounds import resolve_rounds
    from desktop.services.spreadsheets import export_sheet, format_of

    recipients = _recipients(args, ctx)
    check_range(args)
    ids = resolve_rounds(ctx.db, args.round) if args.round else None
    # A spreadsheet when asked, or when OUT is named .xlsx or .csv.
    sheet = None if args.format == "json" else format_of(args.output, args.format)
    if recipients:
        from desktop.services.sealed import check_sealable

        check_sealable(sheet)
    if sheet:
        data, n = export_sheet(ctx.db, sheet, ids=ids, date_from=args.date_from, date_to=args.date_to)
    else:
        text, n = export_document(ctx.db, ids=ids, date_from=args.date_from, date_to=args.date_to)
        data = text.encode("utf-8")
    if recipients:
        from desktop.services.sealed import seal

        data = seal(data, ctx.actor, [pem for _, pem in recipients])
    write_output(data, args.output)
    if args.output != "-":
        said = translate("cli", "Exported %n round(s) to {file}.", "", n).format(file=args.output)
        if recipients:
            said += " " + translate("cli", "Sealed for {names}: only their keys open it.").format(
                names=", ".join(name for name, _ in recipients))
        print(said, file=sys.stderr)
    return EXIT_OK


def _recipients(args: argparse.Namespace, ctx: Context) -> list[tuple[str, bytes]]:
    """`--to` names a date (the last day exported) or a certificate (a
    person the file is sealed for; repeat for several): (their name, the
    certificate) for each person, each trusted here."""
    from desktop.reports.identity import SigningError, read_certificate
    from desktop.services.keys import KeyStore

    out: list[tuple[str, bytes]] = []
    for value in args.to or ():
        try:
            day = _date(value)
        except argparse.ArgumentTypeError:
            day = None
        if day is not None and not Path(value).exists():
            if args.date_to is not None:
                raise UserError(translate("cli", "--to: two dates ({first} and {second}); give one.").format(
                    first=args.date_to, second=day))
            args.date_to = day
            continue
        try:
            pem = Path(value).read_bytes()
            cert = read_certificate(pem)
        except OSError as exc:
            raise UserError(translate("cli", "--to {file}: cannot read it ({reason}).").format(
                file=value, reason=exc.strerror or exc.__class__.__name__)) from None
        except SigningError as exc:
            raise UserError(translate("cli", "--to {file}: not a person's certificate ({reason}).").format(
                file=value, reason=exc)) from None
        problem = KeyStore(ctx.paths).problem(pem)
        if problem is not None:
            raise UserError(translate("cli", "--to {file}: {name}'s certificate cannot be sealed for: {reason}.").format(
                file=value, name=cert.name, reason=problem))
        out.append((cert.name, pem))
    return out


# --- parser --------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="PATH_OR_URL", default=argparse.SUPPRESS,
        help=translate("cli", "the database: a file path or an SQLAlchemy URL (default: $EXCHANGE_DESK_DB, "
                       "else exchange-desk.db in the user data folder)"),
    )
    parser = argparse.ArgumentParser(
        prog="exchange-desk",
        description=translate(
            "cli", "Exchange Desk: record prisoner-exchange rounds, compare the sources' figures, "
            "and move rounds between laptops in interchange files. Without a command, the desktop "
            "application opens."),
        parents=[common],
    )
    # Python 3.11's argparse fixes this help text when it is defined, untranslated.
    parser.add_argument("--version", action="version", version=f"exchange-desk {__version__}",
                        help=translate("argparse", "show program's version number and exit"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler: Callable, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
        p.set_defaults(handler=handler)
        return p

    add("demo", cmd_demo, translate("cli", "add the demo rounds (running it again adds nothing)"))

    json_help = translate("cli", "print JSON for programs")
    p = add("rounds", cmd_rounds, translate("cli", "list the rounds, by date"))
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE",
                   help=translate("cli", "from this date (YYYY-MM-DD)"))
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE",
                   help=translate("cli", "up to this date (YYYY-MM-DD)"))
    p.add_argument("--json", action="store_true", help=json_help)

    p = add("show", cmd_show,
            translate("cli", "show one round: parties, sources, figures by movement, discrepancies"))
    p.add_argument("round", metavar="ROUND", help=translate("cli", "the round's id or a unique prefix of it"))
    p.add_argument("--json", action="store_true", help=json_help)

    p = add("discrepancies", cmd_discrepancies, translate("cli", "list where the sources' figures disagree"))
    p.add_argument("--round", metavar="ROUND", help=translate("cli", "only this round (id or unique prefix)"))
    p.add_argument("--json", action="store_true", help=json_help)

    p = add("operations", cmd_operations, translate(
        "cli", "list operations (rounds carrying out one agreement): what was agreed against what was handed over"))
    p.add_argument("--name", metavar="NAME", help=translate("cli", "only this operation"))
    p.add_argument("--json", action="store_true", help=json_help)

    p = add("import", cmd_import,
            translate("cli", "import interchange files: every round of every file, or nothing"))
    p.add_argument("files", nargs="+", metavar="FILE",
                   help=translate("cli", "interchange files (exchange-desk/1 to /5), or spreadsheets (.xlsx, .csv); '-' reads standard input"))
    p.add_argument("--dry-run", action="store_true",
                   help=translate("cli", "say what the import would change, and change nothing"))

    p = add("export", cmd_export, translate("cli", "export rounds to an interchange file"))
    p.add_argument("output", metavar="OUT",
                   help=translate("cli", "the file to write ('-' writes standard output)"))
    p.add_argument("--format", choices=("json", "xlsx", "csv"), default=None,
                   help=translate("cli", "json: an interchange file (the default); xlsx or csv: a spreadsheet, one row "
                                         "per figure (also chosen by OUT's name)"))
    p.add_argument("--round", action="extend", nargs="+", metavar="ROUND",
                   help=translate("cli", "only these rounds (ids or unique prefixes)"))
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE",
                   help=translate("cli", "rounds from this date"))
    p.add_argument("--to", action="append", metavar="DATE|CERT",
                   help=translate("cli", "rounds up to this date (YYYY-MM-DD); or a person's certificate file: the file "
                                         "is signed with your key and sealed so that only their key opens it (repeat "
                                         "for several people)"))
    p.set_defaults(date_to=None)

    from desktop.cli import edit_commands, integrity_commands, sign_commands

    sign_commands.add_commands(add, common, _date)
    from desktop.cli import key_commands
    key_commands.add_commands(add, common)
    integrity_commands.add_commands(add)
    edit_commands.add_commands(add)
    from desktop.cli import round_commands
    round_commands.add_commands(add, common)
    return parser


def _log_internal_error(paths: AppPaths) -> str | None:
    """Write the traceback to the log file (owner-only, cleaned of secrets
    and of the records' values); return its path, or None."""
    import datetime as dt
    import traceback

    from desktop import logs

    text = (f"{dt.datetime.now(dt.UTC).isoformat(timespec='seconds')} ERROR internal error in "
            f"{logs.command_name(sys.argv)}\n{traceback.format_exc()}")
    try:
        return str(logs.append(paths.log_dir, paths.log_file, text))
    except OSError:
        return None


def _sentence(message: str) -> str:
    """A message that starts with a word (not a file, field or option) starts
    with a capital, as a sentence does."""
    first = message.split(" ", 1)[0]
    if first.isalpha() and first.islower():
        return message[:1].upper() + message[1:]
    return message


def _choose_language(paths: AppPaths) -> bool:
    """Speak the user's language (EXCHANGE_DESK_LANG, the saved setting,
    the system's); False after saying that EXCHANGE_DESK_LANG is unknown."""
    from desktop import i18n
    from desktop.settings import Settings

    try:
        i18n.set_language(i18n.choose_language(Settings.load(paths.settings_file).language))
    except i18n.UnknownLanguage as exc:
        print(i18n.translate(
            "cli", "{variable}: {value!r} is not a language Exchange Desk speaks; use one of: {choices}.",
        ).format(variable=i18n.LANG_VARIABLE, value=str(exc), choices=", ".join(i18n.LANGUAGES)),
            file=sys.stderr)
        return False
    from desktop.cli import argparse_text

    argparse_text.install()
    return True


def main(argv: Sequence[str] | None = None) -> int:
    paths = AppPaths.from_environment()
    if not _choose_language(paths):
        return EXIT_USAGE
    parser = build_parser()
    args = parser.parse_args(argv)
    _derive_ahead(paths, getattr(args, "db", None))
    if args.command is None:
        from desktop.app import run

        return run(paths, getattr(args, "db", None))
    ctx = Context(paths=paths, db_option=getattr(args, "db", None))
    try:
        return args.handler(args, ctx)
    except UserError as exc:
        print(_sentence(str(exc)), file=sys.stderr)
        return EXIT_USAGE
    except Refused as exc:
        print(_sentence(str(exc)), file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print(translate("cli", "Interrupted; nothing of the unfinished action was written."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the one place that turns bugs into exit 1
        from desktop.storage import DatabaseRefused
        from desktop.storage.errors import environment_error

        if isinstance(exc, DatabaseRefused):
            print(exc, file=sys.stderr)
            return EXIT_USAGE
        sentence = environment_error(exc, ctx)
        if sentence is not None:
            print(sentence, file=sys.stderr)
            return EXIT_INTERNAL
        where = _log_internal_error(paths)
        if where:
            sentence = translate(
                "cli", "Internal error ({error}); details are in {file}. Nothing of the unfinished action was written.",
            ).format(error=exc.__class__.__name__, file=where)
        else:
            sentence = translate(
                "cli", "Internal error ({error}). Nothing of the unfinished action was written.",
            ).format(error=exc.__class__.__name__)
        print(sentence, file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        ctx.close()
