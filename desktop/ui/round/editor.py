"""The round's details: title, date, place, notes, parties, sources and the
category sets in use. Each edit is saved when it is finished."""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.content import CategorySetDoc, RoundDoc, SourceDoc
from desktop.domain.types import RoundStatus, Stage
from desktop.labels import stage_label
from desktop.services import editing
from desktop.services.errors import Refused
from desktop.ui.context import AppContext
from desktop.ui.fields import DateField
from desktop.ui.operations import CollectionOp
from desktop.ui.round.combined import combined_row
from desktop.ui.round.widgets import NameListEditor


class NotesEdit(QPlainTextEdit):
    """Notes are saved when the field loses focus."""

    def __init__(self, on_done, parent=None):
        super().__init__(parent)
        self._on_done = on_done

    def focusOutEvent(self, event) -> None:  # Qt override
        super().focusOutEvent(event)
        self._on_done()


class RoundEditor(QWidget):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.round_id: uuid.UUID | None = None
        self.doc: RoundDoc | None = None
        self.version: int | None = None
        #: This view's own saves not yet back from the database, by field.
        self._mine: dict[str, object] = {}
        self._affiliation_choices: list[tuple[str, str]] = []
        self._loading = False

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title_edit")
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.editingFinished.connect(lambda: self._save_field("title", self.title_edit.text()))
        self.date_edit = DateField(self)
        self.date_edit.setMinimumDate(QDate(1900, 1, 1))
        self.date_edit.setMaximumDate(QDate(2100, 12, 31))
        self.date_edit.setAccessibleName(self.tr("Date"))
        # A date typed is saved when the field is left (not each valid date
        # on the way: 2025-0 is a date too); one picked from the calendar at once.
        self.date_edit.editingFinished.connect(lambda: self._save_field("date", self.date_edit.date().toPython()))
        self.date_edit.dateChanged.connect(
            lambda d: None if self.date_edit.hasFocus() else self._save_field("date", d.toPython()))
        self.location_edit = QLineEdit(self)
        self.location_edit.setAccessibleName(self.tr("Location"))
        self.location_edit.editingFinished.connect(
            lambda: self._save_field("location", self.location_edit.text())
        )
        self.operation_edit = QLineEdit(self)
        self.operation_edit.setObjectName("operation_edit")
        self.operation_edit.setAccessibleName(self.tr("Operation"))
        self.operation_edit.setPlaceholderText(self.tr("none: the round stands alone"))
        self.operation_edit.setToolTip(self.tr(
            "Rounds that carry out one agreement over several days (1,000 for 1,000 in three stages) share the "
            "operation's name; what was agreed for the whole operation is held against all of them."))
        self.operation_edit.editingFinished.connect(
            lambda: self._save_field("operation", self.operation_edit.text()))
        self.notes_edit = NotesEdit(lambda: self._save_field("notes", self.notes_edit.toPlainText()), self)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setMaximumHeight(90)

        self.sides_edit = NameListEditor(self.tr("Sides"), self)
        self.third_edit = NameListEditor(self.tr("Third parties"), self)
        self.mediators_edit = NameListEditor(self.tr("Mediators"), self)
        self.sides_edit.names_changed.connect(lambda names: self._save_parties(sides=names))
        self.third_edit.names_changed.connect(lambda names: self._save_parties(third_parties=names))
        self.mediators_edit.names_changed.connect(lambda names: self._save_parties(mediators=names))

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Location"), self.location_edit)
        form.addRow(self.tr("O&peration"), self.operation_edit)
        form.addRow(self.tr("&Notes"), self.notes_edit)
        parties = QGroupBox(self.tr("Parties"), self)
        parties_layout = QHBoxLayout(parties)
        for label, widget in ((self.tr("Sides"), self.sides_edit), (self.tr("Third parties (held people)"), self.third_edit),
                              (self.tr("Mediators"), self.mediators_edit)):
            column = QGroupBox(label, parties)
            inner = QVBoxLayout(column)
            inner.addWidget(widget)
            parties_layout.addWidget(column)

        # Sources: name, whom they speak for, and what their figures say
        # (what was handed over, or what was agreed or announced).
        self.sources_table = QTableWidget(0, 3, self)
        self.sources_table.setObjectName("sources_table")
        self.sources_table.setAccessibleName(self.tr("Sources"))
        self.sources_table.setHorizontalHeaderLabels([self.tr("Source"), self.tr("Speaks for"), self.tr("Reports")])
        self.sources_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The choices are combo boxes, which a column sized to its contents
        # does not measure: their width is set when they are filled.
        self.sources_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.sources_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.sources_table.horizontalHeaderItem(2).setToolTip(self.tr(
            "Handed over: the source says how many were moved. Agreed or announced: a number promised or "
            "announced beforehand, checked against what was handed over and counted in no total."))
        self.sources_table.verticalHeader().setVisible(False)
        self.sources_table.itemChanged.connect(self._source_renamed)
        self.add_source_button = QPushButton(self.tr("Add source"), self)
        self.add_source_button.clicked.connect(self._add_source)
        self.remove_source_button = QPushButton(self.tr("Remove source"), self)
        self.remove_source_button.clicked.connect(self._remove_source)
        sources = QGroupBox(self.tr("Sources"), self)
        sources_layout = QVBoxLayout(sources)
        sources_layout.addWidget(self.sources_table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_source_button)
        buttons.addWidget(self.remove_source_button)
        buttons.addStretch(1)
        sources_layout.addLayout(buttons)

        # Category sets: name, exhaustive, categories.
        self.sets_table = QTableWidget(0, 3, self)
        self.sets_table.setObjectName("sets_table")
        self.sets_table.setAccessibleName(self.tr("Category sets"))
        self.sets_table.setHorizontalHeaderLabels(
            [self.tr("Category set"), self.tr("Exhaustive"), self.tr("Categories")]
        )
        self.sets_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.sets_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.sets_table.setToolTip(self.tr("Categories are separated by commas; tick Exhaustive when they must "
                                           "add up to the total."))
        self.sets_table.verticalHeader().setVisible(False)
        self.sets_table.itemChanged.connect(lambda _item: self._save_sets())
        self.add_set_button = QPushButton(self.tr("Add category set"), self)
        self.add_set_button.clicked.connect(self._add_set)
        self.remove_set_button = QPushButton(self.tr("Remove category set"), self)
        self.remove_set_button.clicked.connect(self._remove_set)
        sets = QGroupBox(self.tr("Category sets in use"), self)
        sets_layout = QVBoxLayout(sets)
        sets_layout.addWidget(self.sets_table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_set_button)
        buttons.addWidget(self.remove_set_button)
        buttons.addStretch(1)
        sets_layout.addLayout(buttons)

        # Figures for several movements together: a list, added by a dialog.
        self.combined_table = QTableWidget(0, 3, self)
        self.combined_table.setObjectName("combined_table")
        self.combined_table.setAccessibleName(self.tr("Figures for several movements together"))
        self.combined_table.setHorizontalHeaderLabels(
            [self.tr("Source"), self.tr("Number"), self.tr("For the movements together")])
        self.combined_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.combined_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.combined_table.verticalHeader().setVisible(False)
        self.combined_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.combined_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.combined_table.setToolTip(self.tr(
            "A number a source gives for several movements at once (both directions: \"nearly 500 released on both "
            "sides\"; several kinds). It is held against the sum of those movements' totals and counted in none."))
        self.combined_table.setMaximumHeight(90)
        self.add_combined_button = QPushButton(self.tr("Add…"), self)
        self.add_combined_button.setAccessibleName(self.tr("Add a figure for several movements together"))
        self.add_combined_button.clicked.connect(self._add_combined)
        self.remove_combined_button = QPushButton(self.tr("Remove"), self)
        self.remove_combined_button.setAccessibleName(self.tr("Remove the selected figure for several movements"))
        self.remove_combined_button.clicked.connect(self._remove_combined)
        combined = QGroupBox(self.tr("Figures for several movements together"), self)
        combined_layout = QHBoxLayout(combined)
        combined_layout.addWidget(self.combined_table, 1)
        combined_buttons = QVBoxLayout()
        combined_buttons.addWidget(self.add_combined_button)
        combined_buttons.addWidget(self.remove_combined_button)
        combined_buttons.addStretch(1)
        combined_layout.addLayout(combined_buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(parties)
        lower = QHBoxLayout()
        lower.addWidget(sources, 3)  # a source's name, whom it speaks for, what it reports
        lower.addWidget(sets, 2)
        layout.addLayout(lower, 1)
        layout.addWidget(combined)

    # -- loading

    def show_round(self, round_id: uuid.UUID | None) -> None:
        """Which round the view is for; its content comes with `apply`.
        Another round's details are not shown (nor editable) meanwhile."""
        if round_id != self.round_id:
            self.doc = None
            self._mine.clear()
            self.setEnabled(False)
        self.round_id = round_id

    def latest(self, field: str):
        """A field as the user last saw or saved it: their own saves not yet
        back from the database count (a second edit made before the first
        returns builds on it, and is checked against it)."""
        return self._mine[field] if field in self._mine else getattr(self.doc, field)

    def apply(self, doc: RoundDoc, version: int | None = None, known: dict[str, list[str]] | None = None) -> None:
        """Show the round as the database holds it. What differs from what
        is on screen is filled again; a field being typed in keeps what is
        typed (on this round: another round's text is never kept)."""
        if doc.id != self.round_id:
            return
        if version is not None:
            self.version = version
        same_round = self.doc is not None and self.doc.id == doc.id and self.isEnabled()
        self.doc = doc
        for field in [f for f, value in self._mine.items() if getattr(doc, f) == value]:
            del self._mine[field]  # the save is back
        if known is not None:
            for editor in (self.sides_edit, self.third_edit, self.mediators_edit):
                editor.set_known(known["parties"])

        def put(edit, text: str) -> None:
            if edit.hasFocus() and same_round:
                return
            current = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            if current != text:
                edit.setPlainText(text) if isinstance(edit, QPlainTextEdit) else edit.setText(text)

        self._loading = True
        try:
            self.setEnabled(True)
            put(self.title_edit, doc.title)
            if self.date_edit.date().toPython() != doc.date and not (self.date_edit.hasFocus() and same_round):
                self.date_edit.setDate(QDate(doc.date.year, doc.date.month, doc.date.day))
            put(self.location_edit, doc.location or "")
            put(self.operation_edit, doc.operation or "")
            put(self.notes_edit, doc.notes or "")
            for editor, field in ((self.sides_edit, "sides"), (self.third_edit, "third_parties"),
                                  (self.mediators_edit, "mediators")):
                if editor.names() != list(getattr(doc, field)):
                    editor.set_names(getattr(doc, field))
            # The tables are rebuilt only when they show something else (a
            # figure saved changes none of them; an edit being typed in a
            # cell is not committed yet, so it survives a refresh).
            if self._sources_in_table() != list(doc.sources) or self._affiliation_choices != self._affiliations(doc):
                self._fill_sources(doc)
            if self._sets_in_table() != list(doc.category_sets):
                self._fill_sets(doc)
            self._fill_combined(doc)
            locked = doc.status is RoundStatus.SIGNED_OFF
            # Locked fields stay readable and copyable, and look locked.
            for w in (self.title_edit, self.location_edit, self.operation_edit, self.notes_edit):
                w.setReadOnly(locked)
                w.setStyleSheet("background: palette(window);" if locked else "")
            self.date_edit.setReadOnly(locked)
            for w in (self.sides_edit, self.third_edit, self.mediators_edit):
                w.set_read_only(locked)
            for w in (self.add_source_button, self.remove_source_button, self.add_set_button,
                      self.remove_set_button, self.sources_table, self.sets_table, self.add_combined_button,
                      self.remove_combined_button):
                w.setEnabled(not locked)
        finally:
            self._loading = False

    def _affiliations(self, doc: RoundDoc) -> list[tuple[str, str]]:
        out = [(p, p) for p in doc.sides + doc.third_parties + doc.mediators]
        out += [(self.tr("independent"), "independent"), (self.tr("unknown"), "unknown")]
        return out

    def _fill_sources(self, doc: RoundDoc) -> None:
        table = self.sources_table
        table.blockSignals(True)
        table.setRowCount(len(doc.sources))
        choices = self._affiliation_choices = self._affiliations(doc)
        for row, s in enumerate(doc.sources):
            item = QTableWidgetItem(s.name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 0, item)
            combo = QComboBox(table)
            combo.setAccessibleName(self.tr("Affiliation of %1").replace("%1", s.name))
            for label, value in choices:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(s.affiliation)))
            combo.currentIndexChanged.connect(
                lambda _i, name=s.name, combo=combo: self._set_affiliation(name, combo.currentData()))
            table.setCellWidget(row, 1, combo)
            stage = QComboBox(table)
            stage.setAccessibleName(self.tr("What %1 reports").replace("%1", s.name))
            for value in Stage:
                stage.addItem(stage_label(value), value)
            stage.setCurrentIndex(max(0, stage.findData(s.stage)))
            stage.currentIndexChanged.connect(
                lambda _i, name=s.name, stage=stage: self._set_stage(name, stage.currentData()))
            table.setCellWidget(row, 2, stage)
        for column in (1, 2):
            widths = [table.cellWidget(r, column).sizeHint().width() for r in range(table.rowCount())]
            heading = table.horizontalHeader().sectionSizeHint(column)
            table.setColumnWidth(column, max([heading, *widths]))
        table.blockSignals(False)

    def _fill_combined(self, doc: RoundDoc) -> None:
        table = self.combined_table
        table.setRowCount(len(doc.combined))
        for row, c in enumerate(doc.combined):
            cells = combined_row(c)
            for column, value in enumerate(cells[:3]):
                item = QTableWidgetItem(value)
                item.setToolTip("\n".join(v for v in (value, cells[3]) if v))  # the citation, where there is one
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)

    def _save_combined(self, combined: tuple) -> None:
        if self._loading or self.round_id is None or self.doc is None:
            return
        rid, shown = self.round_id, {"combined": self.latest("combined")}

        def op(db):
            self._unchanged_elsewhere(db, rid, shown)
            return editing.set_combined(db, rid, combined=combined, actor=self.ctx.actor)

        self._save(op, combined=combined)

    def _add_combined(self) -> None:
        from desktop.ui.round.combined import CombinedDialog

        if self.doc is None:
            return
        dialog = CombinedDialog(self.doc, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = dialog.combined()
        if not new.source or len(new.movements) < 2:
            from desktop.ui.dialogs import Ask

            Ask.error(self, self.tr("Round not changed"), self.tr(
                "A figure for several movements together needs its source and two movements or more; "
                "nothing was added."))
            return
        kept = tuple(c for c in self.latest("combined")
                     if not (c.source == new.source and set(c.movements) == set(new.movements)))
        self._save_combined((*kept, new))

    def _remove_combined(self) -> None:
        row = self.combined_table.currentRow()
        current = tuple(self.latest("combined") if self.doc is not None else ())
        if 0 <= row < len(current):
            self._save_combined(current[:row] + current[row + 1:])

    def _fill_sets(self, doc: RoundDoc) -> None:
        table = self.sets_table
        table.blockSignals(True)
        table.setRowCount(len(doc.category_sets))
        for row, cs in enumerate(doc.category_sets):
            table.setItem(row, 0, QTableWidgetItem(cs.name))
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if cs.exhaustive else Qt.CheckState.Unchecked)
            table.setItem(row, 1, check)
            table.setItem(row, 2, QTableWidgetItem(", ".join(cs.categories)))
        table.blockSignals(False)

    # -- saving

    def _save(self, op, **mine) -> None:
        """Run `op(db)`, the change of this round, on the database's worker;
        `mine` are the fields it sets, shown as saved until it returns."""
        if self._loading or self.round_id is None or self.doc is None:
            return
        self._mine.update(mine)
        CollectionOp(parent=self, op=op).with_title(self.tr("Round not changed")).failure(self._refused) \
            .run_in_background(self.ctx)

    def _refused(self, exc) -> None:
        from desktop.storage import DatabaseReplaced
        from desktop.ui.actions import explain
        from desktop.ui.dialogs import Ask

        self._mine.clear()  # the round is read again; what it holds is what shows
        if not isinstance(exc, DatabaseReplaced):  # said once already, by the operation
            Ask.error(self, self.tr("Round not changed"), explain(exc))

    def _save_field(self, name: str, value) -> None:
        if self._loading or self.doc is None:
            return
        current = self.latest(name)
        unchanged = current == value if name == "date" else (current or None) == (value or None)
        if unchanged:
            return
        # Refused only if this field changed since the user saw it: their
        # own edits of other fields, still on their way, are no reason.
        rid, seen = self.round_id, {name: current}
        self._save(lambda db: editing.update_round(db, rid, actor=self.ctx.actor, expected=seen, **{name: value}),
                   **{name: value})

    def _unchanged_elsewhere(self, db, rid: uuid.UUID, shown: dict) -> None:
        """Whole lists are written back only if nobody changed them since this
        view showed them; otherwise the save is refused (and the view reloads)."""
        fresh = editing.get_round_doc(db, rid)
        if all(list(getattr(fresh, f)) == list(v) for f, v in shown.items()):
            return
        raise Refused(self.tr("This round was changed elsewhere in the meantime; it has been reloaded, "
                              "and nothing was overwritten."))

    def _save_parties(self, **lists) -> None:
        if self._loading or self.round_id is None or self.doc is None:
            return
        rid = self.round_id
        shown = {f: self.latest(f) for f in ("sides", "third_parties", "mediators", "sources")}

        def op(db):
            self._unchanged_elsewhere(db, rid, shown)
            return editing.set_parties(db, rid, actor=self.ctx.actor, **lists)

        self._save(op, **{f: tuple(v) for f, v in lists.items()})

    def _sources_in_table(self) -> list[SourceDoc]:
        out = []
        for row in range(self.sources_table.rowCount()):
            item = self.sources_table.item(row, 0)
            combo = self.sources_table.cellWidget(row, 1)
            stage = self.sources_table.cellWidget(row, 2)
            name = " ".join((item.text() if item else "").split())
            if name:
                out.append(SourceDoc(name, combo.currentData() if combo else "unknown",
                                     Stage(stage.currentData()) if stage else Stage.DELIVERED))
        return out

    def _set_affiliation(self, name: str, affiliation: str) -> None:
        """Change one source, against the round as the database holds it now
        (never writing back a list another user has changed since)."""
        if self._loading or self.round_id is None:
            return
        rid = self.round_id

        def op(db):
            fresh = editing.get_round_doc(db, rid)
            sources = [dataclasses.replace(s, affiliation=affiliation) if s.name == name else s
                       for s in fresh.sources]
            return editing.set_sources(db, rid, sources=sources, actor=self.ctx.actor)

        self._save(op)

    def _set_stage(self, name: str, stage: Stage) -> None:
        """Whether one source's figures are of what was handed over or of
        what was agreed, against the round as the database holds it now."""
        if self._loading or self.round_id is None:
            return
        rid = self.round_id

        def op(db):
            fresh = editing.get_round_doc(db, rid)
            sources = [dataclasses.replace(s, stage=Stage(stage)) if s.name == name else s for s in fresh.sources]
            return editing.set_sources(db, rid, sources=sources, actor=self.ctx.actor)

        self._save(op)

    def _save_sources_list(self, sources: list[SourceDoc]) -> None:
        rid, shown = self.round_id, {"sources": self.latest("sources")}

        def op(db):
            self._unchanged_elsewhere(db, rid, shown)
            return editing.set_sources(db, rid, sources=sources, actor=self.ctx.actor)

        self._save(op, sources=tuple(sources))

    def _source_renamed(self, _item) -> None:
        self._save_sources_list(self._sources_in_table())

    def _add_source(self) -> None:
        from desktop.ui.dialogs import Ask

        name = Ask.text(self, self.tr("Add source"), self.tr("Who reported figures (e.g. Coordination Headquarters):"))
        if not name or not name.strip() or self.doc is None:
            return
        self._save_sources_list(list(self.latest("sources")) + [SourceDoc(" ".join(name.split()), "unknown")])

    def _remove_source(self) -> None:
        row = self.sources_table.currentRow()
        if row < 0 or self.doc is None:
            return
        self._save_sources_list([s for i, s in enumerate(self._sources_in_table()) if i != row])

    def _sets_in_table(self) -> list[CategorySetDoc]:
        out = []
        for row in range(self.sets_table.rowCount()):
            name_item = self.sets_table.item(row, 0)
            name = " ".join((name_item.text() if name_item else "").split())
            if not name:
                continue
            check = self.sets_table.item(row, 1)
            cats_item = self.sets_table.item(row, 2)
            text = cats_item.text() if cats_item else ""
            original = self.doc.category_sets[row] if self.doc and row < len(self.doc.category_sets) else None
            if original is not None and text == ", ".join(original.categories):
                categories = original.categories  # untouched: names with commas stay whole
            else:
                categories = tuple(c for c in (" ".join(part.split()) for part in text.split(",")) if c)
            out.append(CategorySetDoc(name, bool(check and check.checkState() == Qt.CheckState.Checked), categories))
        return out

    def _save_sets_list(self, sets: list[CategorySetDoc]) -> None:
        if self._loading or self.round_id is None:
            return
        rid, shown = self.round_id, {"category_sets": self.latest("category_sets")}

        def op(db):
            self._unchanged_elsewhere(db, rid, shown)
            return editing.set_category_sets(db, rid, category_sets=sets, actor=self.ctx.actor)

        self._save(op, category_sets=tuple(sets))

    def _save_sets(self) -> None:
        self._save_sets_list(self._sets_in_table())

    def _add_set(self) -> None:
        from desktop.ui.dialogs import Ask

        name = Ask.text(self, self.tr("Add category set"), self.tr("Name of the set (e.g. Place of capture):"))
        if not name or not name.strip() or self.doc is None:
            return
        self._save_sets_list(list(self.latest("category_sets")) + [CategorySetDoc(" ".join(name.split()), False, ())])

    def _remove_set(self) -> None:
        row = self.sets_table.currentRow()
        if row < 0:
            return
        self._save_sets_list([s for i, s in enumerate(self._sets_in_table()) if i != row])
