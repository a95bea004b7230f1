"""The help window and the guide it shows: a page per screen in both
languages, each rendered, the application's language followed, and the copy
in docs/guide kept equal to the one the program ships."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget

from desktop import i18n
from desktop.ui import help as guide
from desktop.ui.help import (
    PAGES,
    SCREEN_DETAILS,
    SCREEN_FIGURES,
    SCREEN_HISTORY,
    SCREEN_LIST,
    SCREEN_OVERVIEW,
    SCREEN_REVIEW,
    SCREENS,
    HelpWindow,
    page_text,
    page_title,
    show_help,
)

DOCS_GUIDE = Path(__file__).resolve().parents[3] / "docs" / "guide"
LINK = re.compile(r"\]\(([^)\s]+)\)")
# The offscreen platform cannot bring a window to the front; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def packaged_files(language: str) -> dict[str, bytes]:
    folder = resources.files("desktop.resources.guide").joinpath(language)
    return {f.name: f.read_bytes() for f in folder.iterdir() if f.name.endswith(".md")}


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_screens_are_named():
    """The main window's names for its screens are the guide's pages."""
    assert SCREENS == (SCREEN_LIST, SCREEN_DETAILS, SCREEN_FIGURES, SCREEN_REVIEW, SCREEN_HISTORY, SCREEN_OVERVIEW)
    assert set(SCREENS) <= set(PAGES)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
@pytest.mark.parametrize("screen", SCREENS)
def test_every_screen_has_a_page_in_both_languages(screen, language):
    """Each screen's page is shipped in each language, with a title."""
    page = resources.files("desktop.resources.guide").joinpath(language, PAGES[screen])
    assert page.is_file()
    assert page_title(page.read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_page_is_shipped_and_nothing_else(language):
    """The folder holds exactly the pages the window lists."""
    assert set(packaged_files(language)) == set(PAGES.values())


@pytest.mark.parametrize("language", i18n.LANGUAGES)
@pytest.mark.parametrize("name", list(PAGES))
def test_each_page_renders(qtbot, name, language):
    """The page renders to a document with its title and more than a title."""
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show_page(name, language)
    document = window.browser.document()
    assert not document.isEmpty()
    text = document.toPlainText()
    assert text.startswith(page_title(page_text(name, language)))
    assert len(text.split()) > 40
    assert window.contents_list.currentItem().text() == page_title(page_text(name, language))


def test_the_ukrainian_pages_follow_the_english_ones():
    """Same sections, same tables and the same links in both languages."""
    for name in PAGES:
        en, uk = page_text(name, "en"), page_text(name, "uk")
        for pattern in (r"^#+ ", r"^\| --- ", r"^```"):
            assert len(re.findall(pattern, en, re.MULTILINE)) == len(re.findall(pattern, uk, re.MULTILINE)), (name, pattern)
        assert LINK.findall(en) == LINK.findall(uk), name
        assert en != uk


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_links_lead_to_pages(language):
    """Every link in the guide names a page of the guide."""
    for name in PAGES:
        for target in LINK.findall(page_text(name, language)):
            assert guide.page_of_link(QUrl(target)) in PAGES, (name, target)


def test_a_link_opens_its_page(qtbot):
    """Following a link shows the page it names, in the same language."""
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show_page(SCREEN_FIGURES, "uk")
    window.browser.anchorClicked.emit(QUrl("review.md"))
    assert (window.page, window.language) == (SCREEN_REVIEW, "uk")
    assert window.browser.document().toPlainText().startswith("Перевірка")


def test_the_contents_list_opens_a_page(qtbot):
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show_page(SCREEN_LIST, "en")
    window.contents_list.setCurrentRow(list(PAGES).index(guide.PAGE_BACKUPS))
    assert window.page == guide.PAGE_BACKUPS
    assert "Tools → Back up…" in window.browser.document().toPlainText()


def test_show_help_follows_the_language(parent):
    """In Ukrainian the window shows the Ukrainian page and contents."""
    i18n.set_language("uk")
    window = show_help(SCREEN_FIGURES, parent)
    assert window.isVisible()
    text = window.browser.document().toPlainText()
    assert text.startswith("Таблиця показників")
    assert "щонайменше" in text
    titles = [window.contents_list.item(i).text() for i in range(window.contents_list.count())]
    assert titles[:2] == ["Список раундів", "Відомості про раунд"]


def test_show_help_in_english(parent):
    window = show_help(SCREEN_REVIEW, parent)
    assert window.language == "en"
    assert "Sources disagree" in window.browser.document().toPlainText()


def test_show_help_keeps_one_window(parent):
    """F1 on another screen raises the same window on that screen's page."""
    first = show_help(SCREEN_LIST, parent)
    first.close()
    second = show_help(SCREEN_HISTORY, parent)
    assert second is first
    assert second.isVisible() and second.page == SCREEN_HISTORY
    assert second.browser.document().toPlainText().startswith("History")
    assert not second.isModal()


def test_an_unknown_screen_is_refused(parent):
    with pytest.raises(ValueError):
        show_help("nowhere", parent)


def test_a_language_without_a_guide_falls_back_to_english():
    assert page_text(SCREEN_FIGURES, "de") == page_text(SCREEN_FIGURES, "en")


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_docs_guide_is_the_packaged_guide(language):
    """docs/guide/<language>/ is a byte-for-byte copy of the shipped pages
    (copy the package's files there after editing them)."""
    docs = {f.name: f.read_bytes() for f in (DOCS_GUIDE / language).glob("*.md")}
    assert docs == packaged_files(language)


def test_docs_guide_readme_links_every_page():
    readme = (DOCS_GUIDE / "README.md").read_text(encoding="utf-8")
    links = set(LINK.findall(readme))
    assert links == {f"{language}/{page}" for language in i18n.LANGUAGES for page in PAGES.values()}
