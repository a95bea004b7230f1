"""Help: a short guide to each screen, in the language of the application,
shown in one window beside the work (F1).

The guide is Markdown shipped in the package (`desktop/resources/guide/en/`
and `uk/`, one page per screen, copied in `docs/guide/` for readers of the
repository). The window renders one page and lists the others by their
titles, which are the pages' own first headings: nothing of the guide is
translated twice.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n

GUIDE_PACKAGE = "desktop.resources.guide"

# What the main window names as the current screen.
SCREEN_LIST = "rounds"
SCREEN_DETAILS = "details"
SCREEN_FIGURES = "figures"
SCREEN_REVIEW = "review"
SCREEN_HISTORY = "history"
SCREEN_OVERVIEW = "overview"
# Pages about work that is not one screen.
PAGE_IMPORT_EXPORT = "import-export"
PAGE_BACKUPS = "backups"

SCREENS = (SCREEN_LIST, SCREEN_DETAILS, SCREEN_FIGURES, SCREEN_REVIEW, SCREEN_HISTORY, SCREEN_OVERVIEW)
#: Every page of the guide and its file in each language's folder, in the
#: order the contents list shows them.
PAGES: dict[str, str] = {
    name: f"{name}.md" for name in SCREENS + (PAGE_IMPORT_EXPORT, PAGE_BACKUPS)
}
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1


def guide_language(code: str | None = None) -> str:
    """`code` (else the application's language) if the guide is written in
    it, else English."""
    code = code or i18n.language()
    return code if code in i18n.LANGUAGES else i18n.DEFAULT


def page_text(name: str, language: str | None = None) -> str:
    """The Markdown of one page in `language` (the application's by
    default); English where that language lacks the page."""
    if name not in PAGES:
        raise ValueError(f"no help page {name!r}")
    guide = resources.files(GUIDE_PACKAGE)
    for code in dict.fromkeys((guide_language(language), i18n.DEFAULT)):
        page = guide.joinpath(code, PAGES[name])
        if page.is_file():
            return page.read_text(encoding="utf-8")
    raise FileNotFoundError(f"help page {PAGES[name]} is missing")


def page_title(markdown: str) -> str:
    """A page's first heading (what the contents list shows)."""
    for line in markdown.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def page_of_link(url: QUrl) -> str | None:
    """The page a link inside the guide leads to (`review.md`), if any."""
    if url.scheme() or url.isEmpty():
        return None
    file = url.path().rsplit("/", 1)[-1]
    return next((name for name, page in PAGES.items() if page == file), None)


class HelpWindow(QDialog):
    """The guide: one page at a time, the contents beside it. Not modal:
    it stays open while the user works.

    Attributes:
        page: the name of the page shown (a key of PAGES).
        language: the language it is shown in.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("help_window")
        self.setWindowTitle(self.tr("Exchange Desk Help"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.page = ""
        self.language = ""

        self.contents_list = QListWidget(self)
        self.contents_list.setObjectName("help_contents")
        self.contents_list.setAccessibleName(self.tr("Help pages"))
        # Long titles (Ukrainian ones especially) wrap instead of scrolling.
        self.contents_list.setWordWrap(True)
        self.contents_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.contents_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents_list.setSpacing(2)
        self.contents_list.currentItemChanged.connect(self._chosen)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("help_browser")
        self.browser.setAccessibleName(self.tr("Help text"))
        # Links between pages are followed here; links out go to the browser.
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.document().setDocumentMargin(12)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.contents_list)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([200, 560])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(780, 580)

    def show_page(self, name: str, language: str | None = None) -> None:
        """Show page `name` in `language` (the application's by default)."""
        text = page_text(name, language)
        code = guide_language(language)
        if code != self.language:
            self.language = code
            self._fill_contents()
        self.page = name
        self.browser.setMarkdown(text)
        self.browser.verticalScrollBar().setValue(0)
        self.contents_list.blockSignals(True)
        self.contents_list.setCurrentRow(list(PAGES).index(name))
        self.contents_list.blockSignals(False)

    def _fill_contents(self) -> None:
        self.contents_list.blockSignals(True)
        self.contents_list.clear()
        for name in PAGES:
            item = QListWidgetItem(page_title(page_text(name, self.language)) or name)
            item.setData(PAGE_ROLE, name)
            self.contents_list.addItem(item)
        self.contents_list.blockSignals(False)

    def _chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.show_page(item.data(PAGE_ROLE), self.language)

    def _follow(self, url: QUrl) -> None:
        name = page_of_link(url)
        if name is not None:
            self.show_page(name, self.language)
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


def show_help(screen: str, parent: QWidget | None = None) -> HelpWindow:
    """Open the help window (one per parent window, made on first use) on the
    page of `screen` (a SCREEN_* or PAGE_* name), in the application's
    language, and bring it to the front. Without a parent the caller keeps
    the window it returns."""
    if screen not in PAGES:
        raise ValueError(f"no help page for screen {screen!r}")
    window = next((w for w in QApplication.topLevelWidgets()
                   if isinstance(w, HelpWindow) and w.parentWidget() is parent), None)
    if window is None:
        window = HelpWindow(parent)
    window.show_page(screen)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
