"""People's keys, certified with a role by an office authority.

- A person makes a key pair and a certification request naming them and
  their role (`make_request`); the private key never leaves their laptop.
- The authority (its own key, its own passphrase) certifies the request
  (`certify`) and may later revoke a certificate (`revocation_list`, an
  X.509 CRL it signs).
- Whoever holds the authority's certificate can then check a person's
  certificate (`certificate_problem`) and their signatures (`verify`).

The role is a subject attribute of the certificate (`title`), so it is
covered by the authority's signature like the name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from desktop.domain.people import Actor, Role
from desktop.reports.signing import KEY_BITS, SigningError, encrypt_key, load_key

ORGANIZATION = "Exchange Desk"
PERSON_YEARS = 5


def _pss() -> padding.PSS:
    return padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)


def _subject(name: str, role: Role) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, name),
        x509.NameAttribute(NameOID.TITLE, role.value),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORGANIZATION),
    ])


def _attribute(name: x509.Name, oid) -> str | None:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else None


def make_request(name: str, role: Role, passphrase: str, *, bits: int = KEY_BITS) -> tuple[bytes, bytes]:
    """A new key pair: (the private key sealed with the passphrase, a
    certification request in PEM for the authority)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    request = (x509.CertificateSigningRequestBuilder().subject_name(_subject(name, role))
               .sign(key, hashes.SHA256()))
    return encrypt_key(key, passphrase), request.public_bytes(serialization.Encoding.PEM)


@dataclass(frozen=True)
class Request:
    name: str
    role: Role
    pem: bytes


def read_request(pem: bytes) -> Request:
    """A certification request, its signature checked (it proves the
    requester holds the key)."""
    try:
        request = x509.load_pem_x509_csr(pem)
    except ValueError:
        raise SigningError("it is not a certification request (PEM)") from None
    if not request.is_signature_valid:
        raise SigningError("its signature does not hold: it was altered")
    name = _attribute(request.subject, NameOID.COMMON_NAME)
    try:
        role = Role(_attribute(request.subject, NameOID.TITLE) or "")
    except ValueError:
        raise SigningError("it names no role (coordinator, supervisor or liaison)") from None
    if not name:
        raise SigningError("it names no one")
    return Request(name, role, pem)


def certify(authority_key: rsa.RSAPrivateKey, authority_cert_pem: bytes, request: Request, *,
            role: Role | None = None, now: dt.datetime | None = None) -> bytes:
    """The person's certificate (PEM), issued by the authority."""
    now = now or dt.datetime.now(dt.UTC)
    ca_cert = x509.load_pem_x509_certificate(authority_cert_pem)
    csr = x509.load_pem_x509_csr(request.pem)
    public = csr.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(_subject(request.name, role or request.role)).issuer_name(ca_cert.subject)
        .public_key(public).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * PERSON_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=True, key_encipherment=True, data_encipherment=False,
            key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False,
        ), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(authority_key.public_key()),
                       critical=False)
        .sign(authority_key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)


def revocation_list(authority_key: rsa.RSAPrivateKey, authority_cert_pem: bytes, serials: list[int], *,
                    now: dt.datetime | None = None) -> bytes:
    """A CRL (PEM) signed by the authority, revoking these serial numbers."""
    now = now or dt.datetime.now(dt.UTC)
    ca_cert = x509.load_pem_x509_certificate(authority_cert_pem)
    builder = (x509.CertificateRevocationListBuilder().issuer_name(ca_cert.subject)
               .last_update(now).next_update(now + dt.timedelta(days=365 * 20)))
    for serial in sorted(set(serials)):
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(now).build())
    return builder.sign(authority_key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM)


def read_revocations(crl_pem: bytes, roots: list[bytes]) -> set[int]:
    """The serial numbers a CRL revokes, once its signature by one of the
    trusted authorities holds."""
    try:
        crl = x509.load_pem_x509_crl(crl_pem)
    except ValueError:
        raise SigningError("it is not a revocation list (PEM)") from None
    for root in roots:
        ca = x509.load_pem_x509_certificate(root)
        if ca.subject == crl.issuer and crl.is_signature_valid(ca.public_key()):
            return {r.serial_number for r in crl}
    raise SigningError("it is not signed by an authority trusted here")


@dataclass(frozen=True)
class Certificate:
    name: str
    role: Role
    serial: int
    sha256: str
    issuer: str
    pem: bytes


def read_certificate(pem: bytes) -> Certificate:
    try:
        cert = x509.load_pem_x509_certificate(pem)
    except ValueError:
        raise SigningError("it is not a certificate (PEM)") from None
    try:
        role = Role(_attribute(cert.subject, NameOID.TITLE) or "")
    except ValueError:
        raise SigningError("it certifies no role") from None
    return Certificate(
        name=_attribute(cert.subject, NameOID.COMMON_NAME) or "", role=role, serial=cert.serial_number,
        sha256=cert.fingerprint(hashes.SHA256()).hex(),
        issuer=_attribute(cert.issuer, NameOID.COMMON_NAME) or cert.issuer.rfc4514_string(), pem=pem,
    )


def certificate_problem(pem: bytes, roots: list[bytes], revoked: set[int], *,
                        at: dt.datetime | None = None) -> str | None:
    """Why this person's certificate is not to be relied on here (None: it
    is issued by a trusted authority, in its validity, and not revoked).
    English, short: callers put it in a sentence."""
    try:
        cert = x509.load_pem_x509_certificate(pem)
    except ValueError:
        return "it is not a certificate"
    for root in roots:
        ca = x509.load_pem_x509_certificate(root)
        if ca.subject != cert.issuer:
            continue
        try:
            cert.verify_directly_issued_by(ca)
        except (ValueError, TypeError, InvalidSignature):
            continue
        if cert.serial_number in revoked:
            return "its certificate was revoked by the authority"
        at = at or dt.datetime.now(dt.UTC)
        if not (cert.not_valid_before_utc <= at <= cert.not_valid_after_utc):
            return "its certificate was not valid at that time"
        return None
    return "its certificate is not issued by an authority trusted here"


def sign(key: rsa.RSAPrivateKey, data: bytes) -> bytes:
    return key.sign(data, _pss(), hashes.SHA256())


def verify(cert_pem: bytes, signature: bytes, data: bytes) -> bool:
    try:
        public = x509.load_pem_x509_certificate(cert_pem).public_key()
        if not isinstance(public, rsa.RSAPublicKey):
            return False
        public.verify(signature, data, _pss(), hashes.SHA256())
        return True
    except (InvalidSignature, ValueError):
        return False


def unlock(key_pem: bytes, cert_pem: bytes, passphrase: str) -> Actor:
    """The person holding this key, proven by unlocking it; the key must be
    the one the certificate certifies."""
    key = load_key(key_pem, passphrase)
    cert = read_certificate(cert_pem)
    mine = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    certified = x509.load_pem_x509_certificate(cert_pem).public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    if mine != certified:
        raise SigningError("the certificate is not for this key")
    return Actor(name=cert.name, role=cert.role, key_id=cert.sha256, certificate=cert_pem,
                 sign=lambda data: sign(key, data), private_key=key)
