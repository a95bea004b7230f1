"""Files between laptops, sealed: signed by the sender's key and
encrypted to the named people's certificates (CMS). A file for someone
else, a broken seal, an untrusted sender: one sentence, exit 2, nothing
written. OpenSSL, a program nobody here wrote, opens and verifies one."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers.dump import table_dump
from tests.helpers.people import keys_dir, person

SEED = "6f1c2a3b-2024-4103-8000-000000000103"


def cert_of(name: str, tmp_path) -> str:
    """A person's certificate file, as a colleague would send it."""
    stem = name.lower().replace(" ", "-")
    found = list((keys_dir() / "people").glob(f"{stem}*.cert.pem")) or list(keys_dir().rglob(f"*{stem}*.cert.pem"))
    target = tmp_path / f"{stem}.cert.pem"
    shutil.copyfile(found[0], target)
    return str(target)


def sealed_export(cli, tmp_path, *names: str) -> str:
    assert cli("demo").code == 0
    out = tmp_path / "for-them.json.p7m"
    to = [arg for n in names for arg in ("--to", cert_of(n, tmp_path))]
    result = cli("export", str(out), "--round", SEED[:8], *to)
    assert result.code == 0, result.err
    assert f"Sealed for {', '.join(names)}" in result.err
    return str(out)


def test_sealed_for_taras_taras_imports_it_and_learns_who_sent_it(cli, tmp_path, laptop, monkeypatch):
    path = sealed_export(cli, tmp_path, "Taras")
    data = Path(path).read_bytes()
    assert data.startswith(b"-----BEGIN PKCS7-----")
    # Long words only: a short one (a figure like 248) turns up in any base64 text by chance.
    for word in (b"Ukrainian officials", b"Moskalkova", b"exchange-desk/5", b"Exchange of 3 January"):
        assert word not in data  # nothing of the round in clear
    laptop()
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Taras")
    result = cli("import", path)
    assert result.code == 0, result.err
    assert f"{path} was sealed by Test Coordinator (supervisor), certified by Test office." in result.out
    assert "1 round added" in result.out


def test_a_file_for_someone_else_does_not_open(cli, db_url, tmp_path, laptop, monkeypatch):
    path = sealed_export(cli, tmp_path, "Taras")
    laptop()
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Carol")
    before = table_dump(laptop())
    result = cli("import", path)
    assert result.code == 2 and result.err.strip().count("\n") == 0, result.err
    assert "does not open with Carol's key: it was sealed for other people, or it is damaged" in result.err
    assert table_dump(laptop()) == before


def test_a_broken_seal_is_refused(cli, tmp_path, laptop, monkeypatch):
    """One character of the ciphertext changed: it no longer opens."""
    path = sealed_export(cli, tmp_path, "Taras")
    lines = Path(path).read_bytes().splitlines()
    middle = len(lines) // 2
    lines[middle] = lines[middle][:10] + (b"A" if lines[middle][10:11] != b"A" else b"B") + lines[middle][11:]
    Path(path).write_bytes(b"\n".join(lines) + b"\n")
    laptop()
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Taras")
    result = cli("import", path)
    assert result.code == 2 and "Traceback" not in result.err, result.err


def test_a_seal_by_someone_untrusted_is_refused(cli, tmp_path, laptop, monkeypatch):
    """Mallory, certified by an authority of her own making, seals a file
    for Taras: it opens with his key, but its sender is not trusted here."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    from desktop.domain.people import Role
    from desktop.reports.identity import certify, make_request, read_request, unlock
    from desktop.services.sealed import seal

    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "Test office")])  # the same name, another key
    now = dt.datetime.now(dt.UTC)
    ca_cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(ca_key.public_key())
               .serial_number(1).not_valid_before(now - dt.timedelta(days=1))
               .not_valid_after(now + dt.timedelta(days=9))
               .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
               .sign(ca_key, hashes.SHA256())).public_bytes(serialization.Encoding.PEM)
    key_pem, request = make_request("Mallory", Role.SUPERVISOR, "evil passphrase 1", bits=2048)
    mallory = unlock(key_pem, certify(ca_key, ca_cert, read_request(request)), "evil passphrase 1")
    path = tmp_path / "from-mallory.p7m"
    path.write_bytes(seal(b'{"format": "exchange-desk/5", "rounds": []}', mallory, [person("Taras").certificate]))
    laptop()
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Taras")
    result = cli("import", str(path))
    assert result.code == 2, result.err
    assert "sealed by Mallory, but its certificate is not issued by an authority trusted here" in result.err


def test_sealing_for_an_untrusted_certificate_is_refused(cli, tmp_path):
    bogus = tmp_path / "not-a-cert.pem"
    bogus.write_text("hello")
    result = cli("export", str(tmp_path / "x.p7m"), "--to", str(bogus))
    assert result.code == 2 and f"--to {bogus}: not a person's certificate" in result.err


def test_openssl_opens_and_verifies_it(cli, tmp_path):
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.fail("openssl is needed (Debian package openssl)")
    path = sealed_export(cli, tmp_path, "Taras")
    taras = person("Taras")
    from cryptography.hazmat.primitives import serialization
    key = tmp_path / "taras.key"
    key.write_bytes(taras.private_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                    serialization.NoEncryption()))
    cert = tmp_path / "taras.pem"
    cert.write_bytes(taras.certificate)
    signed = tmp_path / "signed.der"
    done = subprocess.run([openssl, "cms", "-decrypt", "-in", path, "-inform", "PEM", "-recip", str(cert),
                           "-inkey", str(key), "-binary", "-out", str(signed)], capture_output=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    authority = next(keys_dir().rglob("authority.cert.pem"))
    done = subprocess.run([openssl, "cms", "-verify", "-in", str(signed), "-inform", "DER", "-CAfile",
                           str(authority), "-binary", "-purpose", "any"], capture_output=True, timeout=60, check=False)
    assert done.returncode == 0 and b"Exchange of 3 January 2024" in done.stdout, done.stderr


def test_the_app_seals_and_opens(window, qtbot, ctx, tmp_path, errors, monkeypatch):
    """File ▸ Export all, sealed for…: Taras's certificate chosen, the file
    written sealed; Taras's import (with his key) opens it and says who
    sealed it. A file that is not a certificate is one sentence."""
    from desktop.services.interchange import import_files
    from desktop.services.keys import KeyStore
    from desktop.ui.dialogs import Ask

    window.jobs.load_demo()
    bogus = tmp_path / "nonsense.pem"
    bogus.write_text("hello")
    monkeypatch.setattr(Ask, "certificates", staticmethod(lambda *a: [str(bogus)]))
    window.findChild(type(window.overview_action), "export_sealed_action").trigger()
    assert errors == [f"{bogus}: not a person's certificate."]

    out = tmp_path / "sealed.json.p7m"
    monkeypatch.setattr(Ask, "certificates", staticmethod(lambda *a: [cert_of("Taras", tmp_path)]))
    monkeypatch.setattr(Ask, "save_file", staticmethod(lambda *a: str(out)))
    window.findChild(type(window.overview_action), "export_sealed_action").trigger()
    qtbot.waitUntil(out.exists, timeout=10_000)
    assert out.read_bytes().startswith(b"-----BEGIN PKCS7-----")
    summary = import_files(ctx.db, [str(out)], actor=person("Taras"), preview=True, keys=KeyStore(ctx.paths))
    assert summary.senders == [f"{out} was sealed by Olena (supervisor), certified by Test office."]
