"""Starting the desktop application: the window first, then everything else.

Qt is imported here and under `ui/` only.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

from desktop import APP_NAME, __version__
from desktop.paths import AppPaths

log = logging.getLogger("exchange_desk")


def install_crash_handler(paths: AppPaths) -> None:
    """A bug shows one dialog, is logged with its traceback, and the data
    stays as the last finished action left it."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    def handle(exc_type, exc, tb):
        from desktop import logs

        text = logs.redact("".join(traceback.format_exception(exc_type, exc, tb)))
        try:
            logs.append(paths.log_dir, paths.log_file, text)
        except OSError:
            pass
        sys.stderr.write(text)
        if QApplication.instance() is not None:
            QMessageBox.critical(
                None, "Exchange Desk",
                QApplication.translate(
                    "app", "Something went wrong inside Exchange Desk ({0}). Everything saved before this "
                    "stays saved. Details are in {1}.",
                ).format(exc_type.__name__, paths.log_file),
            )

    sys.excepthook = handle


class NotOpened(Exception):
    """The database's passphrase was given, but the file cannot be used
    (damaged, too new…): the message says why; `key` opens its backups."""

    def __init__(self, message: str, key: str | None):
        super().__init__(message)
        self.key = key


def offer_restore(paths: AppPaths, db_option: str | None, message: str, key: str | None = None):
    """The database cannot be used: say why and offer to restore a backup
    (the unusable file is kept, byte for byte, among the backups). `key`:
    the passphrase already given, else asked when the database or the
    backup is encrypted. Returns the database opened after a restore, or
    None."""
    from PySide6.QtCore import QCoreApplication

    from desktop.services import keychain
    from desktop.services.integrity import restore
    from desktop.storage import Database, DatabaseRefused, resolve_url, sqlite
    from desktop.ui.actions import explain
    from desktop.ui.dialogs import Ask

    try:
        url = resolve_url(db_option, paths.database)
    except DatabaseRefused:
        url = None
    if url is None or url.get_backend_name() != "sqlite":
        Ask.error(None, "Exchange Desk", message)
        return None
    backups = paths.data_dir / "backups"
    path = sqlite.file_of(url)
    while Ask.confirm(None, "Exchange Desk", message + "\n\n" + QCoreApplication.translate(
            "app", "Restore a backup now? The current file is kept among the backups.")):
        chosen = Ask.open_backup(None, QCoreApplication.translate("app", "Choose a backup"), str(backups))
        if not chosen:
            continue
        given = key or os.environ.get(sqlite.PASSPHRASE_VARIABLE) or keychain.stored(path)
        if given is None and (sqlite.is_encrypted(path) or sqlite.is_encrypted(Path(chosen))):
            given = Ask.passphrase(None, "Exchange Desk", QCoreApplication.translate(
                "app", "The database and its backups are encrypted. Their passphrase:"))
            if not given:
                continue
        try:
            from desktop.services.keys import KeyStore

            restore(path, Path(chosen), backups, KeyStore(paths), key=given)
            return Database.open(url, key=given)
        except Exception as exc:
            sentence = explain(exc)
            if sentence is None:
                raise
            message = sentence
    return None


def open_database(url, *, ask: bool = True):
    """The database. A new one is encrypted: its passphrase is chosen first
    (twice). An encrypted one opens with EXCHANGE_DESK_DB_PASSPHRASE, else
    with the passphrase kept in the system's keychain, else it is asked for
    (again after a wrong one, until cancelled: then the refusal stands).
    Without `ask` (started to be measured), no dialog waits for anyone."""
    from PySide6.QtCore import QCoreApplication

    from desktop.services import keychain
    from desktop.storage import (
        Database,
        DatabaseLocked,
        DatabaseNew,
        DatabaseRefused,
        DatabaseWrongKey,
    )
    from desktop.ui.dialogs import Ask

    try:
        return Database.open(url)
    except DatabaseNew as new:
        if not ask:
            raise
        chosen = Ask.new_passphrase(None, QCoreApplication.translate(
            "app", "Exchange Desk keeps its rounds in a new database, %1, encrypted with a passphrase you choose "
            "now: whoever holds this laptop without it reads nothing of them.").replace("%1", str(new.path)),
            keychain.available())
        if chosen is None:
            raise
        passphrase, keep = chosen
        db = Database.open(url, key=passphrase)
        if keep:
            from desktop.ui.encryption import keep_in_keychain

            keep_in_keychain(None, new.path, passphrase)
        return db
    except DatabaseLocked as locked:
        kept = keychain.stored(locked.path)
        if kept:
            try:
                return Database.open(url, key=kept)
            except DatabaseWrongKey:
                pass  # the passphrase changed since it was kept: ask
            except DatabaseRefused as exc:
                raise NotOpened(str(exc), kept) from None
        if not ask:
            raise
        error = ""
        while True:
            label = QCoreApplication.translate("app", "The database %1 is encrypted. Its passphrase:").replace(
                "%1", str(locked.path))
            given = Ask.passphrase(None, "Exchange Desk", f"{error}\n\n{label}".strip())
            if not given:
                raise
            try:
                return Database.open(url, key=given)
            except DatabaseWrongKey as exc:
                error = str(exc)
            except DatabaseRefused as exc:  # the right passphrase, but an unusable file
                raise NotOpened(str(exc), given) from None


def offer_encryption(db, paths: AppPaths):
    """An unencrypted database file: say so once per start and offer to
    encrypt it now (or never again), unless EXCHANGE_DESK_DB_PLAIN=1 says
    it is unencrypted on purpose. Returns the database to go on with."""
    from PySide6.QtCore import QCoreApplication

    from desktop.settings import Settings
    from desktop.storage import sqlite
    from desktop.ui.dialogs import Ask
    from desktop.ui.encryption import encrypt_now

    if not db.is_sqlite or sqlite.is_memory(db.url) or db.is_encrypted:
        return db
    if os.environ.get(sqlite.PLAIN_VARIABLE) == "1":
        return db  # unencrypted on purpose
    settings = Settings.load(paths.settings_file)
    if not settings.offer_encryption:
        return db
    answer = Ask.offer_encryption(None, "Exchange Desk", QCoreApplication.translate(
        "app", "The database %1 is not encrypted: whoever holds this laptop can read every round, source and "
        "note in it, and in its backups. Encrypt it now? The plain file is overwritten once the encrypted copy "
        "holds every row.").replace("%1", str(sqlite.file_of(db.url))))
    if answer == "never":
        settings.offer_encryption = False
        settings.save(paths.settings_file)
    return encrypt_now(None, db, paths) if answer == "encrypt" else db


def ui_state_settings(paths: AppPaths):
    """Window geometry, splitters and the last filter: kept apart from the
    user's settings, in the config folder."""
    from PySide6.QtCore import QSettings

    paths.config_dir.mkdir(parents=True, exist_ok=True)
    from desktop.settings import WINDOW_STATE_FILE

    return QSettings(str(paths.config_dir / WINDOW_STATE_FILE), QSettings.Format.IniFormat)


def _rss_kb() -> int:
    """Resident memory of this process, for start-up checks (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _first_rows(paths: AppPaths, db_option: str | None):
    """The newest rounds of the default database, read before SQLAlchemy is
    loaded (a plain read; None when anything is unusual)."""
    import datetime as dt
    import json
    import uuid

    from desktop.domain.listing import RoundRow
    from desktop.domain.totals import received_of_rows
    from desktop.domain.types import RoundStatus
    from desktop.storage import schema, sqlite

    chosen = db_option or os.environ.get(schema.DB_VARIABLE) or str(paths.database)
    if "://" in chosen:
        return None
    path = Path(chosen).expanduser()
    raw = sqlite.first_rows(path, schema.HEAD, 60, os.environ.get(sqlite.PASSPHRASE_VARIABLE) or None)
    if not raw:
        return None
    try:
        return [
            RoundRow(id=uuid.UUID(str(rid)), date=dt.date.fromisoformat(day), title=title, sides=sides,
                     received=received_of_rows(json.loads(received)),
                     status=RoundStatus(status), open_errors=errors, open_warnings=warnings, open_infos=infos)
            for rid, day, title, status, sides, received, errors, warnings, infos in raw
        ]
    except (ValueError, TypeError):
        return None


def _first_rows_table(parent, rows):
    from PySide6.QtWidgets import QHeaderView, QTableView

    from desktop.ui.rounds.model import COL_TITLE, RoundsTableModel

    model = RoundsTableModel(fetch=lambda query, offset, limit: rows[offset:offset + limit],
                             count=lambda query: len(rows), parent=parent)
    model.reload()
    table = QTableView(parent)
    table.setModel(model)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
    for col, width in ((0, 100), (2, 112), (3, 196), (4, 76), (5, 104)):
        table.setColumnWidth(col, width)
    return table


def _opening_window(paths: AppPaths, db_option: str | None = None):
    """The window as it will be, shown at once with only Qt loaded; the
    database and the views follow a moment later inside it."""
    from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
    from PySide6.QtWidgets import QLabel, QMainWindow

    window = QMainWindow()
    window.setWindowTitle("Exchange Desk")
    from desktop.settings import WINDOW_STATE_FILE

    state = QSettings(str(paths.config_dir / WINDOW_STATE_FILE), QSettings.Format.IniFormat)
    rows = None if state.value("list/filter", "") else _first_rows(paths, db_option)
    if rows:
        window.setCentralWidget(_first_rows_table(window, rows))
    else:
        label = QLabel(QCoreApplication.translate("app", "Opening the database…"), window)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        window.setCentralWidget(label)
    window.setProperty("first_rows", len(rows) if rows else 0)
    geometry = state.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 800)
    return window


def install_language(app, code: str) -> list:
    """Qt's translators for `code` (ours, and Qt's own for its standard
    dialogs), QLocale's default for dates and numbers, and the same language
    for the messages that come from the services. Returns the translators
    (they must outlive their installation)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from desktop import i18n

    i18n.set_language(code)
    QLocale.setDefault(QLocale(code))
    for old in app.property("exchange_desk_translators") or []:
        app.removeTranslator(old)
    installed = []
    ours = QTranslator(app)
    # From the bytes (the catalog may be inside a zipped bundle); Qt does not
    # copy them, so the translator keeps them alive.
    ours.catalog = i18n.catalog_path(code).read_bytes()
    if ours.load(ours.catalog):
        installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if code != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", qt_dir):
            installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    app.setProperty("exchange_desk_translators", installed)
    return installed


def start_language(paths: AppPaths) -> str:
    """`EXCHANGE_DESK_LANG`, else the language saved in the settings, else the
    system's; an unknown `EXCHANGE_DESK_LANG` is logged and the system's
    language is used (the window must open all the same)."""
    from desktop import i18n
    from desktop.settings import Settings

    try:
        return i18n.choose_language(Settings.load(paths.settings_file).language)
    except i18n.UnknownLanguage as exc:
        log.warning("%s=%s is not a language Exchange Desk speaks (%s); using the system's",
                    i18n.LANG_VARIABLE, exc, ", ".join(i18n.LANGUAGES))
        return i18n.system_language()


def run(paths: AppPaths, db_option: str | None, argv: list[str] | None = None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Exchange Desk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Exchange Desk")
    app.setDesktopFileName(APP_NAME)
    install_language(app, start_language(paths))
    install_crash_handler(paths)
    # For start-up checks and benchmarks: say when the window is on screen
    # and when the rounds are in it, then leave.
    quit_after_show = bool(os.environ.get("EXCHANGE_DESK_QUIT_AFTER_SHOW"))

    opening = _opening_window(paths, db_option)
    opening.show()
    if quit_after_show:
        first = opening.property("first_rows")
        QTimer.singleShot(0, lambda: print("window shown", flush=True))
        if first:
            QTimer.singleShot(0, lambda: print(f"rows shown {first} rss_kb={_rss_kb()}", flush=True))
    outcome: dict = {"code": 0, "ctx": None}

    def finish_start() -> None:
        from desktop.storage import DatabaseRefused, resolve_url
        from desktop.ui.icons import icon

        app.setWindowIcon(icon("app"))
        try:
            url = resolve_url(db_option, paths.database)
            db = open_database(url, ask=not quit_after_show)
            if not quit_after_show:
                db = offer_encryption(db, paths)
        except (DatabaseRefused, NotOpened) as exc:
            opening.hide()
            if quit_after_show:  # no one is there to answer
                print(exc, file=sys.stderr)
                outcome["code"] = 2
                app.quit()
                return
            db = offer_restore(paths, db_option, str(exc), getattr(exc, "key", None))
            if db is None:
                outcome["code"] = 2
                app.quit()
                return
        from desktop.ui.keys_dialog import unlock_at_start

        # Started only to be measured or smoke-tested: no dialog may wait
        # for a person (a key the environment unlocks still acts).
        actor = unlock_at_start(paths, ask=not quit_after_show)

        from desktop.services.listing import ensure_summaries
        from desktop.ui.context import AppContext, Events
        from desktop.ui.main_window import MainWindow
        from desktop.ui.tasks import TaskRunner

        ensure_summaries(db)
        ctx = AppContext(db=db, actor=actor, paths=paths, tasks=TaskRunner(), events=Events())
        outcome["ctx"] = ctx
        window = MainWindow(ctx, ui_state=ui_state_settings(paths))
        window.show()
        opening.close()
        outcome["window"] = window
        if quit_after_show:
            # The list is read on the database's worker: report once it is in.
            def ready() -> None:
                print(f"rows shown {window.rounds.model.rowCount()} rss_kb={_rss_kb()}", flush=True)
                print(f"ready rss_kb={_rss_kb()}", flush=True)
                window.close()
                app.quit()

            window.rounds.reloaded.connect(lambda: QTimer.singleShot(0, ready))
        else:
            QTimer.singleShot(2000, window.jobs.automatic_backup)  # after start-up, off the GUI thread
            if os.environ.get("EXCHANGE_DESK_ANNOUNCE_READY"):
                # For tests that drive the window from outside: say when the
                # list is in and the keyboard may start.
                window.rounds.reloaded.connect(lambda: print("ready", flush=True))

    QTimer.singleShot(0, finish_start)
    code = app.exec()
    ctx = outcome["ctx"]
    if ctx is not None:
        ctx.tasks.wait()
        ctx.db.close()
    return outcome["code"] or code
