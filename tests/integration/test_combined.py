"""A source's figure for several movements together, from the command line,
through interchange files, into the round's summary; and the attack of
clearing one in the database behind the signed history's back.

The demo's 3 January 2024: "nearly 500 prisoners of war being released on
both sides" (the news report), beside 230 and 248."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tests.integration.test_cli_rounds import NEW, refused_as_bad_input, shown
from tests.unit.reports.pdfs import flat, pages_of

SEED = "6f1c2a3b-2024-4103-8000-000000000103"
BOTH = ("--movement", "Russia:Ukraine:exchange", "--movement", "Ukraine:Russia:exchange")


def a_round(cli) -> str:
    rid = cli(*NEW).out.strip()
    for frm, to, source, n in (("Russia", "Ukraine", "HQ", 230), ("Ukraine", "Russia", "MoD", 248)):
        assert cli("record", rid, "--from", frm, "--to", to, "--kind", "exchange", "--source", source,
                   "--count", str(n)).code == 0
    return rid


def test_a_total_for_both_directions_from_the_command_line(cli):
    rid = a_round(cli)
    done = cli("combined", "add", rid, "--source", "UAE", *BOTH, "--count", "500", "--citation", "WAM, 3 January")
    assert done.code == 0, done.err
    text = cli("show", rid[:8]).out
    assert "Figures for several movements together" in text
    assert "UAE: 500 for Russia → Ukraine, exchange and Ukraine → Russia, exchange" in text
    assert ("UAE's 500 for Russia → Ukraine, exchange and Ukraine → Russia, exchange together is not the sum of "
            "their totals; off by 22") in text
    # Replaced, for the same source and movements: it adds up.
    assert cli("combined", "add", rid, "--source", "UAE", *BOTH, "--count", "478").code == 0
    assert "combined_mismatch" not in cli("show", rid[:8]).out
    assert shown(cli, rid)["combined"] == [{
        "source": "UAE", "movements": [{"from": "Russia", "to": "Ukraine", "kind": "exchange"},
                                       {"from": "Ukraine", "to": "Russia", "kind": "exchange"}],
        "count": 478, "qualifier": "exact"}]
    row = next(r for r in json.loads(cli("rounds", "--json").out) if r["id"] == rid)
    assert row["received"] == {"Ukraine": {"min": 230, "max": 230}, "Russia": {"min": 248, "max": 248}}
    assert "combined figures" in cli("history", rid[:8]).out
    assert cli("combined", "remove", rid, "--source", "UAE", *BOTH).code == 0
    assert shown(cli, rid)["combined"] == []


@pytest.mark.parametrize(("args", "says"), [
    (("--movement", "Russia:Ukraine:exchange"), "--movement: a combined figure is given for two movements or more"),
    (("--movement", "Russia:Ukraine:exchange", "--movement", "Belarus:Ukraine:exchange"),
     "--movement: 'Belarus' is not a side or third party"),
    (("--movement", "Russia:Ukraine", "--movement", "Ukraine:Russia:exchange"), "--movement: 'Russia:Ukraine' is not "
     "FROM:TO:KIND"),
])
def test_bad_combined_figures_are_refused(cli, db_url, args, says):
    rid = a_round(cli)
    refused_as_bad_input(cli, db_url, "combined", "add", rid, "--source", "UAE", *args, "--count", "478", says=says)


def test_the_demo_holds_the_news_reports_nearly_500(cli):
    assert cli("demo").code == 0
    text = cli("show", SEED[:8]).out
    assert "News report (4 January 2024): ~500 for Russia → Ukraine, exchange and Ukraine → Russia, exchange" in text
    assert "figure for Russia → Ukraine, exchange and Ukraine → Russia, exchange together was not checked" in text


def test_it_travels_and_prints(cli, tmp_path, laptop):
    rid = a_round(cli)
    assert cli("combined", "add", rid, "--source", "UAE", *BOTH, "--count", "500").code == 0
    out = tmp_path / "a.json"
    assert cli("export", str(out)).code == 0
    laptop()
    assert cli("import", str(out)).code == 0
    assert "off by 22" in cli("show", rid[:8]).out
    pdf = tmp_path / "r.pdf"
    assert cli("report", rid[:8], "-o", str(pdf)).code == 0
    text = flat(pages_of(pdf.read_bytes()))
    assert "Figures for several movements together" in text and "Combined figure does not add up" in text


@pytest.mark.sqlite_only
def test_clearing_one_behind_the_historys_back_is_found(cli, db_path):
    """An attacker drops the UAE's 500 with sqlite3, to hide the
    disagreement: `check` finds the round unlike its signed history."""
    rid = a_round(cli)
    assert cli("combined", "add", rid, "--source", "UAE", *BOTH, "--count", "500").code == 0
    assert cli("check").code == 0
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE exchange_round SET combined = NULL")
    checked = cli("check")
    assert checked.code == 3, checked.out + checked.err


def test_the_app_adds_and_removes_one(window, qtbot, ctx, monkeypatch):
    """Details tab: Add… asks for the source, the movements, the number;
    the round then holds it, and the review finds it does not add up
    (500 against 230 + 248); Remove takes it away."""
    import uuid

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from desktop.domain.types import Rule
    from desktop.services import editing, review
    from desktop.ui.round.combined import CombinedDialog

    rid = uuid.UUID(SEED)
    window.jobs.load_demo()
    assert window.rounds.select_round(rid)
    editor = window.panel.editor
    assert editor.combined_table.rowCount() == 1  # the news report's ~500

    def fill(dialog: CombinedDialog) -> QDialog.DialogCode:
        dialog.source.setCurrentText("United Arab Emirates MFA")
        for i in range(dialog.movements.count()):
            item = dialog.movements.item(i)
            if item.text() in ("Russia → Ukraine, exchange", "Ukraine → Russia, exchange"):
                item.setCheckState(Qt.CheckState.Checked)
        dialog.count.setValue(500)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CombinedDialog, "exec", fill)
    qtbot.mouseClick(editor.add_combined_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editing.get_round_doc(ctx.db, rid).combined) == 2, timeout=3000)
    qtbot.waitUntil(lambda: editor.combined_table.rowCount() == 2, timeout=3000)
    found = [i.discrepancy for i in review.round_review(ctx.db, rid).items
             if i.discrepancy.rule is Rule.COMBINED_MISMATCH]
    assert [(d.source, d.spread) for d in found] == [("United Arab Emirates MFA", 22)]

    editor.combined_table.selectRow(1)
    qtbot.mouseClick(editor.remove_combined_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editing.get_round_doc(ctx.db, rid).combined) == 1, timeout=3000)


def test_the_app_says_what_is_missing_in_one_sentence(window, ctx, errors, monkeypatch):
    """One movement ticked: a sentence naming what is needed, nothing saved."""
    import uuid

    from PySide6.QtWidgets import QDialog

    from desktop.services import editing
    from desktop.ui.round.combined import CombinedDialog

    rid = uuid.UUID(SEED)
    window.jobs.load_demo()
    assert window.rounds.select_round(rid)

    def fill(dialog: CombinedDialog) -> QDialog.DialogCode:
        dialog.source.setCurrentText("UAE")
        dialog.movements.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.count.setValue(478)
        return QDialog.DialogCode.Accepted

    from PySide6.QtCore import Qt

    monkeypatch.setattr(CombinedDialog, "exec", fill)
    window.panel.editor.add_combined_button.click()
    assert errors == ["A figure for several movements together needs its source and two movements or more; "
                      "nothing was added."]
    assert len(editing.get_round_doc(ctx.db, rid).combined) == 1


def test_an_import_keeps_what_is_held_here_only(cli, db_url, tmp_path, laptop, monkeypatch):
    """A file's combined figures are added or replace the same source's for
    the same movements; one added here stays (it is not deleted by a file
    that never had it)."""
    rid = a_round(cli)
    assert cli("combined", "add", rid, "--source", "MFA", *BOTH, "--count", "478").code == 0
    out = tmp_path / "a.json"
    assert cli("export", str(out)).code == 0
    a = db_url
    laptop()
    assert cli("import", str(out)).code == 0
    assert cli("combined", "add", rid, "--source", "Other", *BOTH, "--count", "478").code == 0
    monkeypatch.setenv("EXCHANGE_DESK_DB", a)
    assert cli("combined", "add", rid, "--source", "MFA", *BOTH, "--count", "480").code == 0
    assert cli("export", str(out)).code == 0
    laptop()
    assert cli("import", str(out)).code == 0
    held = {c["source"]: c["count"] for c in shown(cli, rid)["combined"]}
    assert held == {"MFA": 480, "Other": 478}


def test_the_summary_names_every_movement_of_a_combined_discrepancy(cli, tmp_path):
    """UAE's 500 against HQ's 230 (Russia → Ukraine) and MoD's 248 (Ukraine →
    Russia): the PDF names both movements and both sources."""
    rid = a_round(cli)
    assert cli("combined", "add", rid, "--source", "UAE", *BOTH, "--count", "500").code == 0
    pdf = tmp_path / "r.pdf"
    assert cli("report", rid[:8], "-o", str(pdf)).code == 0
    text = flat(pages_of(pdf.read_bytes()))
    assert ("Russia → Ukraine, exchange and Ukraine → Russia, exchange · one figure for them together · as "
            "reported by UAE") in text
    assert "all of them together UAE 500" in text
    assert "Russia → Ukraine · exchange HQ 230" in text and "Ukraine → Russia · exchange MoD 248" in text
