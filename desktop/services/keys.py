"""Keys kept in the config folder (0600 files in 0700 folders):

- `people/`: this laptop's people: each one's sealed private key, the
  certification request made with it, and, once installed, the certificate
  the office authority issued for it (with the person's role);
- `trust/`: the certificates of the authorities this laptop trusts;
- `revoked/`: the revocation lists they issued;
- `authority/`: only on the machine that made the office authority: its
  key (under its own passphrase, never a person's) and what it issued.

Acting (recording, resolving, signing) takes a person's unlocked key:
`EXCHANGE_DESK_KEY` names which one when there are several here, and
`EXCHANGE_DESK_PASSPHRASE` gives its passphrase to scripts.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.people import Actor, Role
from desktop.i18n import translate
from desktop.paths import AppPaths
from desktop.reports.identity import (
    Certificate,
    certificate_problem,
    certify,
    make_request,
    read_certificate,
    read_request,
    read_revocations,
    revocation_list,
    unlock,
)
from desktop.reports.signing import SigningError, load_key, make_authority
from desktop.services.errors import UserError

PASSPHRASE_VARIABLE = "EXCHANGE_DESK_PASSPHRASE"
AUTHORITY_PASSPHRASE_VARIABLE = "EXCHANGE_DESK_AUTHORITY_PASSPHRASE"
KEY_VARIABLE = "EXCHANGE_DESK_KEY"
PASSPHRASE_MIN = 8


def _slug(name: str) -> str:
    return re.sub(r"[^\w]+", "-", name.casefold(), flags=re.UNICODE).strip("-") or "key"


def write_private(path: Path, data: bytes) -> None:
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


def _folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    for parent in path.parents:
        if parent.name == "keys":
            os.chmod(parent, 0o700)
            break
    return path


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < PASSPHRASE_MIN:
        raise UserError(translate("keys", "The passphrase must have at least 8 characters."))


def clean_name(name: str, option: str = "--name") -> str:
    from desktop.services.actor import check_actor

    name = check_actor(" ".join(name.split()), option)
    if not name:
        raise UserError(translate("keys", "{option}: say whose key it is.").format(option=option))
    return name


def _read(path: str | Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise UserError(translate("keys", "{file}: cannot be read ({reason}).").format(
            file=path, reason=exc.strerror or exc.__class__.__name__)) from None


def _parsed(path: str | Path, reader):
    """A file read and parsed by `reader`, or one sentence naming it."""
    try:
        return reader(_read(path))
    except SigningError as exc:
        raise UserError(translate("keys", "{file}: {reason}.").format(file=path, reason=str(exc))) from None


#: Keys unlocked in this process, so that a session asks once: (the key
#: file's and certificate's digest, the passphrase's digest) → the actor.
_UNLOCKED: dict[tuple[str, str], Actor] = {}


@dataclass(frozen=True)
class PersonKey:
    stem: str
    name: str
    role: Role
    #: None while the request waits for the authority's certificate.
    certificate: Certificate | None


class KeyStore:
    def __init__(self, paths: AppPaths):
        self.dir = paths.config_dir / "keys"
        self.people = self.dir / "people"
        self.trust_dir = self.dir / "trust"
        self.revoked_dir = self.dir / "revoked"
        self.authority_dir = self.dir / "authority"

    # --- trust ----------------------------------------------------------------------

    def trust_roots(self) -> list[bytes]:
        if not self.trust_dir.exists():
            return []
        return [p.read_bytes() for p in sorted(self.trust_dir.glob("*.pem"))]

    def revoked(self) -> set[int]:
        out: set[int] = set()
        if self.revoked_dir.exists():
            roots = self.trust_roots()
            for path in sorted(self.revoked_dir.glob("*.pem")):
                try:
                    out |= read_revocations(path.read_bytes(), roots)
                except SigningError:
                    continue  # its authority is no longer trusted here
        return out

    def trust(self, source: str | Path) -> str:
        """Trust an authority's certificate; returns its name."""
        from cryptography import x509

        data = _read(source)
        try:
            cert = x509.load_pem_x509_certificate(data)
            constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
        except (ValueError, x509.ExtensionNotFound):
            raise UserError(translate("keys", "{file}: is not an authority's certificate (PEM).").format(
                file=source)) from None
        if not constraints.ca:
            raise UserError(translate(
                "keys", "{file}: is a person's certificate, not an authority's; install it with {command}."
            ).format(file=source, command="`exchange-desk keys install`"))
        digest = hashlib.sha256(data).hexdigest()[:16]
        write_private(_folder(self.trust_dir) / f"{digest}.pem", data)
        from desktop.reports.signing import common_name

        return common_name(data)

    def trust_revocations(self, source: str | Path) -> int:
        """Install a revocation list signed by a trusted authority; returns
        how many certificates it revokes."""
        data = _read(source)
        try:
            serials = read_revocations(data, self.trust_roots())
        except SigningError as exc:
            raise UserError(translate("keys", "{file}: {reason}.").format(file=source, reason=str(exc))) from None
        from cryptography import x509

        issuer = x509.load_pem_x509_crl(data).issuer.rfc4514_string()
        write_private(_folder(self.revoked_dir) / f"{hashlib.sha256(issuer.encode()).hexdigest()[:16]}.pem", data)
        return len(serials)

    def problem(self, cert_pem: bytes) -> str | None:
        """Why a person's certificate is not relied on here (None: it is)."""
        return certificate_problem(cert_pem, self.trust_roots(), self.revoked())

    # --- people's keys --------------------------------------------------------------

    def persons(self) -> list[PersonKey]:
        if not self.people.exists():
            return []
        out = []
        for request in sorted(self.people.glob("*.request.pem")):
            stem = request.name[: -len(".request.pem")]
            try:
                req = read_request(request.read_bytes())
            except SigningError:
                continue
            cert_path = self.people / f"{stem}.cert.pem"
            cert = read_certificate(cert_path.read_bytes()) if cert_path.exists() else None
            out.append(PersonKey(stem, cert.name if cert else req.name, cert.role if cert else req.role, cert))
        return out

    def names(self) -> list[str]:
        return [p.name for p in self.persons() if p.certificate is not None]

    def new(self, name: str, role: Role, passphrase: str) -> Path:
        """A person's key pair; returns the certification request's path
        (for the authority)."""
        name = clean_name(name)
        if any(p.name.casefold() == name.casefold() for p in self.persons()):
            raise UserError(translate("keys", "{option}: {name} already has a key here.").format(
                option="--name", name=name))
        check_passphrase_strength(passphrase)
        key_pem, request_pem = make_request(name, role, passphrase)
        folder = _folder(self.people)
        stem, n = _slug(name), 1
        while (folder / f"{stem}.key.pem").exists():
            n += 1
            stem = f"{_slug(name)}-{n}"
        write_private(folder / f"{stem}.key.pem", key_pem)
        write_private(folder / f"{stem}.request.pem", request_pem)
        return folder / f"{stem}.request.pem"

    def install(self, source: str | Path) -> Certificate:
        """Install the certificate the authority issued for one of this
        laptop's keys (it must be issued by a trusted authority)."""
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization

        data = _read(source)
        try:
            cert = read_certificate(data)
            public = x509.load_pem_x509_certificate(data).public_key().public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        except SigningError as exc:
            raise UserError(translate("keys", "{file}: {reason}.").format(file=source, reason=str(exc))) from None
        problem = self.problem(data)
        if problem is not None:
            raise UserError(translate("keys", "{file}: {reason}; trust the office authority first ({command}).")
                            .format(file=source, reason=problem, command="`exchange-desk trust AUTHORITY.pem`"))
        for person in self.persons():
            request = x509.load_pem_x509_csr((self.people / f"{person.stem}.request.pem").read_bytes())
            mine = request.public_key().public_bytes(serialization.Encoding.DER,
                                                     serialization.PublicFormat.SubjectPublicKeyInfo)
            if mine == public:
                write_private(self.people / f"{person.stem}.cert.pem", data)
                return cert
        raise UserError(translate("keys", "{file}: certifies a key that is not on this laptop.").format(file=source))

    def unlock(self, name: str | None, passphrase: Callable[[str], str]) -> Actor:
        """The person acting here, proven by their unlocked key
        (`passphrase(name)` asks for it)."""
        persons = [p for p in self.persons() if p.certificate is not None]
        if not persons:
            raise UserError(translate(
                "keys", "No one's key is installed here, and acting takes one; see `exchange-desk keys --help` "
                "(a person alone: `exchange-desk keys solo --name NAME`)."))
        if name:
            wanted = " ".join(name.split()).casefold()
            persons = [p for p in persons if p.name.casefold() == wanted]
            if not persons:
                raise UserError(translate("keys", "{variable}: there is no key for {name} here.").format(
                    variable=KEY_VARIABLE, name=name))
        elif len(persons) > 1:
            raise UserError(translate("keys", "{count} people have keys here ({names}); name who acts with {variable}.")
                            .format(count=len(persons), names=", ".join(p.name for p in persons),
                                    variable=KEY_VARIABLE))
        person = persons[0]
        key_pem = (self.people / f"{person.stem}.key.pem").read_bytes()
        cert_pem = person.certificate.pem
        problem = self.problem(cert_pem)
        if problem is not None:
            raise UserError(translate("keys", "{name}'s key cannot act: {reason}.").format(
                name=person.name, reason=problem))
        secret = passphrase(person.name)
        memo = (hashlib.sha256(key_pem + cert_pem).hexdigest(), hashlib.sha256(secret.encode()).hexdigest())
        if memo in _UNLOCKED:
            return _UNLOCKED[memo]
        try:
            actor = unlock(key_pem, cert_pem, secret)
        except SigningError:
            raise UserError(translate("keys", "The passphrase for {name}'s key is wrong.").format(
                name=person.name)) from None
        _UNLOCKED[memo] = actor
        return actor

    # --- the office authority -------------------------------------------------------

    def has_authority(self) -> bool:
        return (self.authority_dir / "authority.key.pem").exists()

    def init_authority(self, name: str, passphrase: str) -> Path:
        """Make the office authority here; returns its certificate's path
        (for `exchange-desk trust` on every laptop)."""
        name = clean_name(name)
        if self.has_authority():
            raise UserError(translate("keys", "This machine already holds an authority; nothing was made."))
        others = self.trust_roots()
        if others:
            from desktop.reports.signing import common_name

            raise UserError(translate(
                "keys", "This installation trusts {authority}: an authority made here would certify people no one "
                "there trusts; make it on the head-office machine."
            ).format(authority=", ".join(common_name(r) for r in others)))
        check_passphrase_strength(passphrase)
        pair = make_authority(name, passphrase)
        folder = _folder(self.authority_dir)
        write_private(folder / "authority.key.pem", pair.key_pem)
        write_private(folder / "authority.cert.pem", pair.cert_pem)
        write_private(_folder(self.trust_dir) / f"{hashlib.sha256(pair.cert_pem).hexdigest()[:16]}.pem",
                      pair.cert_pem)
        return folder / "authority.cert.pem"

    def _authority_key(self, passphrase: Callable[[], str]):
        if not self.has_authority():
            raise UserError(translate(
                "keys", "This machine holds no authority: only the machine where `exchange-desk authority init` "
                "was run can certify or revoke."))
        try:
            return load_key((self.authority_dir / "authority.key.pem").read_bytes(), passphrase())
        except SigningError:
            raise UserError(translate("keys", "The authority's passphrase is wrong; nothing was certified.")) from None

    def certify(self, request_file: str | Path, passphrase: Callable[[], str], *, role: Role | None = None) -> bytes:
        """The certificate for a person's request (PEM)."""
        request = _parsed(request_file, read_request)
        key = self._authority_key(passphrase)
        cert = certify(key, (self.authority_dir / "authority.cert.pem").read_bytes(), request, role=role)
        issued = _folder(self.authority_dir / "issued")
        write_private(issued / f"{read_certificate(cert).serial:x}.pem", cert)
        return cert

    def revoke(self, cert_file: str | Path, passphrase: Callable[[], str]) -> bytes:
        """A revocation list of every certificate this authority revoked so
        far, this one added (PEM)."""
        cert = _parsed(cert_file, read_certificate)
        key = self._authority_key(passphrase)
        ledger = self.authority_dir / "revoked.json"
        serials = json.loads(ledger.read_text()) if ledger.exists() else []
        serials = sorted({*serials, cert.serial})
        crl = revocation_list(key, (self.authority_dir / "authority.cert.pem").read_bytes(), serials)
        write_private(ledger, json.dumps(serials).encode())
        write_private(_folder(self.revoked_dir) / "own.pem", crl)
        return crl

    def authority_certificate(self) -> bytes | None:
        path = self.authority_dir / "authority.cert.pem"
        return path.read_bytes() if path.exists() else None

    def solo(self, name: str, role: Role, passphrase: str, authority_passphrase: str) -> Certificate:
        """A person working alone: an authority of their own on this machine
        (its own passphrase), their key, certified and installed. Refused on
        a laptop that trusts an office's authority (`init_authority`)."""
        if passphrase == authority_passphrase:
            raise UserError(translate(
                "keys", "The authority's passphrase must differ from the person's; nothing was made."))
        check_passphrase_strength(passphrase)
        check_passphrase_strength(authority_passphrase)
        self.init_authority(f"{clean_name(name)} (alone)", authority_passphrase)
        request = self.new(name, role, passphrase)
        cert = self.certify(request, lambda: authority_passphrase)
        folder = self.people
        path = request.with_name(request.name.replace(".request.pem", ".cert.pem"))
        write_private(folder / path.name, cert)
        return read_certificate(cert)
