"""Keys, certificates, PAdES signatures and their validation.

Certificates and keys are made with `cryptography`; PDFs are signed and
validated with pyHanko (PAdES baseline, SHA-256, the signature covering the
whole file). Validation is offline: trust comes only from the roots given,
nothing is fetched.

The trust model: an office has one authority, a self-signed root made on
one head-office machine with its own passphrase; it certifies each
person's key with a role (`reports.identity`). Laptops trust the
authority's certificate (`exchange-desk trust`), which is how pyHanko
validates a chain (a signer's own certificate is not a root).
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import logging
import os
import textwrap
import warnings
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.utils import CryptographyDeprecationWarning
from cryptography.x509.oid import NameOID

# pyHanko imports cryptography's DSA support, which cryptography marks as
# deprecated; the warning said so on every sign-off and verify. We never
# sign or accept DSA (our keys are RSA), so it is not the user's concern.
warnings.filterwarnings("ignore", category=CryptographyDeprecationWarning, module=r"pyhanko(\.|$)")

KEY_BITS = 3072


class SigningError(Exception):
    """A key or certificate cannot be used (wrong passphrase, damaged file)."""


@dataclass(frozen=True)
class KeyPair:
    """PEM bytes: the private key encrypted with a passphrase, and its certificate."""

    key_pem: bytes
    cert_pem: bytes


def _name(common_name: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Exchange Desk"),
    ])


#: Private keys are sealed with AES-256-GCM under a key derived by scrypt,
#: which makes every guess of a passphrase cost 128 MiB of memory
#: (2^17 × 8 × 128 bytes) and a noticeable fraction of a second. Keys
#: written by earlier releases (PKCS#8, PBKDF2 with 2,048 rounds) still open.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
_LABEL = "EXCHANGE DESK PRIVATE KEY"
_FORMAT = "exchange-desk-key/1"


def encrypt_key(key: rsa.RSAPrivateKey, passphrase: str) -> bytes:
    if not passphrase:
        raise SigningError("a passphrase is needed to protect the private key")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    salt, nonce = os.urandom(16), os.urandom(12)
    secret = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase.encode("utf-8"))
    sealed = AESGCM(secret).encrypt(nonce, der, _FORMAT.encode("ascii"))
    body = json.dumps({
        "format": _FORMAT, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
        "salt": base64.b64encode(salt).decode("ascii"), "nonce": base64.b64encode(nonce).decode("ascii"),
        "sealed": base64.b64encode(sealed).decode("ascii"),
    }, sort_keys=True).encode("ascii")
    lines = textwrap.wrap(base64.b64encode(body).decode("ascii"), 64)
    return ("\n".join([f"-----BEGIN {_LABEL}-----", *lines, f"-----END {_LABEL}-----"]) + "\n").encode("ascii")


def _open_sealed(key_pem: bytes, passphrase: str) -> bytes:
    """The PKCS#8 DER inside our own sealed key file."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    damaged = SigningError("the passphrase is wrong, or the key file is damaged")
    try:
        text = key_pem.decode("ascii").strip().splitlines()
        body = json.loads(base64.b64decode("".join(text[1:-1]), validate=True))
        n, r, p = int(body["n"]), int(body["r"]), int(body["p"])
        salt, nonce = base64.b64decode(body["salt"]), base64.b64decode(body["nonce"])
        sealed = base64.b64decode(body["sealed"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise damaged from None
    # A forged file must not make us spend gigabytes, nor guess cheaply.
    if body.get("format") != _FORMAT or body.get("kdf") != "scrypt" or not (
            2**15 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 16 and p == 1):
        raise damaged
    try:
        secret = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
        return AESGCM(secret).decrypt(nonce, sealed, _FORMAT.encode("ascii"))
    except (InvalidTag, ValueError):
        raise damaged from None


def is_sealed_by_scrypt(key_pem: bytes) -> bool:
    """Whether a key file is of this release's kind (else an earlier one's)."""
    return key_pem.lstrip().startswith(f"-----BEGIN {_LABEL}-----".encode("ascii"))


def load_key(key_pem: bytes, passphrase: str) -> rsa.RSAPrivateKey:
    try:
        if is_sealed_by_scrypt(key_pem):
            key = serialization.load_der_private_key(_open_sealed(key_pem, passphrase), None)
        else:
            key = serialization.load_pem_private_key(key_pem, passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise SigningError("the passphrase is wrong, or the key file is damaged") from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise SigningError("the key file holds an unsupported kind of key")
    return key


def make_authority(common_name: str, passphrase: str, *, now: dt.datetime | None = None) -> KeyPair:
    """An office authority: a self-signed root that certifies people's keys
    (20 years)."""
    now = now or dt.datetime.now(dt.UTC)
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    name = _name(common_name)
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=365 * 20))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=False, content_commitment=False, key_encipherment=False, data_encipherment=False,
            key_agreement=False, key_cert_sign=True, crl_sign=True, encipher_only=False, decipher_only=False,
        ), critical=True)
        .add_extension(ski, critical=False)
        .sign(key, hashes.SHA256())
    )
    return KeyPair(encrypt_key(key, passphrase), cert.public_bytes(serialization.Encoding.PEM))


def certificate_sha256(cert_pem: bytes) -> str:
    cert = x509.load_pem_x509_certificate(cert_pem)
    return cert.fingerprint(hashes.SHA256()).hex()


def common_name(cert_pem: bytes) -> str:
    cert = x509.load_pem_x509_certificate(cert_pem)
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()


def _asn1_cert(pem: bytes):
    from asn1crypto import pem as asn1_pem
    from asn1crypto import x509 as asn1_x509

    _, _, der = asn1_pem.unarmor(pem)
    return asn1_x509.Certificate.load(der)


def sign_pdf(pdf: bytes, key: rsa.RSAPrivateKey, cert_pem: bytes, chain: list[bytes], *, reason: str,
             signer_name: str, attachment: tuple[str, bytes] | None = None) -> bytes:
    """The PDF with a PAdES signature over the whole file, by an unlocked
    key; `attachment` (name, bytes), embedded first, is covered by it."""
    from asn1crypto import keys as asn1_keys
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    signer = signers.SimpleSigner(
        signing_cert=_asn1_cert(cert_pem),
        signing_key=asn1_keys.PrivateKeyInfo.load(der),
        cert_registry=SimpleCertificateStore.from_certs([_asn1_cert(c) for c in chain]),
    )
    meta = signers.PdfSignatureMetadata(
        field_name="ExchangeDeskSignOff",
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        name=signer_name,
        location="Exchange Desk",
    )
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    if attachment is not None:
        from pyhanko.pdf_utils import embed

        name, data = attachment
        embed.embed_file(writer, embed.FileSpec(
            file_spec_string=name, file_name=name, description="Exchange Desk sign-off evidence",
            embedded_data=embed.EmbeddedFileObject.from_file_data(writer, data, mime_type="application/json")))
    out = signers.sign_pdf(writer, meta, signer=signer)
    return out.getvalue()


@dataclass(frozen=True)
class SignatureCheck:
    """What validation found in a PDF."""

    signed: bool
    intact: bool = False
    whole_file: bool = False
    trusted: bool = False
    signer: str | None = None
    #: SHA-256 of the signer's certificate (DER).
    signer_sha256: str | None = None
    signed_at: dt.datetime | None = None
    keywords: str = ""


class NotAPdf(Exception):
    """The bytes are not a readable PDF."""


def read_keywords(pdf: bytes) -> str:
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        return " ".join(str(k) for k in (reader.document_meta_view.keywords or []))
    except Exception:  # noqa: BLE001 - any parse failure means no keywords
        return ""


def check_pdf(pdf: bytes, trust_roots: list[bytes]) -> SignatureCheck:
    """Validate the PDF's signature offline against these roots."""
    if not pdf.lstrip()[:5] == b"%PDF-":
        raise NotAPdf("it does not start like a PDF")
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = reader.embedded_signatures
    except (PdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise NotAPdf(str(exc) or exc.__class__.__name__) from None
    keywords = read_keywords(pdf)
    if not signatures:
        return SignatureCheck(signed=False, keywords=keywords)
    roots = [_asn1_cert(r) for r in trust_roots]
    context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
    signature = signatures[-1]
    quiet = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    levels = [logger.level for logger in quiet]
    for logger in quiet:  # an untrusted signer is our answer, not a logged traceback
        logger.setLevel(logging.CRITICAL)
    try:
        status = validate_pdf_signature(signature, context)
    except Exception:  # noqa: BLE001 - a signature pyHanko cannot even read is not intact
        return SignatureCheck(signed=True, keywords=keywords)
    finally:
        for logger, level in zip(quiet, levels):
            logger.setLevel(level)
    signer = signer_sha256 = None
    if status.signing_cert is not None:
        cn = status.signing_cert.subject.native.get("common_name")
        signer = cn if isinstance(cn, str) else str(cn)
        import hashlib

        signer_sha256 = hashlib.sha256(status.signing_cert.dump()).hexdigest()
    return SignatureCheck(
        signed=True,
        intact=bool(status.intact and status.valid),
        whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        trusted=bool(status.trusted),
        signer=signer,
        signer_sha256=signer_sha256,
        signed_at=status.signer_reported_dt,
        keywords=keywords,
    )


def read_attachment(pdf: bytes, name: str) -> bytes | None:
    """The embedded file of that name, if the PDF has one."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
        for i in range(0, len(names), 2):
            if str(names[i]) == name:
                return names[i + 1].get_object()["/EF"]["/F"].get_object().data
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        return None
    return None
