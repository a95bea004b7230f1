"""Ukrainian end to end: the window shows no English source text, the
command line speaks Ukrainian, and a bad language is one sentence."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from desktop import i18n
from desktop.app import install_language
from desktop.services.demo import add_demo
from desktop.ui.context import AppContext, Events
from desktop.ui.main_window import MainWindow
from desktop.ui.round.panel import TAB_FIGURES, TAB_REVIEW
from desktop.ui.tasks import InlineTaskRunner
from tests.helpers.people import person

ROUND_31_JANUARY = "c31a0124-2024-4131-8000-000000000131"


@pytest.fixture
def ukrainian_app(qapp):
    install_language(qapp, "uk")
    yield qapp
    install_language(qapp, "en")


def english_sources() -> set[str]:
    """Every English text the Ukrainian catalog translates differently."""
    catalog = i18n.read_qm(i18n.catalog_path("uk").read_bytes())
    return {source for (_, source, _), forms in catalog.items() if forms and forms[0] != source}


def shown_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text the window and its menus show."""
    out: list[tuple[str, str]] = [("window title", window.windowTitle())]
    for w in window.findChildren(QWidget):
        name = f"{type(w).__name__}#{w.objectName()}"
        if isinstance(w, QLabel | QAbstractButton):
            out.append((name, w.text()))
        if isinstance(w, QGroupBox):
            out.append((name, w.title()))
        if isinstance(w, QLineEdit):
            out.append((name, w.placeholderText()))
        if isinstance(w, QTabWidget):
            out += [(f"{name} tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QMenu):
            out.append((name, w.title()))
            out += [(f"{name} action", a.text()) for a in w.actions()]
            out += [(f"{name} tip", a.toolTip()) for a in w.actions() if a.toolTip() != a.text().replace("&", "")]
        if isinstance(w, QAbstractItemView) and isinstance(w.model(), QAbstractTableModel | QSortFilterProxyModel):
            model = w.model()
            out += [(f"{name} header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                    for c in range(model.columnCount(QModelIndex()))]
        if w.toolTip():
            out.append((f"{name} tooltip", w.toolTip()))
    return [(where, text) for where, text in out if text]


def test_the_window_in_ukrainian_shows_no_english_source_text(ukrainian_app, qtbot, db, app_home):
    add_demo(db, actor=person("Олена"))
    ctx = AppContext(db=db, actor=person("Олена"), paths=app_home, tasks=InlineTaskRunner(), events=Events())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    window.rounds.select_round(uuid.UUID(ROUND_31_JANUARY))
    QApplication.processEvents()
    english = english_sources()
    assert len(english) > 300, "the Ukrainian catalog is loaded"
    seen: list[tuple[str, str]] = []
    for tab in (0, TAB_FIGURES, TAB_REVIEW, window.panel.tabs.count() - 1):
        window.panel.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        seen += shown_texts(window)
    leftovers = sorted({(where, text) for where, text in seen if text in english})
    assert not leftovers, leftovers
    # And it really is Ukrainian: the menus and tabs are in Cyrillic.
    menus = [m.title() for m in window.menuBar().findChildren(QMenu) if m.title()]
    assert menus and all(any("а" <= ch.lower() <= "я" or ch in "іїєґ" for ch in t) for t in menus), menus
    assert window.panel.tabs.tabText(TAB_REVIEW).replace("&", "") == "Перевірка"
    window.close()


def test_plural_forms_in_the_rounds_count(ukrainian_app):
    forms = [QCoreApplication.translate("RoundsView", "%Ln round(s)", "", n) for n in (1, 2, 5, 21)]
    assert forms == ["1 раунд", "2 раунди", "5 раундів", "21 раунд"]


def test_the_command_line_in_ukrainian(cli, db, monkeypatch):
    monkeypatch.setenv("EXCHANGE_DESK_LANG", "uk")
    result = cli("--help")
    assert result.code == 0
    assert "використання:" in result.out and "імпортувати" in result.out
    cli("demo")
    result = cli("import", "/no/such/file.json")
    assert result.code == 2
    assert result.err.strip() == "/no/such/file.json: такого файлу немає."
    result = cli("rounds")
    assert "чернетка" in result.out


def test_an_unknown_language_is_one_sentence_and_exit_2(cli, monkeypatch):
    monkeypatch.setenv("EXCHANGE_DESK_LANG", "de")
    result = cli("rounds")
    assert result.code == 2
    assert result.err.strip() == (
        "EXCHANGE_DESK_LANG: 'de' is not a language Exchange Desk speaks; use one of: en, uk."
    )
