"""Shared fixtures: app folders under tmp_path, a fresh migrated database per
test (copied from one template), and the command line run in-process."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.cli import main
from desktop.paths import AppPaths
from desktop.storage import Database, resolve_url


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    """Every test gets its own folders; real user folders are never touched."""
    home = tmp_path / "home"
    monkeypatch.setenv("EXCHANGE_DESK_HOME", str(home))
    monkeypatch.setenv("EXCHANGE_DESK_USER", "Test Coordinator")
    monkeypatch.delenv("EXCHANGE_DESK_DB", raising=False)
    # English whatever the machine's locale; tests of other languages say so.
    monkeypatch.setenv("EXCHANGE_DESK_LANG", "en")
    yield AppPaths.under(home)
    from desktop import i18n

    i18n.set_language("en")


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated to head once per run."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    Database.open(resolve_url(path, path)).close()
    return path


@pytest.fixture
def db_path(app_home: AppPaths, template_db: Path) -> Path:
    """The default database location, holding a fresh copy of the template."""
    app_home.data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template_db, app_home.database)
    return app_home.database


@pytest.fixture
def db(db_path: Path):
    database = Database.open(resolve_url(db_path, db_path))
    yield database
    database.close()


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture, db_path: Path):
    """Run `exchange-desk ARGS` in this process on the test's database."""

    def run(*args: str) -> Result:
        capsys.readouterr()
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse usage errors
            code = exc.code if isinstance(exc.code, int) else 2
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


PASSPHRASE = "correct horse battery"


@pytest.fixture(scope="session")
def made_keys(tmp_path_factory) -> Path:
    """A keys folder with the authority and two supervisors, made once."""
    from desktop.paths import AppPaths
    from desktop.services.keys import KeyStore

    home = tmp_path_factory.mktemp("keys-home")
    store = KeyStore(AppPaths.under(home))
    store.create("Supervisor Sam", PASSPHRASE, lambda: PASSPHRASE)
    store.create("Test Coordinator", PASSPHRASE, lambda: PASSPHRASE)
    return store.dir


@pytest.fixture
def keys(made_keys, app_home, monkeypatch) -> Path:
    target = app_home.config_dir / "keys"
    shutil.copytree(made_keys, target)
    monkeypatch.setenv("EXCHANGE_DESK_PASSPHRASE", PASSPHRASE)
    return target
