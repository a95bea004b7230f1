"""Reports, sign-off, verification and reopening through the command line."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import subprocess
import uuid

from pypdf import PdfReader

SEED = "6f1c2a3b-2024-4103-8000-000000000103"
from tests.conftest import PASSPHRASE
from tests.helpers.flows import ROUND, assert_summaries_fresh, ready_for_sign_off


def text_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_round_summary_is_a_draft_until_signed(cli, tmp_path):
    """Every page of an unsigned summary says so; the text is searchable."""
    cli("demo")
    out = tmp_path / "round.pdf"
    result = cli("report", ROUND[:8], "-o", str(out))
    assert result.code == 0, result.err
    pages = text_of(out.read_bytes())
    assert all("DRAFT — not signed off" in page for page in pages)
    assert "Coordination Headquarters" in "".join(pages)


def test_period_report_totals(cli, tmp_path):
    """The year 2024: three rounds, Russia received 248 (of which 75 without
    exchange) + 195 + 150."""
    cli("demo")
    out = tmp_path / "year.pdf"
    assert cli("report", "--from", "2024-01-01", "--to", "2024-12-31", "-o", str(out)).code == 0
    text = " ".join(text_of(out.read_bytes()))
    flat = " ".join(text.split())
    assert "Russia 593" in flat and "668" not in flat  # the 75 are within the 248: counted once
    assert "Exchange of 30 December 2024" in text


def test_report_needs_a_round_or_a_period(cli, tmp_path):
    """Neither, or both: usage error."""
    assert cli("report", "-o", str(tmp_path / "x.pdf")).code == 2
    assert cli("report", "c31a", "--from", "2024-01-01", "-o", str(tmp_path / "x.pdf")).code == 2


def test_sign_off_verify_tamper_and_reopen(cli, db, keys, tmp_path, monkeypatch, db_path):
    """The whole life of a signed summary."""
    ready_for_sign_off(cli, db)
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Supervisor Sam")
    signed = tmp_path / "signed.pdf"
    result = cli("sign-off", ROUND[:8], "-o", str(signed))
    assert result.code == 0, result.err
    data = signed.read_bytes()
    assert not any("DRAFT" in page for page in text_of(data))
    assert "Supervisor Sam" in " ".join(text_of(data))

    keywords = PdfReader(io.BytesIO(data)).metadata["/Keywords"]
    with sqlite3.connect(db_path) as conn:
        (head,) = conn.execute("SELECT audit_head FROM sign_off").fetchone()
    assert head and f"audit={head}" in keywords

    ok = cli("verify", str(signed))
    assert ok.code == 0 and "genuine and current" in ok.out and "Supervisor Sam" in ok.out

    # A locked round refuses changes and a second sign-off: exit 3.
    assert cli("resolve", ROUND[:8], "source_mismatch", "--value", "1", "--note", "x").code == 3
    again = cli("sign-off", ROUND[:8], "-o", str(tmp_path / "again.pdf"))
    assert again.code == 3 and "already signed off" in again.err

    # One byte changed: exit 3.
    tampered = tmp_path / "tampered.pdf"
    raw = bytearray(data)
    at = raw.find(b"/Producer")
    raw[at + 2] = ord("X") if raw[at + 2] != ord("X") else ord("Y")
    tampered.write_bytes(bytes(raw))
    bad = cli("verify", str(tampered))
    assert bad.code == 3 and "changed after it was signed" in bad.err

    # Reopen: the old PDF is still genuine, but superseded.
    assert cli("reopen", ROUND[:8], "--reason", "HQ corrected its list").code == 0
    old = cli("verify", str(signed))
    assert old.code == 3 and "superseded" in old.err and "genuine" in old.err

    # The next sign-off is amendment 2.
    assert cli("submit", ROUND[:8]).code == 0
    second = tmp_path / "second.pdf"
    assert cli("sign-off", ROUND[:8], "-o", str(second)).code == 0
    assert "amendment 2" in cli("verify", str(second)).out
    listed = next(r for r in json.loads(cli("rounds", "--json").out) if r["id"] == ROUND)
    assert listed["status"] == "signed_off"
    assert_summaries_fresh(db)


def test_sign_off_refusals(cli, db, keys, monkeypatch):
    """Draft, open error, four eyes, a coordinator's key: each exit 3; no key
    for the name given: exit 2."""
    cli("demo")
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Supervisor Sam")
    draft = cli("sign-off", ROUND[:8])
    assert draft.code == 3 and "submit it for review" in draft.err
    assert cli("submit", ROUND[:8]).code == 0
    errors = cli("sign-off", ROUND[:8])
    assert errors.code == 3 and "open error" in errors.err
    # "Test Coordinator" changes a figure of the seed round: not the one to sign it off.
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Test Coordinator")
    assert cli("record", SEED[:8], "--from", "Russia", "--to", "Ukraine", "--kind", "exchange",
               "--source", "Ukrainian officials", "--count", "230", "--citation", "Ukrainian officials").code == 0
    assert cli("submit", SEED[:8]).code == 0
    four_eyes = cli("sign-off", SEED[:8])
    assert four_eyes.code == 3 and "four eyes" in four_eyes.err
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Carol")
    coordinator = cli("sign-off", SEED[:8])
    assert coordinator.code == 3 and "coordinator" in coordinator.err
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Nobody Here")
    no_key = cli("sign-off", SEED[:8])
    assert no_key.code == 2 and "no key for Nobody Here" in no_key.err


def test_wrong_passphrase_signs_nothing(cli, db, keys, monkeypatch, db_path):
    """Exit 2, the round still in review, no sign-off on record."""
    ready_for_sign_off(cli, db)
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Supervisor Sam")
    monkeypatch.setenv("EXCHANGE_DESK_PASSPHRASE", "not the passphrase")
    result = cli("sign-off", ROUND[:8])
    assert result.code == 2 and "passphrase" in result.err and "not the passphrase" not in result.err
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM sign_off").fetchone()[0] == 0


def test_verify_unsigned_unreadable_and_untrusted(cli, keys, tmp_path):
    """A draft PDF, a text file, and a signature from another installation."""
    cli("demo")
    draft = tmp_path / "draft.pdf"
    cli("report", ROUND[:8], "-o", str(draft))
    unsigned = cli("verify", str(draft))
    assert unsigned.code == 3 and "not signed" in unsigned.err
    text = tmp_path / "notes.pdf"
    text.write_text("just text")
    assert cli("verify", str(text)).code == 2

    # Sign with a key of another authority: not trusted here unless --trust.
    from desktop.domain.people import Role
    from desktop.paths import AppPaths
    from desktop.reports.signing import sign_pdf
    from desktop.services.keys import KeyStore

    other = KeyStore(AppPaths.under(tmp_path / "another-office"))
    other.solo("Someone Else", Role.SUPERVISOR, PASSPHRASE, "another authority")
    someone = other.unlock("Someone Else", lambda _who: PASSPHRASE)
    foreign = tmp_path / "foreign.pdf"
    foreign.write_bytes(sign_pdf(draft.read_bytes(), someone.private_key, someone.certificate,
                                 other.trust_roots(), reason="test", signer_name="Someone Else"))
    untrusted = cli("verify", str(foreign))
    assert untrusted.code == 3 and "no trusted authority" in untrusted.err
    root = tmp_path / "other.pem"
    root.write_bytes(other.authority_certificate())
    trusted_but_not_ours = cli("verify", str(foreign), "--trust", str(root))
    assert trusted_but_not_ours.code == 3  # a draft's keywords name amendment 0, not on record


def test_keys_are_private_and_exported(cli, keys, tmp_path):
    """Files 0600 in 0700 folders; export writes the authority certificate."""
    from desktop.paths import AppPaths
    from desktop.services.keys import KeyStore

    assert cli("keys", "new", "--name", "Newcomer", "--role", "liaison").code == 0
    KeyStore(AppPaths.under(keys.parent.parent)).trust(next((keys / "trust").glob("*.pem")))
    for path in [keys, *keys.rglob("*")]:
        expected = 0o700 if path.is_dir() else 0o600
        assert path.stat().st_mode & 0o777 == expected, path
    out = tmp_path / "authority.pem"
    assert cli("keys", "export", "-o", str(out)).code == 0
    assert out.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    assert "Supervisor Sam" in cli("keys", "list").out


def test_poppler_accepts_the_signature(cli, db, keys, tmp_path, monkeypatch):
    """Another validator (poppler's pdfsig) finds the signature valid."""
    pdfsig = shutil.which("pdfsig")
    assert pdfsig, "pdfsig is needed (Debian package poppler-utils; .ci/run installs it)"
    ready_for_sign_off(cli, db)
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Supervisor Sam")
    signed = tmp_path / "signed.pdf"
    assert cli("sign-off", ROUND[:8], "-o", str(signed)).code == 0
    out = subprocess.run([pdfsig, str(signed)], capture_output=True, text=True, timeout=60).stdout
    assert "Signature is Valid" in out and "Total document signed" in out


def test_the_key_that_signs_is_who_signed(cli, db, keys, tmp_path, monkeypatch):
    """Four eyes looks at the key unlocked: the one who changed a figure is
    refused; signing with Sam's key (and passphrase) is Sam signing, and the
    history and the record say so."""
    cli("demo")
    assert cli("record", ROUND[:8], "--from", "Ukraine", "--to", "Russia", "--kind", "exchange", "--source",
               "Russian Ministry of Defence", "--count", "195", "--citation", "MoD statement").code == 0
    ready_for_sign_off(cli, db)
    refused = cli("sign-off", ROUND[:8], "-o", str(tmp_path / "s.pdf"))
    assert refused.code == 3 and "Test Coordinator entered or changed figures" in refused.err
    assert not (tmp_path / "s.pdf").exists()
    assert cli("sign-off", ROUND[:8], "--key", "Supervisor Sam", "-o", str(tmp_path / "s.pdf")).code == 0
    entry = json.loads(cli("history", ROUND[:8], "--json").out)[-1]
    assert entry["actor"] == "Supervisor Sam" and entry["after"]["signer"] == "Supervisor Sam"


def test_a_re_signed_file_with_copied_keywords_is_not_the_signed_off_file(cli, db, keys, tmp_path, monkeypatch):
    """A trusted supervisor signing another PDF with the round's keywords: exit 3."""
    from desktop.paths import AppPaths
    from desktop.reports.signing import sign_pdf
    from desktop.services.keys import KeyStore

    ready_for_sign_off(cli, db)
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Supervisor Sam")
    signed = tmp_path / "signed.pdf"
    cli("sign-off", ROUND[:8], "-o", str(signed))
    keywords = PdfReader(io.BytesIO(signed.read_bytes())).metadata["/Keywords"]
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    page = canvas.Canvas(buf)
    page.setKeywords(keywords)
    page.drawString(100, 700, "Not the summary that was signed")
    page.save()
    from tests.helpers.people import person

    sam = person("Supervisor Sam")
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(sign_pdf(buf.getvalue(), sam.private_key, sam.certificate,
                                KeyStore(AppPaths.under(keys.parent.parent)).trust_roots(), reason="x",
                                signer_name="Supervisor Sam"))
    result = cli("verify", str(forged))
    assert result.code == 3 and "not the file that was signed off" in result.err


def test_a_sign_off_that_cannot_write_its_file_leaves_no_signed_file(cli, db, keys, tmp_path, monkeypatch,
                                                                     app_home):
    """The output folder is missing: refused before signing; nothing in data/signed."""
    ready_for_sign_off(cli, db)
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Supervisor Sam")
    result = cli("sign-off", ROUND[:8], "-o", str(tmp_path / "missing" / "x.pdf"))
    assert result.code == 2 and "does not exist" in result.err
    assert not list((app_home.data_dir / "signed").glob("*.pdf")) if (app_home.data_dir / "signed").exists() else True
    assert json.loads(cli("show", ROUND[:8], "--json").out)["status"] == "in_review"


def test_verify_refuses_a_trust_file_that_is_not_a_certificate(cli, keys, tmp_path):
    """--trust on a text file: exit 2, one sentence."""
    cli("demo")
    draft = tmp_path / "draft.pdf"
    cli("report", ROUND[:8], "-o", str(draft))
    notes = tmp_path / "notes.txt"
    notes.write_text("not a certificate")
    result = cli("verify", str(draft), "--trust", str(notes))
    assert result.code == 2 and "is not a PEM certificate" in result.err


def test_verify_never_makes_a_database(tmp_path, monkeypatch, capsys):
    """On a machine with no database, verify checks the file alone and creates nothing."""
    from desktop.cli import main

    home = tmp_path / "elsewhere"
    monkeypatch.setenv("EXCHANGE_DESK_HOME", str(home))
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4 not really")
    code = main(["verify", str(pdf)])
    assert code in (2, 3)
    assert not (home / "data" / "exchange-desk.db").exists()


def test_received_totals_use_the_accepted_value(cli, db):
    """After resolving 195 vs 207 at 207, the list says Ukraine received 207."""
    ready_for_sign_off(cli, db)
    row = next(r for r in json.loads(cli("rounds", "--json").out) if r["id"] == ROUND)
    assert row["received"]["Ukraine"] == {"min": 207, "max": 207, "accepted": True}


def test_line_breaks_in_notes_are_kept_in_the_pdf(cli, tmp_path):
    """Notes typed on two lines print on two lines."""
    from tests.helpers.factories import document, round_dict, write_json

    r = round_dict(notes="Перший рядок\nSecond line")
    cli("import", str(write_json(tmp_path / "a.json", document(r))))
    out = tmp_path / "r.pdf"
    assert cli("report", r["id"][:8], "-o", str(out)).code == 0
    lines = [line.strip() for page in text_of(out.read_bytes()) for line in page.splitlines()]
    at = next(i for i, line in enumerate(lines) if line.endswith("Перший рядок"))
    assert lines[at + 1].startswith("Second line")


def test_an_empty_period_says_so(cli, tmp_path):
    """No rounds in the range: the report says there are none."""
    cli("demo")
    out = tmp_path / "empty.pdf"
    assert cli("report", "--from", "2030-01-01", "--to", "2030-12-31", "-o", str(out)).code == 0
    assert "There are no rounds in the period." in " ".join(text_of(out.read_bytes()))


def test_an_accepted_value_no_source_reported_says_so_in_the_signed_pdf(cli, db, keys, tmp_path):
    from desktop.services import review
    from tests.helpers.flows import acting_as

    with acting_as("Olena"):
        cli("demo")
        key = next(i.discrepancy.key for i in review.round_review(db, uuid.UUID(ROUND)).items
                   if i.discrepancy.rule.value == "source_mismatch")
        assert cli("resolve", ROUND[:8], key, "--value", "201", "--note", "a compromise").code == 0
        assert "no source reported 201" in cli("discrepancies", "--round", ROUND[:8]).out
        assert cli("submit", ROUND[:8]).code == 0
    signed = tmp_path / "signed.pdf"
    assert cli("sign-off", ROUND[:8], "-o", str(signed)).code == 0
    assert "which no source reported" in " ".join(text_of(signed.read_bytes()))
