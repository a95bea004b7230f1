"""The main window: builds the views, the menus and their shortcuts, and
wires changes to the views that show them. No logic of its own."""

from __future__ import annotations

import datetime as dt
import uuid

import shiboken6
from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
)

from desktop import __version__
from desktop.services import review
from desktop.settings import Settings
from desktop.ui.context import AppContext
from desktop.ui.dialogs import Ask
from desktop.ui.empty_page import EmptyPage
from desktop.ui.icons import icon
from desktop.ui.jobs import Jobs
from desktop.ui.lock import IdleLock, LockPage
from desktop.ui.operations import QueryOp
from desktop.ui.overview.view import OverviewView
from desktop.ui.review.view import ReviewView
from desktop.ui.round.new_round import NewRoundDialog
from desktop.ui.round.panel import TAB_REVIEW, RoundPanel
from desktop.ui.rounds.view import RoundsView
from desktop.ui.undo import RoundUndo

PAGE_EMPTY, PAGE_WORK, PAGE_OVERVIEW, PAGE_LOCKED = range(4)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, *, ui_state: QSettings | None = None):
        super().__init__()
        self.ctx = ctx
        self.ui_state = ui_state
        self.setWindowTitle(self.tr("Exchange Desk"))
        self.setWindowIcon(icon("app"))
        self.undo = RoundUndo(self)
        self.undo_group = self.undo.group
        self.jobs = Jobs(ctx, self)
        self._data_version = None

        self.rounds = RoundsView(ctx, self)
        self.panel = RoundPanel(ctx, self.undo, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.rounds)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([560, 720])
        self.empty = EmptyPage(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.splitter)
        self.overview = OverviewView(ctx, self)
        self.overview.setObjectName("overview")
        self.pages.addWidget(self.overview)
        self.overview.round_chosen.connect(self.open_round)
        self.lock_page = LockPage(ctx, self)
        self.pages.addWidget(self.lock_page)
        self.lock_page.unlocked.connect(self.unlock)
        self._locked_state: tuple | None = None
        self.setCentralWidget(self.pages)

        self.all_review = ReviewView(ctx, all_rounds=True, undo=self.undo, parent=self)
        self.review_dock = QDockWidget(self.tr("Open discrepancies in all rounds"), self)
        self.review_dock.setObjectName("review_dock")
        self.review_dock.setWidget(self.all_review)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.review_dock)
        self.review_dock.hide()
        self.review_dock.visibilityChanged.connect(lambda visible: visible and self.all_review.reload())
        self.all_review.show_cells.connect(self.go_to_cells)

        self.rounds.round_chosen.connect(lambda rid: self.panel.show_round(rid, self.rounds.row(rid)))
        self.empty.demo_button.clicked.connect(self.jobs.load_demo)
        self.empty.import_button.clicked.connect(self.jobs.import_files)
        self.empty.new_button.clicked.connect(self.new_round)
        self.panel.pdf_button.clicked.connect(self.export_round_pdf)
        self.panel.sign_button.clicked.connect(self.sign_off)
        self.panel.reopen_button.clicked.connect(self.reopen)
        ctx.events.data_changed.connect(self.on_data_changed)
        self.rounds.reloaded.connect(self._list_reloaded)

        self._build_menus()
        self.who_label = QLabel(self)
        self.who_label.setObjectName("who_label")
        self._show_who()
        self.statusBar().addPermanentWidget(self.who_label)

        self._poll = QTimer(self)
        self._poll.setInterval(4000)
        self._poll.timeout.connect(self.refresh_if_changed)
        self._poll.start()
        QApplication.instance().applicationStateChanged.connect(
            lambda state: state == Qt.ApplicationState.ApplicationActive and self.refresh_if_changed()
        )
        self.restore_state()
        self.refresh_if_changed()
        self.idle = IdleLock(Settings.load(ctx.paths.settings_file).lock_after_minutes, self)
        self.idle.expired.connect(self.lock)

    # -- menus

    def _action(self, menu, text: str, slot, shortcut=None, *, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New round…"), self.new_round, QKeySequence.StandardKey.New,
                     name="new_round_action")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import…"), self.jobs.import_files, "Ctrl+I", name="import_action")
        self._action(file_menu, self.tr("&Export all…"), lambda: self.jobs.export(None), "Ctrl+E",
                     name="export_action")
        self._action(file_menu, self.tr("Export &selected round…"), self.export_selected, "Ctrl+Shift+E")
        self._action(file_menu, self.tr("Export all, sea&led for…"), lambda: self.jobs.export(None, sealed=True),
                     name="export_sealed_action")
        self._action(file_menu, self.tr("Load &demo data"), self.jobs.load_demo)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Find rounds"), self.focus_filter, QKeySequence.StandardKey.Find)

        round_menu = bar.addMenu(self.tr("&Round"))
        self._action(round_menu, self.tr("&Submit for review"), self.panel.submit_for_review, "Ctrl+Shift+S")
        self._action(round_menu, self.tr("Return to &draft…"), self.panel.return_to_draft)
        self._action(round_menu, self.tr("&Resolve selected discrepancy…"), self.resolve_selected, "Ctrl+R")
        self._action(round_menu, self.tr("Sign &off…"), self.sign_off, "Ctrl+Shift+O")
        self._action(round_menu, self.tr("Re&open…"), self.reopen)
        self._action(round_menu, self.tr("Export &PDF summary…"), self.export_round_pdf, "Ctrl+P")
        self._action(round_menu, self.tr("Export period &report…"), self.export_period_pdf)
        round_menu.addSeparator()
        for i, label in enumerate((self.tr("&Details"), self.tr("&Figures"), self.tr("Re&view"),
                                   self.tr("&History"))):
            self._action(round_menu, label, lambda _=False, i=i: self.go_to_tab(i), f"Ctrl+{i + 1}")

        view_menu = bar.addMenu(self.tr("&View"))
        self.overview_action = self._action(view_menu, self.tr("&Overview"), self.toggle_overview, "Ctrl+0",
                                            name="overview_action")
        self.overview_action.setCheckable(True)
        toggle = self.review_dock.toggleViewAction()
        toggle.setShortcut(QKeySequence("Ctrl+Shift+D"))
        view_menu.addAction(toggle)
        self._action(view_menu, self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh)

        tools_menu = bar.addMenu(self.tr("&Tools"))
        self._action(tools_menu, self.tr("&Check the database"), self.jobs.check)
        self._action(tools_menu, self.tr("&Back up…"), self.jobs.backup)
        self._action(tools_menu, self.tr("&Restore a backup…"), self.jobs.restore)
        self._action(tools_menu, self.tr("&Encrypt the database…"), self.jobs.encrypt_database,
                     name="encrypt_action")
        tools_menu.addSeparator()
        self._action(tools_menu, self.tr("Likely &duplicate rounds…"), self.show_duplicates, name="duplicates_action")
        self._action(tools_menu, self.tr("&Keys…"), self.show_keys, name="keys_action")
        settings = self._action(tools_menu, self.tr("&Settings…"), self.edit_settings, name="settings_action")
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Guide to this screen"), self.show_help, QKeySequence.StandardKey.HelpContents,
                     name="help_action")
        self._action(help_menu, self.tr("&About Exchange Desk"), self.about)

    def _show_who(self) -> None:
        from desktop.services.actor import role_name

        actor = self.ctx.actor
        who = (self.tr("%1 (%2)").replace("%1", actor.name).replace("%2", role_name(actor.role.value))
               if actor is not None else self.tr("no key unlocked: reading only"))
        self.who_label.setText(self.tr("Working as %1 · %2").replace("%2", self.ctx.db.describe())
                               .replace("%1", who))

    # -- actions

    def show_keys(self) -> None:
        from desktop.ui.keys_dialog import KeysDialog

        KeysDialog(self.ctx, self).exec()

    def show_duplicates(self) -> None:
        from desktop.ui.duplicates_dialog import DuplicatesDialog

        DuplicatesDialog(self.ctx, self).exec()

    def edit_settings(self) -> None:
        """The settings dialog; the language applies at the next start (who
        acts is the key unlocked, not a name in the settings)."""
        from desktop.ui.settings_dialog import SettingsDialog

        saved = SettingsDialog.ask(self.ctx.paths.settings_file, self)
        if saved is None:
            return
        self.idle.set_minutes(saved.lock_after_minutes)
        self.statusBar().showMessage(self.tr("Settings saved."), 5000)

    def lock(self) -> None:
        """Hide everything of the rounds (the list, the round, the overview,
        the dock, any other window of the application) until the person's
        passphrase is given again."""
        if self._locked_state is not None:
            return
        Ask.hold()  # what a job has to say waits for the unlock
        others = [w for w in QApplication.topLevelWidgets() if w is not self and w.isVisible()]
        for w in others:
            w.hide()
        # Every action off, their shortcuts too (Ctrl+0 would show the overview).
        actions = [a for a in self.findChildren(QAction) if a.isEnabled()]
        for a in actions:
            a.setEnabled(False)
        self._locked_state = (self.pages.currentIndex(), self.review_dock.isVisible(), self.windowTitle(), others,
                              actions)
        self.review_dock.hide()
        self.menuBar().setEnabled(False)
        self.statusBar().clearMessage()
        self.setWindowTitle(self.tr("Locked"))  # the system adds " — Exchange Desk"
        self.pages.setCurrentIndex(PAGE_LOCKED)
        self.lock_page.prepare(self.idle.minutes)

    def unlock(self) -> None:
        if self._locked_state is None:
            return
        page, dock, title, others, actions = self._locked_state
        self._locked_state = None
        Ask.release()
        for a in actions:
            a.setEnabled(True)
        self.pages.setCurrentIndex(page)
        self.review_dock.setVisible(dock)
        self.menuBar().setEnabled(True)
        self.setWindowTitle(title)
        unanswered = False
        for w in others:
            if not shiboken6.isValid(w):
                continue  # closed and deleted while the window was locked
            if isinstance(w, QDialog) and w.isModal():
                unanswered = True  # hiding it ended it, as Cancel would have: do not show it empty
                continue
            w.show()
        if unanswered:
            self.statusBar().showMessage(self.tr(
                "A question open when the window locked was closed unanswered, as if cancelled; ask again."), 15_000)
        self.idle.resume()

    def new_round(self) -> None:
        round_id = NewRoundDialog.ask(self.ctx, self)
        if round_id is not None:
            self.rounds.reload()
            self.rounds.select_round(round_id)
            self.panel.tabs.setCurrentIndex(0)

    def export_selected(self) -> None:
        round_id = self.rounds.selected_round()
        if round_id is None:
            Ask.information(self, self.tr("Export"), self.tr("Select a round first."))
            return
        self.jobs.export([round_id])

    def export_round_pdf(self) -> None:
        if self.panel.round_id is not None:
            self.jobs.export_round_pdf(self.panel.round_id)

    def export_period_pdf(self) -> None:
        """The period the list's date filter shows (all dates if none)."""
        self.jobs.export_period_pdf(self.rounds.from_edit.value(), self.rounds.to_edit.value())

    def sign_off(self) -> None:
        if self.panel.round_id is not None:
            self.jobs.sign_off(self.panel.round_id)

    def reopen(self) -> None:
        if self.panel.round_id is not None:
            self.jobs.reopen(self.panel.round_id)

    def focus_filter(self) -> None:
        if self.pages.currentIndex() == PAGE_OVERVIEW:
            self._leave_overview()
        self.rounds.filter_edit.setFocus()
        self.rounds.filter_edit.selectAll()

    def resolve_selected(self) -> None:
        if self.review_dock.isVisible() and self.all_review.table.hasFocus():
            self.all_review.resolve_selected()
            return
        self.panel.tabs.setCurrentIndex(TAB_REVIEW)
        self.panel.review.resolve_selected()

    def go_to_cells(self, round_id: uuid.UUID, movement) -> None:
        if self.rounds.select_round(round_id):
            self.panel.show_cells(round_id, movement)

    def go_to_tab(self, tab: int) -> None:
        """Ctrl+1…4: the round's tab, with the keyboard in it (Ctrl+2 on the
        figures grid's current cell, the first one if none), so typing can
        start at once."""
        if self.pages.currentIndex() == PAGE_OVERVIEW:
            self._leave_overview()
        self.panel.focus_tab(tab)

    def toggle_overview(self) -> None:
        """The overview instead of the list and the round, and back."""
        if self.pages.currentIndex() == PAGE_OVERVIEW:
            self._leave_overview()
            return
        self._before_overview = self.pages.currentIndex()
        self.pages.setCurrentIndex(PAGE_OVERVIEW)
        self.overview_action.setChecked(True)
        self.overview.reload()
        self.overview.setFocus()

    def _leave_overview(self) -> None:
        self.pages.setCurrentIndex(getattr(self, "_before_overview", PAGE_WORK))
        self.overview_action.setChecked(False)

    def open_round(self, round_id: uuid.UUID) -> None:
        """From the overview: the round opens, selected in the list if the
        list's filter shows it (and opened all the same if not)."""
        if self.pages.currentIndex() == PAGE_OVERVIEW:
            self._before_overview = PAGE_WORK
            self._leave_overview()
        self.panel.show_round(round_id, self.rounds.row(round_id))
        self.rounds.select_round(round_id, emit=False)

    def current_screen(self) -> str:
        """Which guide page F1 opens: the screen the user is looking at."""
        from desktop.ui import help as guide
        from desktop.ui.round.panel import TAB_DETAILS, TAB_FIGURES, TAB_HISTORY

        if self.pages.currentIndex() == PAGE_OVERVIEW:
            return guide.SCREEN_OVERVIEW
        focus = QApplication.focusWidget()
        if self.pages.currentIndex() == PAGE_EMPTY or focus is None or self.rounds.isAncestorOf(focus) \
                or self.panel.round_id is None:
            return guide.SCREEN_LIST
        return {TAB_DETAILS: guide.SCREEN_DETAILS, TAB_FIGURES: guide.SCREEN_FIGURES,
                TAB_HISTORY: guide.SCREEN_HISTORY}.get(self.panel.tabs.currentIndex(), guide.SCREEN_REVIEW)

    def show_help(self) -> None:
        from desktop.ui.help import show_help

        self.help_window = show_help(self.current_screen(), self)

    def about(self) -> None:
        Ask.information(self, self.tr("About Exchange Desk"), self.tr(
            "Exchange Desk %1\nRecords prisoner-exchange rounds and where the sources' figures disagree."
        ).replace("%1", __version__))

    # -- keeping views current

    def on_data_changed(self, change) -> None:
        """A change made here (a `Change`, which carries the round as it
        left it) or anywhere (None): each view shows what it is about."""
        if change is None or change.state is None:
            self.refresh()
            return
        if change.data_version is not None:
            self._data_version = change.data_version
        self.rounds.apply_row(change.state.row)
        self.panel.apply_change(change)
        if self.review_dock.isVisible():
            self.all_review.reload()
        if self.pages.currentIndex() == PAGE_OVERVIEW:
            self.overview.reload()

    def refresh(self) -> None:
        """Read again what the views show (after a change elsewhere)."""
        QueryOp(parent=self, op=review.data_version, success=self._reload_views).run_in_background(self.ctx)

    def _reload_views(self, version=None) -> None:
        self._data_version = version
        self.rounds.reload()
        self.panel.reload()
        if self.review_dock.isVisible():
            self.all_review.reload()
        if self.pages.currentIndex() == PAGE_OVERVIEW:
            self.overview.reload()

    def _list_reloaded(self) -> None:
        has_rounds = self.rounds.model.total > 0 or self.rounds.current_query().words()
        if self._locked_state is not None:  # shown again as it is when unlocked
            page = self._locked_state[0]
            if page != PAGE_OVERVIEW:
                self._locked_state = (PAGE_WORK if has_rounds else PAGE_EMPTY, *self._locked_state[1:])
        elif self.pages.currentIndex() != PAGE_OVERVIEW:
            self.pages.setCurrentIndex(PAGE_WORK if has_rounds else PAGE_EMPTY)
        if self.rounds.model.total and self.rounds.selected_round() is None and self.panel.round_id is None:
            self.rounds.table.selectRow(0)

    def refresh_if_changed(self) -> None:
        """Another program may have written: read everything again only when
        the history's head moved."""
        def compare(version) -> None:
            if version != self._data_version:
                self._reload_views(version)

        QueryOp(parent=self, op=review.data_version, success=compare).run_in_background(self.ctx)

    # -- state

    def restore_state(self) -> None:
        if self.ui_state is None:
            self.resize(1280, 800)
            return
        geometry = self.ui_state.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.ui_state.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        for name, splitter in (("main", self.splitter), ("figures", self.panel.figures.splitter)):
            value = self.ui_state.value(f"splitters/{name}")
            if isinstance(value, QByteArray):
                splitter.restoreState(value)
        self.rounds.restore_state({
            "filter": self.ui_state.value("list/filter", ""),
            "errors": self.ui_state.value("list/errors", "false") in (True, "true"),
        })

    def save_state(self) -> None:
        if self.ui_state is None:
            return
        self.ui_state.setValue("window/geometry", self.saveGeometry())
        self.ui_state.setValue("window/state", self.saveState())
        self.ui_state.setValue("splitters/main", self.splitter.saveState())
        self.ui_state.setValue("splitters/figures", self.panel.figures.splitter.saveState())
        state = self.rounds.state()
        # What was typed in the filter (a name, often) stays out of this
        # plain file when the database itself is encrypted.
        self.ui_state.setValue("list/filter", "" if self.ctx.db.is_encrypted else state["filter"])
        self.ui_state.setValue("list/errors", state["errors"])
        self.ui_state.setValue("saved_at", dt.datetime.now(dt.UTC).isoformat())
        self.ui_state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if not self.jobs.idle():
            Ask.information(self, self.tr("Still working"),
                            self.tr("An import or export is still running; wait for it to finish."))
            event.ignore()
            return
        self.save_state()
        event.accept()
        Ask.release()  # closed while locked: nothing waits for an unlock that will not come
