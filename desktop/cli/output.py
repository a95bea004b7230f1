"""Plain-text output of the command line: tables and round summaries."""

from __future__ import annotations

from collections.abc import Sequence

from desktop.domain.content import FigureDoc, RoundDoc
from desktop.domain.discrepancies import Discrepancy
from desktop.domain.reporting import received_totals
from desktop.domain.review import ReviewedDiscrepancy
from desktop.domain.types import QUALIFIER_SIGN, Qualifier, Rule, Severity
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


def open_text(counts: dict[Severity, int]) -> str:
    parts = []
    for severity, word in ((Severity.ERROR, "error"), (Severity.WARNING, "warning"), (Severity.INFO, "info")):
        n = counts.get(severity, 0)
        if n:
            parts.append(f"{n} {word}{'s' if n != 1 and severity is not Severity.INFO else ''}")
    return ", ".join(parts) or "—"


def received_text(summary_received: dict) -> str:
    return ", ".join(f"{party} {value}" for party, value in summary_received.items()) or "—"


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
            return "No rounds in that range."
        return "No rounds yet. Add some with `exchange-desk import FILE` or try `exchange-desk demo`."
    short = short_ids([r.id for r in rounds])
    rows = [
        [
            short[r.id], r.date.isoformat(), clip(r.title, 44), clip(", ".join(r.sides), 28),
            clip(received_text(r.received), 34), r.status.value, open_text(r.open_counts),
        ]
        for r in rounds
    ]
    return table(["ID", "DATE", "TITLE", "SIDES", "RECEIVED", "STATUS", "DISCREPANCIES"], rows)


def describe(d: Discrepancy) -> str:
    """One sentence saying what is wrong."""
    m = d.movement
    where = f"{m.from_party} → {m.to_party} ({m.kind.value})"
    if d.category is not None:
        where += f", {d.category_set}: {d.category}"
    values = "; ".join(f"{v.source} {count_text(v.count, v.qualifier)}" for v in d.values)
    match d.rule:
        case Rule.SOURCE_MISMATCH:
            return f"{where}: the sources disagree by {d.spread} ({values})."
        case Rule.BREAKDOWN_EXCEEDS_TOTAL:
            return f"{where}: {d.source}'s {d.category_set} breakdown adds up to more than its total, by {d.spread}."
        case Rule.BREAKDOWN_MISMATCH:
            return (
                f"{where}: {d.source}'s {d.category_set} breakdown (exhaustive) does not add up "
                f"to its total; off by {d.spread}."
            )
        case Rule.UNVERIFIED:
            return f"{where}: no source from another party, a mediator or an independent body confirms the total ({values})."
        case Rule.IMBALANCE:
            forth = [v for v in d.values if v.movement and v.movement.from_party == m.from_party]
            back = [v for v in d.values if v.movement and v.movement.from_party == m.to_party]
            f_text = "/".join(count_text(v.count, v.qualifier) for v in forth)
            b_text = "/".join(count_text(v.count, v.qualifier) for v in back)
            return (
                f"{m.from_party} → {m.to_party} {f_text}, {m.to_party} → {m.from_party} {b_text}: "
                "the two directions of the exchange differ."
            )
        case _:
            return f"{where}: {values}."


def status_text(item: ReviewedDiscrepancy) -> str:
    if item.is_open:
        return "open"
    r = item.resolution
    value = "" if r.accepted_value is None else f" {r.accepted_value}"
    return f"resolved{value} by {r.resolved_by}"


def discrepancies_table(found: Sequence[ReviewedDiscrepancy], *, with_round: bool = True) -> str:
    if not found:
        return "No discrepancies."
    short = short_ids(sorted({item.discrepancy.round_id for item in found}, key=str))
    rows = []
    for item in found:
        d = item.discrepancy
        row = [d.key, d.severity.value, d.rule.value, status_text(item)]
        if with_round:
            row.insert(1, short[d.round_id])
        row.append(describe(d))
        rows.append(row)
    headers = ["KEY", "SEVERITY", "RULE", "STATUS", "WHAT"]
    if with_round:
        headers.insert(1, "ROUND")
    return table(headers, rows)


def _indented(text: str, indent: str) -> str:
    """Multi-line text under a label: every line after the first indented."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return ("\n" + indent).join(lines)


def _figure_line(f: FigureDoc, width: int) -> list[str]:
    label = f.source if f.category is None else f"  {f.category}"
    line = f"    {label.ljust(width)}  {count_text(f.count, f.qualifier).rjust(8)}"
    out = [line.rstrip()]
    if f.citation:
        out.append(f"    {'':{width}}  {'':8}  ↳ {f.citation}")
    if f.note:
        pad = f"    {'':{width}}  {'':8}  "
        out.append(f"{pad}note: {_indented(f.note, pad + '      ')}")
    return out


def round_text(doc: RoundDoc, found: Sequence[ReviewedDiscrepancy]) -> str:
    dash = "—"
    lines = [
        doc.title,
        f"  id             {doc.id}",
        f"  date           {doc.date.isoformat()}",
        f"  status         {(doc.status.value if doc.status else 'draft')}",
        f"  location       {doc.location or dash}",
        f"  sides          {', '.join(doc.sides)}",
        f"  third parties  {', '.join(doc.third_parties) or dash}",
        f"  mediators      {', '.join(doc.mediators) or dash}",
    ]
    received = received_totals(doc, found)
    if received:
        lines.append(f"  received       {received_text(received)}")
    if doc.notes:
        lines.append(f"  notes          {_indented(doc.notes, ' ' * 17)}")
    lines.append("")
    lines.append("Sources")
    if doc.sources:
        width = max(len(s.name) for s in doc.sources)
        for s in doc.sources:
            lines.append(f"  {s.name.ljust(width)}  {s.affiliation}")
    else:
        lines.append(f"  {dash}")
    if doc.category_sets:
        lines.append("")
        lines.append("Category sets")
        for cs in doc.category_sets:
            mark = " (exhaustive)" if cs.exhaustive else ""
            lines.append(f"  {cs.name}{mark}: {', '.join(cs.categories) or dash}")
    lines.append("")
    lines.append("Figures")
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
            lines.append(f"  {f.movement.from_party} → {f.movement.to_party} ({f.movement.kind.value})")
        if f.category_set is not None and (f.category_set, f.source) != current_set:
            current_set = (f.category_set, f.source)
            lines.append(f"    {f.source} — {f.category_set}")
        lines.extend(_figure_line(f, width))
    lines.append("")
    lines.append("Discrepancies")
    if not found:
        lines.append("  none")
    for item in found:
        d = item.discrepancy
        lines.append(f"  {d.severity.value:<8} {d.key}  ({status_text(item)})")
        lines.append(f"           {describe(d)}")
    return "\n".join(lines)
