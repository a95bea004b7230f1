"""What a user types is never lost: each case once lost work in the real
window, and each test here failed before its fix."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.content import Movement, SourceDoc
from desktop.domain.types import MovementKind
from desktop.services import editing
from desktop.ui.dialogs import Ask
from desktop.ui.round.panel import TAB_FIGURES
from tests.helpers.people import person


def a_round(ctx, window) -> uuid.UUID:
    rid = editing.create_round(ctx.db, title="Exchange of 31 January 2024", date=__import__("datetime").date(2024, 1, 31),
                               sides=["Ukraine", "Russia"], actor=person("Olena"))
    editing.set_sources(ctx.db, rid, sources=[SourceDoc("Russian Ministry of Defence", "Russia"),
                                              SourceDoc("Coordination Headquarters", "Ukraine")], actor=person("Olena"))
    window.refresh()
    assert window.rounds.select_round(rid)
    return rid


def keys(qtbot, *strokes) -> None:
    """Each key to the widget that has the focus at that moment, with what
    the event loop has queued done in between, as a keyboard's keys arrive
    one by one (a string is typed character by character)."""
    for stroke in strokes:
        for key in ([stroke] if not isinstance(stroke, str) else stroke):
            target = QApplication.focusWidget()
            if isinstance(key, str):
                qtbot.keyClicks(target, key)
            else:
                qtbot.keyClick(target, key)
            QApplication.processEvents()


def counts(ctx, rid) -> dict[str, int]:
    return {f.source: f.count for f in editing.get_round_doc(ctx.db, rid).figures if f.category is None}


def test_tab_in_the_grid_keeps_every_keystroke(window, qtbot, ctx, errors):
    """80 Tab 75 Return: both figures saved, each where it was typed."""
    rid = a_round(ctx, window)
    window.panel.tabs.setCurrentIndex(TAB_FIGURES)
    figures = window.panel.figures
    grid = figures.grid
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(0, 0))
    keys(qtbot, "80", Qt.Key.Key_Tab, "75", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(counts(ctx, rid)) == 2, timeout=3000)
    assert counts(ctx, rid) == {"Russian Ministry of Defence": 80, "Coordination Headquarters": 75}
    assert errors == []
    # Shift+Tab goes back to the first source, where typing replaces 80.
    keys(qtbot, Qt.Key.Key_Up)
    assert grid.currentIndex().row() == 0 and grid.currentIndex().column() == 1
    keys(qtbot, Qt.Key.Key_Backtab)
    assert grid.currentIndex().column() == 0
    keys(qtbot, "81", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counts(ctx, rid).get("Russian Ministry of Defence") == 81, timeout=3000)


def test_a_database_replaced_while_the_app_is_open_is_opened_again(window, qtbot, ctx, db_path, tmp_path,
                                                                   monkeypatch, errors):
    """backup, a figure changed elsewhere, the backup restored by another
    program, F5: the window shows the restored figure and says why, and a
    figure typed afterwards is in the database file, not in the old one."""
    import sqlite3

    from desktop.services import integrity
    from desktop.storage import Database, resolve_url

    told: list[str] = []
    monkeypatch.setattr(Ask, "information", staticmethod(lambda parent, title, message: told.append(message)))
    rid = a_round(ctx, window)
    movement = Movement("Ukraine", "Russia", MovementKind.EXCHANGE)
    editing.set_figure(ctx.db, rid, movement=movement, source="Coordination Headquarters", count=200, actor=person("Olena"))
    saved = tmp_path / "b.db"
    integrity.backup(ctx.db, saved)
    other = Database.open(resolve_url(db_path, db_path))  # another program
    editing.set_figure(other, rid, movement=movement, source="Coordination Headquarters", count=201, actor=person("Taras"))
    other.close()
    window.refresh()
    window.panel.tabs.setCurrentIndex(TAB_FIGURES)
    figures = window.panel.figures
    figures.select_movement(movement)
    column = figures.model.sources.index("Coordination Headquarters")
    assert figures.model.index(0, column).data() == "201"

    integrity.restore(db_path, saved, tmp_path / "kept")  # as `exchange-desk restore` would, from outside
    window.refresh()  # F5
    assert told and "replaced by another program" in told[-1]
    assert figures.model.index(0, column).data() == "200"

    grid = figures.grid
    grid.setFocus()
    grid.setCurrentIndex(figures.model.index(0, column))
    keys(qtbot, "205", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: figures.model.index(0, column).data() == "205", timeout=3000)
    with sqlite3.connect(db_path) as conn:
        stored = conn.execute("SELECT count FROM figure WHERE deleted_at IS NULL").fetchall()
    assert stored == [(205,)], "the figure typed after the restore is in the database file"
    assert errors == []


def test_restore_refuses_while_another_program_has_the_database_open(window, ctx, db_path, tmp_path, app_home):
    """`exchange-desk restore` run while the app holds the database: one
    sentence, exit 3, the database byte for byte as it was."""
    import os
    import subprocess
    import sys

    from desktop.services import integrity

    a_round(ctx, window)
    saved = tmp_path / "b.db"
    integrity.backup(ctx.db, saved)
    editing.create_round(ctx.db, title="Later", date=__import__("datetime").date(2024, 2, 8),
                         sides=["Ukraine", "Russia"], actor=person("Olena"))
    before = db_path.read_bytes()
    done = subprocess.run([sys.executable, "-m", "desktop", "restore", str(saved)], capture_output=True, text=True,
                          env={**os.environ, "EXCHANGE_DESK_HOME": str(app_home.data_dir.parent)}, timeout=60)
    assert done.returncode == 3, done.stderr
    assert "is open in another program" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert db_path.read_bytes() == before
    assert not (app_home.data_dir / "backups").exists() or not list((app_home.data_dir / "backups").glob("before-*"))


def test_undo_and_redo_cover_a_resolution(window, qtbot, ctx, errors, monkeypatch):
    """200 → 201, then resolve: Undo ends the resolution (201 stays), Undo
    again puts 200 back; Redo twice brings back the figure and then the
    resolution. The Edit menu names what Undo would take back."""
    from desktop.domain.types import Rule
    from desktop.services import review
    from desktop.ui.review.view import ResolveDialog
    from desktop.ui.round.panel import TAB_REVIEW

    rid = a_round(ctx, window)
    movement = Movement("Russia", "Ukraine", MovementKind.EXCHANGE)
    editing.set_figure(ctx.db, rid, movement=movement, source="Russian Ministry of Defence", count=195, actor=person("Olena"))
    editing.set_figure(ctx.db, rid, movement=movement, source="Coordination Headquarters", count=200, actor=person("Olena"))
    window.refresh()
    panel = window.panel
    panel.tabs.setCurrentIndex(TAB_FIGURES)
    figures = panel.figures
    figures.select_movement(movement)
    grid = figures.grid
    column = figures.model.sources.index("Coordination Headquarters")
    grid.setFocus()
    grid.setCurrentIndex(figures.model.index(0, column))
    keys(qtbot, "201", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counts(ctx, rid)["Coordination Headquarters"] == 201, timeout=3000)

    def mismatch():
        return next(i for i in review.round_review(ctx.db, rid).items if i.discrepancy.rule is Rule.SOURCE_MISMATCH)

    panel.tabs.setCurrentIndex(TAB_REVIEW)
    row = next(r for r, (_d, item) in enumerate(panel.review.model.rows) if item.discrepancy.rule is Rule.SOURCE_MISMATCH)
    panel.review.table.selectRow(row)
    monkeypatch.setattr(ResolveDialog, "ask", classmethod(lambda cls, item, parent=None: (201, "HQ's list")))
    panel.review.resolve_selected()
    assert not mismatch().is_open
    assert window.undo_action.text().startswith("&Undo Resolve") or "Resolve" in window.undo_action.text()

    window.undo_action.trigger()
    assert mismatch().is_open, "undo ends the resolution"
    assert counts(ctx, rid)["Coordination Headquarters"] == 201, "and leaves the figure as it was"
    window.undo_action.trigger()
    assert counts(ctx, rid)["Coordination Headquarters"] == 200
    window.redo_action.trigger()
    assert counts(ctx, rid)["Coordination Headquarters"] == 201
    window.redo_action.trigger()
    held = mismatch()
    assert not held.is_open and held.resolution.accepted_value == 201 and held.resolution.note == "HQ's list"
    assert errors == []


def test_resolve_with_an_empty_note_keeps_the_dialog_open(qtbot):
    """OK without a note: the dialog stays, with the value typed, and says
    beside the note what is missing."""
    from desktop.ui.review.view import ResolveDialog

    item = _a_mismatch()
    dialog = ResolveDialog(item)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.value_spin.setValue(189)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.value_spin.value() == 189
    assert dialog.note_error.isVisible() and "why" in dialog.note_error.text().lower()
    dialog.note_edit.setPlainText("HQ's list of names")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.result() == dialog.DialogCode.Accepted


def _a_mismatch():
    from desktop.domain.content import FigureDoc, RoundDoc
    from desktop.domain.review import review

    movement = Movement("Russia", "Ukraine", MovementKind.EXCHANGE)
    doc = RoundDoc(id=uuid.uuid4(), title="T", date=__import__("datetime").date(2024, 1, 31),
                   sides=("Ukraine", "Russia"),
                   sources=(SourceDoc("A", "Russia"), SourceDoc("B", "Ukraine")),
                   figures=(FigureDoc(movement=movement, source="A", count=195),
                            FigureDoc(movement=movement, source="B", count=207)))
    return next(i for i in review(doc, {}) if i.discrepancy.rule.value == "source_mismatch")


def test_new_round_dialog_is_typed_field_by_field(window, qtbot, ctx, errors):
    """Title, Tab to the date, Tab to each side (not through the date's
    year, month and day), names typed, Return: the round has those sides."""
    from desktop.ui.round.new_round import NewRoundDialog

    dialog = NewRoundDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.title_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title_edit, timeout=3000)
    keys(qtbot, "Exchange of 8 February 2024", Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.date_edit or dialog.date_edit.isAncestorOf(QApplication.focusWidget())
    keys(qtbot, Qt.Key.Key_Tab, "Ukraine", Qt.Key.Key_Tab, "Russia", Qt.Key.Key_Return)
    assert errors == []
    assert dialog.created is not None
    doc = editing.get_round_doc(ctx.db, dialog.created)
    assert doc.sides == ("Ukraine", "Russia") and doc.title == "Exchange of 8 February 2024"


def test_a_round_read_again_while_a_figure_is_typed_keeps_the_typing(window, qtbot, ctx, errors):
    """The round arrives again from the database (its load, or another
    program's change) while a cell is being typed in: the editor keeps
    what is typed (Qt used to put the model's value back into it)."""
    rid = a_round(ctx, window)
    window.panel.tabs.setCurrentIndex(TAB_FIGURES)
    figures = window.panel.figures
    figures.focus_grid()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is figures.grid, timeout=3000)
    keys(qtbot, "1")
    other = editing.set_figure(ctx.db, rid, movement=figures.current_movement(), source="Coordination Headquarters",
                               count=7, actor=person("Taras"))
    figures.apply(other.state.doc, other.state.items)
    keys(qtbot, "95", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counts(ctx, rid).get("Russian Ministry of Defence") == 195, timeout=3000)
    assert errors == []
