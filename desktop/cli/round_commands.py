"""A round's making from the command line: `round new`, `round edit`,
`source add`, `category-set add` and `return-to-draft`, each one action of
the editing services (the same checks as the app's, one transaction)."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from desktop.cli.exits import EXIT_OK
from desktop.domain.types import Stage
from desktop.i18n import format_number, translate
from desktop.labels import stage_label
from desktop.services.errors import UserError

#: A source's affiliation when it is none of the round's parties.
AFFILIATION_WORDS = ("independent", "unknown")

#: Where the services' checks name a field of the round (`sides[1]: …`),
#: the option that gave it: the user is told what they typed.
ROUND_OPTIONS = (
    (r"title", "--title"), (r"date", "--date"), (r"location", "--location"), (r"notes", "--notes"),
    (r"operation", "--operation"), (r"sources\[\d+\]\.stage", "--operation"),
    (r"sides(\[\d+\])?", "--side"), (r"third_parties(\[\d+\])?", "--third-party"),
    (r"mediators(\[\d+\])?", "--mediator"),
)
SOURCE_OPTIONS = (
    (r"sources\[\d+\]\.affiliation", "--affiliation"), (r"sources\[\d+\]\.stage", "--stage"),
    (r"sources(\[\d+\](\.name)?)?", "--name"),
)
COMBINED_OPTIONS = (
    (r"combined\[\d+\]\.movements(\[\d+\](\.(from|to))?)?", "--movement"), (r"combined\[\d+\]\.source", "--source"),
    (r"combined\[\d+\]\.count", "--count"), (r"combined\[\d+\]\.citation", "--citation"),
    (r"combined\[\d+\]\.note", "--note"), (r"combined(\[\d+\])?", "--movement"),
)
CATEGORY_SET_OPTIONS = (
    (r"category_sets\[\d+\]\.categories(\[\d+\])?", "--category"), (r"category_sets(\[\d+\](\.name)?)?", "--name"),
)


@contextmanager
def _options(options: Sequence[tuple[str, str]]) -> Iterator[None]:
    """A service's refusal that names a field says the option instead."""
    try:
        yield
    except UserError as exc:
        message = str(exc)
        for pattern, option in options:
            found = re.match(rf"(?:{pattern}): ", message)
            if found:
                raise UserError(f"{option}: {message[found.end():]}") from None
        raise


def _date(option: str, text: str) -> dt.date:
    try:
        if len(text) != 10:
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(translate("cli", "{option}: {text!r} is not a date written YYYY-MM-DD.").format(
            option=option, text=text)) from None


def _name(text: str) -> str:
    """A name as the services keep it: one line, single spaces, NFC."""
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _round(ctx, ref: str):
    from desktop.services.rounds import resolve_rounds

    (rid,) = resolve_rounds(ctx.db, [ref])
    return rid


# --- round new / round edit ----------------------------------------------------------


def cmd_round(args: argparse.Namespace, ctx) -> int:
    if args.round_command == "new":
        return _round_new(args, ctx)
    return _round_edit(args, ctx)


def _round_new(args: argparse.Namespace, ctx) -> int:
    from desktop.services import editing

    date = _date("--date", args.date)
    if len(args.side) < 2:
        raise UserError(translate(
            "cli", "--side: a round has two sides or more; give --side once for each (only {side!r} was given)."
        ).format(side=args.side[0]))
    with _options(ROUND_OPTIONS):
        rid = editing.create_round(
            ctx.db, title=args.title, date=date, sides=args.side, actor=ctx.actor,
            third_parties=args.third_party or (), mediators=args.mediator or (),
            location=args.location, notes=args.notes,
        )
    # The id alone: scripts capture it.
    print(rid)
    return EXIT_OK


def _round_edit(args: argparse.Namespace, ctx) -> int:
    from desktop.services import editing

    fields: dict = {}
    given: list[str] = []
    for name, option in (("title", "--title"), ("date", "--date"), ("location", "--location"), ("notes", "--notes"),
                         ("operation", "--operation")):
        value = getattr(args, name)
        if value is not None:
            fields[name] = _date(option, value) if name == "date" else value
            given.append(option)
    if not fields:
        raise UserError(translate("cli", "Nothing to change: give --title, --date, --location, --notes or --operation."))
    rid = _round(ctx, args.round)
    with _options(ROUND_OPTIONS):
        editing.update_round(ctx.db, rid, actor=ctx.actor, **fields)
    print(translate("cli", "Updated round {round} ({options}).").format(round=rid, options=", ".join(given)))
    return EXIT_OK


# --- source add, category-set add -----------------------------------------------------


def cmd_source(args: argparse.Namespace, ctx) -> int:
    import dataclasses

    from desktop.domain.content import SourceDoc
    from desktop.services import editing

    name = _name(args.name)
    affiliation = None if args.affiliation is None else _name(args.affiliation)
    if affiliation is not None and affiliation.lower() in AFFILIATION_WORDS:
        affiliation = affiliation.lower()
    rid = _round(ctx, args.round)
    # The version read first: if anyone changes the round meanwhile, the
    # sources are not replaced over their change (refused, nothing lost).
    seen = editing.round_version(ctx.db, rid)
    doc = editing.get_round_doc(ctx.db, rid)
    if affiliation is not None and affiliation not in (*doc.sides, *doc.third_parties, *doc.mediators,
                                                       *AFFILIATION_WORDS):
        raise UserError(translate(
            "cli", "--affiliation: {value!r} is not a side, third party or mediator of round {round}, "
            "nor independent or unknown."
        ).format(value=args.affiliation, round=rid))
    known = {s.name for s in doc.sources}
    if args.source_command == "add":
        if name in known:
            raise UserError(translate("cli", "--name: round {round} already has a source {name!r}.").format(
                round=rid, name=name))
        sources = (*doc.sources, SourceDoc(name, affiliation, Stage(args.stage)))
    else:
        if name not in known:
            raise UserError(translate("cli", "--name: round {round} has no source {name!r}.").format(
                round=rid, name=name))
        if affiliation is None and args.stage is None:
            raise UserError(translate("cli", "Nothing to change: give --affiliation or --stage."))
        sources = tuple(dataclasses.replace(
            s, affiliation=s.affiliation if affiliation is None else affiliation,
            stage=s.stage if args.stage is None else Stage(args.stage)) if s.name == name else s
            for s in doc.sources)
    with _options(SOURCE_OPTIONS):
        editing.set_sources(ctx.db, rid, sources=sources, actor=ctx.actor, expected_version=seen.version)
    source = next(s for s in sources if s.name == name)
    if args.source_command == "add":
        print(translate("cli", "Added the source {name} ({affiliation}) to round {round}.").format(
            name=name, affiliation=source.affiliation, round=rid))
    else:
        print(translate("cli", "Source {name} of round {round}: {affiliation}; {stage}.").format(
            name=name, affiliation=source.affiliation, stage=stage_label(source.stage), round=rid))
    return EXIT_OK


def cmd_category_set(args: argparse.Namespace, ctx) -> int:
    from desktop.domain.content import CategorySetDoc
    from desktop.services import editing

    name = _name(args.name)
    categories = tuple(_name(c) for c in args.category)
    rid = _round(ctx, args.round)
    seen = editing.round_version(ctx.db, rid)
    doc = editing.get_round_doc(ctx.db, rid)
    if name in {cs.name for cs in doc.category_sets}:
        raise UserError(translate("cli", "--name: round {round} already has a category set {name!r}.").format(
            round=rid, name=name))
    new = CategorySetDoc(name, bool(args.exhaustive), categories)
    with _options(CATEGORY_SET_OPTIONS):
        editing.set_category_sets(ctx.db, rid, category_sets=(*doc.category_sets, new), actor=ctx.actor,
                                  expected_version=seen.version)
    print(translate("cli", "Added the category set {name} ({categories}) to round {round}.").format(
        name=name, categories=", ".join(categories), round=rid))
    return EXIT_OK


# --- combined figures -------------------------------------------------------------------


def movement_option(option: str, text: str):
    """A movement typed as FROM:TO:KIND on the command line (`option` names it in a refusal)."""
    from desktop.domain.content import Movement
    from desktop.domain.types import MovementKind

    parts = [" ".join(p.split()) for p in text.split(":")]
    if len(parts) != 3 or not all(parts) or parts[2] not in {k.value for k in MovementKind}:
        raise UserError(translate(
            "cli", "{option}: {value!r} is not FROM:TO:KIND (for example \"Ukraine:Russia:exchange\")."
        ).format(option=option, value=text))
    return Movement(_name(parts[0]), _name(parts[1]), MovementKind(parts[2]))


def cmd_combined(args: argparse.Namespace, ctx) -> int:
    """A source's figure for several movements together: added (or
    replaced, for the same source and movements) or removed."""
    from desktop.domain.content import CombinedDoc
    from desktop.domain.types import QUALIFIER_SIGN, Qualifier
    from desktop.services import editing

    source = _name(args.source)
    movements = tuple(movement_option("--movement", m) for m in args.movement)
    rid = _round(ctx, args.round)
    seen = editing.round_version(ctx.db, rid)
    doc = editing.get_round_doc(ctx.db, rid)
    same = [c for c in doc.combined if c.source == source and set(c.movements) == set(movements)]
    others = tuple(c for c in doc.combined if c not in same)
    if args.combined_command == "remove":
        if not same:
            raise UserError(translate("cli", "--movement: round {round} has no figure of {source} for those "
                                             "movements together.").format(round=rid, source=source))
        combined = others
    else:
        new = CombinedDoc(source, movements, _count(args.count), Qualifier(args.qualifier), args.citation or None,
                          args.note or None)
        combined = (*others, new)
    with _options(COMBINED_OPTIONS):
        editing.set_combined(ctx.db, rid, combined=combined, actor=ctx.actor, expected_version=seen.version)
    from desktop.labels import movements_label

    said = translate("cli", "Removed {source}'s figure for {movements} from round {round}.") \
        if args.combined_command == "remove" else translate(
            "cli", "{source}: {count} for {movements} together, in round {round}.")
    shown = "" if args.combined_command == "remove" else QUALIFIER_SIGN[Qualifier(args.qualifier)] + args.count
    print(said.format(source=source, movements=movements_label(movements), round=rid, count=shown))
    return EXIT_OK


def _count(text: str) -> int:
    if not text.strip().isdigit():
        raise UserError(translate("cli", "--count: {value!r} is not a whole number ≥ 0.").format(value=text))
    return int(text)


# --- return-to-draft ---------------------------------------------------------------------


def cmd_return_to_draft(args: argparse.Namespace, ctx) -> int:
    from desktop.domain.tables import NOTE_MAX
    from desktop.domain.types import RoundStatus
    from desktop.services import editing

    comment = args.comment.strip()
    if not comment:
        raise UserError(translate("cli", "--comment: say why the round goes back to draft."))
    for position, ch in enumerate(comment, 1):
        if ch not in "\n\t" and unicodedata.category(ch) in ("Cc", "Cs"):
            raise UserError(translate(
                "cli", "{option}: contains U+{code} at position {position}, which is not a printable character."
            ).format(option="--comment", code=f"{ord(ch):04X}", position=position))
    if len(comment) > NOTE_MAX:
        raise UserError(translate("cli", "{option}: is {length} characters long; at most {maximum} are allowed.").format(
            option="--comment", length=format_number(len(comment)), maximum=format_number(NOTE_MAX)))
    rid = _round(ctx, args.round)
    editing.set_status(ctx.db, rid, status=RoundStatus.DRAFT, comment=comment, actor=ctx.actor)
    print(translate("cli", "Round {round} is a draft again.").format(round=rid))
    return EXIT_OK


# --- registration -------------------------------------------------------------------------


def add_commands(add: Callable[..., argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    """Register these commands with the main parser (`add(name, handler, help)`;
    `common` holds the options every command takes)."""
    round_help = translate("cli", "the round (id or unique prefix)")

    p = add("round", cmd_round, translate(
        "cli", "make a new draft round, or change a round's title, date, location or notes"))
    actions = p.add_subparsers(dest="round_command", metavar="ACTION", required=True)
    text = translate("cli", "make a new draft round and print its id")
    n = actions.add_parser("new", help=text, description=text, parents=[common])
    n.add_argument("--title", required=True, metavar="TEXT", help=translate("cli", "the round's title"))
    n.add_argument("--date", required=True, metavar="DATE", help=translate("cli", "the round's date (YYYY-MM-DD)"))
    n.add_argument("--side", action="append", required=True, metavar="PARTY",
                   help=translate("cli", "a side of the exchange (give it once for each side, two or more)"))
    n.add_argument("--mediator", action="append", metavar="PARTY",
                   help=translate("cli", "who mediated the round (repeat for several)"))
    n.add_argument("--third-party", dest="third_party", action="append", metavar="PARTY",
                   help=translate("cli", "a third state that held people in custody (repeat for several)"))
    n.add_argument("--location", metavar="TEXT", help=translate("cli", "where the exchange took place"))
    n.add_argument("--notes", metavar="TEXT", help=translate("cli", "notes on the round"))

    text = translate("cli", "change a round's title, date, location, notes or operation (at least one)")
    e = actions.add_parser("edit", help=text, description=text, parents=[common])
    e.add_argument("round", metavar="ROUND", help=round_help)
    e.add_argument("--title", metavar="TEXT", help=translate("cli", "the new title"))
    e.add_argument("--date", metavar="DATE", help=translate("cli", "the new date (YYYY-MM-DD)"))
    e.add_argument("--location", metavar="TEXT", help=translate("cli", "the new location ('' removes it)"))
    e.add_argument("--notes", metavar="TEXT", help=translate("cli", "the new notes ('' removes them)"))
    e.add_argument("--operation", metavar="NAME", help=translate(
        "cli", "the operation the round is a stage of: rounds of one name are one operation ('' removes it)"))

    p = add("source", cmd_source, translate("cli", "add a source to a round (the sources it has stay)"))
    actions = p.add_subparsers(dest="source_command", metavar="ACTION", required=True)
    text = translate("cli", "add a source, with whom it speaks for")
    s = actions.add_parser("add", help=text, description=text, parents=[common])
    s.add_argument("round", metavar="ROUND", help=round_help)
    s.add_argument("--name", required=True, metavar="NAME", help=translate("cli", "the source's name"))
    s.add_argument("--affiliation", required=True, metavar="PARTY",
                   help=translate("cli", "a side, third party or mediator of the round, or independent, or unknown"))
    stage_help = translate("cli", "what its figures say: delivered (handed over; the default), agreed (agreed or "
                                  "announced beforehand), or agreed_for_operation (agreed for the whole operation)")
    s.add_argument("--stage", choices=[m.value for m in Stage], default=Stage.DELIVERED.value, help=stage_help)
    text = translate("cli", "change a source's affiliation or what its figures say")
    s = actions.add_parser("set", help=text, description=text, parents=[common])
    s.add_argument("round", metavar="ROUND", help=round_help)
    s.add_argument("--name", required=True, metavar="NAME", help=translate("cli", "the source's name"))
    s.add_argument("--affiliation", metavar="PARTY",
                   help=translate("cli", "a side, third party or mediator of the round, or independent, or unknown"))
    s.add_argument("--stage", choices=[m.value for m in Stage], help=stage_help)

    p = add("category-set", cmd_category_set, translate(
        "cli", "add a category set to a round (the sets it has stay)"))
    actions = p.add_subparsers(dest="category_set_command", metavar="ACTION", required=True)
    text = translate("cli", "add a category set with its categories")
    c = actions.add_parser("add", help=text, description=text, parents=[common])
    c.add_argument("round", metavar="ROUND", help=round_help)
    c.add_argument("--name", required=True, metavar="NAME", help=translate("cli", "the set's name (e.g. Role)"))
    c.add_argument("--category", action="append", required=True, metavar="NAME",
                   help=translate("cli", "a category of the set (repeat for each)"))
    c.add_argument("--exhaustive", action="store_true",
                   help=translate("cli", "the set's categories must add up to the total"))

    p = add("combined", cmd_combined, translate(
        "cli", "a source's figure for several movements together (both directions, or several kinds)"))
    actions = p.add_subparsers(dest="combined_command", metavar="ACTION", required=True)
    text = translate("cli", "add a figure for several movements together (one for the same source and movements "
                            "is replaced)")
    c = actions.add_parser("add", help=text, description=text, parents=[common])
    c.add_argument("round", metavar="ROUND", help=round_help)
    c.add_argument("--source", required=True, metavar="NAME", help=translate("cli", "who gave the figure"))
    movement_help = translate("cli", "a movement the figure covers, FROM:TO:KIND (repeat for each; two or more)")
    c.add_argument("--movement", action="append", required=True, metavar="FROM:TO:KIND", help=movement_help)
    c.add_argument("--count", required=True, metavar="N", help=translate("cli", "the number given"))
    c.add_argument("--qualifier", choices=("exact", "approximate", "at_least", "at_most"), default="exact",
                   help=translate("cli", "how exact the number is (default exact)"))
    c.add_argument("--citation", metavar="TEXT", help=translate("cli", "where it was said"))
    c.add_argument("--note", metavar="TEXT", help=translate("cli", "a note"))
    text = translate("cli", "remove a source's figure for several movements together")
    c = actions.add_parser("remove", help=text, description=text, parents=[common])
    c.add_argument("round", metavar="ROUND", help=round_help)
    c.add_argument("--source", required=True, metavar="NAME", help=translate("cli", "who gave the figure"))
    c.add_argument("--movement", action="append", required=True, metavar="FROM:TO:KIND", help=movement_help)

    p = add("return-to-draft", cmd_return_to_draft, translate(
        "cli", "send a round in review back to draft, saying why"))
    p.add_argument("round", metavar="ROUND", help=round_help)
    p.add_argument("--comment", required=True, metavar="TEXT",
                   help=translate("cli", "why the round goes back to draft (kept in its history)"))
