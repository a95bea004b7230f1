"""Shared fixtures: app folders under tmp_path, a fresh migrated database per
test (copied from one template), and the command line run in-process.

With `EXCHANGE_DESK_TEST_POSTGRES` set to a PostgreSQL server's URL (a role
that may create databases, e.g. `postgresql+psycopg://desk:desk@127.0.0.1/desk`),
the storage, service and command-line tests run twice: on SQLite and on a
fresh PostgreSQL database of their own (`.ci/run` starts such a server)."""

from __future__ import annotations

import itertools
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
    from tests.helpers.people import install_people

    home = tmp_path / "home"
    monkeypatch.setenv("EXCHANGE_DESK_HOME", str(home))
    # Who acts is a key: everyone of the test office has one here, and
    # "Test Coordinator" (a supervisor) acts unless a test says who.
    install_people(AppPaths.under(home).config_dir)
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Test Coordinator")
    monkeypatch.setenv("EXCHANGE_DESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("EXCHANGE_DESK_USER", raising=False)
    monkeypatch.delenv("EXCHANGE_DESK_DB", raising=False)
    # A new database is encrypted unless told otherwise: tests make plain
    # ones (their attacks read and write the file with sqlite3), and those
    # of encryption say so. No test reaches the machine's own keychain.
    monkeypatch.setenv("EXCHANGE_DESK_DB_PLAIN", "1")
    monkeypatch.delenv("EXCHANGE_DESK_DB_PASSPHRASE", raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    # English whatever the machine's locale; tests of other languages say so.
    monkeypatch.setenv("EXCHANGE_DESK_LANG", "en")
    yield AppPaths.under(home)
    from desktop import i18n

    i18n.set_language("en")


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated to head once per run."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    Database.open(resolve_url(path, path), plain=True).close()
    return path


@pytest.fixture
def db_path(app_home: AppPaths, template_db: Path) -> Path:
    """The default database location, holding a fresh copy of the template."""
    app_home.data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template_db, app_home.database)
    return app_home.database


POSTGRES_VARIABLE = "EXCHANGE_DESK_TEST_POSTGRES"
#: Where tests run on both backends (unless they reach for the SQLite file
#: itself through `db_path`, or are marked `sqlite_only`).
BOTH_BACKENDS = ("tests/unit/services/", "tests/unit/storage/", "tests/integration/test_cli",
                 "tests/integration/test_signoff", "tests/integration/test_import_bad_input",
                 "tests/integration/test_teams", "tests/integration/test_server", "tests/integration/test_stages", "tests/integration/test_combined",
                 "tests/integration/test_lookalike")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: a test of what only SQLite has (files, pragmas, backups)")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    import inspect

    where = str(metafunc.definition.path.relative_to(Path(__file__).parent.parent))
    direct = inspect.signature(metafunc.function).parameters
    both = (
        os.environ.get(POSTGRES_VARIABLE)
        and where.startswith(BOTH_BACKENDS)
        and "db_path" not in direct
        and metafunc.definition.get_closest_marker("sqlite_only") is None
    )
    metafunc.parametrize("backend", ["sqlite", "postgresql"] if both else ["sqlite"], scope="function")


@pytest.fixture(scope="session")
def postgres_template() -> str:
    """A migrated PostgreSQL database that each test's database is copied from."""
    import sqlalchemy as sa

    base = sa.make_url(os.environ[POSTGRES_VARIABLE])
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    name = f"exchange_desk_template_{os.getpid()}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    Database.open(base.set(database=name)).close()
    yield name
    _drop(admin, name)
    admin.dispose()


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, app_home: AppPaths, monkeypatch: pytest.MonkeyPatch):
    """The test's own database, on the backend of this run, as the command
    line and the app would be told it (EXCHANGE_DESK_DB)."""
    if backend == "sqlite":
        path = request.getfixturevalue("db_path")
        yield str(path)
        return
    import sqlalchemy as sa

    template = request.getfixturevalue("postgres_template")
    base = sa.make_url(os.environ[POSTGRES_VARIABLE])
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    name = f"exchange_desk_test_{os.getpid()}_{next(_COUNTER)}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    url = base.set(database=name).render_as_string(hide_password=False)
    monkeypatch.setenv("EXCHANGE_DESK_DB", url)
    yield url
    _drop(admin, name)
    admin.dispose()


def _drop(admin, name: str) -> None:
    """Drop a test database; the server's autovacuum may still be in it for
    a moment (and only a superuser may end that), so wait for it."""
    import time

    import sqlalchemy as sa

    for _ in range(50):
        try:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
            return
        except sa.exc.OperationalError:
            time.sleep(0.1)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


_COUNTER = itertools.count()


@pytest.fixture
def db(db_url: str, app_home: AppPaths):
    database = Database.open(resolve_url(db_url, app_home.database))
    yield database
    database.close()


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture, db_url: str):
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


from tests.helpers.people import PASSPHRASE


@pytest.fixture
def keys(app_home) -> Path:
    """The keys folder of the test's home (everyone's keys, trusted)."""
    return app_home.config_dir / "keys"
