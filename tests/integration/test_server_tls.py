"""The connection to a shared server over TLS, checked against the office's
certificate authority (`sslmode=verify-full&sslrootcert=…`).

A server whose certificate the authority does not vouch for (a machine on
the way pretending to be the office's server) is refused in one sentence,
and nothing of the login is sent to it. Against CI's real server (started
with TLS by .ci/run, its authority in EXCHANGE_DESK_TEST_POSTGRES_CA) the
connection is encrypted and verified."""

from __future__ import annotations

import datetime as dt
import os
import socket
import ssl
import struct
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from desktop.storage import Database, DatabaseRefused

CA_VARIABLE = "EXCHANGE_DESK_TEST_POSTGRES_CA"
POSTGRES_VARIABLE = "EXCHANGE_DESK_TEST_POSTGRES"


def authority(tmp_path: Path, name: str) -> tuple[rsa.RSAPrivateKey, x509.Certificate, Path]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=9))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    path = tmp_path / f"{name.replace(' ', '-')}.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return key, cert, path


def impostor(tmp_path: Path) -> tuple[int, list[bytes]]:
    """A server that answers PostgreSQL's SSLRequest and shows a certificate
    for localhost from an authority of its own; what reaches it after the
    handshake is kept."""
    ca_key, ca, _ = authority(tmp_path, "Impostor CA")
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca.subject).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=9))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    (tmp_path / "impostor.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "impostor.key").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "impostor.pem", tmp_path / "impostor.key")
    listener = socket.create_server(("127.0.0.1", 0))
    received: list[bytes] = []

    def serve() -> None:
        listener.settimeout(30)
        for _ in range(4):  # the driver's attempt, then the check's
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            with conn:
                length, code = struct.unpack("!ii", conn.recv(8))
                if code != 80877103:
                    continue
                conn.sendall(b"S")
                try:
                    with context.wrap_socket(conn, server_side=True) as tls:
                        tls.settimeout(2)
                        received.append(tls.recv(4096))
                except (OSError, ssl.SSLError):
                    continue

    threading.Thread(target=serve, daemon=True).start()
    return listener.getsockname()[1], received


def test_a_server_the_office_authority_does_not_vouch_for_is_refused(tmp_path):
    port, received = impostor(tmp_path)
    _, _, office = authority(tmp_path, "Office CA")
    url = sa.make_url(f"postgresql+psycopg://olena:secret-password@localhost:{port}/desk"
                      f"?sslmode=verify-full&sslrootcert={office}&connect_timeout=5")
    with pytest.raises(DatabaseRefused) as refused:
        Database.open(url)
    said = str(refused.value)
    assert said.count(". ") == 0 and said.endswith(".")
    assert "answers, but its certificate is not vouched for by the certificate authority given" in said
    assert str(office) in said and "secret-password" not in said
    assert not any(b"secret-password" in r or b"olena" in r for r in received)


def _ci_server(tmp_path: Path) -> None:
    """verify-full with the office's authority connects encrypted; with
    another authority it is the sentence above."""
    ca = os.environ.get(CA_VARIABLE)
    assert ca, f"{CA_VARIABLE} names the authority of the server .ci/run starts with TLS"
    base = sa.make_url(os.environ[POSTGRES_VARIABLE]).set(host="localhost")
    db = Database.open(base.update_query_dict({"sslmode": "verify-full", "sslrootcert": ca}))
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").scalar() is True
    finally:
        db.close()
    _, _, stranger = authority(tmp_path, "Another CA")
    with pytest.raises(DatabaseRefused, match="certificate is not vouched for"):
        Database.open(base.update_query_dict({"sslmode": "verify-full", "sslrootcert": str(stranger)}))


# Runs wherever the tests have a PostgreSQL server (CI's always has one).
if os.environ.get(POSTGRES_VARIABLE):
    def test_the_ci_server_is_reached_over_verified_tls(tmp_path):
        _ci_server(tmp_path)
