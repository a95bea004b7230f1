"""Commands for PDF summaries, review and sign-off."""

from __future__ import annotations

import argparse
import sys

from desktop.cli import check_range
from desktop.cli.exits import EXIT_OK
from desktop.i18n import translate
from desktop.services.errors import UserError


def cmd_report(args: argparse.Namespace, ctx) -> int:
    from desktop.services.signoff import period_pdf, round_summary_pdf, write_pdf

    if args.round and (args.date_from or args.date_to):
        raise UserError(translate("cli", "report: give a ROUND or a date range (--from/--to), not both."))
    if not args.round and not (args.date_from or args.date_to):
        raise UserError(translate("cli", "report: name a ROUND, or a period with --from and --to."))
    check_range(args)
    if args.signed:
        from desktop.services.signoff import signed_pdf

        if not args.round:
            raise UserError(translate("cli", "--signed: name the ROUND whose signed summary to write."))
        pdf, rid, amendment = signed_pdf(ctx.db, args.round)
        done = translate("cli", "Wrote the signed summary of round {round} (amendment {amendment}) to {file}.").format(
            round=rid, amendment=amendment, file=args.output)
    elif args.round:
        pdf, rid = round_summary_pdf(ctx.db, args.round)
        done = translate("cli", "Wrote the summary of round {round} to {file} ({size} KB).").format(
            round=rid, file=args.output, size=len(pdf) // 1024 + 1)
    else:
        pdf, n = period_pdf(ctx.db, date_from=args.date_from, date_to=args.date_to)
        done = translate("cli", "Wrote the report of %n round(s) to {file} ({size} KB).", "", n).format(
            file=args.output, size=len(pdf) // 1024 + 1)
    write_pdf(pdf, args.output)
    if args.output != "-":
        print(done, file=sys.stderr)
    return EXIT_OK


def cmd_submit(args: argparse.Namespace, ctx) -> int:
    from desktop.domain.types import RoundStatus
    from desktop.services import editing
    from desktop.services.rounds import resolve_rounds

    (rid,) = resolve_rounds(ctx.db, [args.round])
    editing.set_status(ctx.db, rid, status=RoundStatus.IN_REVIEW, actor=ctx.actor)
    print(translate("cli", "Round {round} is in review.").format(round=rid))
    return EXIT_OK


def cmd_resolve(args: argparse.Namespace, ctx) -> int:
    from desktop.services import review
    from desktop.services.rounds import resolve_rounds

    (rid,) = resolve_rounds(ctx.db, [args.round])
    review.resolve(ctx.db, rid, args.key, value=args.value, note=args.note, actor=ctx.actor)
    print(translate("cli", "Resolved {key} in round {round}.").format(key=args.key, round=rid))
    return EXIT_OK


def cmd_sign_off(args: argparse.Namespace, ctx) -> int:
    from desktop.services.keys import KeyStore
    from desktop.services.signoff import sign_off

    result = sign_off(
        ctx.db, KeyStore(ctx.paths), args.round, actor=ctx.acting(args.key), output=args.output,
        copies_dir=ctx.paths.data_dir / "signed",
    )
    print(translate("cli", "Signed off round {round} (amendment {amendment}) as {signer}; "
                    "signed summary: {file}.").format(round=result.round_id, amendment=result.amendment,
                                                     signer=result.signer, file=result.pdf_path))
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, ctx) -> int:
    from desktop.reports.signing import common_name
    from desktop.services.interchange.jsonfile import read_source
    from desktop.services.keys import KeyStore
    from desktop.services.verification import verify

    pdf = read_source(args.file)
    trust = []
    for name in args.trust or []:
        data = read_source(name)
        try:
            common_name(data)
        except ValueError:
            raise UserError(translate(
                "cli", "{file}: is not a PEM certificate (use `exchange-desk keys export`).").format(file=name)) from None
        trust.append(data)
    # Verifying never makes a database: without one here, the file is checked alone.
    from desktop.storage import resolve_url, sqlite

    url = resolve_url(ctx.db_option, ctx.paths.database)
    missing = url.get_backend_name() == "sqlite" and not sqlite.file_of(url).exists()
    db = None if args.no_db or missing else ctx.db
    verdict = verify(db, KeyStore(ctx.paths), args.file, pdf, trust)
    print(verdict.sentence, file=sys.stdout if verdict.code == 0 else sys.stderr)
    return verdict.code


def cmd_reopen(args: argparse.Namespace, ctx) -> int:
    from desktop.services.signoff import reopen

    change = reopen(ctx.db, args.round, reason=args.reason, actor=ctx.acting(args.key))
    print(translate("cli", "Reopened round {round}: it is a draft again; its earlier sign-off stays on record.")
          .format(round=change.round_id))
    return EXIT_OK


def add_commands(add, common: argparse.ArgumentParser, date_type) -> None:
    """Register these commands with the main parser (`add(name, handler, help)`)."""
    p = add("report", cmd_report, translate("cli", "write a PDF: one round's summary, or a period report"))
    p.add_argument("round", metavar="ROUND", nargs="?", help=translate("cli", "the round (id or unique prefix)"))
    p.add_argument("--from", dest="date_from", type=date_type, metavar="DATE", help=translate("cli", "period report from this date"))
    p.add_argument("--to", dest="date_to", type=date_type, metavar="DATE", help=translate("cli", "period report up to this date"))
    p.add_argument("-o", "--output", required=True, metavar="PDF", help=translate("cli", "the file to write ('-' = stdout)"))
    p.add_argument("--signed", action="store_true",
                   help=translate("cli", "the round's signed summary, as it was signed off (not a new drawing)"))

    p = add("submit", cmd_submit, translate("cli", "move a round from draft to review"))
    p.add_argument("round", metavar="ROUND")

    p = add("resolve", cmd_resolve, translate("cli", "resolve a discrepancy with an accepted value and a note"))
    p.add_argument("round", metavar="ROUND")
    p.add_argument("key", metavar="KEY", help=translate("cli", "the discrepancy's key (or a unique prefix of it)"))
    p.add_argument("--value", type=int, metavar="N", help=translate("cli", "the accepted value"))
    p.add_argument("--note", required=True, metavar="TEXT", help=translate("cli", "why this value"))

    p = add("sign-off", cmd_sign_off, translate("cli", "lock a round and write its signed summary"))
    p.add_argument("round", metavar="ROUND")
    p.add_argument("-o", "--output", metavar="PDF", help=translate("cli", "where to write the signed PDF"))
    p.add_argument("--key", metavar="NAME", help=translate("cli", "whose key signs, when several people have keys here "
                                                           "(default: EXCHANGE_DESK_KEY)"))

    p = add("verify", cmd_verify, translate("cli", "check that a PDF is a genuine, current signed summary"))
    p.add_argument("file", metavar="PDF")
    p.add_argument("--trust", action="append", metavar="PEM", help=translate("cli", "an authority's certificate to trust"))
    p.add_argument("--no-db", action="store_true", help=translate("cli", "check the file alone, not against the database"))

    p = add("reopen", cmd_reopen, translate("cli", "reopen a signed-off round (an amendment)"))
    p.add_argument("round", metavar="ROUND")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--key", metavar="NAME", help=translate("cli", "whose key signs, when several people have keys here "
                                                           "(default: EXCHANGE_DESK_KEY)"))
