"""Import, export and the demo rounds, run off the GUI thread with a
progress dialog; the same validation and messages as the command line."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.services.errors import UserError
from desktop.ui.actions import explain
from desktop.ui.context import AppContext
from desktop.ui.dialogs import Ask
from desktop.ui.operations import CollectionOp, QueryOp
from desktop.ui.tasks import Task
from desktop.ui.text import english_plural, number_text


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
            # Read again: what failed may have done part of its work (a
            # sign-off committed whose file could not be written).
            self.ctx.events.data_changed.emit(None)
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
        """First what the import would change (new, updated, conflicting
        rounds), then — if the user agrees — the import itself."""
        from desktop.services.interchange import import_files
        from desktop.services.keys import KeyStore

        def previewed(summary) -> None:
            if not summary.changed_round_ids:
                Ask.information(self.window, self.tr("Import"), self.tr(
                    "Nothing to import: the database already holds everything in these files."))
                return
            if Ask.confirm_details(self.window, self.tr("Import"), self._preview_text(summary),
                                   self._preview_details(summary)):
                self._run(
                    self.tr("Importing"),
                    lambda progress: import_files(self.ctx.db, files, actor=self.ctx.actor, progress=progress,
                                                  keys=KeyStore(self.ctx.paths)),
                    lambda done: self.window.statusBar().showMessage(done.sentence(), 10_000),
                )

        return self._run(
            self.tr("Reading"),
            lambda progress: import_files(self.ctx.db, files, actor=self.ctx.actor, progress=progress, preview=True,
                                          keys=KeyStore(self.ctx.paths)),
            previewed,
        )

    def _preview_text(self, summary) -> str:
        parts = [
            english_plural(self.tr("%Ln new round(s)", "", summary.rounds_created), summary.rounds_created),
            english_plural(self.tr("%Ln updated round(s)", "", summary.rounds_updated), summary.rounds_updated),
        ]
        text = self.tr("This import will bring %1.").replace("%1", ", ".join(parts))
        if summary.figures_conflicting:
            text += "\n\n" + english_plural(self.tr(
                "%Ln figure(s) changed both here and in the file since they last met: the later change will "
                "hold, and each will stand as a merge conflict for a supervisor to resolve.", "",
                summary.figures_conflicting), summary.figures_conflicting)
        return text + "\n\n" + self.tr("Import now?")

    def _preview_details(self, summary) -> str:
        lines = []
        for label, ids in ((self.tr("New"), summary.created), (self.tr("Updated"), summary.updated),
                           (self.tr("With merge conflicts"), summary.conflicting)):
            lines += [f"{label}: {summary.titles.get(rid, str(rid))}" for rid in ids]
        return "\n".join(lines)

    def export(self, ids: list[uuid.UUID] | None, *, sealed: bool = False) -> None:
        recipients: list[tuple[str, bytes]] = []
        if sealed:
            files = Ask.certificates(self.window, self.tr("Seal for: the certificates of the people who may open it"))
            if not files:
                return
            try:
                recipients = self.recipients(files)
            except UserError as exc:
                Ask.error(self.window, self.tr("Not exported"), str(exc))
                return
        path = Ask.save_file(self.window, self.tr("Export rounds (interchange file or spreadsheet)"),
                             "exchange-desk-export.json.p7m" if sealed else "exchange-desk-export.json")
        if path:
            self.export_to(path, ids, recipients)

    def recipients(self, files: list[str]) -> list[tuple[str, bytes]]:
        """(name, certificate) of each person a file is to be sealed for:
        each a certificate issued by an authority trusted here."""
        from desktop.reports.identity import SigningError, read_certificate
        from desktop.services.keys import KeyStore

        store, out = KeyStore(self.ctx.paths), []
        for name in files:
            try:
                pem = Path(name).read_bytes()
                cert = read_certificate(pem)
            except (OSError, SigningError):
                raise UserError(self.tr("%1: not a person's certificate.").replace("%1", name)) from None
            problem = store.problem(pem)
            if problem is not None:
                raise UserError(self.tr("%1: %2's certificate cannot be sealed for: %3.").replace("%1", name)
                                .replace("%2", cert.name).replace("%3", problem))
            out.append((cert.name, pem))
        return out

    def export_to(self, path: str, ids: list[uuid.UUID] | None,
                  recipients: list[tuple[str, bytes]] | None = None) -> Task | None:
        from desktop.services.files import write_output
        from desktop.services.interchange import export_document
        from desktop.services.spreadsheets import export_sheet, format_of

        # Translated here, on the GUI thread; the work runs on another.
        reading, writing, done = self.tr("Reading rounds"), self.tr("Writing the file"), self.tr("Done")
        sheet = format_of(path)
        if recipients:
            from desktop.services.sealed import check_sealable

            try:
                check_sealable(sheet)
            except UserError as exc:
                Ask.error(self.window, self.tr("Not exported"), str(exc))
                return None
        people = ", ".join(name for name, _ in recipients or ())
        sealed_for = self.tr("sealed for %1").replace("%1", people)

        def work(progress):
            progress(10, reading)
            if sheet:
                data, n = export_sheet(self.ctx.db, sheet, ids=ids)
            else:
                text, n = export_document(self.ctx.db, ids=ids)
                data = text.encode("utf-8")
            if recipients:
                from desktop.services.sealed import seal

                data = seal(data, self.ctx.actor, [pem for _, pem in recipients])
            progress(80, writing)
            write_output(data, path)
            progress(100, done)
            return n

        def finished(n: int) -> None:
            said = english_plural(self.tr("Exported %Ln round(s) to %1", "", n), n).replace("%1", path)
            self.window.statusBar().showMessage(f"{said}, {sealed_for}" if recipients else said, 10_000)

        return self._run(self.tr("Exporting"), work, finished)

    def load_demo(self) -> Task:
        from desktop.services import demo

        return self._run(
            self.tr("Loading demo data"),
            lambda progress: demo.add_demo(self.ctx.db, actor=self.ctx.actor),
            lambda summary: self.window.statusBar().showMessage(summary.sentence(), 10_000),
        )

    # -- PDF summaries and sign-off

    def export_round_pdf(self, round_id: uuid.UUID) -> None:
        path = Ask.save_pdf(self.window, self.tr("Export PDF summary"), f"round-{str(round_id)[:8]}.pdf")
        if path:
            self.write_round_pdf(round_id, path)

    def write_round_pdf(self, round_id: uuid.UUID, path: str) -> Task:
        from desktop.services import signoff

        drawing, writing = self.tr("Drawing the summary"), self.tr("Writing the file")

        def work(progress):
            progress(20, drawing)
            pdf, _ = signoff.round_summary_pdf(self.ctx.db, str(round_id))
            progress(90, writing)
            signoff.write_pdf(pdf, path)
            return path

        return self._run(self.tr("Exporting PDF"), work, lambda p: self.window.statusBar().showMessage(
            self.tr("Wrote %1").replace("%1", p), 10_000))

    def export_period_pdf(self, date_from, date_to) -> None:
        path = Ask.save_pdf(self.window, self.tr("Export period report"), "period-report.pdf")
        if path:
            self.write_period_pdf(date_from, date_to, path)

    def write_period_pdf(self, date_from, date_to, path: str) -> Task:
        from desktop.services import signoff

        adding, writing = self.tr("Adding up the period"), self.tr("Writing the file")

        def work(progress):
            progress(20, adding)
            pdf, _ = signoff.period_pdf(self.ctx.db, date_from=date_from, date_to=date_to)
            progress(90, writing)
            signoff.write_pdf(pdf, path)
            return path

        return self._run(self.tr("Exporting PDF"), work, lambda p: self.window.statusBar().showMessage(
            self.tr("Wrote %1").replace("%1", p), 10_000))

    def sign_off(self, round_id: uuid.UUID) -> None:
        """Refusals first (a dialog says why), then where to save, then the
        signing with the key unlocked for this session, off the GUI thread."""
        from desktop.services import signoff

        actor = self.ctx.actor
        QueryOp(parent=self.window, op=lambda db: signoff.check_sign_off(db, str(round_id), actor=actor),
                success=lambda _none: self._ask_where(round_id)).with_title(
            self.tr("Cannot sign off")).run_in_background(self.ctx)

    def _ask_where(self, round_id: uuid.UUID) -> None:
        path = Ask.save_pdf(self.window, self.tr("Save the signed summary"),
                            f"round-{str(round_id)[:8]}-signed.pdf")
        if path:
            self.sign_off_to(round_id, path)

    def sign_off_to(self, round_id: uuid.UUID, path: str) -> Task:
        from desktop.services import signoff
        from desktop.services.keys import KeyStore
        keys = KeyStore(self.ctx.paths)
        return self._run(
            self.tr("Signing off"),
            lambda progress: signoff.sign_off(
                self.ctx.db, keys, str(round_id), actor=self.ctx.actor,
                output=path, copies_dir=self.ctx.paths.data_dir / "signed"),
            lambda result: self.window.statusBar().showMessage(
                self.tr("Signed off (amendment %1); the signed summary is %2")
                .replace("%1", str(result.amendment)).replace("%2", result.pdf_path), 15_000),
        )

    def reopen(self, round_id: uuid.UUID) -> None:
        from desktop.services import signoff

        reason = Ask.multiline(self.window, self.tr("Reopen"),
                               self.tr("Why is this signed-off round reopened? (It becomes an amendment.)"))
        if reason is None:
            return
        # As a sign-off: a supervisor's key, unlocked for this session.
        actor = self.ctx.actor
        CollectionOp(parent=self.window, op=lambda db: signoff.reopen(
            db, str(round_id), reason=reason, actor=actor)) \
            .with_title(self.tr("Not reopened")).run_in_background(self.ctx)

    # -- keeping the data safe

    def check(self) -> Task:
        from desktop.services import integrity
        from desktop.services.keys import KeyStore

        def shown(report) -> None:
            if report.ok:
                Ask.information(self.window, self.tr("Check"), self.tr(
                    "All holds: the database is intact, %1 history entries are chained, and %2 rounds match "
                    "their sign-offs.").replace("%1", number_text(report.entries))
                    .replace("%2", number_text(report.rounds)))
            else:
                Ask.error(self.window, self.tr("Damage found"), "\n".join(report.problems[:10]))

        return self._run(self.tr("Checking"), lambda progress: integrity.check(self.ctx.db, KeyStore(self.ctx.paths)), shown)

    def backup(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Back up the database"), "exchange-desk-backup.db",
                                              self.tr("Databases (*.db)"))
        if path:
            self.backup_to(path)

    def backup_to(self, path: str) -> Task:
        from pathlib import Path

        from desktop.services import integrity

        # The save dialog has already asked before replacing a file.
        return self._run(self.tr("Backing up"), lambda progress: integrity.backup(self.ctx.db, Path(path), replace=True),
                         lambda p: self.window.statusBar().showMessage(
                             self.tr("Backed up to %1").replace("%1", str(p)), 10_000))

    def restore(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Restore a backup"), "",
                                              self.tr("Databases (*.db)"))
        if path and Ask.confirm(self.window, self.tr("Restore"), self.tr(
                "Replace the database by this backup? The current database is kept as a backup first.")):
            self.restore_from(path)

    def restore_from(self, path: str) -> bool:
        """Close the database, restore, and open it again (synchronous: the
        window must not use the database meanwhile)."""
        from pathlib import Path

        from desktop.services import integrity
        from desktop.storage import Database, sqlite
        from desktop.ui.actions import explain

        if not self.ctx.db.is_sqlite:
            Ask.error(self.window, self.tr("Restore"), self.tr("A server database is restored with its own tools."))
            return False
        url, key = self.ctx.db.engine.url, self.ctx.db.key
        self.ctx.tasks.wait()
        self.ctx.db.close()
        try:
            from desktop.services.keys import KeyStore

            kept = integrity.restore(sqlite.file_of(url), Path(path), self.ctx.paths.data_dir / "backups",
                                     KeyStore(self.ctx.paths), key=key)
        except Exception as exc:
            sentence = explain(exc)
            self.ctx.db = Database.open(url, key=key)
            if sentence is None:
                raise
            Ask.error(self.window, self.tr("Not restored"), sentence)
            return False
        self.ctx.db = Database.open(url, key=key)
        self.ctx.events.data_changed.emit(None)
        self.window.statusBar().showMessage(
            self.tr("Restored; the database as it was is kept in %1").replace("%1", str(kept)), 15_000)
        return True

    def encrypt_database(self) -> None:
        """Tools › Encrypt the database…: the database and the backups kept
        of it, in place (synchronous: the window must not use the database
        meanwhile)."""
        from desktop.storage import sqlite
        from desktop.ui.encryption import encrypt_now

        db = self.ctx.db
        if not db.is_sqlite or sqlite.is_memory(db.url):
            Ask.error(self.window, self.tr("Encrypt"), self.tr(
                "A server database is protected by the server (TLS, its disks), not from here."))
            return
        if db.is_encrypted:
            Ask.information(self.window, self.tr("Encrypt"), self.tr(
                "The database is encrypted already. `exchange-desk change-passphrase` changes its passphrase."))
            return
        self.ctx.tasks.wait()
        self.ctx.db = encrypt_now(self.window, db, self.ctx.paths)
        self.ctx.events.data_changed.emit(None)

    def automatic_backup(self) -> Task:
        """Today's backup, if there is none yet (run after the window shows)."""
        import logging

        from desktop.services import integrity

        task = Task(lambda progress: integrity.automatic_backup(self.ctx.db, self.ctx.paths.data_dir / "backups"))
        task.signals.failed.connect(lambda exc: logging.getLogger("exchange_desk").error(
            "automatic backup failed: %s", getattr(exc, "formatted_traceback", exc)))
        return self.ctx.tasks.start(task)
