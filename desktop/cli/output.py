"""Plain-text output of the command line: tables and round summaries."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.domain.assurance import caveats
from desktop.domain.content import FigureDoc, RoundDoc
from desktop.domain.discrepancies import Discrepancy
from desktop.domain.operations import Operation
from desktop.domain.reporting import received_totals
from desktop.domain.review import ReviewedDiscrepancy
from desktop.domain.totals import Tally, movement_totals
from desktop.domain.types import (
    QUALIFIER_SIGN,
    Qualifier,
    RoundStatus,
    Rule,
    Severity,
    Stage,
)
from desktop.i18n import translate
from desktop.labels import (
    accepted_label,
    affiliation_label,
    caveat_label,
    kind_label,
    movement_label,
    movements_label,
    no_discrepancies_label,
    rule_label,
    severity_label,
    stage_label,
    status_label,
    tally_label,
)
from desktop.services.rounds import RoundSummary


def clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, right: set[int] = frozenset()) -> str:
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))

    def line(cells: Sequence[str]) -> str:
        out = []
        for i, cell in enumerate(cells):
            out.append(cell.rjust(widths[i]) if i in right else cell.ljust(widths[i]))
        return "  ".join(out).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows])


def count_text(count: int, qualifier: Qualifier) -> str:
    return f"{QUALIFIER_SIGN[qualifier]}{count}"


def reported_text(v) -> str:
    """One value under a discrepancy: `MoD 248`, `Vereshchuk 29 (derived
    from categories)`, `189 (accepted by the supervisor)`."""
    count = count_text(v.count, v.qualifier)
    if v.accepted:
        return f"{count} ({accepted_label()})"
    if v.agreed:
        return f"{v.source} {count} ({stage_label(Stage.AGREED)})"
    if v.derived_from is not None:
        return f"{v.source} {tally_label(Tally.of(v.count, v.qualifier, derived=True))}"
    return f"{v.source} {count}"


def open_text(counts: dict[Severity, int]) -> str:
    parts = []
    n = counts.get(Severity.ERROR, 0)
    if n:
        parts.append(translate("cli", "%n error(s)", "", n))
    n = counts.get(Severity.WARNING, 0)
    if n:
        parts.append(translate("cli", "%n warning(s)", "", n))
    n = counts.get(Severity.INFO, 0)
    if n:
        parts.append(translate("cli", "%n info", "", n))
    return ", ".join(parts) or "—"


def received_text(summary_received: dict, *, compact: bool = False) -> str:
    """`Ukraine 29 (derived from categories)`; compact, for a table's cell:
    `Ukraine 29†`, `Ukraine 195–207*` (disputed)."""
    if compact:
        def shown(value) -> str:
            return f"{value}{'*' if value.disputed else ''}{'†' if value.derived else ''}"
    else:
        shown = tally_label
    return ", ".join(f"{party} {shown(value)}" for party, value in summary_received.items()) or "—"


def received_cell(received: dict, width: int) -> str:
    """The received column: whole parties with their figures, as many as fit
    in `width` (at least one), then how many more; a figure is never cut."""
    items = [received_text({party: value}, compact=True) for party, value in received.items()]
    shown: list[str] = []
    for i, item in enumerate(items):
        rest = len(items) - i - 1
        more = "" if not rest else ", " + translate("cli", "+{count} more").format(count=rest)
        if shown and len(", ".join([*shown, item])) + len(more) > width:
            return ", ".join(shown) + ", " + translate("cli", "+{count} more").format(count=len(items) - i)
        shown.append(item)
    return ", ".join(shown) or "—"


def short_ids(ids: Sequence) -> dict:
    """Each id cut to the shortest prefix (8 or more hex digits) that tells
    the ids shown apart, so that what is printed can be typed back."""
    hexes = {i: str(i).replace("-", "") for i in ids}
    length = 8
    while length < 32 and len({h[:length] for h in hexes.values()}) < len(hexes):
        length += 2
    return {i: h[:length] for i, h in hexes.items()}


def rounds_table(rounds: Sequence[RoundSummary], *, filtered: bool = False) -> str:
    if not rounds:
        if filtered:
            return translate("cli", "No rounds in that range.")
        return translate("cli", "No rounds yet. Add some with `exchange-desk import FILE` or try `exchange-desk demo`.")
    short = short_ids([r.id for r in rounds])
    rows = [
        [
            short[r.id], r.date.isoformat(), clip(r.title, 44), clip(", ".join(r.sides), 28),
            received_cell(r.received, 34), status_label(r.status), open_text(r.open_counts),
        ]
        for r in rounds
    ]
    headers = [translate("cli", "ID"), translate("cli", "DATE"), translate("cli", "TITLE"), translate("cli", "SIDES"),
               translate("cli", "RECEIVED"), translate("cli", "STATUS"), translate("cli", "DISCREPANCIES")]
    return table(headers, rows)


def describe(d: Discrepancy) -> str:
    """One sentence saying what is wrong."""
    m = d.movement
    where = f"{m.from_party} → {m.to_party} ({kind_label(m.kind)})"
    if d.category is not None:
        where += f", {d.category_set}: {d.category}"
    values = "; ".join(f"{reported_text(v)}" for v in d.values)
    match d.rule:
        case Rule.SOURCE_MISMATCH:
            return translate("cli", "{where}: the sources disagree by {spread} ({values}).").format(
                where=where, spread=d.spread, values=values)
        case Rule.BREAKDOWN_EXCEEDS_TOTAL:
            return translate(
                "cli", "{where}: {source}'s {category_set} breakdown adds up to more than its total, by {spread}.",
            ).format(where=where, source=d.source, category_set=d.category_set, spread=d.spread)
        case Rule.BREAKDOWN_MISMATCH:
            return translate(
                "cli", "{where}: {source}'s {category_set} breakdown (exhaustive) does not add up "
                "to its total; off by {spread}.",
            ).format(where=where, source=d.source, category_set=d.category_set, spread=d.spread)
        case Rule.UNVERIFIED:
            return translate(
                "cli", "{where}: no source from another party, a mediator or an independent body confirms "
                "the total ({values}).",
            ).format(where=where, values=values)
        case Rule.IMBALANCE:
            forth = [v for v in d.values if v.movement and v.movement.from_party == m.from_party]
            back = [v for v in d.values if v.movement and v.movement.from_party == m.to_party]
            f_text = "; ".join(reported_text(v) for v in forth)
            b_text = "; ".join(reported_text(v) for v in back)
            return translate("cli", "{forth}, {back}: the two directions of the exchange differ by {spread}.").format(
                forth=f"{m.from_party} → {m.to_party} ({f_text})", back=f"{m.to_party} → {m.from_party} ({b_text})",
                spread=d.spread)
        case Rule.COMBINED_MISMATCH | Rule.AGREED_NOT_DELIVERED if d.values and d.values[0].movement is None \
                and any(v.movement is not None for v in d.values):
            combined, parts = d.values[0], d.values[1:]
            movements = list(dict.fromkeys(v.movement for v in parts if v.movement is not None))
            return translate(
                "cli", "{source}'s {count} for {movements} together is not the sum of their totals; off by {spread} "
                "({values}).",
            ).format(source=combined.source, count=count_text(combined.count, combined.qualifier),
                     movements=movements_label(movements), spread=d.spread,
                     values="; ".join(f"{reported_text(v)} ({movement_label(v.movement)})" for v in parts))
        case Rule.AGREED_NOT_DELIVERED:
            return translate(
                "cli", "{where}: what was agreed or announced differs by {spread} from what was handed over "
                "({values}).",
            ).format(where=where, spread=d.spread, values=values)
        case Rule.PART_EXCEEDS_WHOLE:
            return translate(
                "cli", "{where}: {source}'s total is said to be part of another movement, but is larger than its "
                "total by {spread} ({values}).",
            ).format(where=where, source=d.source, spread=d.spread, values=values)
        case _:
            return f"{where}: {values}."


def status_text(item: ReviewedDiscrepancy) -> str:
    if item.is_open:
        return translate("cli", "open")
    r = item.resolution
    if r.accepted_value is None:
        return translate("cli", "resolved by {person}").format(person=r.resolved_by)
    if item.accepted_unreported:
        return translate("cli", "resolved {value} by {person} (no source reported {value})").format(
            value=r.accepted_value, person=r.resolved_by)
    return translate("cli", "resolved {value} by {person}").format(value=r.accepted_value, person=r.resolved_by)


def discrepancies_table(found: Sequence[ReviewedDiscrepancy], *, with_round: bool = True) -> str:
    if not found:
        return translate("cli", "No discrepancies.")
    short = short_ids(sorted({item.discrepancy.round_id for item in found}, key=str))
    rows = []
    for item in found:
        d = item.discrepancy
        row = [d.key, severity_label(d.severity), rule_label(d.rule), status_text(item)]
        if with_round:
            row.insert(1, short[d.round_id])
        row.append(describe(d))
        rows.append(row)
    headers = [translate("cli", "KEY"), translate("cli", "SEVERITY"), translate("cli", "RULE"),
               translate("cli", "STATUS"), translate("cli", "WHAT")]
    if with_round:
        headers.insert(1, translate("cli", "ROUND"))
    return table(headers, rows)


def _indented(text: str, indent: str) -> str:
    """Multi-line text under a label: every line after the first indented."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return ("\n" + indent).join(lines)


def _stage_mark(doc: RoundDoc, source: str) -> str:
    """` (agreed or announced)` after a source's figures that are not of
    what was handed over."""
    stage = doc.stage_of(source)
    return "" if stage is Stage.DELIVERED else f" ({stage_label(stage)})"


def _figure_line(f: FigureDoc, width: int, mark: str = "") -> list[str]:
    label = f.source if f.category is None else f"  {f.category}"
    line = f"    {label.ljust(width)}  {count_text(f.count, f.qualifier).rjust(8)}{mark}"
    out = [line.rstrip()]
    if f.part_of is not None:
        out.append(f"    {'':{width}}  {'':8}  " + translate("cli", "of which: part of {movement}").format(
            movement=movement_label(f.part_of)))
    if f.citation:
        out.append(f"    {'':{width}}  {'':8}  ↳ {f.citation}")
    if f.note:
        pad = f"    {'':{width}}  {'':8}  "
        label = translate("cli", "note:")
        out.append(f"{pad}{label} {_indented(f.note, pad + ' ' * (len(label) + 1))}")
    return out


def round_text(doc: RoundDoc, found: Sequence[ReviewedDiscrepancy]) -> str:
    dash = "—"
    facts = [
        (translate("cli", "id"), str(doc.id)),
        (translate("cli", "date"), doc.date.isoformat()),
        (translate("cli", "status"), status_label(doc.status or RoundStatus.DRAFT)),
        (translate("cli", "location"), doc.location or dash),
        (translate("cli", "sides"), ", ".join(doc.sides)),
        (translate("cli", "third parties"), ", ".join(doc.third_parties) or dash),
        (translate("cli", "mediators"), ", ".join(doc.mediators) or dash),
    ]
    received = received_totals(doc, found)
    if received:
        facts.append((translate("cli", "received"), received_text(received)))
    remains = received_totals(doc, found, remains=True)
    if remains:
        facts.append((translate("cli", "remains received"), received_text(remains)))
    if doc.operation:
        facts.append((translate("cli", "operation"), doc.operation))
    if doc.notes:
        facts.append((translate("cli", "notes"), doc.notes))
    width = max(len(label) for label, _ in facts) + 2
    lines = [doc.title]
    lines += [f"  {label.ljust(width)}{_indented(value, ' ' * (width + 2))}" for label, value in facts]
    lines.append("")
    lines.append(translate("cli", "Sources"))
    if doc.sources:
        width = max(len(s.name) for s in doc.sources)
        for s in doc.sources:
            stage = "" if s.stage is Stage.DELIVERED else f"; {stage_label(s.stage)}"
            lines.append(f"  {s.name.ljust(width)}  {affiliation_label(s.affiliation)}{stage}")
    else:
        lines.append(f"  {dash}")
    if doc.category_sets:
        lines.append("")
        lines.append(translate("cli", "Category sets"))
        for cs in doc.category_sets:
            mark = " " + translate("cli", "(exhaustive)") if cs.exhaustive else ""
            lines.append(f"  {cs.name}{mark}: {', '.join(cs.categories) or dash}")
    lines.append("")
    lines.append(translate("cli", "Figures"))
    figures = doc.sorted_figures()
    if not figures:
        lines.append(f"  {dash}")
    width = max([len(f.source) for f in figures] + [len(f.category or "") + 2 for f in figures] + [10])
    current = None
    current_set = None
    for f in figures:
        if f.movement != current:
            current = f.movement
            current_set = None
            lines.append(f"  {f.movement.from_party} → {f.movement.to_party} ({kind_label(f.movement.kind)})")
        if f.category_set is not None and (f.category_set, f.source) != current_set:
            current_set = (f.category_set, f.source)
            lines.append(f"    {f.source} — {f.category_set}{_stage_mark(doc, f.source)}")
        lines.extend(_figure_line(f, width, _stage_mark(doc, f.source) if f.category is None else ""))
    if doc.combined:
        lines.append("")
        lines.append(translate("cli", "Figures for several movements together"))
        for c in doc.combined:
            lines.append(f"  {c.source}{_stage_mark(doc, c.source)}: {count_text(c.count, c.qualifier)} "
                         + translate("cli", "for {movements}").format(movements=movements_label(c.movements)))
            if c.citation:
                lines.append(f"    ↳ {c.citation}")
            if c.note:
                lines.append(f"    {translate('cli', 'note:')} {_indented(c.note, '      ')}")
    lines.append("")
    lines.append(translate("cli", "Discrepancies"))
    gaps = caveats(doc, movement_totals(doc, found))
    if not found:
        lines.append("  " + no_discrepancies_label(not gaps))
    width = max([8] + [len(severity_label(item.discrepancy.severity)) + 1 for item in found])
    for item in found:
        d = item.discrepancy
        lines.append(f"  {severity_label(d.severity).ljust(width)} {d.key}  ({status_text(item)})")
        lines.append(f"  {'':{width}} {describe(d)}")
    if gaps:
        lines.append("")
        lines.append(translate("cli", "What the rules could not check"))
        lines += [f"  - {caveat_label(c)}" for c in gaps]
    return "\n".join(lines)


def operations_text(found: Sequence[Operation]) -> str:
    """Each operation: its rounds, and for each movement what was agreed
    against what its rounds handed over, round by round."""
    if not found:
        return translate("cli", "No round is a stage of an operation; name one with `exchange-desk round edit "
                                "ROUND --operation NAME`.")
    lines: list[str] = []
    for op in found:
        first, last = op.rounds[0][1], op.rounds[-1][1]
        lines.append(translate("cli", "{operation}: %n round(s), {first} to {last}", "", len(op.rounds)).format(
            operation=op.name, first=first.isoformat(), last=last.isoformat()))
        for _rid, day, title in op.rounds:
            lines.append(f"  {day.isoformat()}  {title}")
        width = max(len(movement_label(m.movement)) for m in op.movements) if op.movements else 0
        for m in op.movements:
            agreed = tally_label(m.agreed) if m.agreed is not None else translate("cli", "none recorded")
            steps = " + ".join("—" if t is None else str(t) for t in m.by_round)
            delivered = "—" if m.delivered is None else tally_label(m.delivered)
            line = translate("cli", "agreed {agreed}; handed over {delivered} ({steps})").format(
                agreed=agreed, delivered=delivered, steps=steps)
            if m.differs:
                line += "  " + translate("cli", "← differs")
            lines.append(f"  {movement_label(m.movement).ljust(width)}  {line}")
        lines.append("")
    return "\n".join(lines).rstrip()


def operations_json(found: Sequence[Operation]) -> list[dict]:
    return [{
        "operation": op.name,
        "rounds": [{"id": str(rid), "date": day.isoformat(), "title": title} for rid, day, title in op.rounds],
        "movements": [{
            "movement": m.movement.to_dict(),
            "agreed": None if m.agreed is None else str(m.agreed),
            "handed_over": None if m.delivered is None else str(m.delivered),
            "by_round": [None if t is None else str(t) for t in m.by_round],
            "differs": m.differs,
        } for m in op.movements],
        "differs": op.differs,
    } for op in found]
