"""Render the screenshots shown in the README, over the demo data.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/render.py [--lang uk] [--size 1024x768] [--out DIR]

Runs on a throw-away profile, with the window at 1280×800 unless told
otherwise; writes every main view — the list and a round's details, the
figures, review with the open discrepancies of all rounds, the history, the
overview and the empty start — next to this script (with --lang uk: in
Ukrainian, under uk/, with the menus and dialogs too).
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from PySide6.QtWidgets import QApplication, QDialog, QMenu

ROUND_31_JANUARY = uuid.UUID("c31a0124-2024-4131-8000-000000000131")


def dialogs(window) -> list[tuple[str, QDialog]]:
    """The application's own dialogs that open without a question first."""
    from desktop.ui.round.new_round import NewRoundDialog

    found = [("new-round", NewRoundDialog(window.ctx, window))]
    try:
        from desktop.ui.settings_dialog import SettingsDialog
    except ImportError:
        return found
    found.append(("settings", SettingsDialog(window.ctx.paths.settings_file, window)))
    return found


PEOPLE = {"Olena Kovalenko": "supervisor", "Taras Melnyk": "coordinator", "Supervisor Sam": "supervisor"}
PASSPHRASE = "screenshots only"


def office(paths) -> dict:
    """The people of the pictures, with keys certified by an office of the
    pictures' own (made in the throwaway home): name → unlocked actor."""
    from desktop.domain.people import Role
    from desktop.services.keys import KeyStore

    store = KeyStore(paths)
    store.init_authority("Screenshots office", "screenshots authority")
    for name, role in PEOPLE.items():
        cert = store.certify(store.new(name, Role(role), PASSPHRASE), lambda: "screenshots authority")
        path = paths.config_dir / "keys" / "cert.pem"
        path.write_bytes(cert)
        store.install(path)
    return {name: store.unlock(name, lambda _who: PASSPHRASE) for name in PEOPLE}


def some_work(db, people) -> None:
    """A day's work on the round of 31 January, for the History tab: a
    figure corrected, a note, the mismatch resolved."""
    from desktop.domain.types import Rule
    from desktop.services import editing, review

    doc = editing.get_round_doc(db, ROUND_31_JANUARY)
    total = next(f for f in doc.figures if f.category is None and f.movement.to_party == "Russia")
    editing.set_figure(db, ROUND_31_JANUARY, movement=total.movement, source=total.source, count=total.count + 2,
                       actor=people["Taras Melnyk"], citation=total.citation)
    editing.set_figure(db, ROUND_31_JANUARY, movement=total.movement, source=total.source, count=total.count,
                       actor=people["Olena Kovalenko"], citation=total.citation, note="Corrected back to the statement")
    key = next(i.discrepancy.key for i in review.round_review(db, ROUND_31_JANUARY).items
               if i.discrepancy.rule is Rule.SOURCE_MISMATCH)
    review.resolve(db, ROUND_31_JANUARY, key, value=207, note="HQ's list of names",
                   actor=people["Supervisor Sam"])


def main() -> None:
    code = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "en"
    size = sys.argv[sys.argv.index("--size") + 1] if "--size" in sys.argv else "1280x800"
    width, height = (int(v) for v in size.split("x"))
    out = HERE if code == "en" else HERE / code
    if "--out" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--out") + 1])
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="exchange-desk-shots-"))
    os.environ["EXCHANGE_DESK_HOME"] = str(home)
    app = QApplication(sys.argv[:1])
    from desktop.app import install_language

    install_language(app, code)
    from desktop.paths import AppPaths
    from desktop.services.demo import add_demo
    from desktop.storage import Database, resolve_url
    from desktop.ui.context import AppContext, Events
    from desktop.ui.main_window import MainWindow
    from desktop.ui.round.panel import TAB_DETAILS, TAB_FIGURES, TAB_HISTORY, TAB_REVIEW
    from desktop.ui.tasks import InlineTaskRunner

    paths = AppPaths.from_environment()
    db = Database.open(resolve_url(None, paths.database))
    people = office(paths)
    ctx = AppContext(db=db, actor=people["Olena Kovalenko"], paths=paths, tasks=InlineTaskRunner(), events=Events())
    window = MainWindow(ctx)
    window.resize(width, height)
    window.show()

    def shot(name: str) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop would
        app.processEvents()
        window.grab().save(str(out / name))
        print(out / name)

    shot("empty.png")
    add_demo(db, actor=people["Olena Kovalenko"])
    some_work(db, people)
    window.refresh()
    window.rounds.select_round(ROUND_31_JANUARY)
    app.processEvents()
    window.panel.tabs.setCurrentIndex(TAB_DETAILS)
    shot("main.png")
    window.panel.tabs.setCurrentIndex(TAB_HISTORY)
    shot("history.png")
    window.panel.tabs.setCurrentIndex(TAB_FIGURES)
    grid = window.panel.figures.grid
    grid.setCurrentIndex(grid.model().index(0, 1))
    shot("figures.png")
    window.panel.tabs.setCurrentIndex(TAB_REVIEW)
    window.panel.review.table.selectRow(0)
    window.review_dock.show()
    window.all_review.reload()
    shot("review.png")
    window.review_dock.hide()
    window.toggle_overview()
    shot("overview.png")
    window.toggle_overview()
    if code != "en":
        for menu in window.menuBar().findChildren(QMenu):
            if menu.title() and menu.actions():
                menu.popup(window.mapToGlobal(window.rect().topLeft()))
                app.processEvents()
                menu.grab().save(str(out / f"menu-{menu.title().replace('&', '')}.png"))
                menu.hide()
        for dialog_name, dialog in dialogs(window):
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(out / f"dialog-{dialog_name}.png"))
            print(out / f"dialog-{dialog_name}.png")
            dialog.close()
    window.close()
    db.close()


if __name__ == "__main__":
    main()
