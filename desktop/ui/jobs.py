"""Import, export and the demo rounds, run off the GUI thread with a
progress dialog; the same validation and messages as the command line."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.services import demo
from desktop.services.interchange import export_document, import_files, write_export
from desktop.ui.actions import explain
from desktop.ui.context import AppContext
from desktop.ui.dialogs import Ask
from desktop.ui.tasks import Task


class Jobs(QObject):
    def __init__(self, ctx: AppContext, window: QWidget):
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self._running = 0

    def idle(self) -> bool:
        return self._running == 0

    def _run(self, title: str, fn: Callable, done: Callable[[object], None]) -> Task:
        dialog = QProgressDialog(title, "", 0, 100, self.window)
        dialog.setObjectName("progress_dialog")
        dialog.setWindowTitle(title)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setValue(0)
        task = Task(fn)
        self._running += 1

        def progress(percent: int, text: str) -> None:
            dialog.setLabelText(text)
            dialog.setValue(max(0, min(100, percent)))

        def finished() -> None:
            self._running -= 1
            dialog.reset()
            dialog.deleteLater()

        def succeeded(result) -> None:
            finished()
            done(result)
            self.ctx.events.data_changed.emit(None)

        def failed(exc) -> None:
            finished()
            sentence = explain(exc)
            if sentence is None:
                raise exc
            Ask.error(self.window, title, sentence)

        task.signals.progress.connect(progress)
        task.signals.succeeded.connect(succeeded)
        task.signals.failed.connect(failed)
        return self.ctx.tasks.start(task)

    def import_files(self) -> None:
        files = Ask.open_files(self.window, self.tr("Import interchange files"))
        if files:
            self.import_paths(files)

    def import_paths(self, files: list[str]) -> Task:
        return self._run(
            self.tr("Importing"),
            lambda progress: import_files(self.ctx.db, files, actor=self.ctx.actor, progress=progress),
            lambda summary: self.window.statusBar().showMessage(summary.sentence(), 10_000),
        )

    def export(self, ids: list[uuid.UUID] | None) -> None:
        path = Ask.save_file(self.window, self.tr("Export interchange file"), "exchange-desk-export.json")
        if path:
            self.export_to(path, ids)

    def export_to(self, path: str, ids: list[uuid.UUID] | None) -> Task:
        def work(progress):
            progress(10, "Reading rounds")
            text, n = export_document(self.ctx.db, ids=ids)
            progress(80, "Writing the file")
            write_export(text, path)
            progress(100, "Done")
            return n

        return self._run(
            self.tr("Exporting"), work,
            lambda n: self.window.statusBar().showMessage(
                self.tr("Exported %1 rounds to %2").replace("%1", str(n)).replace("%2", path), 10_000),
        )

    def load_demo(self) -> Task:
        return self._run(
            self.tr("Loading demo data"),
            lambda progress: demo.add_demo(self.ctx.db, actor=self.ctx.actor),
            lambda summary: self.window.statusBar().showMessage(summary.sentence(), 10_000),
        )
