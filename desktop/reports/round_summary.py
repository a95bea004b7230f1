"""The summary of one round: its facts, each movement's figures by source
and by category, the discrepancies with their resolutions, and the sign-off
(or, on every page, the mark that there is none yet)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from desktop.domain.assurance import Caveat, caveats
from desktop.domain.content import FigureDoc, Movement, RoundDoc
from desktop.domain.discrepancies import Discrepancy
from desktop.domain.reporting import RoundReportData, Tally
from desktop.domain.review import ReviewedDiscrepancy
from desktop.domain.totals import source_totals, wholes
from desktop.domain.types import Rule, Severity, Stage
from desktop.i18n import QT_TRANSLATE_NOOP, format_date, translate
from desktop.labels import (
    accepted_label,
    affiliation_label,
    capitalized,
    caveat_label,
    kind_label,
    movements_label,
    no_discrepancies_label,
    rule_label,
    severity_label,
    stage_label,
)
from desktop.reports import fonts
from desktop.reports.pages import (
    CONTENT_WIDTH,
    ERROR_INK,
    INFO_INK,
    WARNING_INK,
    Styles,
    build_pdf,
    count_cell,
    data_table,
    draft_mark,
    facts_table,
    fill,
    linked,
    markup,
    moment_text,
    natural_key,
    para,
    status_text,
    text,
    utc_text,
)

#: Sources side by side in one breakdown table; more continue in the next.
BREAKDOWN_COLUMNS = 4

#: What each rule means, under its name (the names are desktop.labels').
RULE_MEANINGS: dict[Rule, str] = {
    Rule.SOURCE_MISMATCH: QT_TRANSLATE_NOOP("report", "the sources' figures cannot all be true"),
    Rule.BREAKDOWN_EXCEEDS_TOTAL: QT_TRANSLATE_NOOP(
        "report", "one source's categories add up to more than its own total"),
    Rule.BREAKDOWN_MISMATCH: QT_TRANSLATE_NOOP(
        "report", "the categories of an exhaustive set do not add up to the source's total"),
    Rule.UNVERIFIED: QT_TRANSLATE_NOOP("report", "the total is reported only from one party's side"),
    Rule.IMBALANCE: QT_TRANSLATE_NOOP(
        "report", "the two directions of the exchange differ; shown as information, not as an error"),
    Rule.MERGE_CONFLICT: QT_TRANSLATE_NOOP("report", "an imported file disagrees with the figures held here"),
    Rule.PART_EXCEEDS_WHOLE: QT_TRANSLATE_NOOP(
        "report", "a total said to be part of another movement is larger than that movement's total"),
    Rule.AGREED_NOT_DELIVERED: QT_TRANSLATE_NOOP(
        "report", "what was agreed or announced differs from what the sources say was handed over"),
    Rule.COMBINED_MISMATCH: QT_TRANSLATE_NOOP(
        "report", "a source's figure for several movements together is not the sum of their totals"),
}

#: The citation column of a movement's table, and the text's width inside it.
CITATION_COLUMN = CONTENT_WIDTH * 0.31
CITATION_WIDTH = CITATION_COLUMN - 8 - 1

SEVERITY_INK = {Severity.ERROR: ERROR_INK, Severity.WARNING: WARNING_INK, Severity.INFO: INFO_INK}


def render_round_summary(data: RoundReportData) -> bytes:
    """The round summary as PDF bytes."""
    fonts.register()
    doc = data.doc
    story: list[Flowable] = [Paragraph(text(doc.title), Styles.title)]
    if data.sign_off is None:
        story.append(para(draft_mark(), Styles.draft))
    story.append(_facts(data))
    movements = sorted({f.movement for f in doc.figures})
    if movements:
        story += _overview(data, movements)
    for movement in movements:
        story += _movement(doc, movement, data.totals.get(movement))
    story += _combined(doc)
    story += _discrepancies(data.reviewed, caveats(data.doc, data.totals))
    story += _sign_off(data)
    amendment = data.sign_off.amendment if data.sign_off else 0
    subject = translate("report", "Round summary")
    return build_pdf(
        story, title=doc.title, subject=subject,
        keywords=f"exchange-desk round={doc.id} fingerprint={data.fingerprint} amendment={amendment}"
        + (f" audit={data.audit_head}" if data.audit_head else ""),
        header=f"{subject} · {doc.title}", generated_at=data.generated_at,
        draft=data.sign_off is None,
    )


def movement_label(movement: Movement) -> str:
    return f"{movement.from_party} → {movement.to_party} · {kind_label(movement.kind)}"


def total_text(value: Tally | None) -> str:
    """A movement's total in words."""
    if value is None:
        return translate("report", "no source gives a total")
    if value.accepted:
        return translate("report", "{value}, accepted by the supervisor").format(value=value)
    if value.disputed:
        shown = translate("report", "sources disagree: {value}, not yet resolved").format(value=value)
    else:
        shown = str(value)
    if value.derived:
        shown = translate("report", "{value}, derived from categories (no source states it)").format(value=shown)
    return shown


def _names(names: Sequence[str]) -> str:
    return ", ".join(names) if names else translate("report", "none")


def _facts(data: RoundReportData) -> Flowable:
    doc = data.doc
    rows: list[tuple[str, object]] = [
        (translate("report", "Date"), f"{format_date(doc.date)} ({doc.date.isoformat()})"),
        (translate("report", "Location"), doc.location or translate("report", "not stated")),
        (translate("report", "Sides"), _names(doc.sides)),
        (translate("report", "Third parties"), _names(doc.third_parties)),
        (translate("report", "Mediators"), _names(doc.mediators)),
        *([(translate("report", "Operation"), doc.operation)] if doc.operation else []),
        (translate("report", "Status"), status_text(doc.status)),
        (translate("report", "Round id"), str(doc.id)),
        (translate("report", "Fingerprint"), para(data.fingerprint, Styles.mono)),
    ]
    if doc.notes:
        rows.append((translate("report", "Notes"), doc.notes))
    return facts_table(rows)


def _combined(doc: RoundDoc) -> list[Flowable]:
    """Figures sources gave for several movements together: held against
    the sum of those movements' totals, counted in none."""
    if not doc.combined:
        return []
    w = CONTENT_WIDTH
    rows = []
    for c in doc.combined:
        citation = FigureDoc(c.movements[0], c.source, c.count, citation=c.citation, note=c.note)
        rows.append([para(c.source), _speaks_for(doc, c.source), count_cell(c.count, c.qualifier),
                     para(movements_label(c.movements)), _figure_citation(citation)])
    header = [translate("report", "Source"), translate("report", "Affiliation"), translate("report", "Count"),
              translate("report", "For the movements together"), translate("report", "Citation")]
    return [CondPageBreak(40 * mm), para(translate("report", "Figures for several movements together"), Styles.h1),
            para(translate("report", "Each is held against the sum of its movements' totals and counted in none."),
                 Styles.body),
            data_table(header, rows, [w * 0.2, w * 0.13, w * 0.1, w * 0.26, w * 0.31])]


def _overview(data: RoundReportData, movements: list[Movement]) -> list[Flowable]:
    rows = []
    inside = wholes(data.doc)
    for movement in movements:
        value = data.totals.get(movement)
        sources = len({f.source for f in data.doc.figures if f.movement == movement})
        shown = total_text(value)
        for whole in sorted(inside.get(movement, ())):
            if whole in data.totals:
                said = translate("report", "of which: part of {movement}, counted there")
            else:
                said = translate("report", "of which: part of {movement} (which has no total)")
            shown += "; " + said.format(movement=movement_label(whole))
        rows.append([movement_label(movement), shown, str(sources)])
    table = data_table(
        [translate("report", "Movement"), translate("report", "Total"), translate("report", "Sources")], rows,
        [CONTENT_WIDTH * 0.42, CONTENT_WIDTH * 0.46, CONTENT_WIDTH * 0.12], numeric=(2,))
    return [para(translate("report", "Movements"), Styles.h1), table]


def _figure_citation(figure: FigureDoc) -> Paragraph:
    parts = []
    if figure.part_of is not None:
        parts.append("<b>" + text(translate("report", "Of which: part of {movement}.").format(
            movement=movement_label(figure.part_of))) + "</b>")
    if figure.citation:
        parts.append(linked(figure.citation, CITATION_WIDTH))
    if figure.note:
        note = fill(translate("report", "Note: {note}"), note=text(figure.note))
        parts.append(f"<font color='#5b6470'>{note}</font>")
    return markup("<br/>".join(parts) or "—")


def _speaks_for(doc: RoundDoc, source: str) -> str:
    """A source's affiliation; and, where its figures are of what was agreed
    or announced rather than handed over, that too."""
    stage = doc.stage_of(source)
    shown = affiliation_label(doc.affiliation_of(source))
    return shown if stage is Stage.DELIVERED else f"{shown}; {stage_label(stage)}"


def _entered(figure: FigureDoc) -> Paragraph:
    who = text(figure.entered_by or "—")
    if figure.entered_at is not None:
        who += f"<br/><font size='7.5' color='#5b6470'>{text(utc_text(figure.entered_at)[:10])}</font>"
    return markup(who)


def _movement(doc: RoundDoc, movement: Movement, value: Tally | None) -> list[Flowable]:
    figures = [f for f in doc.figures if f.movement == movement]
    totals = sorted((f for f in figures if f.is_total), key=lambda f: natural_key(f.source))
    given = [*source_totals(doc).get(movement, []), *source_totals(doc, Stage.AGREED).get(movement, [])]
    derived = sorted((t for t in given if t.derived), key=lambda t: natural_key(t.source))
    out: list[Flowable] = [CondPageBreak(40 * mm), Paragraph(text(movement_label(movement)), Styles.h1)]
    if totals or derived:
        w = CONTENT_WIDTH
        rows = [[f.source, _speaks_for(doc, f.source), count_cell(f.count, f.qualifier),
                 _figure_citation(f), _entered(f)] for f in totals]
        rows += [[t.source, _speaks_for(doc, t.source), count_cell(t.count, t.qualifier),
                  para(translate("report", "Derived: the sum of its {category_set} categories (the source states "
                                           "no total).").format(category_set=t.derived_from), Styles.cell),
                  "—"] for t in derived]
        header = [translate("report", "Source"), translate("report", "Affiliation"), translate("report", "Count"),
                  translate("report", "Citation"), translate("report", "Entered by")]
        out.append(data_table(header, rows, [w * 0.25, w * 0.14, w * 0.14, CITATION_COLUMN, w * 0.16]))
    else:
        out.append(para(translate("report", "No source gives a total for this movement."), Styles.body))
    if value is not None:  # else the sentence above says there is none
        ink = "#b3261e" if value.disputed else "#1f2328"
        out.append(Spacer(1, 1.5 * mm))
        out.append(markup(fill(translate("report", "Total: {total}"),
                               total=f"<font color='{ink}'>{text(total_text(value))}</font>"), Styles.body))
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
        kind = translate("report", "exhaustive: the categories should add up to the total") \
            if cset and cset.exhaustive else translate("report", "not exhaustive")
        heading = Paragraph(fill(translate("report", "Breakdown by {category_set}"), category_set=text(name))
                            + f" <font size='8.5' color='#5b6470'>({text(kind)})</font>", Styles.h3)
        for start in range(0, len(sources), BREAKDOWN_COLUMNS):
            chunk = sources[start:start + BREAKDOWN_COLUMNS]
            first = CONTENT_WIDTH * 0.26
            rest = min((CONTENT_WIDTH - first) / len(chunk), CONTENT_WIDTH * 0.22)
            rows: list[list[object]] = []
            totals_row: list[object] = [para(translate("report", "The source's total"), Styles.cell_bold)]
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
            table = data_table([translate("report", "Category"), *chunk], rows, [first] + [rest] * len(chunk),
                               numeric=tuple(range(1, len(chunk) + 1)))
            out.append(KeepTogether([heading, table]) if len(rows) < 25 else table)
            heading = Paragraph(fill(translate("report", "Breakdown by {category_set}, continued"),
                                     category_set=text(name)), Styles.h3)
    return out


# --- discrepancies -------------------------------------------------------------------------


def _claims_table(d: Discrepancy) -> Flowable:
    """The values under a discrepancy, side by side."""
    w = CONTENT_WIDTH
    if _spans(d):  # a figure for several movements, or a part, beside the totals it is held against
        rows = [[movement_label(v.movement) if v.movement is not None else translate("report", "all of them together"),
                 _who(v), count_cell(v.count, v.qualifier, Styles.cell_num)] for v in d.values]
        return data_table([translate("report", "Movement"), translate("report", "Source"),
                           translate("report", "Value")], rows, [w * 0.36, w * 0.4, w * 0.14],
                          numeric=(2,), stripes=False)
    if d.source is not None:  # a breakdown: the source's own total, then its categories
        rows = [[para(translate("report", "the source's total"), Styles.cell_bold) if v.category is None
                 else v.category, count_cell(v.count, v.qualifier, Styles.cell_num)] for v in d.values]
        return data_table([translate("report", "Category"), translate("report", "Value")], rows,
                          [w * 0.72, w * 0.18], numeric=(1,), stripes=False)
    if d.rule is Rule.IMBALANCE:
        values = sorted(d.values, key=lambda v: (v.movement or d.movement, natural_key(v.source)))
        rows = [[f"{v.movement.from_party} → {v.movement.to_party}" if v.movement else "", _who(v),
                 count_cell(v.count, v.qualifier, Styles.cell_num)] for v in values]
        return data_table([translate("report", "Direction"), translate("report", "Source"),
                           translate("report", "Value")], rows, [w * 0.22, w * 0.5, w * 0.18],
                          numeric=(2,), stripes=False)
    values = sorted(d.values, key=lambda v: natural_key(v.source))
    rows = [[_who(v), count_cell(v.count, v.qualifier, Styles.cell_num)] for v in values]
    return data_table([translate("report", "Source"), translate("report", "Value")], rows,
                      [w * 0.72, w * 0.18], numeric=(1,), stripes=False)


def _who(v) -> str:
    """Whose value it is: a source (its total derived from categories, if
    so), or the supervisor who accepted it."""
    if v.accepted:
        return capitalized(accepted_label())
    if v.derived_from is not None:
        return translate("report", "{source} (derived from its {category_set} categories)").format(
            source=v.source, category_set=v.derived_from)
    if v.agreed:
        return f"{v.source} ({stage_label(Stage.AGREED)})"
    return v.source


def _spans(d: Discrepancy) -> bool:
    """Whether a discrepancy's values belong to several movements (a
    combined figure, or a part and its whole), not to one movement's total
    and categories."""
    return d.rule is not Rule.IMBALANCE and any(v.movement is not None for v in d.values)


def _where(d: Discrepancy) -> str:
    m = d.movement
    if _spans(d) and d.values[0].movement is None:  # a combined figure
        movements = list(dict.fromkeys(v.movement for v in d.values if v.movement is not None))
        parts = [movements_label(movements), translate("report", "one figure for them together")]
    elif d.rule is Rule.IMBALANCE:
        parts = [f"{m.from_party} ↔ {m.to_party} · {kind_label(m.kind)}",
                 translate("report", "the totals of both directions")]
    else:
        parts = [movement_label(m)]
        if d.category is not None:
            parts.append(translate("report", "category {category_set} / {category}").format(
                category_set=d.category_set, category=d.category))
        elif d.category_set is not None:
            parts.append(translate("report", "categories of {category_set}").format(category_set=d.category_set))
        else:
            parts.append(translate("report", "total"))
    if d.source is not None:
        parts.append(translate("report", "as reported by {source}").format(source=d.source))
    return text(" · ".join(parts))


def _resolution(item: ReviewedDiscrepancy) -> str:
    label = "<b>" + text(translate("report", "Resolution:")) + "</b>"
    r = item.resolution
    if r is None:
        if item.discrepancy.severity is Severity.INFO:
            return label + " " + text(translate("report", "open (information only, nothing to resolve)"))
        state = text(translate("report", "open"))
        return f"{label} <font color='{_ink(item.discrepancy.severity)}'><b>{state}</b></font>"
    if r.accepted_value is None:
        out = fill(translate("report", "resolved by {person}."), person=text(r.resolved_by))
    elif item.accepted_unreported:
        out = fill(translate("report", "resolved by {person}; accepted value {value}, which no source reported."),
                   person=text(r.resolved_by), value=f"<b>{r.accepted_value}</b>")
    else:
        out = fill(translate("report", "resolved by {person}; accepted value {value}."),
                   person=text(r.resolved_by), value=f"<b>{r.accepted_value}</b>")
    out = f"{label} {out}"
    if r.note:
        out += "<br/><b>" + text(translate("report", "Note:")) + "</b> " + text(r.note)
    return out


def _ink(severity: Severity) -> str:
    return "#" + SEVERITY_INK[severity].hexval()[2:]


def _tally(severities) -> str:
    """`1 error, 2 warnings`."""
    counts = Counter(severities)
    parts = []
    if counts[Severity.ERROR]:
        parts.append(translate("report", "%n error(s)", "", counts[Severity.ERROR]))
    if counts[Severity.WARNING]:
        parts.append(translate("report", "%n warning(s)", "", counts[Severity.WARNING]))
    if counts[Severity.INFO]:
        parts.append(translate("report", "%n information", "", counts[Severity.INFO]))
    return ", ".join(parts)


def _caveats(found: list[Caveat]) -> list[Flowable]:
    """What the rules could not check, said as it is."""
    if not found:
        return []
    out: list[Flowable] = [para(translate("report", "What the rules could not check"), Styles.h2)]
    out += [para("• " + caveat_label(c), Styles.body) for c in found]
    return out


def _discrepancies(reviewed: list[ReviewedDiscrepancy], gaps: list[Caveat]) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(60 * mm), para(translate("report", "Discrepancies"), Styles.h1)]
    if not reviewed:
        out.append(para(no_discrepancies_label(not gaps), Styles.body))
        return out + _caveats(gaps)
    found = _tally(i.discrepancy.severity for i in reviewed)
    still_open = _tally(i.discrepancy.severity for i in reviewed
                        if i.is_open and i.discrepancy.severity is not Severity.INFO)
    out.append(para(translate("report", "%n found: {found}. Still open: {still_open}.", "", len(reviewed)).format(
        found=found, still_open=still_open or translate("report", "none")), Styles.body))
    if any(i.discrepancy.severity is Severity.INFO for i in reviewed):
        out.append(para(translate("report", "“Directions differ” (the imbalance rule) is information, not an "
                                            "error: the two directions of an exchange may differ by agreement."),
                        Styles.note))
    for number, item in enumerate(reviewed, start=1):
        d = item.discrepancy
        name = capitalized(rule_label(d.rule))
        meaning = capitalized(translate("report", RULE_MEANINGS[d.rule])) if d.rule in RULE_MEANINGS else ""
        if d.severity is Severity.INFO:
            severity = translate("report", "information (not an error)")
        else:
            severity = severity_label(d.severity)
        explained = f"<br/><font color='#5b6470'>{text(meaning)}.</font>" if meaning else ""
        card: list[Flowable] = [
            markup(f"{number}. {text(name)} — <font color='{_ink(d.severity)}'>{text(severity)}</font>", Styles.h3),
            markup(f"{_where(d)}{explained}", Styles.body),
            _claims_table(d),
            Spacer(1, 1.5 * mm),
        ]
        if d.spread is not None:
            spread = text(translate("report", "Spread:"))
            card.append(markup(f"<b>{spread}</b> {d.spread}", Styles.body))
        card.append(markup(_resolution(item), Styles.body))
        card.append(Spacer(1, 2.5 * mm))
        out.append(KeepTogether(card) if len(d.values) <= 12 else card[0])
        if len(d.values) > 12:
            out += card[1:]
    return out + _caveats(gaps)


# --- sign-off --------------------------------------------------------------------------


def _sign_off(data: RoundReportData) -> list[Flowable]:
    out: list[Flowable] = [CondPageBreak(35 * mm), para(translate("report", "Sign-off"), Styles.h1)]
    s = data.sign_off
    if s is None:
        out.append(para(draft_mark(), Styles.draft))
        out.append(para(translate("report", "No supervisor has signed this round off; its figures and resolutions "
                                            "may still change. A signed summary carries the supervisor's digital "
                                            "signature."), Styles.body))
        out.append(facts_table([(translate("report", "Fingerprint now"), para(data.fingerprint, Styles.mono))],
                               38 * mm))
    else:
        signed = translate("report", "Signed off by {signer} on {moment} (amendment {amendment})").format(
            signer=s.signer, moment=moment_text(s.signed_at), amendment=s.amendment)
        out.append(markup(f"<b>{text(signed)}</b>", Styles.body))
        out.append(facts_table([(translate("report", "Fingerprint"), para(s.fingerprint, Styles.mono))], 38 * mm))
        if s.fingerprint != data.fingerprint:
            changed = translate("report", "The round's content has changed since it was signed off: its "
                                          "fingerprint is now {fingerprint}.").format(fingerprint=data.fingerprint)
            out.append(markup(f"<font color='#b3261e'><b>{text(changed)}</b></font>", Styles.body))
        else:
            out.append(para(translate("report", "The fingerprint is the SHA-256 of the round's content as signed; "
                                                "any change to its figures or facts gives a different one."),
                            Styles.note))
    if data.amendments:
        out.append(para(translate("report", "Earlier sign-offs, superseded when the round was reopened"), Styles.h2))
        rows = [[str(n), signer, utc_text(when), reason or "—"]
                for n, signer, when, reason in sorted(data.amendments, key=lambda a: a[0])]
        w = CONTENT_WIDTH
        header = [translate("report", "Amendment"), translate("report", "Signed off by"),
                  translate("report", "Signed at"), translate("report", "Reason for reopening")]
        out.append(data_table(header, rows, [w * 0.16, w * 0.24, w * 0.24, w * 0.36], numeric=(0,)))
    return out
