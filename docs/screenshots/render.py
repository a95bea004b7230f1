"""Render the screenshots shown in the README, over the demo data.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/render.py [--lang uk]

Runs on a throw-away profile; writes main.png, figures.png and review.png
next to this script (with --lang uk: every main view, in Ukrainian, under
uk/).
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


def main() -> None:
    code = sys.argv[sys.argv.index("--lang") + 1] if "--lang" in sys.argv else "en"
    out = HERE if code == "en" else HERE / code
    out.mkdir(exist_ok=True)
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
    from desktop.ui.round.panel import TAB_DETAILS, TAB_FIGURES, TAB_REVIEW
    from desktop.ui.tasks import InlineTaskRunner

    paths = AppPaths.from_environment()
    db = Database.open(resolve_url(None, paths.database))
    add_demo(db, actor="Olena Kovalenko")
    ctx = AppContext(db=db, actor="Olena Kovalenko", paths=paths, tasks=InlineTaskRunner(), events=Events())
    window = MainWindow(ctx)
    window.resize(1440, 860)
    window.show()
    window.refresh()
    window.rounds.select_round(ROUND_31_JANUARY)
    app.processEvents()

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(out / name))
        print(out / name)

    window.panel.tabs.setCurrentIndex(TAB_DETAILS)
    shot("main.png")
    if code != "en":
        window.panel.tabs.setCurrentIndex(window.panel.tabs.count() - 1)
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
