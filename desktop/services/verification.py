"""Verifying a signed summary: its PAdES signature against the trusted
authorities, then against the sign-off on record, or, with no database that
knows the round, against the evidence the PDF carries (`evidence`)."""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass

import sqlalchemy as sa

from desktop.i18n import translate
from desktop.services.keys import KeyStore
from desktop.services.signoff import sign_off_history
from desktop.storage import Database
from desktop.storage.tables import ROUNDS


def _verify_alone(name: str, pdf: bytes, check, what: str, round_text: str, fingerprint: str, amendment: int,
                  keys: KeyStore, trust: list[bytes]) -> Verdict:
    """No database here knows the round: the file's own evidence decides."""
    from desktop.reports.identity import certificate_problem
    from desktop.reports.signing import read_attachment
    from desktop.services import evidence

    data = read_attachment(pdf, evidence.ATTACHMENT)
    if data is None:
        return Verdict(3, translate(
            "signoff", "{file}: {signature}; but it carries no evidence of the round's content and history (made "
            "by an earlier release, or outside Exchange Desk): verify it against the database that signed it off."
        ).format(file=name, signature=what))
    roots, revoked = keys.trust_roots() + list(trust), keys.revoked()
    found = evidence.check(data, round_id=round_text, fingerprint=fingerprint, amendment=amendment,
                           signer_sha256=check.signer_sha256,
                           trust_problem=lambda pem: certificate_problem(pem, roots, revoked))
    if not found.ok:
        return Verdict(3, translate("signoff", "{file}: {signature}; but {problem}.").format(
            file=name, signature=what, problem=found.text))
    return Verdict(0, translate("signoff", "{file}: genuine: {signature}; fingerprint {fingerprint}; {verified}.").format(
        file=name, signature=what, fingerprint=fingerprint, verified=found.text))



@dataclass(frozen=True)
class Verdict:
    code: int
    sentence: str


_KEYWORDS = re.compile(r"exchange-desk round=(\S+) fingerprint=([0-9a-f]{64}) amendment=(\d+)")


def verify(db: Database | None, keys: KeyStore, name: str, pdf: bytes, trust: list[bytes]) -> Verdict:
    """0 when the file is an intact, trusted, current signed summary; 3 when
    it is not (or no longer); 2 when it is not a readable PDF."""
    from desktop.reports.signing import NotAPdf, check_pdf

    try:
        check = check_pdf(pdf, keys.trust_roots() + list(trust))
    except NotAPdf:
        return Verdict(2, translate("signoff", "{file}: is not a readable PDF.").format(file=name))
    if not check.signed:
        return Verdict(3, translate(
            "signoff", "{file}: is not signed; it is a draft or an unsigned copy, not a signed summary."
        ).format(file=name))
    if not check.intact:
        return Verdict(3, translate(
            "signoff", "{file}: was changed after it was signed; the signature no longer matches its content."
        ).format(file=name))
    if not check.whole_file:
        return Verdict(3, translate(
            "signoff", "{file}: has content added after its signature; only the signed part is genuine."
        ).format(file=name))
    if not check.trusted:
        return Verdict(3, translate(
            "signoff", "{file}: is signed by {signer}, whose certificate no trusted authority issued "
            "(pass the signing authority's certificate with --trust)."
        ).format(file=name, signer=check.signer))
    match = _KEYWORDS.search(check.keywords)
    if match is None:
        return Verdict(3, translate("signoff", "{file}: is signed, but is not an Exchange Desk summary.").format(
            file=name))
    round_text, fingerprint, amendment = match.group(1), match.group(2), int(match.group(3))
    if check.signed_at:
        when = check.signed_at.strftime("%Y-%m-%d %H:%M UTC")
    else:
        when = translate("signoff", "an unknown time")
    what = translate("signoff", "round {round_id}, amendment {amendment}, signed by {signer} on {time}").format(
        round_id=round_text, amendment=amendment, signer=check.signer, time=when)
    try:
        rid = uuid.UUID(round_text)
    except ValueError:
        return Verdict(3, translate("signoff", "{file}: is signed, but names no valid round.").format(file=name))
    exists = False
    if db is not None:
        with db.reading() as session:
            exists = session.execute(sa.select(ROUNDS.c.id).where(ROUNDS.c.id == rid)).first() is not None
            records = sign_off_history(session, rid) if exists else []
    if not exists:
        return _verify_alone(name, pdf, check, what, round_text, fingerprint, amendment, keys, trust)
    record = next((r for r in records if r.amendment == amendment and r.fingerprint == fingerprint), None)
    if record is None:
        return Verdict(3, translate(
            "signoff", "{file}: is signed, but matches no sign-off on record for round {round_id}."
        ).format(file=name, round_id=rid))
    if hashlib.sha256(pdf).hexdigest() != record.pdf_sha256:
        return Verdict(3, translate(
            "signoff", "{file}: is signed, but it is not the file that was signed off for round {round_id} "
            "(amendment {amendment} was signed by {signer})."
        ).format(file=name, round_id=rid, amendment=amendment, signer=record.signer))
    if record.superseded_at is not None:
        reopened = record.superseded_at.strftime("%Y-%m-%d")
        return Verdict(3, translate(
            "signoff", "{file}: was a genuine sign-off ({signature}), but it was superseded: the round was reopened "
            "on {date} by {person} ({reason})."
        ).format(file=name, signature=what, date=reopened, person=record.superseded_by, reason=record.reopen_reason))
    return Verdict(0, translate(
        "signoff", "{file}: genuine and current: {signature}; fingerprint {fingerprint}."
    ).format(file=name, signature=what, fingerprint=fingerprint))
