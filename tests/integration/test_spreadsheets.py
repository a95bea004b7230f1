"""Figures in spreadsheets, out and in: `export --format xlsx|csv` and
`import FILE.xlsx|FILE.csv`. A program nobody here wrote (LibreOffice)
reads the workbook and finds the same figures, and a CSV it saved imports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
import subprocess

import pytest
from openpyxl import Workbook, load_workbook

from tests.helpers.demo import DEMO_FIGURES
from tests.helpers.dump import table_dump

HEADER = ["Round id", "Date", "Title", "Location", "Sides", "Third parties", "Mediators", "Operation", "From", "To",
          "Kind", "Source", "Affiliation", "Stage", "Category set", "Set exhaustive", "Set categories", "Category", "Count",
          "Qualifier", "Citation", "Note", "Part of"]
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def figures_of(cli) -> list[tuple]:
    """Every figure of every round, as `export` writes it: comparable."""
    data = json.loads(cli("export", "-").out)
    return sorted((r["id"], f["from"], f["to"], f["kind"], f["source"], f.get("category_set") or "",
                   f.get("category") or "", f["count"], f.get("qualifier", "exact"), f.get("citation") or "",
                   f.get("note") or "", json.dumps(f.get("part_of")))
                  for r in data["rounds"] for f in r["figures"])


@pytest.fixture
def exported(cli, tmp_path):
    assert cli("demo").code == 0
    book, sheet = tmp_path / "figures.xlsx", tmp_path / "figures.csv"
    assert cli("export", str(book)).code == 0
    assert cli("export", "--format", "csv", str(sheet)).code == 0
    return book, sheet


def test_the_workbook_is_a_real_one(exported):
    book, _ = exported
    sheet = load_workbook(book).active
    assert sheet.title == "Figures"
    assert [c.value for c in sheet[1]] == HEADER
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["C"].width > 20  # titles get room
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == DEMO_FIGURES
    assert all(isinstance(r[1], dt.datetime) for r in rows)  # dates as dates
    count, part_of = HEADER.index("Count"), HEADER.index("Part of")
    assert all(type(r[count]) is int for r in rows)  # counts as numbers
    seed = [r for r in rows if r[0] == "6f1c2a3b-2024-4103-8000-000000000103" and r[count] == 75]
    assert seed and seed[0][part_of] == "Ukraine:Russia:exchange"


def test_both_spreadsheets_bring_back_the_same_figures(cli, exported, laptop):
    book, sheet = exported
    before = figures_of(cli)
    laptop()
    assert cli("import", str(book)).code == 0
    assert figures_of(cli) == before
    assert cli("import", str(sheet)).code == 0  # the same rounds again: nothing changes
    assert figures_of(cli) == before


def test_libreoffice_reads_the_workbook_and_its_csv_imports(cli, exported, laptop, tmp_path):
    assert SOFFICE, "LibreOffice is needed here: Debian's libreoffice-calc-nogui (.ci/run installs it)"
    book, _ = exported
    out = tmp_path / "lo"
    done = subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                           "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(out),
                           str(book)], capture_output=True, text=True, timeout=180, check=False)
    saved = out / "figures.csv"
    assert saved.exists(), done.stderr + done.stdout
    rows = list(csv.reader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
    assert rows[0] == HEADER
    ours = list(csv.reader(io.StringIO((tmp_path / "figures.csv").read_text(encoding="utf-8-sig"))))
    assert rows == ours  # LibreOffice finds exactly the figures we wrote
    before = figures_of(cli)
    laptop()
    result = cli("import", str(saved))
    assert result.code == 0, result.err
    assert figures_of(cli) == before


def a_sheet(tmp_path, rows: list[list], name: str = "figures.xlsx"):
    book = Workbook()
    sheet = book.active
    sheet.title = "Figures"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def a_row(**changes) -> list:
    row = dict(zip(HEADER, ["", dt.date(2022, 3, 24), "First full-fledged POW exchange", "", "Ukraine; Russia", "",
                            "", "", "Russia", "Ukraine", "exchange", "Iryna Vereshchuk", "Ukraine", "", "Group", "yes",
                            "Servicemen (POWs); Civilian sailors", "Servicemen (POWs)", 10, "exact",
                            "https://ukranews.com/en/news/843940", "", ""],
                   strict=True))
    row.update(changes)
    return [row[h] for h in HEADER]


@pytest.mark.parametrize(("bad", "says"), [
    ({"Count": 12.5}, "figures.xlsx, sheet Figures, row 14, column Count: not a whole number: 12.5."),
    ({"Count": "ten"}, "figures.xlsx, sheet Figures, row 14, column Count: not a whole number: ten."),
    ({"Kind": "swap"}, "figures.xlsx, sheet Figures, row 14, column Kind: must be one of exchange, "),
    ({"From": "Belarus"}, "figures.xlsx, sheet Figures, row 14, column From: 'Belarus' is not a side or third party"),
    ({"Date": "24.03.2022"}, "figures.xlsx, sheet Figures, row 14, column Date: not a date written YYYY-MM-DD"),
])
def test_a_bad_cell_is_named_by_sheet_row_and_column_and_nothing_is_written(cli, db_url, tmp_path, bad, says):
    cli("demo")
    good = [a_row(Source=f"Source {i}", Count=10 + i) for i in range(12)]
    path = a_sheet(tmp_path, [*good, a_row(**bad)])
    before = table_dump(db_url)
    result = cli("import", str(path))
    assert result.code == 2, result.out
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and says in lines[0], lines
    assert table_dump(db_url) == before


def test_a_sheet_of_parts_gives_a_derived_total(cli, tmp_path):
    """The 24 March 2022 exchange as Vereshchuk reported it: two parts in
    each direction, an exhaustive set, no total: 29 and 21."""
    rows = [a_row(Category="Servicemen (POWs)", Count=10),
            a_row(Category="Civilian sailors", Count=19),
            a_row(From="Ukraine", To="Russia", Category="Servicemen (POWs)", Count=10),
            a_row(From="Ukraine", To="Russia", Category="Civilian sailors", Count=11)]
    result = cli("import", str(a_sheet(tmp_path, rows)))
    assert result.code == 0, result.err
    (row,) = json.loads(cli("rounds", "--json").out)
    assert row["received"] == {"Ukraine": {"min": 29, "max": 29, "derived": True},
                               "Russia": {"min": 21, "max": 21, "derived": True}}
    assert row["discrepancies"]["info"] == 1  # 29 against 21: the imbalance is found


def test_a_repeated_figure_names_the_row_it_repeats(cli, db_url, tmp_path):
    path = a_sheet(tmp_path, [a_row(), a_row(Count=11)])
    result = cli("import", str(path))
    assert result.code == 2
    assert "figures.xlsx, sheet Figures, row 3: repeats row 2 (the same movement, source and category)" in result.err


def test_the_apps_export_writes_a_workbook_when_the_name_says_so(window, tmp_path):
    window.jobs.load_demo()
    path = tmp_path / "from-the-app.xlsx"
    window.jobs.export_to(str(path), None)
    sheet = load_workbook(path).active
    assert [c.value for c in sheet[1]] == HEADER
    assert sheet.max_row == DEMO_FIGURES + 1


def test_headers_in_ukrainian_are_read_in_an_english_session(cli, laptop, tmp_path, monkeypatch):
    cli("demo")
    before = figures_of(cli)
    monkeypatch.setenv("EXCHANGE_DESK_LANG", "uk")
    path = tmp_path / "показники.xlsx"
    assert cli("export", str(path)).code == 0
    sheet = load_workbook(path).active
    assert sheet.title == "Показники" and sheet["S1"].value == "Кількість"
    monkeypatch.setenv("EXCHANGE_DESK_LANG", "en")
    laptop()
    result = cli("import", str(path))
    assert result.code == 0, result.err
    assert figures_of(cli) == before


def test_a_text_like_a_formula_stays_text_in_both_and_comes_back_the_same(cli, laptop, tmp_path):
    """A note from another laptop's file reading `=HYPERLINK(…)` must not
    become a formula in a coordinator's spreadsheet program."""
    trap = '=HYPERLINK("http://example.invalid/x","open me")'
    rid = cli("round", "new", "--title", "Exchange", "--date", "2025-02-05", "--side", "Ukraine",
              "--side", "Russia").out.strip()
    assert cli("record", rid, "--from", "Russia", "--to", "Ukraine", "--kind", "exchange", "--source", "HQ",
               "--count", "5", "--citation", trap).code == 0
    book, sheet = tmp_path / "f.xlsx", tmp_path / "f.csv"
    assert cli("export", str(book)).code == 0 and cli("export", str(sheet)).code == 0
    cell = load_workbook(book).active["U2"]
    assert (cell.data_type, cell.value) == ("s", trap)
    assert f"'{trap}" in sheet.read_text(encoding="utf-8-sig").replace('""', '"')
    before = figures_of(cli)
    for path in (book, sheet):
        laptop()
        assert cli("import", str(path)).code == 0
        assert figures_of(cli) == before


def test_a_workbook_that_would_unpack_to_gigabytes_is_refused_before_reading(cli, db_url, tmp_path):
    import zipfile

    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            chunk = b"\0" * (1 << 20)
            for _ in range(1100):  # 1.1 GB of zeros, a few MB packed
                part.write(chunk)
    assert path.stat().st_size < 10 * 1024 * 1024
    before = table_dump(db_url)
    result = cli("import", str(path))
    assert result.code == 2 and "unpacks to more than 1024 MB" in result.err, result.err
    assert table_dump(db_url) == before


def test_a_file_named_xlsx_that_is_not_a_workbook_is_one_sentence(cli, tmp_path):
    path = tmp_path / "figures.xlsx"
    path.write_text("Date,Title\n", encoding="utf-8")
    result = cli("import", str(path))
    assert result.code == 2 and "not a workbook this program can read" in result.err
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err


# --- a review's findings, each an attack or a user's mistake ------------------------------


def test_an_exhaustive_set_comes_back_whole_and_a_partial_breakdown_stays_partial(cli, laptop, tmp_path):
    """Categories without figures once went missing on the way out, so an
    exhaustive set came back smaller and a partial breakdown became a
    derived total that disagreed with another source."""
    rid = cli("round", "new", "--title", "Exchange", "--date", "2025-02-05", "--side", "Ukraine",
              "--side", "Russia").out.strip()
    cli("category-set", "add", rid, "--name", "Rank", "--category", "Officers", "--category", "Soldiers",
        "--category", "Civilians", "--exhaustive")
    for source, extra in (("S1", ["--category", "Rank/Officers", "--count", "10"]),
                          ("S1", ["--category", "Rank/Soldiers", "--count", "20"]), ("S2", ["--count", "100"])):
        assert cli("record", rid, "--from", "Russia", "--to", "Ukraine", "--kind", "exchange", "--source", source,
                   *extra).code == 0
    before = json.loads(cli("rounds", "--json").out)[0]
    path = tmp_path / "f.xlsx"
    assert cli("export", str(path)).code == 0
    laptop()
    assert cli("import", str(path)).code == 0
    after = json.loads(cli("rounds", "--json").out)[0]
    assert (after["received"], after["discrepancies"]) == (before["received"], before["discrepancies"])


def test_a_sheet_that_does_not_say_whether_a_set_is_exhaustive_leaves_it_as_it_is(cli, tmp_path):
    rows = [a_row(Category="Servicemen (POWs)", Count=10),
            a_row(Category="Civilian sailors", Count=19)]
    assert cli("import", str(a_sheet(tmp_path, rows))).code == 0
    quiet = [a_row(**{"Category": "Servicemen (POWs)", "Count": 10, "Set exhaustive": None})]
    assert cli("import", str(a_sheet(tmp_path, quiet, "quiet.xlsx"))).code == 0
    (row,) = json.loads(cli("rounds", "--json").out)
    assert row["received"]["Ukraine"] == {"min": 29, "max": 29, "derived": True}  # still derived from the exhaustive set
    unclear = a_sheet(tmp_path, [a_row(**{"Set exhaustive": "maybe"})], "unclear.xlsx")
    result = cli("import", str(unclear))
    assert result.code == 2 and "column Set exhaustive: must be yes or no, not maybe." in result.err


def test_rows_of_one_round_that_disagree_are_refused_naming_both_rows(cli, tmp_path):
    rows = [a_row(), a_row(Source="ICRC", Affiliation="independent", Sides="Ukraine; Russia; Belarus")]
    result = cli("import", str(a_sheet(tmp_path, rows)))
    assert result.code == 2
    assert "row 3, column Sides: row 2 says 'Ukraine; Russia' for the same round" in result.err
    rows = [a_row(), a_row(Category="Civilian sailors", Affiliation="Russia")]
    result = cli("import", str(a_sheet(tmp_path, rows, "aff.xlsx")))
    assert result.code == 2 and "row 3, column Affiliation: row 2 says 'Ukraine'" in result.err


@pytest.mark.parametrize(("content", "says"), [
    ("x" * 200_000, "not CSV this program can read"),
    ("1" * 5000, "not a whole number: " + "1" * 37 + "…."),
])
def test_a_csv_cell_too_long_is_one_sentence(cli, db_url, tmp_path, content, says):
    path = tmp_path / "big.csv"
    column = "Note" if not content.startswith("1") else "Count"
    values = {"Date": "2025-02-05", "Title": "T", "Sides": "Ukraine; Russia", "From": "Russia", "To": "Ukraine",
              "Kind": "exchange", "Source": "HQ", "Count": "5", column: content}
    head = ["Date", "Title", "Sides", "From", "To", "Kind", "Source", "Count", "Note"]
    csv.field_size_limit(10**6)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(head)
        writer.writerow([values.get(h, "") for h in head])
    before = table_dump(db_url)
    result = cli("import", str(path))
    if says.startswith("not CSV"):
        assert result.code == 2 and ("not CSV" in result.err or "characters long" in result.err), result.err
    else:
        assert result.code == 2 and says in result.err, result.err
    assert "Traceback" not in result.err and len(result.err.strip().splitlines()) == 1
    assert table_dump(db_url) == before


def test_a_cell_far_out_in_a_small_workbook_is_refused_before_it_is_laid_out(cli, tmp_path):
    """A 5 KB workbook with one cell at XFD1048576 once made the reader
    allocate 512 GB and abort."""
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet["XFD1048576"] = "x"
    path = tmp_path / "far.xlsx"
    book.save(path)
    result = cli("import", str(path))
    assert result.code == 2 and "a cell lies at row 1048576, column 16384" in result.err, result.err


def test_texts_come_back_exactly(cli, laptop, tmp_path):
    """An apostrophe before '=' and a note's leading tab once changed on the way."""
    rid = cli("round", "new", "--title", "T", "--date", "2025-02-05", "--side", "Ukraine",
              "--side", "Russia").out.strip()
    assert cli("record", rid, "--from", "Russia", "--to", "Ukraine", "--kind", "exchange", "--source", "'=quoted",
               "--count", "5", "--citation", "'+1 see list").code == 0
    before = figures_of(cli)
    for name in ("t.xlsx", "t.csv"):
        path = tmp_path / name
        assert cli("export", str(path)).code == 0
        laptop()
        assert cli("import", str(path)).code == 0, name
        assert figures_of(cli) == before, name


def test_the_history_names_the_spreadsheet_imported(cli, tmp_path):
    assert cli("import", str(a_sheet(tmp_path, [a_row()]))).code == 0
    (row,) = json.loads(cli("rounds", "--json").out)
    text = cli("history", row["id"][:8], "--json").out
    assert "\\u0000" not in text and "figures.xlsx" in text


def test_stages_and_operations_go_through_a_sheet(cli, tmp_path, laptop, monkeypatch):
    """The operation of each round and the stage of each source leave in
    their columns and come back; a stage no one knows is one sentence."""
    from tests.integration.test_stages import OPERATION, three_days

    three_days(cli)
    out = tmp_path / "may.xlsx"
    assert cli("export", str(out)).code == 0
    monkeypatch.setenv("EXCHANGE_DESK_DB", laptop)
    assert cli("import", str(out)).code == 0
    assert "agreed 1000; handed over 1000 (390 + 307 + 303)" in cli("operations").out
    rows = list(csv.reader(io.StringIO(cli("export", "-", "--format", "csv").out)))
    head = rows[0]
    agreed = [r for r in rows[1:] if r[head.index("Source")] == "Istanbul talks"]
    assert {r[head.index("Stage")] for r in agreed} == {"agreed_for_operation"}
    assert {r[head.index("Operation")] for r in rows[1:]} == {OPERATION}
    agreed[0][head.index("Stage")] = "promised"
    bad = tmp_path / "bad.csv"
    with bad.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([head, agreed[0]])
    result = cli("import", str(bad))
    assert result.code == 2 and "row 2, column Stage: must be one of delivered, agreed, agreed_for_operation, " \
        "not promised." in result.err, result.err


def test_a_source_with_two_stages_is_named_as_a_source(cli, db_url, tmp_path):
    """Two rows of one source saying delivered and agreed: the sentence
    says the same source, not the same round."""
    from tests.integration.test_cli_rounds import refused_as_bad_input

    path = tmp_path / "two-stages.csv"
    head = ["Date", "Title", "Sides", "From", "To", "Kind", "Source", "Stage", "Count"]
    rows = [head, ["2025-02-05", "T", "Ukraine; Russia", "Russia", "Ukraine", "exchange", "HQ", "delivered", "10"],
            ["2025-02-05", "T", "Ukraine; Russia", "Ukraine", "Russia", "exchange", "HQ", "agreed", "12"]]
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    refused_as_bad_input(cli, db_url, "import", str(path), says="row 3, column Stage: row 2 says 'delivered' for the "
                         "same source; every row of a source says the same.")
