"""The summary of one round: its facts, each movement's figures by source
and by category, the discrepancies with their resolutions, and the sign-off
(or, on every page, the mark that there is none yet)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from desktop.domain.content import FigureDoc, Movement, RoundDoc
from desktop.domain.discrepancies import Discrepancy
from desktop.domain.reporting import RoundReportData, Value
from desktop.domain.review import ReviewedDiscrepancy
from desktop.domain.types import Rule, Severity
from desktop.reports import fonts
from desktop.reports.pages import (
    CONTENT_WIDTH, DRAFT_MARK, ERROR_INK, INFO_INK, KIND_WORDS, WARNING_INK, Styles, build_pdf,
    count_cell, data_table, facts_table, markup, natural_key, para, status_text, text, utc_text,
)

#: Sources side by side in one breakdown table; more continue in the next.
BREAKDOWN_COLUMNS = 4

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

RULE_WORDS: dict[Rule, tuple[str, str]] = {
    Rule.SOURCE_MISMATCH: ("Sources disagree", "the sources' figures cannot all be true"),
    Rule.BREAKDOWN_EXCEEDS_TOTAL: ("Categories exceed the total",
                                   "one source's categories add up to more than its own total"),
    Rule.BREAKDOWN_MISMATCH: ("Categories do not add up",
                              "the categories of an exhaustive set do not add up to the source's total"),
    Rule.UNVERIFIED: ("Unverified", "the total is reported only from one party's side"),
    Rule.IMBALANCE: ("Directions differ",
                     "the two directions of the exchange differ; shown as information, not as an error"),
    Rule.MERGE_CONFLICT: ("Conflicting import", "an imported file disagrees with the figures held here"),
}

SEVERITY_WORDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "information"}
SEVERITY_INK = {Severity.ERROR: ERROR_INK, Severity.WARNING: WARNING_INK, Severity.INFO: INFO_INK}


def render_round_summary(data: RoundReportData) -> bytes:
    """The round summary as PDF bytes."""
    fonts.register()
    doc = data.doc
    story: list[Flowable] = [Paragraph(text(doc.title), Styles.title)]
    if data.sign_off is None:
        story.append(Paragraph(text(DRAFT_MARK), Styles.draft))
    story.append(_facts(data))
    movements = sorted({f.movement for f in doc.figures})
    if movements:
        story += _overview(data, movements)
    for movement in movements:
        story += _movement(doc, movement, data.totals.get(movement))
    story += _discrepancies(data.reviewed)
    story += _sign_off(data)
    amendment = data.sign_off.amendment if data.sign_off else 0
    return build_pdf(
        story, title=doc.title, subject="Round summary",
        keywords=f"exchange-desk round={doc.id} fingerprint={data.fingerprint} amendment={amendment}"
        + (f" audit={data.audit_head}" if data.audit_head else ""),
        header=f"Round summary · {doc.title}", generated_at=data.generated_at,
        draft=data.sign_off is None,
    )


def long_date(day) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def movement_label(movement: Movement) -> str:
    return f"{movement.from_party} → {movement.to_party} · {KIND_WORDS[movement.kind]}"


def total_text(value: Value | None) -> str:
    """A movement's total in words."""
    if value is None:
        return "no source gives a total"
    if value.accepted:
        return f"{value}, accepted by the supervisor"
    if value.disputed:
        return f"sources disagree: {value}, not yet resolved"
    return str(value)


def _names(names: Sequence[str]) -> str:
    return ", ".join(names) if names else "none"


def _facts(data: RoundReportData) -> Flowable:
    doc = data.doc
    rows: list[tuple[str, object]] = [
        ("Date", f"{long_date(doc.date)} ({doc.date.isoformat()})"),
        ("Location", doc.location or "not stated"),
        ("Sides", _names(doc.sides)),
        ("Third parties", _names(doc.third_parties)),
        ("Mediators", _names(doc.mediators)),
        ("Status", status_text(doc.status)),
        ("Round id", str(doc.id)),
        ("Fingerprint", para(data.fingerprint, Styles.mono)),
    ]
    if doc.notes:
        rows.append(("Notes", doc.notes))
    return facts_table(rows)


def _overview(data: RoundReportData, movements: list[Movement]) -> list[Flowable]:
    rows = []
    for movement in movements:
        value = data.totals.get(movement)
        sources = len({f.source for f in data.doc.figures if f.movement == movement and f.is_total})
        rows.append([movement_label(movement), total_text(value), str(sources)])
    table = data_table(["Movement", "Total", "Sources"], rows,
                       [CONTENT_WIDTH * 0.42, CONTENT_WIDTH * 0.46, CONTENT_WIDTH * 0.12], numeric=(2,))
    return [Paragraph("Movements", Styles.h1), table]


def _figure_citation(figure: FigureDoc) -> Paragraph:
    parts = []
    if figure.citation:
        parts.append(text(figure.citation))
    if figure.note:
        parts.append(f"<font color='#5b6470'>Note: {text(figure.note)}</font>")
    return markup("<br/>".join(parts) or "—")


def _entered(figure: FigureDoc) -> Paragraph:
    who = text(figure.entered_by or "—")
    if figure.entered_at is not None:
        who += f"<br/><font size='7.5' color='#5b6470'>{text(utc_text(figure.entered_at)[:10])}</font>"
    return markup(who)


def _movement(doc: RoundDoc, movement: Movement, value: Value | None) -> list[Flowable]:
    figures = [f for f in doc.figures if f.movement == movement]
    totals = sorted((f for f in figures if f.is_total), key=lambda f: natural_key(f.source))
    out: list[Flowable] = [CondPageBreak(40 * mm), Paragraph(text(movement_label(movement)), Styles.h1)]
    if totals:
        w = CONTENT_WIDTH
        rows = [[f.source, doc.affiliation_of(f.source), count_cell(f.count, f.qualifier),
                 _figure_citation(f), _entered(f)] for f in totals]
        out.append(data_table(["Source", "Affiliation", "Count", "Citation", "Entered by"], rows,
                              [w * 0.25, w * 0.14, w * 0.14, w * 0.31, w * 0.16]))
    else:
        out.append(para("No source gives a total for this movement.", Styles.body))
    ink = "#b3261e" if value is not None and value.disputed else "#1f2328"
    out.append(Spacer(1, 1.5 * mm))
    out.append(markup(f"<b>Total:</b> <font color='{ink}'>{text(total_text(value))}</font>", Styles.body))
    out += _breakdowns(doc, movement, figures)
    return out


def _breakdowns(doc: RoundDoc, movement: Movement, figures: list[FigureDoc]) -> list[Flowable]:
    by_set: dict[str, list[FigureDoc]] = defaultdict(list)
    for f in figures:
        if not f.is_total:
            by_set[f.category_set or ""].append(f)
    declared = {s.name: s for s in doc.category_sets}
    order = [s.name for s in doc.category_sets if s.name in by_set]
    order += sorted(n for n in by_set if n not in declared)
    own_total = {f.source: f for f in figures if f.is_total}
    out: list[Flowable] = []
    for name in order:
        group = by_set[name]
        cset = declared.get(name)
        categories = list(cset.categories) if cset else []
        categories += sorted({f.category for f in group if f.category not in categories})
        sources = sorted({f.source for f in group}, key=natural_key)
        cells = {(f.category, f.source): f for f in group}
        kind = "exhaustive: the categories should add up to the total" if cset and cset.exhaustive \
            else "not exhaustive"
        heading = Paragraph(f"Breakdown by {text(name)} <font size='8.5' color='#5b6470'>({kind})</font>",
                            Styles.h3)
        for start in range(0, len(sources), BREAKDOWN_COLUMNS):
            chunk = sources[start:start + BREAKDOWN_COLUMNS]
            first = CONTENT_WIDTH * 0.26
            rest = min((CONTENT_WIDTH - first) / len(chunk), CONTENT_WIDTH * 0.22)
            rows: list[list[object]] = []
            totals_row: list[object] = [markup("<b>The source's total</b>")]
            for s in chunk:
                t = own_total.get(s)
                totals_row.append(count_cell(t.count, t.qualifier, Styles.cell_num_bold) if t else "")
            rows.append(totals_row)
            for category in categories:
                row: list[object] = [category]
                for s in chunk:
                    f = cells.get((category, s))
                    row.append(count_cell(f.count, f.qualifier, Styles.cell_num) if f else "")
                rows.append(row)
            table = data_table(["Category", *chunk], rows, [first] + [rest] * len(chunk),
                               numeric=tuple(range(1, len(chunk) + 1)))
            out.append(KeepTogether([heading, table]) if len(rows) < 25 else table)
            heading = Paragraph(f"Breakdown by {text(name)}, continued", Styles.h3)
    return out


# --- discrepancies -------------------------------------------------------------------------


def _claims_table(d: Discrepancy) -> Flowable:
    """The values under a discrepancy, side by side."""
    w = CONTENT_WIDTH
    if d.source is not None:  # a breakdown: the source's own total, then its categories
        rows = [[markup("<b>the source's total</b>") if v.category is None else v.category,
                 count_cell(v.count, v.qualifier, Styles.cell_num)] for v in d.values]
        return data_table(["Category", "Value"], rows, [w * 0.72, w * 0.18], numeric=(1,), stripes=False)
    if d.rule is Rule.IMBALANCE:
        values = sorted(d.values, key=lambda v: (v.movement or d.movement, natural_key(v.source)))
        rows = [[f"{v.movement.from_party} → {v.movement.to_party}" if v.movement else "", v.source,
                 count_cell(v.count, v.qualifier, Styles.cell_num)] for v in values]
        return data_table(["Direction", "Source", "Value"], rows, [w * 0.22, w * 0.5, w * 0.18],
                          numeric=(2,), stripes=False)
    values = sorted(d.values, key=lambda v: natural_key(v.source))
    rows = [[v.source, count_cell(v.count, v.qualifier, Styles.cell_num)] for v in values]
    return data_table(["Source", "Value"], rows, [w * 0.72, w * 0.18], numeric=(1,), stripes=False)


def _where(d: Discrepancy) -> str:
    m = d.movement
    if d.rule is Rule.IMBALANCE:
        parts = [f"{m.from_party} ↔ {m.to_party} · {KIND_WORDS[m.kind]}", "the totals of both directions"]
    else:
        parts = [movement_label(m)]
        if d.category is not None:
            parts.append(f"category {d.category_set} / {d.category}")
        elif d.category_set is not None:
            parts.append(f"categories of {d.category_set}")
        else:
            parts.append("total")
    if d.source is not None:
        parts.append(f"as reported by {d.source}")
    return text(" · ".join(parts))


def _resolution(item: ReviewedDiscrepancy) -> str:
    r = item.resolution
    if r is None:
        if item.discrepancy.severity is Severity.INFO:
            return "<b>Resolution:</b> open (information only, nothing to resolve)"
        return f"<b>Resolution:</b> <font color='{_ink(item.discrepancy.severity)}'><b>open</b></font>"
    parts = [f"<b>Resolution:</b> resolved by {text(r.resolved_by)}"]
    if r.accepted_value is not None:
        parts.append(f"accepted value <b>{r.accepted_value}</b>")
    out = "; ".join(parts) + "."
    if r.note:
        out += f"<br/><b>Note:</b> {text(r.note)}"
    return out


def _ink(severity: Severity) -> str:
    return "#" + SEVERITY_INK[severity].hexval()[2:]


def _tally(severities) -> str:
    """`1 error, 2 warnings`."""
    counts = Counter(severities)
    plural = {Severity.ERROR: "errors", Severity.WARNING: "warnings", Severity.INFO: "information"}
    return ", ".join(f"{counts[s]} {SEVERITY_WORDS[s] if counts[s] == 1 else plural[s]}"
                     for s in Severity if counts[s])


def _discrepancies(reviewed: list[ReviewedDiscrepancy]) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(60 * mm), Paragraph("Discrepancies", Styles.h1)]
    if not reviewed:
        out.append(para("None: the sources agree, every breakdown fits and every total is verified.",
                        Styles.body))
        return out
    found = _tally(i.discrepancy.severity for i in reviewed)
    still_open = _tally(i.discrepancy.severity for i in reviewed
                        if i.is_open and i.discrepancy.severity is not Severity.INFO)
    out.append(para(f"{len(reviewed)} found: {found}. Still open: {still_open or 'none'}.", Styles.body))
    if any(i.discrepancy.severity is Severity.INFO for i in reviewed):
        out.append(para("“Directions differ” (the imbalance rule) is information, not an error: the two "
                        "directions of an exchange may differ by agreement.", Styles.note))
    for number, item in enumerate(reviewed, start=1):
        d = item.discrepancy
        name, meaning = RULE_WORDS.get(d.rule, (d.rule.value, ""))
        severity = SEVERITY_WORDS[d.severity] + (" (not an error)" if d.severity is Severity.INFO else "")
        card: list[Flowable] = [
            markup(f"{number}. {text(name)} — <font color='{_ink(d.severity)}'>{severity}</font>", Styles.h3),
            markup(f"{_where(d)}<br/><font color='#5b6470'>{text(meaning.capitalize())}.</font>", Styles.body),
            _claims_table(d),
            Spacer(1, 1.5 * mm),
        ]
        if d.spread is not None:
            card.append(markup(f"<b>Spread:</b> {d.spread}", Styles.body))
        card.append(markup(_resolution(item), Styles.body))
        card.append(Spacer(1, 2.5 * mm))
        out.append(KeepTogether(card) if len(d.values) <= 12 else card[0])
        if len(d.values) > 12:
            out += card[1:]
    return out


# --- sign-off --------------------------------------------------------------------------


def _sign_off(data: RoundReportData) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(35 * mm), Paragraph("Sign-off", Styles.h1)]
    s = data.sign_off
    if s is None:
        out.append(Paragraph(text(DRAFT_MARK), Styles.draft))
        out.append(para("No supervisor has signed this round off; its figures and resolutions may still "
                        "change. A signed summary carries the supervisor's digital signature.", Styles.body))
        out.append(facts_table([("Fingerprint now", para(data.fingerprint, Styles.mono))], 38 * mm))
    else:
        out.append(markup(f"<b>Signed off by {text(s.signer)} on {text(utc_text(s.signed_at))} "
                          f"(amendment {s.amendment})</b>", Styles.body))
        out.append(facts_table([("Fingerprint", para(s.fingerprint, Styles.mono))], 38 * mm))
        if s.fingerprint != data.fingerprint:
            out.append(markup(f"<font color='#b3261e'><b>The round's content has changed since it was signed "
                              f"off</b>: its fingerprint is now {text(data.fingerprint)}.</font>", Styles.body))
        else:
            out.append(para("The fingerprint is the SHA-256 of the round's content as signed; any change "
                            "to its figures or facts gives a different one.", Styles.note))
    if data.amendments:
        out.append(Paragraph("Earlier sign-offs, superseded when the round was reopened", Styles.h2))
        rows = [[str(n), signer, utc_text(when), reason or "—"]
                for n, signer, when, reason in sorted(data.amendments, key=lambda a: a[0])]
        w = CONTENT_WIDTH
        out.append(data_table(["Amendment", "Signed off by", "Signed at", "Reason for reopening"], rows,
                              [w * 0.16, w * 0.24, w * 0.24, w * 0.36], numeric=(0,)))
    return out
