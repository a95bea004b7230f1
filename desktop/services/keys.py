"""Signing keys kept in the config folder: the installation's authority and
each supervisor's key, private keys encrypted with a passphrase, files 0600
in a 0700 folder."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from desktop.i18n import translate
from desktop.paths import AppPaths
from desktop.reports.signing import (
    KeyPair,
    SigningError,
    common_name,
    issue,
    load_key,
    make_authority,
)
from desktop.services.errors import UserError

PASSPHRASE_VARIABLE = "EXCHANGE_DESK_PASSPHRASE"
AUTHORITY_PASSPHRASE_VARIABLE = "EXCHANGE_DESK_AUTHORITY_PASSPHRASE"
AUTHORITY = "authority"


def _slug(name: str) -> str:
    return re.sub(r"[^\w]+", "-", name.casefold(), flags=re.UNICODE).strip("-") or "key"


def _write_private(path: Path, data: bytes) -> None:
    """Create a file readable by its owner only (never widened later)."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class KeyStore:
    def __init__(self, paths: AppPaths):
        self.dir = paths.config_dir / "keys"

    def _ensure_dir(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.dir, 0o700)

    def _pair(self, stem: str) -> KeyPair | None:
        key, cert = self.dir / f"{stem}.key.pem", self.dir / f"{stem}.cert.pem"
        if not (key.exists() and cert.exists()):
            return None
        return KeyPair(key.read_bytes(), cert.read_bytes())

    def authority(self) -> KeyPair | None:
        return self._pair(AUTHORITY)

    def trust_roots(self) -> list[bytes]:
        authority = self.authority()
        return [authority.cert_pem] if authority else []

    def names(self) -> list[str]:
        if not self.dir.exists():
            return []
        out = []
        for cert in sorted(self.dir.glob("*.cert.pem")):
            if cert.name != f"{AUTHORITY}.cert.pem":
                out.append(common_name(cert.read_bytes()))
        return out

    def find(self, name: str) -> KeyPair | None:
        """The key certified for this person (names compared without case)."""
        if not self.dir.exists():
            return None
        for cert in self.dir.glob("*.cert.pem"):
            if cert.name == f"{AUTHORITY}.cert.pem":
                continue
            if common_name(cert.read_bytes()).casefold() == name.casefold():
                return self._pair(cert.name[: -len(".cert.pem")])
        return None

    def create(self, name: str, passphrase: str, authority_passphrase: Callable[[], str]) -> KeyPair:
        """A new key for `name`, certified by the authority (made now if this
        installation has none, protected by the same passphrase)."""
        name = " ".join(name.split())
        if not name:
            raise UserError(translate("keys", "{option}: say whose key it is.").format(option="--name"))
        if self.find(name) is not None:
            raise UserError(translate("keys", "{option}: {name} already has a signing key here.").format(
                option="--name", name=name))
        if len(passphrase) < 8:
            raise UserError(translate("keys", "The passphrase must have at least 8 characters."))
        self._ensure_dir()
        authority = self.authority()
        if authority is None:
            authority = make_authority("Exchange Desk signing authority", passphrase)
            _write_private(self.dir / f"{AUTHORITY}.key.pem", authority.key_pem)
            _write_private(self.dir / f"{AUTHORITY}.cert.pem", authority.cert_pem)
            ca_passphrase = passphrase
        else:
            ca_passphrase = passphrase
            try:
                load_key(authority.key_pem, ca_passphrase)
            except SigningError:
                ca_passphrase = authority_passphrase()
        try:
            pair = issue(authority, ca_passphrase, name, passphrase)
        except SigningError:
            raise UserError(translate("keys", "The signing authority's passphrase is wrong; no key was made.")) from None
        stem = _slug(name)
        n = 1
        while (self.dir / f"{stem}.cert.pem").exists():
            n += 1
            stem = f"{_slug(name)}-{n}"
        _write_private(self.dir / f"{stem}.key.pem", pair.key_pem)
        _write_private(self.dir / f"{stem}.cert.pem", pair.cert_pem)
        return pair
