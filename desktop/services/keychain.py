"""The database's passphrase in the system's keychain (macOS Keychain,
Windows Credential Locker, the Secret Service on Linux), through `keyring`,
where one exists and the user agreed to keep it there.

A keychain that is missing, locked or refuses is no keychain: every
function here answers None or False then, and the passphrase is asked for
as if none existed. Nothing here raises."""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

#: The keychain entry's service; its user name is the database file's path.
SERVICE = "Exchange Desk database"


def _backend():
    import keyring  # a missing module is a broken installation, not a missing keychain
    from keyring.backends import fail, null

    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keychain is no keychain
        log.warning("the system keychain cannot be reached", exc_info=True)
        return None
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return None
    return backend


def available() -> str | None:
    """The name of the system's keychain, or None where there is none."""
    backend = _backend()
    if backend is None:
        return None
    return getattr(backend, "name", None) or type(backend).__name__


def _entry(path: Path) -> str:
    return str(Path(path).expanduser().resolve())


def stored(path: Path) -> str | None:
    """The passphrase kept for the database at `path`, or None."""
    backend = _backend()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, _entry(path)) or None
    except Exception:
        log.warning("the system keychain did not answer", exc_info=True)
        return None


def store(path: Path, passphrase: str) -> bool:
    """Keep the passphrase of the database at `path`; False if it could not be."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, _entry(path), passphrase)
        return True
    except Exception:
        log.warning("the system keychain refused the passphrase", exc_info=True)
        return False
