"""`record`: one figure from the command line, for scripts and tests."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from desktop.cli.exits import EXIT_OK
from desktop.i18n import translate
from desktop.services.errors import UserError


def _count(text: str) -> int:
    from desktop.domain.types import MAX_COUNT

    try:
        value = int(text, 10)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "{value!r} is not a whole number").format(value=text)) from None
    if not 0 <= value <= MAX_COUNT:
        from desktop.i18n import format_number

        raise argparse.ArgumentTypeError(
            translate("cli", "{value} is not between 0 and {most}").format(value=value, most=format_number(MAX_COUNT)))
    return value


def _label(movement) -> str:
    from desktop.labels import kind_label

    return f"{movement.from_party} → {movement.to_party}, {kind_label(movement.kind)}"


def cmd_record(args: argparse.Namespace, ctx) -> int:
    from desktop.domain import edits
    from desktop.domain.content import Movement
    from desktop.domain.types import MovementKind, Qualifier
    from desktop.services import editing
    from desktop.services.rounds import resolve_rounds

    (rid,) = resolve_rounds(ctx.db, [args.round])
    movement = Movement(" ".join(args.from_party.split()), " ".join(args.to_party.split()), MovementKind(args.kind))
    source = " ".join(args.source.split())
    category_set = category = None
    if args.category is not None:
        category_set, sep, category = args.category.partition("/")
        category_set, category = " ".join(category_set.split()), " ".join(category.split())
        if not sep or not category_set or not category:
            raise UserError(translate(
                "cli", "--category: {value!r} is not SET/NAME (for example \"Status/Military\")."
            ).format(value=args.category))
    doc = editing.get_round_doc(ctx.db, rid)
    for party, option in ((movement.from_party, "--from"), (movement.to_party, "--to")):
        if party not in doc.sides and party not in doc.third_parties:
            raise UserError(translate(
                "cli", "{option}: {party!r} is not a side or third party of round {round}."
            ).format(option=option, party=party, round=rid))
    if category_set is not None:
        known = {cs.name: cs.categories for cs in doc.category_sets}
        if category not in known.get(category_set, ()):
            raise UserError(translate(
                "cli", "--category: round {round} has no category {category!r} in a set {set!r}."
            ).format(round=rid, category=category, set=category_set))
    part_of = edits.KEEP
    if args.part_of == "-":
        part_of = None
    elif args.part_of is not None:
        from desktop.cli.round_commands import movement_option

        part_of = movement_option("--part-of", args.part_of)
    slot = (movement, source, category_set, category)
    if args.delete:
        if not any(f.slot == slot for f in doc.figures):
            raise UserError(translate("cli", "--delete: round {round} has no such figure to delete.").format(round=rid))
        editing.clear_figure(ctx.db, rid, slot=slot, actor=ctx.actor)
        print(translate("cli", "Deleted the figure of {source} ({movement}) in round {round}.").format(
            source=source, movement=_label(movement), round=rid))
        return EXIT_OK
    try:
        editing.set_figure(
            ctx.db, rid, movement=movement, source=source, count=args.count, qualifier=Qualifier(args.qualifier),
            category_set=category_set, category=category, citation=args.citation, actor=ctx.actor, part_of=part_of,
        )
    except UserError as exc:
        # The rule's place (`part_of.to`, `figures`) is this option here.
        field, sep, said = str(exc).partition(": ")
        if sep and args.part_of and (field.startswith("part_of") or field == "figures"):
            raise UserError(f"--part-of: {said}") from None
        raise
    print(translate("cli", "Recorded {count} from {source} ({movement}) in round {round}.").format(
        count=args.count, source=source, movement=_label(movement), round=rid))
    return EXIT_OK


def cmd_duplicates(args: argparse.Namespace, ctx) -> int:
    import json

    from desktop.services.duplicates import find_duplicates

    groups = find_duplicates(ctx.db)
    if args.json:
        print(json.dumps([g.to_dict() for g in groups], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not groups:
        print(translate("cli", "No likely duplicates: no two rounds share a date and sides."))
        return EXIT_OK
    for g in groups:
        print(f"{g.date}  {', '.join(g.sides)}")
        for r in g.rounds:
            print(f"  {str(r.id)[:8]}  {r.title}")
    print(translate("cli", "Merge one into another with: exchange-desk merge-rounds KEEP DUPLICATE"))
    return EXIT_OK


def cmd_merge_rounds(args: argparse.Namespace, ctx) -> int:
    from desktop.services.duplicates import merge_rounds

    summary = merge_rounds(ctx.db, args.keep, args.duplicate, actor=ctx.actor)
    print(translate("cli", "Merged round {duplicate} into {keep}.").format(duplicate=args.duplicate, keep=args.keep))
    print(translate("cli", "%n figure(s) joined it.", "", summary.figures_added + summary.figures_changed))
    if summary.figures_conflicting:
        print(translate("cli", "%n figure(s) held differently by the two: merge conflicts to resolve.", "",
                        summary.figures_conflicting))
    return EXIT_OK


def add_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    from desktop.domain.types import MovementKind, Qualifier

    p = add("record", cmd_record, translate(
        "cli", "record one figure (or delete one with --delete); a source new to the round is added "
        "with affiliation unknown"))
    p.add_argument("round", metavar="ROUND", help=translate("cli", "the round (id or unique prefix)"))
    p.add_argument("--from", dest="from_party", required=True, metavar="PARTY",
                   help=translate("cli", "the party people went from"))
    p.add_argument("--to", dest="to_party", required=True, metavar="PARTY",
                   help=translate("cli", "the party people went to"))
    p.add_argument("--kind", required=True, choices=[k.value for k in MovementKind],
                   help=translate("cli", "the kind of movement"))
    p.add_argument("--source", required=True, metavar="NAME", help=translate("cli", "who reported the figure"))
    p.add_argument("--category", metavar="SET/NAME",
                   help=translate("cli", "a category of the round (without it: the source's total)"))
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--count", type=_count, metavar="N", help=translate("cli", "how many people"))
    what.add_argument("--delete", action="store_true", help=translate("cli", "delete this figure instead"))
    p.add_argument("--qualifier", choices=[q.value for q in Qualifier], default=Qualifier.EXACT.value,
                   help=translate("cli", "how exact the count is (default: exact)"))
    p.add_argument("--citation", metavar="TEXT", help=translate("cli", "where the figure was published"))
    p.add_argument("--part-of", metavar="FROM:TO:KIND", help=translate(
        "cli", "\"of which\": this total's people are among those of that movement of the round (counted once); "
        "- clears it"))

    p = add("duplicates", cmd_duplicates, translate(
        "cli", "list likely duplicate rounds: the same date and sides under two ids (e.g. entered on two laptops)"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON for programs"))
    p = add("merge-rounds", cmd_merge_rounds, translate(
        "cli", "merge a duplicate round into another: its figures join (a figure both hold differently becomes "
        "a merge conflict) and the duplicate is removed, its history kept"))
    p.add_argument("keep", metavar="KEEP", help=translate("cli", "the round to keep (id or unique prefix)"))
    p.add_argument("duplicate", metavar="DUPLICATE", help=translate("cli", "the round merged into it and removed"))
