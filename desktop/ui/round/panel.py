"""One round: a header with its status and actions, and three tabs:
details, figures and review."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.types import RoundStatus
from desktop.labels import capitalized, status_label
from desktop.services import editing
from desktop.ui.context import AppContext
from desktop.ui.dialogs import Ask
from desktop.ui.figures.view import FiguresView
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.review.view import ReviewView
from desktop.ui.round.editor import RoundEditor
from desktop.ui.round.history import HistoryView
from desktop.ui.text import long_date_text
from desktop.ui.undo import RoundUndo

TAB_DETAILS, TAB_FIGURES, TAB_REVIEW, TAB_HISTORY = range(4)


class RoundPanel(QWidget):
    def __init__(self, ctx: AppContext, undo: RoundUndo, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.round_id: uuid.UUID | None = None
        self.status: RoundStatus | None = None
        self.title_label = QLabel(self)
        self.title_label.setObjectName("round_title")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        # A long title is cut at the panel's edge (the whole title is in the
        # tooltip) rather than widening the window.
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title_label.setMinimumWidth(120)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("round_status")
        self.submit_button = QPushButton(self.tr("Submit for review"), self)
        self.submit_button.setObjectName("submit_button")
        self.submit_button.clicked.connect(self.submit_for_review)
        self.back_button = QPushButton(self.tr("Return to draft…"), self)
        self.back_button.setObjectName("back_button")
        self.back_button.clicked.connect(self.return_to_draft)
        self.pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.pdf_button.setObjectName("pdf_button")
        self.sign_button = QPushButton(self.tr("Sign off…"), self)
        self.sign_button.setObjectName("sign_button")
        self.reopen_button = QPushButton(self.tr("Reopen…"), self)
        self.reopen_button.setObjectName("reopen_button")

        self.editor = RoundEditor(ctx, self)
        self.figures = FiguresView(ctx, undo, self)
        self.review = ReviewView(ctx, undo=undo, parent=self)
        self.review.show_cells.connect(self.show_cells)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("round_tabs")
        details = QScrollArea(self)
        details.setWidget(self.editor)
        details.setWidgetResizable(True)
        details.setFrameShape(QScrollArea.Shape.NoFrame)
        # In a small window the details scroll rather than widen the window.
        self.tabs.addTab(details, self.tr("&Details"))
        self.tabs.addTab(self.figures, self.tr("&Figures"))
        self.tabs.addTab(self.review, self.tr("Re&view"))
        self.history = HistoryView(ctx, self)
        self.tabs.addTab(self.history, self.tr("&History"))

        # The title has a line of its own: a long title (and its date) is
        # never hidden behind the buttons.
        header = QHBoxLayout()
        header.addWidget(self.status_label)
        header.addStretch(1)
        header.addWidget(self.submit_button)
        header.addWidget(self.back_button)
        header.addWidget(self.sign_button)
        header.addWidget(self.reopen_button)
        header.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self.show_round(None)

    def show_round(self, round_id: uuid.UUID | None, row=None) -> None:
        """Open a round: its content is read on the database's worker and
        shown when it arrives; meanwhile the header names the round being
        opened (from its list row, if given) and nothing of another round
        is shown or editable."""
        changed = round_id != self.round_id
        self.round_id = round_id
        self.editor.show_round(round_id)
        self.figures.show_round(round_id)
        self.review.show_round(round_id)
        self.history.show_round(round_id)
        if round_id is None:
            self._header(None)
            return
        if changed:
            self._header(None)
            if row is not None:
                self.title_label.setText(f"{row.title} — {long_date_text(row.date)}")
            self.status_label.setText(self.tr("Opening…"))
        self.reload()

    def reload(self) -> None:
        """Read the round on screen again (after a change elsewhere)."""
        rid = self.round_id
        if rid is None:
            return
        QueryOp(parent=self, op=lambda db: editing.open_round(db, rid), success=self._opened).failure(
            lambda exc: self._gone(rid)).run_in_background(self.ctx)

    def _gone(self, rid: uuid.UUID) -> None:
        """The round is no longer there (merged into another elsewhere)."""
        if rid == self.round_id:
            self.show_round(None)

    def _opened(self, opened) -> None:
        if opened.state.doc.id != self.round_id:
            return  # another round was chosen meanwhile
        self.apply(opened.state, opened.version, opened.known)

    def apply(self, state, version: int | None = None, known=None) -> None:
        """Show the round as a change left it, without reading it again."""
        if state.doc.id != self.round_id:
            return
        self.editor.apply(state.doc, version, known)
        self.figures.apply(state.doc, state.items)
        self.review.apply(state.doc, state.items)
        self.history.mark_stale()
        self._header(state.doc)

    def apply_change(self, change) -> None:
        """A change made here or announced: shown from what it carries, or
        read again when it carries nothing."""
        if change.round_id != self.round_id:
            return
        if change.state is None:
            self.reload()
        else:
            self.apply(change.state, change.round_version)

    def _header(self, doc) -> None:
        if doc is None:
            self.title_label.setText(self.tr("No round selected"))
            self.status_label.setText("")
            self.status = None
        else:
            self.title_label.setText(f"{doc.title} — {long_date_text(doc.date)}")
            self.title_label.setToolTip(doc.title)
            self.status = doc.status or RoundStatus.DRAFT
            text = capitalized(status_label(self.status))
            if self.status is RoundStatus.SIGNED_OFF:
                text = self.tr("{status} (read-only)").format(status=text)
            self.status_label.setText(text)
        self.submit_button.setVisible(self.status is RoundStatus.DRAFT)
        self.back_button.setVisible(self.status is RoundStatus.IN_REVIEW)
        self.sign_button.setVisible(self.status is RoundStatus.IN_REVIEW)
        self.reopen_button.setVisible(self.status is RoundStatus.SIGNED_OFF)
        self.pdf_button.setEnabled(self.status is not None)

    def submit_for_review(self) -> None:
        rid = self.round_id
        if rid is None:
            return
        CollectionOp(parent=self, op=lambda db: editing.set_status(
            db, rid, status=RoundStatus.IN_REVIEW, actor=self.ctx.actor)).run_in_background(self.ctx)

    def return_to_draft(self) -> None:
        rid = self.round_id
        if rid is None:
            return
        comment = Ask.multiline(self, self.tr("Return to draft"), self.tr("Why does this round go back to draft?"))
        if comment is None:
            return
        CollectionOp(parent=self, op=lambda db: editing.set_status(
            db, rid, status=RoundStatus.DRAFT, comment=comment, actor=self.ctx.actor)).with_title(
            self.tr("Status not changed")).run_in_background(self.ctx)

    def focus_tab(self, tab: int) -> None:
        """Show `tab` and put the keyboard where work on it starts."""
        self.tabs.setCurrentIndex(tab)
        if tab == TAB_DETAILS:
            self.editor.title_edit.setFocus()
        elif tab == TAB_FIGURES:
            self.figures.focus_grid()
        elif tab == TAB_REVIEW:
            self.review.table.setFocus()
        else:
            self.history.table.setFocus()

    def show_cells(self, round_id, movement) -> None:
        if round_id != self.round_id:
            return
        self.tabs.setCurrentIndex(TAB_FIGURES)
        self.figures.select_movement(movement)
