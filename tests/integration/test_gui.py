"""The desktop application driven through its real widgets (offscreen)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.types import Rule
from desktop.services import editing, listing, review
from desktop.ui.dialogs import Ask
from desktop.ui.main_window import PAGE_EMPTY, PAGE_WORK, MainWindow
from desktop.ui.review.model import COL_ROUND
from desktop.ui.review.view import ResolveDialog
from desktop.ui.round.new_round import NewRoundDialog
from desktop.ui.round.panel import TAB_FIGURES, TAB_REVIEW
from tests.helpers.demo import DEMO_ROUNDS
from tests.helpers.factories import SEED_ID, document, round_dict, write_json
from tests.helpers.people import person


@pytest.fixture(autouse=True)
def previews(monkeypatch) -> _Previews:
    """Every import preview (its question and details), answered yes unless
    a test sets `previews.answer`; a modal box would wait forever here."""
    shown = _Previews()

    def confirm_details(parent, title, message, details):
        shown.append((message, details))
        return shown.answer

    monkeypatch.setattr(Ask, "confirm_details", staticmethod(confirm_details))
    return shown


class _Previews(list):
    answer = True


def table_snapshot(db_path: Path) -> list:
    with sqlite3.connect(db_path) as conn:
        return [
            conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("exchange_round", "figure", "source", "audit_entry", "round_summary")
        ]


def type_into_cell(qtbot, grid, row: int, col: int, text: str, *, shows: str | None = None,
                   errors: list[str] | None = None) -> None:
    """Select a cell, type as a user does, press Enter, and wait until the
    grid shows the saved value (or an error dialog appeared)."""
    index = grid.model().index(row, col)
    grid.setCurrentIndex(index)
    grid.setFocus()
    qtbot.keyClicks(grid, text[:1])
    editor = QApplication.focusWidget()
    assert editor is not grid, "typing did not open an editor"
    qtbot.keyClicks(editor, text[1:])
    seen = len(errors) if errors is not None else 0
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    if shows is not None:
        qtbot.waitUntil(lambda: grid.model().index(row, col).data() == shows, timeout=3000)
    if errors is not None:
        qtbot.waitUntil(lambda: len(errors) > seen, timeout=3000)


def create_round(qtbot, ctx, window) -> uuid.UUID:
    dialog = NewRoundDialog(ctx, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title_edit, "Exchange of 31 January 2024")
    dialog.side_a.setCurrentText("Ukraine")
    dialog.side_b.setCurrentText("Russia")
    dialog._create()
    assert dialog.created is not None
    window.refresh()
    assert window.rounds.select_round(dialog.created)
    return dialog.created


def test_empty_database_offers_demo_and_import(window, qtbot):
    """No rounds: the empty page; Load demo data fills the list."""
    assert window.pages.currentIndex() == PAGE_EMPTY
    qtbot.mouseClick(window.empty.demo_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == PAGE_WORK
    assert window.rounds.model.total == DEMO_ROUNDS
    # The dock lists the open discrepancies of every round, named by date and title.
    dock = window.all_review
    dock.reload()
    model = dock.model
    shown = {model.data(model.index(row, COL_ROUND)) for row in range(model.rowCount())}
    with_open = [r for r in listing.fetch_rounds(window.ctx.db, listing.RoundQuery())
                 if r.open_errors + r.open_warnings + r.open_infos]
    assert len(shown) == len(with_open) >= 3
    assert all(any(text.endswith(" " + r.title) for r in with_open) for text in shown)
    assert model.rowCount() == sum(r.open_errors + r.open_warnings + r.open_infos for r in with_open)
    assert "open across all rounds" in dock.summary_label.text()


def test_type_figures_see_mismatch_resolve_and_undo(window, qtbot, ctx, errors, monkeypatch):
    """The coordinator's and the supervisor's day in one test."""
    rid = create_round(qtbot, ctx, window)
    editing.set_sources(ctx.db, rid, sources=[
        editing.SourceDoc("Russian Ministry of Defence", "Russia"),
        editing.SourceDoc("Coordination Headquarters", "Ukraine"),
    ], actor=person("Olena"))
    ctx.events.data_changed.emit(None)
    panel = window.panel
    panel.tabs.setCurrentIndex(TAB_FIGURES)
    figures = panel.figures
    # The second default movement is Russia → Ukraine (exchange).
    figures.movement_combo.setCurrentIndex(1)
    assert figures.current_movement().to_party == "Ukraine"
    grid = figures.grid
    type_into_cell(qtbot, grid, 0, 0, "195", shows="195")
    type_into_cell(qtbot, grid, 0, 1, "207", shows="207")
    assert errors == []
    doc = editing.get_round_doc(ctx.db, rid)
    assert sorted(f.count for f in doc.figures) == [195, 207]

    # The grid marks both cells; the review tab lists the mismatch with its spread.
    assert grid.model().index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    panel.tabs.setCurrentIndex(TAB_REVIEW)
    rows = panel.review.model.rows
    mismatch = next(item for _doc, item in rows if item.discrepancy.rule is Rule.SOURCE_MISMATCH)
    assert mismatch.discrepancy.spread == 12
    # The list shows an open error for the round.
    row = window.rounds.model.row_of(rid)
    assert window.rounds.model.round_at(row).open_errors == 1

    # Resolve it through the dialog.
    index = next(i for i, (_d, item) in enumerate(rows) if item.discrepancy.rule is Rule.SOURCE_MISMATCH)
    panel.review.table.selectRow(index)
    monkeypatch.setattr(ResolveDialog, "ask", classmethod(lambda cls, item, parent=None: (207, "HQ's list of names")))
    panel.review.resolve_selected()
    item = next(i for i in review.round_review(ctx.db, rid).items if i.discrepancy.rule is Rule.SOURCE_MISMATCH)
    assert not item.is_open and item.resolution.resolved_by == "Olena"
    assert window.rounds.model.round_at(window.rounds.model.row_of(rid)).open_errors == 0

    # Undo takes back the resolution first, then the figure edit before it.
    window.undo_action.trigger()
    item = next(i for i in review.round_review(ctx.db, rid).items if i.discrepancy.rule is Rule.SOURCE_MISMATCH)
    assert item.is_open
    window.undo_action.trigger()
    doc = editing.get_round_doc(ctx.db, rid)
    assert [f.count for f in doc.figures] == [195]
    window.redo_action.trigger()
    doc = editing.get_round_doc(ctx.db, rid)
    assert sorted(f.count for f in doc.figures) == [195, 207]


def test_qualifier_prefixes_and_delete(window, qtbot, ctx, errors):
    """>=90 is at least 90; Delete clears the cell; a bad entry is refused in a dialog."""
    window.jobs.load_demo()
    window.rounds.select_round(uuid.UUID(SEED_ID))
    figures = window.panel.figures
    window.panel.tabs.setCurrentIndex(TAB_FIGURES)
    grid = figures.grid
    type_into_cell(qtbot, grid, 1, 0, ">=90", shows="≥90")
    assert errors == []
    added = [f for f in editing.get_round_doc(ctx.db, uuid.UUID(SEED_ID)).figures if f.count == 90]
    assert added and added[0].qualifier.value == "at_least" and added[0].category is not None
    type_into_cell(qtbot, grid, 2, 0, "12a", errors=errors)
    assert "is not a count" in errors[-1]
    grid.setCurrentIndex(grid.model().index(1, 0))
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert not [f for f in editing.get_round_doc(ctx.db, uuid.UUID(SEED_ID)).figures if f.count == 90]


def test_filter_as_you_type(window, qtbot, ctx):
    """Typing a party or a source narrows the list; clearing it restores it."""
    window.jobs.load_demo()
    assert window.rounds.model.total == DEMO_ROUNDS
    qtbot.keyClicks(window.rounds.filter_edit, "Coordination")
    qtbot.waitUntil(lambda: window.rounds.model.total == 3, timeout=3000)
    window.rounds.filter_edit.clear()
    qtbot.waitUntil(lambda: window.rounds.model.total == DEMO_ROUNDS, timeout=3000)
    window.rounds.errors_check.setChecked(True)
    assert window.rounds.model.total == 4


def test_bad_import_shows_the_sentence_and_changes_nothing(window, ctx, db_path, tmp_path, errors):
    """A bad file after a good one: the dialog names the place; the database is as before."""
    window.jobs.load_demo()
    before = table_snapshot(db_path)
    good = write_json(tmp_path / "good.json", document(round_dict()))
    bad = write_json(tmp_path / "bad.json", document(round_dict(figures=[
        {"from": "Russia", "to": "Ukraine", "kind": "exchange", "source": "X", "count": -5}])))
    window.jobs.import_paths([str(good), str(bad)])
    assert errors == [f"{bad}: rounds[0].figures[0].count: must be a whole number ≥ 0, not -5."]
    assert table_snapshot(db_path) == before


def test_good_import_off_the_gui_thread(qtbot, ctx, tmp_path):
    """With the real one-thread pool: the task signals success and the list shows the rounds."""
    from desktop.ui.tasks import TaskRunner

    ctx.tasks = TaskRunner()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    path = write_json(tmp_path / "good.json", document(round_dict(), round_dict()))
    task = window.jobs.import_paths([str(path)])
    with qtbot.waitSignal(task.signals.succeeded, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: window.rounds.model.total == 2, timeout=5000)
    ctx.tasks.wait()


def test_import_says_what_it_will_change_first(window, ctx, db_path, tmp_path, previews):
    """New rounds, updated ones and merge conflicts are listed before
    anything is written; answering no writes nothing."""
    window.jobs.load_demo()
    rid = uuid.UUID(SEED_ID)
    ours = editing.get_round_doc(ctx.db, rid)
    from desktop.services.interchange import export_document, write_export

    text, _ = export_document(ctx.db, ids=[rid])
    theirs = json.loads(text)
    figure = next(f for f in theirs["rounds"][0]["figures"] if "deleted_at" not in f)
    figure.update(count=figure["count"] + 7, changed_by="Taras", changed_at="2099-01-01T00:00:00Z",
                  history=[figure["rev"], *figure.get("history", [])], rev=str(uuid.uuid4()))
    moved = next(f for f in ours.figures if f.source == figure["source"] and f.movement.from_party == figure["from"]
                 and f.movement.to_party == figure["to"] and f.category == figure.get("category"))
    editing.set_figure(ctx.db, rid, movement=moved.movement, source=moved.source, count=moved.count + 1,
                       category_set=moved.category_set, category=moved.category, actor=person("Olena"))
    theirs["rounds"].append(round_dict())
    path = tmp_path / "theirs.json"
    write_export(json.dumps(theirs, ensure_ascii=False), str(path))
    before = table_snapshot(db_path)
    previews.answer = False
    window.jobs.import_paths([str(path)])
    (message, details) = previews[-1]
    assert "1 new round" in message and "1 updated round" in message and "1 figure changed both" in message
    assert "New: " in details and "With merge conflicts: " in details
    assert table_snapshot(db_path) == before, "answering no writes nothing"
    previews.answer = True
    window.jobs.import_paths([str(path)])
    conflicts = [i for i in review.round_review(ctx.db, rid).items if i.discrepancy.rule is Rule.MERGE_CONFLICT]
    assert len(conflicts) == 1 and conflicts[0].is_open


def test_a_command_line_import_shows_up_without_restart(window, qtbot, ctx, tmp_path, cli):
    """Another process writes; the window notices the data version move."""
    assert window.rounds.model.total == 0
    path = write_json(tmp_path / "a.json", document(round_dict()))
    assert cli("import", str(path)).code == 0
    window.refresh_if_changed()
    assert window.rounds.model.total == 1


def test_signed_off_round_is_read_only_in_the_grid(window, qtbot, ctx, db_path):
    """No editing a locked round: the grid's cells are not editable."""
    window.jobs.load_demo()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE exchange_round SET status='signed_off' WHERE id=?", (uuid.UUID(SEED_ID).hex,))
    window.refresh()
    window.rounds.select_round(uuid.UUID(SEED_ID))
    index = window.panel.figures.grid.model().index(0, 0)
    assert not (index.flags() & Qt.ItemFlag.ItemIsEditable)
    assert not window.panel.editor.title_edit.isEnabled() or window.panel.editor.title_edit.isReadOnly()


def test_window_state_is_restored(qtbot, ctx, app_home):
    """Geometry and the last filter come back at the next start."""
    from desktop.app import ui_state_settings

    first = MainWindow(ctx, ui_state=ui_state_settings(app_home))
    qtbot.addWidget(first)
    first.resize(701, 503)  # within the offscreen screen (800 × 600)
    first.rounds.filter_edit.setText("Ukraine")
    first.save_state()
    second = MainWindow(ctx, ui_state=ui_state_settings(app_home))
    qtbot.addWidget(second)
    assert second.rounds.filter_edit.text() == "Ukraine"
    assert (second.size().width(), second.size().height()) == (701, 503)


def test_export_writes_the_interchange_file(window, ctx, tmp_path):
    """File → Export: the same file the command line writes."""
    window.jobs.load_demo()
    out = tmp_path / "out.json"
    window.jobs.export_to(str(out), None)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "exchange-desk/5" and len(data["rounds"]) == DEMO_ROUNDS


def test_sign_off_and_reopen_from_the_window(window, qtbot, ctx, tmp_path, monkeypatch, errors, cli):
    """Refused with a dialog while errors are open; signed once resolved; reopened."""
    from desktop.domain.types import RoundStatus

    window.jobs.load_demo()
    rid = uuid.UUID("c31a0124-2024-4131-8000-000000000131")
    ctx.actor = person("Test Coordinator")  # neither loaded the demo nor resolves: may sign off
    editing.set_status(ctx.db, rid, status=RoundStatus.IN_REVIEW, actor=person("Olena"))
    window.refresh()
    window.rounds.select_round(rid)
    assert window.panel.sign_button.isVisible()
    assert window.jobs.sign_off(rid) is None
    assert "open error" in errors[-1]

    key = next(i.discrepancy.key for i in review.round_review(ctx.db, rid).items
               if i.discrepancy.rule is Rule.SOURCE_MISMATCH)
    review.resolve(ctx.db, rid, key, value=207, note="HQ list", actor=person("Supervisor Sam"))
    out = tmp_path / "signed.pdf"
    window.jobs.sign_off_to(rid, str(out))
    assert out.read_bytes().startswith(b"%PDF")
    window.refresh()
    assert window.panel.reopen_button.isVisible() and not window.panel.sign_button.isVisible()
    assert not (window.panel.figures.grid.model().index(0, 0).flags() & Qt.ItemFlag.ItemIsEditable)

    monkeypatch.setattr(Ask, "multiline", staticmethod(lambda parent, title, label: "HQ corrected its list"))
    window.jobs.reopen(rid)
    assert editing.get_round_doc(ctx.db, rid).status is RoundStatus.DRAFT


def test_export_pdf_from_the_window(window, ctx, tmp_path):
    """Export PDF… writes a summary with the DRAFT mark."""
    window.jobs.load_demo()
    out = tmp_path / "round.pdf"
    window.jobs.write_round_pdf(uuid.UUID(SEED_ID), str(out))
    assert out.read_bytes().startswith(b"%PDF")
    period = tmp_path / "period.pdf"
    window.jobs.write_period_pdf(None, None, str(period))
    assert period.stat().st_size > 1000


def test_history_tab_and_tools(window, ctx, tmp_path, monkeypatch, app_home):
    """The History tab lists a change; Tools check, back up and restore."""
    from desktop.ui.round.panel import TAB_HISTORY

    window.jobs.load_demo()
    rid = uuid.UUID(SEED_ID)
    window.rounds.select_round(rid)
    editing.update_round(ctx.db, rid, location="Border crossing", actor=person("Olena"))
    ctx.events.data_changed.emit(None)
    window.panel.tabs.setCurrentIndex(TAB_HISTORY)
    model = window.panel.history.model
    assert model.rowCount() == 2
    assert model.index(0, 3).data() == "location (none) → “Border crossing”"

    shown = []
    monkeypatch.setattr(Ask, "information", staticmethod(lambda parent, title, message: shown.append(message)))
    window.jobs.check()
    assert shown and shown[-1].startswith("All holds")

    saved = tmp_path / "saved.db"
    window.jobs.backup_to(str(saved))
    assert saved.exists()
    editing.update_round(ctx.db, rid, location="Elsewhere", actor=person("Olena"))
    assert window.jobs.restore_from(str(saved))
    assert editing.get_round_doc(ctx.db, rid).location == "Border crossing"
    assert list((app_home.data_dir / "backups").glob("before-restore-*.db"))

    made = window.jobs.automatic_backup()
    assert made is not None
    assert list((app_home.data_dir / "backups").glob("daily-*.db"))


def test_an_unusable_database_offers_a_backup_to_restore(qapp, app_home, tmp_path, monkeypatch, cli):
    """At start: the sentence, an offer to restore; the bad file kept among the backups."""
    from desktop.app import offer_restore

    cli("demo")
    cli("backup", str(tmp_path / "good.db"))
    app_home.database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    damaged = app_home.database.read_bytes()
    asked = []
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda parent, title, message: asked.append(message) or True))
    monkeypatch.setattr(Ask, "open_backup", staticmethod(lambda parent, title, folder: str(tmp_path / "good.db")))
    db = offer_restore(app_home, None, "The database cannot be used.")
    assert db is not None and asked[0].startswith("The database cannot be used.")
    db.close()
    assert len(json.loads(cli("rounds", "--json").out)) == DEMO_ROUNDS
    (kept,) = (app_home.data_dir / "backups").glob("before-restore-*.db")
    assert kept.read_bytes() == damaged


def test_undo_never_overwrites_someone_elses_change(window, qtbot, ctx, errors):
    """Undo after another user changed the figure: refused, their value stays."""
    window.jobs.load_demo()
    rid = uuid.UUID(SEED_ID)
    window.rounds.select_round(rid)
    window.panel.tabs.setCurrentIndex(TAB_FIGURES)
    grid = window.panel.figures.grid
    type_into_cell(qtbot, grid, 1, 0, "40", shows="40")
    added = next(f for f in editing.get_round_doc(ctx.db, rid).figures if f.count == 40)
    editing.set_figure(ctx.db, rid, movement=added.movement, source=added.source, count=41,
                       category_set=added.category_set, category=added.category, actor=person("Taras"))
    window.undo_action.trigger()
    assert errors and "was changed by Taras at" in errors[-1] and "nothing was overwritten" in errors[-1]
    assert any(f.count == 41 for f in editing.get_round_doc(ctx.db, rid).figures)
    # The undo that was refused is kept in the history, with whom it lost to.
    from desktop.services.integrity import history

    refused = [e for e in history(ctx.db, rid)[1] if e.action == "refused"]
    assert refused and refused[-1].actor == "Olena" and "changed by Taras" in refused[-1].detail


def test_undoing_a_clear_keeps_who_entered_the_figure(window, qtbot, ctx, errors):
    """The figure put back still names its first author and time."""
    window.jobs.load_demo()
    rid = uuid.UUID(SEED_ID)
    window.rounds.select_round(rid)
    window.panel.tabs.setCurrentIndex(TAB_FIGURES)
    figures = window.panel.figures
    before = next(f for f in editing.get_round_doc(ctx.db, rid).figures
                  if f.movement == figures.current_movement() and f.category is None)
    grid = figures.grid
    column = figures.model.sources.index(before.source)
    grid.setCurrentIndex(grid.model().index(0, column))
    figures._clear_selected()
    window.undo_action.trigger()
    after = next(f for f in editing.get_round_doc(ctx.db, rid).figures if f.slot == before.slot)
    assert (after.entered_by, after.entered_at, after.count) == (before.entered_by, before.entered_at, before.count)


def test_the_movement_on_screen_stays_when_its_last_figure_is_cleared(window, qtbot, ctx, errors):
    """Clearing the only figure of a movement does not switch the grid to another one."""
    window.jobs.load_demo()
    rid = uuid.UUID("b7e10708-2023-4707-8000-000000000001")  # Turkey → Ukraine, custody transfer
    window.rounds.select_round(rid)
    figures = window.panel.figures
    custody = next(m for m in figures.movements if m.kind.value == "custody_transfer")
    figures.select_movement(custody)
    grid = figures.grid
    grid.selectAll()
    figures._clear_selected()
    assert figures.current_movement() == custody


def test_a_duplicate_round_is_merged_from_the_tools_menu(window, qtbot, ctx, tmp_path, monkeypatch, errors):
    """Tools → Likely duplicate rounds: the pair is listed; merging the
    second into the first removes it and keeps both values of the figure."""
    from desktop.ui.duplicates_dialog import ID_ROLE, DuplicatesDialog

    window.jobs.load_demo()
    duplicate = round_dict(title="Обмін (ноутбук Б)")
    kept = editing.get_round_doc(ctx.db, uuid.UUID(SEED_ID))
    duplicate.update(date=kept.date.isoformat(), sides=list(kept.sides))
    window.jobs.import_paths([str(write_json(tmp_path / "dup.json", document(duplicate)))])
    dialog = DuplicatesDialog(ctx, window)
    qtbot.addWidget(dialog)
    (group,) = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert group.childCount() == 2
    second = group.child(1)
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda parent, title, message: True))
    dialog.tree.setCurrentItem(second)
    gone = uuid.UUID(second.data(0, ID_ROLE))
    dialog.merge_selected()
    assert not errors
    assert dialog.tree.topLevelItem(0).text(0) == "No likely duplicates."  # (English in tests)
    from desktop.services.duplicates import find_duplicates

    assert find_duplicates(ctx.db) == []
    assert gone not in {uuid.UUID(SEED_ID)} and window.rounds.model.total == DEMO_ROUNDS
