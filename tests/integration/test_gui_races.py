"""Races between what a person types and what the database's worker
brings back: each case was found by trying the window as a user, with the
worker held back the way a slow read or another program's write lock holds
it (the `gate`), and each failed before its fix."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication

from desktop.domain.content import CategorySetDoc, Movement, SourceDoc
from desktop.domain.types import MovementKind
from desktop.services import editing, integrity
from desktop.storage import Database, resolve_url
from desktop.ui.round.panel import TAB_DETAILS, TAB_FIGURES
from tests.helpers.people import person
from tests.integration.test_gui_lost_work import keys

R_TO_U = Movement("Russia", "Ukraine", MovementKind.EXCHANGE)
U_TO_R = Movement("Ukraine", "Russia", MovementKind.EXCHANGE)
MOD, HQ = "Russian Ministry of Defence", "Coordination Headquarters"


class Gate:
    """Holds the worker thread until opened."""

    def __init__(self, ctx):
        self.ctx = ctx
        self.event = threading.Event()

    def close(self):
        from desktop.ui.tasks import Task

        self.event.clear()
        self.ctx.tasks.start(Task(lambda _p: self.event.wait(10)))

    def open(self):
        self.event.set()


@pytest.fixture
def errors(monkeypatch):
    from desktop.ui.dialogs import Ask

    shown: list[str] = []
    monkeypatch.setattr(Ask, "error", staticmethod(lambda parent, title, message: shown.append(message)))
    monkeypatch.setattr(Ask, "information", staticmethod(lambda parent, title, message: shown.append(message)))
    return shown


@pytest.fixture
def ctx(db, app_home):
    from desktop.ui.context import AppContext, Events
    from desktop.ui.tasks import TaskRunner

    c = AppContext(db=db, actor=person("Olena"), paths=app_home, tasks=TaskRunner(), events=Events())
    yield c
    c.tasks.wait()


@pytest.fixture
def window(qtbot, ctx):
    from desktop.ui.main_window import MainWindow

    w = MainWindow(ctx)
    w._poll.stop()  # no timer-driven refresh unless a test asks for one
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    ctx.tasks.wait()


@pytest.fixture
def gate(ctx):
    g = Gate(ctx)
    yield g
    g.open()


def make_round(db, title, date, figures=()):
    rid = editing.create_round(db, title=title, date=date, sides=["Ukraine", "Russia"], actor=person("Olena"))
    editing.set_sources(db, rid, sources=[SourceDoc(MOD, "Russia"), SourceDoc(HQ, "Ukraine")], actor=person("Olena"))
    for movement, source, count in figures:
        editing.set_figure(db, rid, movement=movement, source=source, count=count, actor=person("Olena"))
    return rid


def counts(db, rid):
    return {(f.movement, f.source): f.count for f in editing.get_round_doc(db, rid).figures}


def settle(qtbot, ctx, ms=300):
    ctx.tasks.wait()
    qtbot.wait(ms)
    ctx.tasks.wait()
    qtbot.wait(50)


def open_grid(qtbot, window, rid):
    window.refresh()
    qtbot.waitUntil(lambda: window.rounds.model.rowCount() >= 1, timeout=5000)
    window.rounds.select_round(rid)
    figures = window.panel.figures
    qtbot.waitUntil(lambda: figures.doc is not None and figures.doc.id == rid, timeout=5000)
    window.go_to_tab(TAB_FIGURES)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is figures.grid)
    return figures


def three_rounds(db):
    a = make_round(db, "Exchange of 30 December 2024", dt.date(2024, 12, 30), [(R_TO_U, MOD, 150)])
    b = make_round(db, "Exchange of 1 February 2024", dt.date(2024, 2, 1))
    c = make_round(db, "Kharkiv handover", dt.date(2023, 5, 1))
    return a, b, c



def two_rounds(db):
    a = make_round(db, "Exchange of 30 December 2024", dt.date(2024, 12, 30),
                   [(R_TO_U, MOD, 150), (R_TO_U, HQ, 189), (U_TO_R, MOD, 150)])
    b = make_round(db, "Exchange of 1 February 2024", dt.date(2024, 2, 1))
    return a, b


def open_a(qtbot, window, a):
    window.refresh()
    qtbot.waitUntil(lambda: window.rounds.model.rowCount() == 2, timeout=5000)
    window.rounds.select_round(a)
    qtbot.waitUntil(lambda: window.panel.figures.doc is not None and window.panel.figures.doc.id == a, timeout=5000)


def test_while_the_next_round_is_read_nothing_of_the_previous_one_is_shown_or_typed_into(qtbot, window, ctx, gate,
                                                                                        errors):
    """Round A on screen, B chosen while the worker is busy: the header
    names B, A's grid, details and discrepancies are gone at once, and keys
    typed meanwhile store nothing in either round."""
    from desktop.ui.round.panel import TAB_REVIEW

    a, b = two_rounds(ctx.db)
    open_a(qtbot, window, a)
    window.go_to_tab(TAB_FIGURES)
    figures = window.panel.figures
    qtbot.waitUntil(lambda: QApplication.focusWidget() is figures.grid)
    gate.close()
    window.rounds.select_round(b)
    assert window.panel.title_label.text().startswith("Exchange of 1 February 2024")
    assert figures.model.rowCount() == 0 and not figures.isEnabled()
    assert not window.panel.editor.isEnabled() and window.panel.review.model.rowCount() == 0
    keys(qtbot, "77", Qt.Key.Key_Return)
    window.go_to_tab(TAB_DETAILS)
    window.panel.editor.location_edit.setFocus()
    keys(qtbot, "Abu Dhabi", Qt.Key.Key_Tab)
    window.panel.tabs.setCurrentIndex(TAB_REVIEW)
    window.resolve_selected()  # Ctrl+R: nothing of A's to resolve from here
    gate.open()
    settle(qtbot, ctx)
    assert counts(ctx.db, b) == {} and counts(ctx.db, a)[(R_TO_U, MOD)] == 150
    assert editing.get_round_doc(ctx.db, a).location is None and editing.get_round_doc(ctx.db, b).location is None
    assert all(i.resolution is None for i in editing.open_round(ctx.db, a).state.items)
    assert figures.doc.id == b and window.panel.editor.doc.id == b and errors == []


def test_a_field_with_the_focus_shows_the_next_rounds_text(qtbot, window, ctx, errors, monkeypatch):
    """The keyboard in Title, another round opened (Ctrl+N): Title shows the
    new round's title, not the previous round's still being edited."""
    from desktop.ui.round.new_round import NewRoundDialog

    a, _b = two_rounds(ctx.db)
    open_a(qtbot, window, a)
    window.go_to_tab(TAB_DETAILS)
    editor = window.panel.editor
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.title_edit)
    made = []

    def ask(cls, c, parent=None):
        made.append(editing.create_round(c.db, title="Exchange of 5 February 2025", date=dt.date(2025, 2, 5),
                                         sides=["Ukraine", "Russia"], actor=person("Olena")))
        return made[0]

    monkeypatch.setattr(NewRoundDialog, "ask", classmethod(ask))
    window.new_round()
    qtbot.waitUntil(lambda: editor.doc is not None and editor.doc.id == made[0], timeout=5000)
    settle(qtbot, ctx)
    assert window.panel.title_label.text().startswith("Exchange of 5 February 2025")
    assert editor.title_edit.text() == "Exchange of 5 February 2025", editor.title_edit.text()


def test_ctrl_n_opens_the_round_it_made(qtbot, window, ctx, errors):
    """Ctrl+N: the round made is the round opened (the list's reload put the selection back on the previous round)."""
    from desktop.ui.round.new_round import NewRoundDialog

    a = make_round(ctx.db, "Exchange of 31 January 2024", dt.date(2024, 1, 31))
    window.refresh()
    qtbot.waitUntil(lambda: window.rounds.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: window.panel.round_id == a, timeout=5000)
    settle(qtbot, ctx)

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewRoundDialog)
        dialog.title_edit.setText("Exchange of 5 February 2025")
        dialog.date_edit.setDate(dt.date(2025, 2, 5))
        dialog.side_a.setCurrentText("Ukraine")
        dialog.side_b.setCurrentText("Russia")
        dialog._create()

    QTimer.singleShot(300, fill)
    window.new_round()  # Ctrl+N
    settle(qtbot, ctx, 500)
    assert window.rounds.model.rowCount() == 2
    assert window.panel.title_label.text().startswith("Exchange of 5 February 2025"), window.panel.title_label.text()


def test_a_date_typed_with_dashes_is_the_date_typed(qtbot, ctx):
    """2025-02-05 typed into Date is 5 February 2025 (the '-' after the year moved on a part too far)."""
    from desktop.ui.round.new_round import NewRoundDialog

    dialog = NewRoundDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.title_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title_edit)
    keys(qtbot, "Exchange of 5 February 2025", Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.date_edit
    keys(qtbot, "2025-02-05")
    assert dialog.date_edit.date().toPython() == dt.date(2025, 2, 5), dialog.date_edit.date().toPython()


def test_a_source_added_elsewhere_leaves_the_cell_being_typed(qtbot, window, ctx, errors):
    """A source added by another program while a cell is typed in: the grid is rebuilt once the editor closes, with the typing kept."""
    rid = make_round(ctx.db, "Exchange of 1 February 2024", dt.date(2024, 2, 1))
    figures = open_grid(qtbot, window, rid)
    assert figures.current_movement() == U_TO_R
    figures.grid.setCurrentIndex(figures.model.index(0, 0))
    keys(qtbot, "12")
    assert figures.grid.state() == QAbstractItemView.State.EditingState

    # another program (or the command line) adds a source; the poll sees it
    editing.set_sources(ctx.db, rid, sources=[SourceDoc(MOD, "Russia"), SourceDoc(HQ, "Ukraine"),
                                              SourceDoc("ICRC", "independent")], actor=person("Taras"))
    window.refresh_if_changed()
    settle(qtbot, ctx)
    keys(qtbot, "3", Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert counts(ctx.db, rid) == {(U_TO_R, MOD): 123}, f"stored: {counts(ctx.db, rid)}"


def test_a_second_details_edit_before_the_first_returns_is_saved(qtbot, window, ctx, gate, errors):
    """Title, then location, while the first save waits for the write lock: both saved (the second was refused as changed 'by Olena')."""
    rid = make_round(ctx.db, "Exchange of 1 February 2024", dt.date(2024, 2, 1))
    window.refresh()
    qtbot.waitUntil(lambda: window.rounds.model.rowCount() == 1, timeout=5000)
    window.rounds.select_round(rid)
    qtbot.waitUntil(lambda: window.panel.editor.doc is not None)
    window.go_to_tab(TAB_DETAILS)
    editor = window.panel.editor
    gate.close()
    editor.title_edit.selectAll()
    keys(qtbot, "Exchange of 2 February 2024", Qt.Key.Key_Tab)
    editor.location_edit.setFocus()
    keys(qtbot, "Abu Dhabi", Qt.Key.Key_Tab)
    gate.open()
    settle(qtbot, ctx)
    doc = editing.get_round_doc(ctx.db, rid)
    assert errors == [], errors
    assert (doc.title, doc.location) == ("Exchange of 2 February 2024", "Abu Dhabi")


def test_a_category_being_typed_survives_a_refresh(qtbot, window, ctx, errors):
    """Categories being typed in Details survive the poll's reading of the round (the table was rebuilt under the editor)."""

    rid = make_round(ctx.db, "Exchange of 1 February 2024", dt.date(2024, 2, 1))
    other = make_round(ctx.db, "Exchange of 3 January 2024", dt.date(2024, 1, 3))
    editing.set_category_sets(ctx.db, rid, category_sets=[CategorySetDoc("Role", False, ("Medics",))], actor=person("Olena"))
    window.refresh()
    qtbot.waitUntil(lambda: window.rounds.model.rowCount() == 2, timeout=5000)
    window.rounds.select_round(rid)
    qtbot.waitUntil(lambda: window.panel.editor.doc is not None and window.panel.editor.doc.id == rid)
    window.go_to_tab(TAB_DETAILS)
    settle(qtbot, ctx)
    table = window.panel.editor.sets_table
    table.setFocus()
    table.setCurrentCell(0, 2)
    table.editItem(table.item(0, 2))
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    editor.selectAll()
    keys(qtbot, "Medics, Civilians")

    editing.set_figure(ctx.db, other, movement=U_TO_R, source=MOD, count=3, actor=person("Taras"))  # elsewhere
    window.refresh_if_changed()  # the 4-second poll
    settle(qtbot, ctx)
    keys(qtbot, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    cats = editing.get_round_doc(ctx.db, rid).category_sets[0].categories
    assert cats == ("Medics", "Civilians"), cats


def test_correcting_a_figure_before_its_write_returns_is_saved(qtbot, window, ctx, gate, errors):
    """10 Return then 11 Return in one cell while the first write waits: 11 saved (it was refused as changed 'by Olena')."""
    rid = make_round(ctx.db, "Exchange of 1 February 2024", dt.date(2024, 2, 1))
    figures = open_grid(qtbot, window, rid)
    figures.grid.setCurrentIndex(figures.model.index(0, 0))
    gate.close()
    keys(qtbot, "10", Qt.Key.Key_Return)
    assert figures.model.index(0, 0).data() == ""  # the 10 is not shown until its write returns
    keys(qtbot, "11", Qt.Key.Key_Return)
    gate.open()
    settle(qtbot, ctx)
    assert errors == [], errors
    assert counts(ctx.db, rid) == {(U_TO_R, MOD): 11}


def test_delete_right_after_typing_clears_the_figure(qtbot, window, ctx, gate, errors):
    """10 Return Delete while the write waits: the figure is cleared (the Delete read a grid without the 10)."""
    rid = make_round(ctx.db, "Exchange of 1 February 2024", dt.date(2024, 2, 1))
    figures = open_grid(qtbot, window, rid)
    figures.grid.setCurrentIndex(figures.model.index(0, 0))
    gate.close()
    keys(qtbot, "10", Qt.Key.Key_Return, Qt.Key.Key_Delete)
    gate.open()
    settle(qtbot, ctx)
    assert counts(ctx.db, rid) == {}, f"Delete was lost: {counts(ctx.db, rid)}"


def test_undo_then_redo_both_refused_leave_a_clean_stack(qtbot, window, ctx, gate, errors):
    """Undo and redo of one edit both refused: two sentences, an empty stack (the second refusal met a deleted command)."""
    rid = make_round(ctx.db, "Exchange of 1 February 2024", dt.date(2024, 2, 1))
    figures = open_grid(qtbot, window, rid)
    figures.grid.setCurrentIndex(figures.model.index(0, 0))
    keys(qtbot, "50", Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert counts(ctx.db, rid) == {(U_TO_R, MOD): 50}
    editing.set_figure(ctx.db, rid, movement=U_TO_R, source=MOD, count=51, actor=person("Taras"))
    gate.close()
    window.undo_action.trigger()
    window.redo_action.trigger()
    gate.open()
    settle(qtbot, ctx)
    assert len(errors) == 2
    stack = window.undo.stack_for(rid)
    assert stack.count() == 0, [stack.text(i) for i in range(stack.count())]


def test_a_refused_edit_under_a_later_one_leaves_the_undo_stack(qtbot, window, ctx, gate, errors):
    """A refused edit under a later one: the Edit menu never offers to undo it."""
    rid = make_round(ctx.db, "Exchange of 1 February 2024", dt.date(2024, 2, 1), [(U_TO_R, MOD, 5)])
    figures = open_grid(qtbot, window, rid)
    editing.set_figure(ctx.db, rid, movement=U_TO_R, source=MOD, count=6, actor=person("Taras"))  # not yet seen here
    figures.grid.setCurrentIndex(figures.model.index(0, 0))
    gate.close()
    keys(qtbot, "10", Qt.Key.Key_Tab, "20", Qt.Key.Key_Return)
    gate.open()
    settle(qtbot, ctx)
    assert len(errors) == 1  # the 10 was refused
    window.undo_action.trigger()  # takes back the 20
    settle(qtbot, ctx)
    assert not window.undo_action.isEnabled() or "to 10" not in window.undo_action.text(), \
        f"Edit menu offers: {window.undo_action.text()!r}"


def test_a_reload_in_flight_keeps_the_round_the_user_moved_to(qtbot, window, ctx, gate):
    """A list reload in flight when the user moves on: the list keeps the round the panel shows."""
    a, b, _c = three_rounds(ctx.db)
    window.refresh()
    qtbot.waitUntil(lambda: window.rounds.model.rowCount() == 3, timeout=5000)
    window.rounds.select_round(a)
    qtbot.waitUntil(lambda: window.panel.status is not None)
    window.rounds.table.setFocus()
    gate.close()
    window.rounds.reload()  # what refresh_if_changed / apply_row do
    keys(qtbot, Qt.Key.Key_Down)  # the user moves on
    assert window.panel.round_id == b
    gate.open()
    settle(qtbot, ctx)
    assert window.rounds.selected_round() == window.panel.round_id, \
        "the list highlights one round, the panel shows another"


def test_return_in_the_filter_opens_the_first_round_that_matches(qtbot, window, ctx, gate):
    """Return after the filter's pause, its rows still on the way: the first matching round opens."""
    a, _b, c = three_rounds(ctx.db)
    window.refresh()
    qtbot.waitUntil(lambda: window.rounds.model.rowCount() == 3, timeout=5000)
    window.focus_filter()
    gate.close()
    keys(qtbot, "Kharkiv")
    qtbot.wait(200)  # the debounce fires; the filtered read waits on the worker
    keys(qtbot, Qt.Key.Key_Return)
    gate.open()
    settle(qtbot, ctx)
    assert window.panel.round_id == c, "Return opened a round that the filter excludes"


def test_a_backup_moved_over_the_open_database_is_shown_as_the_file_holds_it(qtbot, window, ctx, db_path, tmp_path,
                                                                           errors):
    """mv backup.db over the open database, F5: the window shows what the file holds (the old journal was read over it)."""
    rid = make_round(ctx.db, "Exchange of 1 February 2024", dt.date(2024, 2, 1), [(U_TO_R, HQ, 200)])
    saved = tmp_path / "b.db"
    integrity.backup(ctx.db, saved)
    for count in range(201, 221):  # typed in the app, or recorded by the command line
        editing.set_figure(ctx.db, rid, movement=U_TO_R, source=HQ, count=count, actor=person("Olena"))
    window.refresh()
    qtbot.waitUntil(lambda: window.rounds.model.rowCount() == 1, timeout=5000)
    settle(qtbot, ctx)
    window.rounds.select_round(rid)
    qtbot.waitUntil(lambda: window.panel.figures.doc is not None)
    window.panel.tabs.setCurrentIndex(TAB_FIGURES)
    figures = window.panel.figures
    figures.select_movement(U_TO_R)
    column = figures.model.sources.index(HQ)
    assert figures.model.index(0, column).data() == "220"
    conn = sqlite3.connect(saved)
    assert conn.execute("SELECT count FROM figure WHERE deleted_at IS NULL").fetchall() == [(200,)]
    conn.close()

    os.replace(saved, db_path)  # mv b.db exchange-desk.db
    window.refresh()  # F5
    settle(qtbot, ctx)
    assert any("replaced by another program" in m for m in errors)
    assert figures.model.index(0, column).data() == "200", "the window shows the old database, not the file"


def test_another_database_moved_over_the_open_one_stays_intact(tmp_path):
    """Another database moved over the open one: it is opened intact (the old journal damaged it)."""
    from desktop.services import demo, listing
    from desktop.storage import DatabaseReplaced

    theirs = tmp_path / "theirs.db"
    other = Database.open(resolve_url(theirs, theirs))
    demo.add_demo(other, actor=person("Taras"))
    other.close()
    ours = tmp_path / "ours.db"
    db = Database.open(resolve_url(ours, ours))
    for i in range(40):
        make_round(db, f"Ours {i}", dt.date(2024, 2, 1))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")  # what SQLite's auto-checkpoint does
    for i in range(3):
        make_round(db, f"Ours later {i}", dt.date(2024, 3, 1))
    os.replace(theirs, ours)  # mv theirs.db ours.db
    try:
        listing.fetch_rounds(db, listing.RoundQuery(), offset=0, limit=100)
    except DatabaseReplaced:
        pass
    shown = {r.title for r in listing.fetch_rounds(db, listing.RoundQuery(), offset=0, limit=100)}
    db.close()
    conn = sqlite3.connect(ours)
    checked = conn.execute("PRAGMA integrity_check").fetchall()
    conn.close()
    assert checked == [("ok",)], checked[:3]
    assert "Exchange of 3 January 2024" in shown, sorted(shown)[:5]


def test_a_figure_not_saved_because_the_file_was_replaced_leaves_the_undo_stack(qtbot, window, ctx, db_path,
                                                                                 tmp_path, errors):
    """A figure not saved because the file was replaced is not offered to Undo."""

    rid = make_round(ctx.db, "Exchange of 1 February 2024", dt.date(2024, 2, 1), [(U_TO_R, HQ, 200)])
    window.refresh()
    qtbot.waitUntil(lambda: window.rounds.model.rowCount() == 1, timeout=5000)
    window.rounds.select_round(rid)
    qtbot.waitUntil(lambda: window.panel.figures.doc is not None)
    window.go_to_tab(TAB_FIGURES)
    figures = window.panel.figures
    figures.select_movement(U_TO_R)
    saved = tmp_path / "b.db"
    integrity.backup(ctx.db, saved)
    os.replace(saved, db_path)  # mv b.db exchange-desk.db (restore refuses while the app is open)
    column = figures.model.sources.index(HQ)
    figures.grid.setFocus()
    figures.grid.setCurrentIndex(figures.model.index(0, column))
    keys(qtbot, "205", Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert any("replaced by another program" in m for m in errors)
    assert editing.get_round_doc(ctx.db, rid).figures[0].count == 200  # nothing saved, as it says
    assert not window.undo_action.isEnabled(), f"Edit menu offers {window.undo_action.text()!r}"
