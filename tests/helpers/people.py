"""People for tests: an office authority made once per run, and people
with keys it certified, each with a role.

- `person(name, role)`: an `Actor` in this process (for service tests);
- `install_people(home)`: the same people's key files in a test's config
  folder, trusted (for the command line and the app), all under
  `PASSPHRASE`; `EXCHANGE_DESK_KEY` chooses who acts.
"""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

from desktop.domain.people import Actor, Role

PASSPHRASE = "correct horse battery"
AUTHORITY_PASSPHRASE = "head office only"

#: Who has a key in every test's home, and their roles.
PEOPLE = {
    "Test Coordinator": Role.SUPERVISOR,
    "Supervisor Sam": Role.SUPERVISOR,
    "Olena": Role.SUPERVISOR,
    "Taras": Role.COORDINATOR,
    "Carol": Role.COORDINATOR,
    "Liaison Lee": Role.LIAISON,
}


#: Where a run's office is, for the processes a test starts (made once per run).
HOME_VARIABLE = "EXCHANGE_DESK_TEST_PEOPLE"


@functools.cache
def authority_home() -> Path:
    """A config folder with the office authority and everyone's key."""
    import os
    import tempfile

    from desktop.paths import AppPaths
    from desktop.services.keys import KeyStore, write_private

    if os.environ.get(HOME_VARIABLE):
        return Path(os.environ[HOME_VARIABLE])
    import atexit
    import shutil

    home = Path(tempfile.mkdtemp(prefix="exchange-desk-people-"))
    atexit.register(shutil.rmtree, home, True)  # made by this run: gone with it
    store = KeyStore(AppPaths.under(home))
    store.init_authority("Test office", AUTHORITY_PASSPHRASE)
    for name, role in PEOPLE.items():
        request = store.new(name, role, PASSPHRASE)
        cert = store.certify(request, lambda: AUTHORITY_PASSPHRASE)
        write_private(request.parent / request.name.replace(".request.pem", ".cert.pem"), cert)
    os.environ[HOME_VARIABLE] = str(home)
    return home


def keys_dir() -> Path:
    from desktop.paths import AppPaths

    return AppPaths.under(authority_home()).config_dir / "keys"


def install_people(config_dir: Path, *, authority: bool = False) -> Path:
    """Everyone's keys and the trusted authority in this config folder (and
    the authority's own key only if asked: laptops do not hold it)."""
    target = config_dir / "keys"
    ignore = None if authority else shutil.ignore_patterns("authority")
    shutil.copytree(keys_dir(), target, ignore=ignore, dirs_exist_ok=True)
    return target


@functools.cache
def person(name: str, role: Role | None = None) -> Actor:
    """An actor with a key certified by the test office (made once)."""
    from desktop.paths import AppPaths
    from desktop.reports.identity import certify, make_request, read_request, unlock
    from desktop.reports.signing import load_key
    from desktop.services.keys import KeyStore

    role = role or PEOPLE.get(name, Role.SUPERVISOR)
    store = KeyStore(AppPaths.under(authority_home()))
    if name in PEOPLE and role is PEOPLE[name]:
        return store.unlock(name, lambda _who: PASSPHRASE)
    key_pem, request = make_request(name, role, PASSPHRASE, bits=2048)
    authority_key = load_key((store.authority_dir / "authority.key.pem").read_bytes(), AUTHORITY_PASSPHRASE)
    cert = certify(authority_key, (store.authority_dir / "authority.cert.pem").read_bytes(), read_request(request))
    return unlock(key_pem, cert, PASSPHRASE)
