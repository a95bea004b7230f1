"""Files sealed for named people: signed by the sender's key, then
encrypted to each recipient's certificate.

The seal is CMS (RFC 5652), as `cryptography` builds it: the exported file
is the content of a SignedData made with the sender's key (RSA-PSS, SHA-256,
the sender's certificate inside), and that SignedData is the content of an
EnvelopedData encrypted (AES-256) to the recipients' certificates, written
as PEM (`-----BEGIN PKCS7-----`). `openssl cms -decrypt` and `openssl cms
-verify` read it.

Opening one takes the reader's unlocked key: a file sealed for others does
not open. The sender's signature is then checked (`cryptography` builds
SignedData but does not verify it; asn1crypto, which pyHanko already brings,
reads its parts), and the sender's certificate must be issued by an
authority trusted here and not revoked.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from asn1crypto import cms
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7

from desktop.domain.people import Actor
from desktop.i18n import translate
from desktop.reports.identity import Certificate, SigningError, read_certificate
from desktop.services.errors import UserError

PEM_BEGIN = b"-----BEGIN PKCS7-----"
#: At most this many recipients for one file.
MAX_RECIPIENTS = 100


def is_sealed(data: bytes) -> bool:
    return data.lstrip()[:len(PEM_BEGIN)] == PEM_BEGIN


def check_sealable(sheet: str | None) -> None:
    """A workbook is not sealed: openpyxl writes each sheet through a
    temporary file, so the figures would pass through the disk in clear.
    An interchange file (JSON) or a CSV is made in memory only."""
    if sheet == "xlsx":
        raise UserError(translate(
            "sealed", "A workbook cannot be sealed: it is written through temporary files on the disk, in clear. "
            "Seal an interchange file (.json) or a CSV; nothing was written."))


def _pss() -> padding.PSS:
    return padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.DIGEST_LENGTH)


def seal(content: bytes, sender: Actor, recipients: list[bytes]) -> bytes:
    """`content` signed by `sender` and encrypted to the certificates
    `recipients` (PEM)."""
    cert = x509.load_pem_x509_certificate(sender.certificate)
    key = sender.private_key
    if not isinstance(key, rsa.RSAPrivateKey):
        raise UserError(translate("sealed", "{name}'s key cannot seal files (it is not an RSA key).").format(
            name=sender.name))
    signed = (pkcs7.PKCS7SignatureBuilder().set_data(content)
              .add_signer(cert, key, hashes.SHA256(), rsa_padding=_pss())
              .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary]))
    builder = pkcs7.PKCS7EnvelopeBuilder().set_data(signed).set_content_encryption_algorithm(algorithms.AES256)
    for pem in recipients:
        builder = builder.add_recipient(x509.load_pem_x509_certificate(pem))
    return builder.encrypt(serialization.Encoding.PEM, [pkcs7.PKCS7Options.Binary])


@dataclass(frozen=True)
class Opened:
    content: bytes
    sender: Certificate


def open_sealed(name: str, data: bytes, reader: Actor, problem) -> Opened:
    """The content of a file sealed for `reader`, with who sealed it.
    `problem(cert_pem)` says why a sender's certificate is not relied on
    here (None: it is). Anything else is one sentence naming the file."""
    cert = x509.load_pem_x509_certificate(reader.certificate)
    try:
        signed = pkcs7.pkcs7_decrypt_pem(data, cert, reader.private_key, [])
    except (ValueError, TypeError):
        raise UserError(translate(
            "sealed", "{file}: this sealed file does not open with {name}'s key: it was sealed for other people, "
            "or it is damaged; nothing was imported.").format(file=name, name=reader.name)) from None
    content, sender_pem = _verified(name, signed)
    why = problem(sender_pem)
    sender = read_certificate(sender_pem)
    if why is not None:
        raise UserError(translate(
            "sealed", "{file}: sealed by {sender}, but {reason}; nothing was imported.").format(
            file=name, sender=sender.name, reason=why))
    return Opened(content, sender)


def _verified(name: str, der: bytes) -> tuple[bytes, bytes]:
    """The content of a SignedData and its signer's certificate (PEM), once
    its one signature is checked; otherwise one sentence."""
    broken = UserError(translate(
        "sealed", "{file}: the seal is broken: its content is not what its sender signed; nothing was imported."
    ).format(file=name))
    try:
        info = cms.ContentInfo.load(der)
        if info["content_type"].native != "signed_data":
            raise broken
        signed = info["content"]
        content = signed["encap_content_info"]["content"].native
        (signer,) = signed["signer_infos"]
        sid = signer["sid"].chosen
        certs = [c.chosen for c in signed["certificates"] if c.name == "certificate"]
        match = [c for c in certs if c.issuer == sid["issuer"] and c.serial_number == sid["serial_number"].native]
        if len(match) != 1 or content is None:
            raise broken
        attrs = signer["signed_attrs"]
        digest = next(a["values"][0].native for a in attrs if a["type"].native == "message_digest")
        if signer["digest_algorithm"]["algorithm"].native != "sha256" or digest != hashlib.sha256(content).digest():
            raise broken
        pem = x509.load_der_x509_certificate(match[0].dump()).public_bytes(serialization.Encoding.PEM)
        public = x509.load_pem_x509_certificate(pem).public_key()
        if not isinstance(public, rsa.RSAPublicKey):
            raise broken
        # The signature is over the signed attributes, DER-encoded as a SET.
        signed_bytes = attrs.untag().dump(force=True)
        if signer["signature_algorithm"]["algorithm"].native != "rsassa_pss":
            raise broken
        public.verify(signer["signature"].native, signed_bytes, _pss(), hashes.SHA256())
        return content, pem
    except (ValueError, TypeError, KeyError, StopIteration, InvalidSignature, SigningError):
        raise broken from None
