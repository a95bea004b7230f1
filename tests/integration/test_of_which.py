""""Of which": a total that is part of another movement's total, recorded
as the sources said it, counts every person once, and travels.

The seed's round: the Russian Ministry of Defence reported 248 returned to
Russia; the human rights commissioner said 75 of them were handed over
without an exchange. The list once showed Russia 323."""

from __future__ import annotations

import json

from tests.integration.test_cli_rounds import NEW, refused_as_bad_input, shown

SEED = "6f1c2a3b-2024-4103-8000-000000000103"
WHOLE = "Ukraine:Russia:exchange"


def received(cli, ref: str, party: str) -> tuple[int, int]:
    """What `rounds --json` says the party received in the round: (min, max)."""
    result = cli("rounds", "--json")
    assert result.code == 0, result.err
    (row,) = [r for r in json.loads(result.out) if r["id"].startswith(ref)]
    value = row["received"][party]
    return value["min"], value["max"]


def test_the_seed_round_counts_the_75_once(cli):
    assert cli("demo").code == 0
    assert received(cli, SEED, "Russia") == (248, 248)
    text = cli("show", SEED[:8]).out
    assert "of which: part of Ukraine → Russia, exchange" in text
    assert "Russia 248" in text and "323" not in text


def record(cli, rid: str, *args: str):
    return cli("record", rid, *args)


def test_recorded_on_the_command_line_kept_by_an_edit_of_its_count_and_cleared_on_request(cli):
    rid = cli(*NEW).out.strip()
    assert record(cli, rid, "--from", "Ukraine", "--to", "Russia", "--kind", "exchange", "--source", "MoD",
                  "--count", "248").code == 0
    assert record(cli, rid, "--from", "Ukraine", "--to", "Russia", "--kind", "without_exchange",
                  "--source", "Ombudsman", "--count", "75", "--part-of", WHOLE).code == 0
    assert received(cli, rid[:8], "Russia") == (248, 248)
    # A later edit of the count alone keeps what the figure is part of.
    assert record(cli, rid, "--from", "Ukraine", "--to", "Russia", "--kind", "without_exchange",
                  "--source", "Ombudsman", "--count", "76").code == 0
    figure = next(f for f in shown(cli, rid)["figures"] if f["source"] == "Ombudsman")
    assert figure["part_of"] == {"from": "Ukraine", "to": "Russia", "kind": "exchange"}
    history = cli("history", rid[:8]).out
    assert "part of" in history
    # "-" clears it: the 76 are then counted beside the 248.
    assert record(cli, rid, "--from", "Ukraine", "--to", "Russia", "--kind", "without_exchange",
                  "--source", "Ombudsman", "--count", "76", "--part-of", "-").code == 0
    figure = next(f for f in shown(cli, rid)["figures"] if f["source"] == "Ombudsman")
    assert "part_of" not in figure


def test_a_part_larger_than_its_whole_is_an_error(cli):
    rid = cli(*NEW).out.strip()
    record(cli, rid, "--from", "Ukraine", "--to", "Russia", "--kind", "exchange", "--source", "MoD", "--count", "248")
    assert record(cli, rid, "--from", "Ukraine", "--to", "Russia", "--kind", "without_exchange",
                  "--source", "Ombudsman", "--count", "300", "--part-of", WHOLE).code == 0
    found = json.loads(cli("discrepancies", "--round", rid[:8], "--json").out)
    (part,) = [d for d in found if d["rule"] == "part_exceeds_whole"]
    assert part["severity"] == "error" and part["spread"] == 52


def test_bad_part_of_is_refused_in_one_sentence_and_nothing_written(cli, db_url):
    rid = cli(*NEW).out.strip()
    record(cli, rid, "--from", "Ukraine", "--to", "Russia", "--kind", "exchange", "--source", "MoD", "--count", "248")
    base = ("record", rid, "--from", "Ukraine", "--to", "Russia", "--kind", "without_exchange", "--source", "O",
            "--count", "75")
    refused_as_bad_input(cli, db_url, *base, "--part-of", "Ukraine:Russia", says="--part-of: 'Ukraine:Russia' is not")
    refused_as_bad_input(cli, db_url, *base, "--part-of", "Ukraine:Belarus:exchange",
                         says="--part-of: 'Belarus' is not a side or third party of this round")
    refused_as_bad_input(cli, db_url, *base[:-2], "--count", "5", "--kind", "exchange", "--source", "MoD",
                         "--part-of", WHOLE, says="a movement cannot be part of itself")
    # A cycle: the exchange said to be part of the hand-over that is part of it.
    assert record(cli, *base[1:], "--part-of", WHOLE).code == 0
    refused_as_bad_input(cli, db_url, "record", rid, "--from", "Ukraine", "--to", "Russia", "--kind", "exchange",
                         "--source", "MoD", "--count", "248", "--part-of", "Ukraine:Russia:without_exchange",
                         says="part of itself")


def test_it_travels_in_a_current_file_and_a_version_3_file_refuses_it(cli, laptop, tmp_path):
    assert cli("demo").code == 0
    out = tmp_path / "a.json"
    assert cli("export", str(out)).code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "exchange-desk/5"
    (seed,) = [r for r in data["rounds"] if r["id"] == SEED]
    assert any(f.get("part_of") == {"from": "Ukraine", "to": "Russia", "kind": "exchange"} for f in seed["figures"])
    laptop()
    result = cli("import", str(out))
    assert result.code == 0, result.err
    assert received(cli, SEED, "Russia") == (248, 248)
    assert cli("check").code == 0
    older = tmp_path / "older.json"
    v3 = {k: v for k, v in seed.items() if k not in ("history", "sign_offs", "combined", "operation")}
    v3["sources"] = [{k: v for k, v in src.items() if k != "stage"} for src in v3["sources"]]  # /5 fields
    older.write_text(json.dumps({"format": "exchange-desk/3", "rounds": [v3]}), encoding="utf-8")
    result = cli("import", str(older))
    assert result.code == 2 and "unknown field 'part_of'" in result.err, result.err


def test_the_app_sets_and_clears_it_with_undo_and_an_edit_of_the_count_keeps_it(window, qtbot, ctx):
    """The figures tab: "Of which, part of" beside the selected total."""
    import uuid

    from desktop.domain.content import Movement
    from desktop.domain.types import MovementKind
    from desktop.services import editing
    from desktop.ui.round.panel import TAB_FIGURES
    from tests.integration.test_gui import type_into_cell

    rid = uuid.UUID(SEED)
    handed = Movement("Ukraine", "Russia", MovementKind.WITHOUT_EXCHANGE)
    whole = Movement("Ukraine", "Russia", MovementKind.EXCHANGE)

    def part_of():
        doc = editing.get_round_doc(ctx.db, rid)
        return next(f.part_of for f in doc.figures if f.movement == handed and f.category is None)

    window.jobs.load_demo()
    assert window.rounds.select_round(rid)
    window.panel.tabs.setCurrentIndex(TAB_FIGURES)
    figures = window.panel.figures
    figures.select_movement(handed)
    model = figures.grid.model()
    cell = next(model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
                if (s := figures.model.slot_at(model.index(r, c))) and s[1] == "Russian human rights commissioner"
                and s[3] is None)
    figures.grid.setCurrentIndex(cell)
    combo = figures.part_of_combo
    assert combo.isEnabled() and combo.currentData() == whole
    combo.activated.emit(0)  # "counted on its own"
    qtbot.waitUntil(lambda: part_of() is None, timeout=3000)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: part_of() == whole, timeout=3000)
    type_into_cell(qtbot, figures.grid, cell.row(), cell.column(), "76", shows="76")
    assert part_of() == whole


def test_moving_people_out_of_their_whole_behind_the_programs_back_is_found(cli, db_url):
    """An attacker clears "of which" in the database (the 75 then count
    again beside the 248): `check` finds the figure is not what its signed
    history says."""
    import sqlalchemy as sa

    rid = cli(*NEW).out.strip()
    record(cli, rid, "--from", "Ukraine", "--to", "Russia", "--kind", "exchange", "--source", "MoD", "--count", "248")
    record(cli, rid, "--from", "Ukraine", "--to", "Russia", "--kind", "without_exchange", "--source", "Ombudsman",
           "--count", "75", "--part-of", WHOLE)
    assert cli("check").code == 0
    from desktop.storage import resolve_url

    engine = sa.create_engine(resolve_url(db_url, None) if "://" not in db_url else sa.make_url(db_url))
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE figure SET part_of = NULL WHERE part_of IS NOT NULL"))
    engine.dispose()
    result = cli("check")
    assert result.code == 3 and "is not what its signed history says" in result.out + result.err


def test_remains_are_recorded_and_shown_apart_from_people(cli):
    rid = cli(*NEW).out.strip()
    record(cli, rid, "--from", "Russia", "--to", "Ukraine", "--kind", "exchange", "--source", "HQ", "--count", "50")
    assert record(cli, rid, "--from", "Russia", "--to", "Ukraine", "--kind", "remains", "--source", "HQ",
                  "--count", "3").code == 0
    assert received(cli, rid[:8], "Ukraine") == (50, 50)
    text = " ".join(cli("show", rid[:8]).out.split())
    assert "received Ukraine 50" in text and "remains received Ukraine 3" in text
    result = record(cli, rid, "--from", "Russia", "--to", "Ukraine", "--kind", "remains", "--source", "HQ",
                    "--count", "3", "--part-of", "Russia:Ukraine:exchange")
    assert result.code == 2 and "remains and people are counted apart" in result.err


def test_an_import_that_would_close_an_of_which_loop_is_refused_and_nothing_written(cli, db_url, tmp_path):
    """The round holds "the hand-over is part of the exchange"; a file says
    "the exchange is part of the hand-over". Together nobody would count."""
    from tests.helpers.dump import table_dump

    rid = cli(*NEW).out.strip()
    record(cli, rid, "--from", "Russia", "--to", "Ukraine", "--kind", "exchange", "--source", "HQ", "--count", "100")
    record(cli, rid, "--from", "Russia", "--to", "Ukraine", "--kind", "without_exchange", "--source", "ICRC",
           "--count", "100", "--part-of", "Russia:Ukraine:exchange")
    sheet = tmp_path / "loop.csv"
    sheet.write_text(
        "Round id,Date,Title,Sides,From,To,Kind,Source,Count,Part of\n"
        f"{rid},2025-02-05,Exchange of 5 February 2025,Ukraine; Russia,Russia,Ukraine,exchange,HQ,100,"
        "Russia:Ukraine:without_exchange\n", encoding="utf-8")
    before = table_dump(db_url)
    result = cli("import", str(sheet))
    assert result.code == 2 and "part of itself" in result.err, result.err
    assert table_dump(db_url) == before
    assert received(cli, rid[:8], "Ukraine") == (100, 100)


def test_a_part_leaves_the_party_its_whole_leaves(cli):
    rid = cli(*NEW).out.strip()
    record(cli, rid, "--from", "Ukraine", "--to", "Russia", "--kind", "exchange", "--source", "MoD", "--count", "248")
    result = record(cli, rid, "--from", "Russia", "--to", "Ukraine", "--kind", "custody_transfer", "--source", "HQ",
                    "--count", "30", "--part-of", WHOLE)
    assert result.code == 2 and "a part leaves the party its whole leaves" in result.err


def test_a_hand_written_part_of_in_the_database_is_damage_not_a_crash(cli, db_url):
    import sqlalchemy as sa

    from desktop.storage import resolve_url

    rid = cli(*NEW).out.strip()
    record(cli, rid, "--from", "Ukraine", "--to", "Russia", "--kind", "exchange", "--source", "MoD", "--count", "248")
    record(cli, rid, "--from", "Ukraine", "--to", "Russia", "--kind", "without_exchange", "--source", "Ombudsman",
           "--count", "75", "--part-of", WHOLE)
    engine = sa.create_engine(resolve_url(db_url, None) if "://" not in db_url else sa.make_url(db_url))
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE figure SET part_of = 'not json' WHERE part_of IS NOT NULL"))
    engine.dispose()
    result = cli("check")
    assert result.code == 3 and "Traceback" not in result.err


def test_a_merge_conflict_over_what_a_figure_is_part_of_shows_each_side(cli, db_url, laptop, monkeypatch, tmp_path):
    """Laptop A says the 75 count on their own; laptop B, 76 within the 248.
    The conflict's two sides say what each counts them within (once it
    showed two bare counts)."""
    rid = cli(*NEW).out.strip()
    record(cli, rid, "--from", "Ukraine", "--to", "Russia", "--kind", "exchange", "--source", "MoD", "--count", "248")
    handed = ("--from", "Ukraine", "--to", "Russia", "--kind", "without_exchange", "--source", "Ombudsman")
    record(cli, rid, *handed, "--count", "75", "--part-of", WHOLE)
    first = tmp_path / "first.json"
    assert cli("export", str(first)).code == 0
    laptop()
    assert cli("import", str(first)).code == 0
    assert record(cli, rid, *handed, "--count", "76").code == 0
    monkeypatch.setenv("EXCHANGE_DESK_DB", db_url)
    assert record(cli, rid, *handed, "--count", "75", "--part-of", "-").code == 0
    from_a = tmp_path / "a.json"
    assert cli("export", str(from_a)).code == 0
    laptop()
    assert cli("import", str(from_a)).code == 0
    found = json.loads(cli("discrepancies", "--round", rid[:8], "--json").out)
    (conflict,) = [d for d in found if d["rule"] == "merge_conflict"]
    labels = [v["source"] for v in conflict["values"]]
    assert sum("part of Ukraine → Russia (exchange)" in label for label in labels) == 1, labels
