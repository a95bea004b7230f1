"""A signed PDF stands on its own: `verify --no-db` in another office (no
database, only the authority's certificate) recomputes the fingerprint,
checks the history's seals, the roles and four eyes from the evidence the
PDF carries; a certified key alone, signing made-up content, does not make a
sign-off that verifies."""

from __future__ import annotations

import json
import shutil

import pytest

from desktop.reports.signing import read_attachment, sign_pdf
from desktop.services import evidence
from tests.helpers.flows import ROUND, acting_as, ready_for_sign_off
from tests.helpers.people import authority_home, person


@pytest.fixture
def signed(cli, db, tmp_path):
    ready_for_sign_off(cli, db)
    pdf = tmp_path / "signed.pdf"
    assert cli("sign-off", ROUND[:8], "-o", str(pdf)).code == 0
    return pdf


@pytest.fixture
def other_office(tmp_path, monkeypatch, app_home):
    """A machine with no database, trusting only the office's authority."""
    home = tmp_path / "other-office"
    (home / "config").mkdir(parents=True)
    shutil.copytree(app_home.config_dir / "keys" / "trust", home / "config" / "keys" / "trust")
    monkeypatch.setenv("EXCHANGE_DESK_HOME", str(home))
    return home


def test_verify_without_a_database_checks_the_evidence(cli, signed, other_office):
    result = cli("verify", "--no-db", str(signed))
    assert result.code == 0, result.err
    assert "verified from the file alone" in result.out and "four eyes held" in result.out
    assert "Olena" in result.out and "Test Coordinator" in result.out
    assert not (other_office / "data" / "exchange-desk.db").exists()


def _resign(pdf: bytes, data: dict | None, signer) -> bytes:
    """A new PDF signed by `signer`, carrying `data` as its evidence (none
    if None): the attacker holds a certified key, and copies the keywords."""
    import io

    from pypdf import PdfReader
    from reportlab.pdfgen import canvas

    from desktop.paths import AppPaths
    from desktop.services.keys import KeyStore

    keywords = PdfReader(io.BytesIO(pdf)).metadata["/Keywords"]
    buf = io.BytesIO()
    page = canvas.Canvas(buf)
    page.setKeywords(keywords)
    page.drawString(100, 700, "Made-up summary")
    page.save()
    roots = KeyStore(AppPaths.under(authority_home())).trust_roots()
    attachment = None if data is None else (evidence.ATTACHMENT, json.dumps(data).encode())
    return sign_pdf(buf.getvalue(), signer.private_key, signer.certificate, roots, reason="x",
                    signer_name=signer.name, attachment=attachment)


def test_a_certified_key_signing_made_up_content_does_not_verify(cli, signed, other_office, tmp_path):
    """Sam (a certified supervisor) re-signs the same evidence as his own
    sign-off, then with a changed figure: neither verifies."""
    data = json.loads(read_attachment(signed.read_bytes(), evidence.ATTACHMENT))
    sam = person("Supervisor Sam")
    same = tmp_path / "same.pdf"
    same.write_bytes(_resign(signed.read_bytes(), data, sam))
    result = cli("verify", "--no-db", str(same))
    assert result.code == 3 and "no sign-off of this content sealed by the PDF's signer" in result.err
    data["round"]["figures"][0]["count"] += 1000
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(_resign(signed.read_bytes(), data, sam))
    result = cli("verify", "--no-db", str(changed))
    assert result.code == 3 and "not the content that was signed" in result.err


def test_a_pdf_without_evidence_is_not_taken_for_a_sign_off(cli, signed, other_office, tmp_path):
    """Signed by a certified key, the round's keywords copied, no evidence:
    exit 3, saying to verify it against the database that signed it off."""
    bare = tmp_path / "bare.pdf"
    bare.write_bytes(_resign(signed.read_bytes(), None, person("Supervisor Sam")))
    result = cli("verify", "--no-db", str(bare))
    assert result.code == 3 and "carries no evidence" in result.err


def test_a_self_made_history_fails_four_eyes(cli, db, tmp_path, other_office, monkeypatch, app_home):
    """One supervisor records, resolves, and signs off a round of their
    own making on a laptop (four eyes refused there); with the refusal
    bypassed by writing the sign-off themselves, the evidence still shows
    who did what, and verify refuses it."""
    monkeypatch.setenv("EXCHANGE_DESK_HOME", str(app_home.data_dir.parent))
    with acting_as("Olena"):
        ready_for_sign_off(cli, db)
    monkeypatch.setattr("desktop.services.signoff.editors_since", lambda *a, **k: set())
    with acting_as("Olena"):
        assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "own.pdf")).code == 0
    monkeypatch.setenv("EXCHANGE_DESK_HOME", str(other_office))
    result = cli("verify", "--no-db", str(tmp_path / "own.pdf"))
    assert result.code == 3 and "signed off figures or resolutions they had changed" in result.err
