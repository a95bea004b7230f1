"""The window's fixtures, shared by the GUI tests: the error dialogs
answered, a context whose operations run at once (modules that test the
real worker thread define their own), and the main window on it."""

from __future__ import annotations

import shutil

import pytest

from desktop.ui.context import AppContext, Events
from desktop.ui.dialogs import Ask
from desktop.ui.tasks import InlineTaskRunner
from tests.helpers.people import person


@pytest.fixture(autouse=True)
def dialogs_released():
    """A test that ends with its window locked leaves no dialog waiting."""
    yield
    Ask.release()


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """Every error dialog's sentence, instead of a modal box."""
    shown: list[str] = []
    monkeypatch.setattr(Ask, "error", staticmethod(lambda parent, title, message: shown.append(message)))
    return shown


@pytest.fixture
def ctx(db, app_home) -> AppContext:
    return AppContext(db=db, actor=person("Olena"), paths=app_home, tasks=InlineTaskRunner(), events=Events())


@pytest.fixture
def window(qtbot, ctx):
    from desktop.ui.main_window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def laptop(tmp_path, template_db, monkeypatch):
    """A second laptop: its own database (the same office's keys)."""
    path = tmp_path / "laptop-b.db"
    shutil.copyfile(template_db, path)

    def use() -> str:
        monkeypatch.setenv("EXCHANGE_DESK_DB", str(path))
        return str(path)
    return use
