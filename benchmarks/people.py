"""A person to act in the benchmarks: a key of their own, certified by an
authority of their own (`keys solo`), made once per benchmark home."""

from __future__ import annotations

from pathlib import Path

NAME = "Bench"
PASSPHRASE = "benchmark passphrase"
AUTHORITY_PASSPHRASE = "benchmark authority"


def bench_env(home: Path) -> dict[str, str]:
    """The environment that lets commands act as the bench person in `home`."""
    from desktop.domain.people import Role
    from desktop.paths import AppPaths
    from desktop.services.keys import KeyStore

    store = KeyStore(AppPaths.under(home))
    if NAME not in store.names():
        store.solo(NAME, Role.SUPERVISOR, PASSPHRASE, AUTHORITY_PASSPHRASE)
    # The databases measured against bare SQLite are unencrypted; the
    # encrypted ones are measured apart (benchmarks/encrypted.py).
    return {"EXCHANGE_DESK_HOME": str(home), "EXCHANGE_DESK_KEY": NAME, "EXCHANGE_DESK_PASSPHRASE": PASSPHRASE,
            "EXCHANGE_DESK_DB_PLAIN": "1"}


def bench_actor(home: Path):
    from desktop.paths import AppPaths
    from desktop.services.keys import KeyStore

    bench_env(home)
    return KeyStore(AppPaths.under(home)).unlock(NAME, lambda _name: PASSPHRASE)
