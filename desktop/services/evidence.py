"""The evidence a signed summary carries, so that it stands on its own.

At sign-off the PDF gets an embedded file (inside the signed bytes): the
round's canonical content, its resolutions, every history entry of the
round with the seals that cover them, and the certificates of the keys that
made those seals. `verify` in another office, with no database, then
recomputes the fingerprint, checks each seal against the authority it
trusts, the roles, that a supervisor's sealed sign-off entry names this
fingerprint and this PDF's signing key, and four eyes in history order.

A certified key alone cannot make a summary that verifies: the sign-off
entry must be sealed by the PDF's own signer, a supervisor, and the
figures' and resolutions' entries since the round's last sign-off must be
sealed by other keys.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.domain.content import RoundDoc
from desktop.domain.people import Role, may
from desktop.domain.review import ResolutionFact
from desktop.i18n import translate
from desktop.reports.identity import read_certificate
from desktop.services.signed_history import opened_seal, values_of
from desktop.storage.audit import FIELDS, canonical_value, round_digests
from desktop.storage.received import timeline
from desktop.storage.tables import CERTIFICATES, SEALS

FORMAT = "exchange-desk-evidence/1"
ATTACHMENT = "exchange-desk-evidence.json"


def collect(session: Session, doc: RoundDoc, resolutions: dict[str, ResolutionFact]) -> bytes:
    """The evidence of a round as the sign-off's transaction sees it (its
    own sign-off entry included)."""
    rows = timeline(session.connection(), [doc.id])
    seal_ids = sorted({r.seal_id for r in rows if r.seal_id})
    seals = session.execute(sa.select(SEALS).where(SEALS.c.id.in_(seal_ids))).all() if seal_ids else []
    keys = sorted({s.key_id for s in seals})
    certs = session.execute(sa.select(CERTIFICATES).where(CERTIFICATES.c.key_id.in_(keys))).all() if keys else []
    content = doc.content_dict()
    content.pop("status")
    return json.dumps({
        "format": FORMAT,
        "round": content,
        "resolutions": {k: {"accepted_value": r.accepted_value, "note": r.note, "resolved_by": r.resolved_by}
                        for k, r in sorted(resolutions.items())},
        "entries": [{**{f: canonical_value(getattr(r, f)) for f in FIELDS}, "seal": r.seal_id} for r in rows],
        "seals": [{"id": s.id, "key": s.key_id, "content": s.content, "signature": s.signature} for s in seals],
        "certificates": {c.key_id: c.pem for c in certs},
    }, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str).encode("utf-8")


def of_sign_off(session: Session, round_id: uuid.UUID, amendment: int) -> dict | None:
    """The evidence a sign-off's kept PDF carries (None: it carries none)."""
    from desktop.reports.signing import read_attachment
    from desktop.storage.tables import SIGN_OFFS

    pdf = session.execute(sa.select(SIGN_OFFS.c.pdf).where(
        SIGN_OFFS.c.round_id == round_id, SIGN_OFFS.c.amendment == amendment)).scalar()
    data = read_attachment(bytes(pdf), ATTACHMENT) if pdf else None
    try:
        evidence = json.loads(data) if data else None
    except ValueError:
        return None
    return evidence if isinstance(evidence, dict) else None


@dataclass(frozen=True)
class Finding:
    ok: bool
    #: English, one clause: what was verified, or what does not hold.
    text: str


def check(data: bytes, *, round_id: str, fingerprint: str, amendment: int, signer_sha256: str | None,
          trust_problem: Callable[[bytes], str | None]) -> Finding:
    """Everything the module's comment promises, from the evidence alone."""
    try:
        evidence = json.loads(data)
        if evidence.get("format") != FORMAT:
            return Finding(False, translate("evidence", "its evidence is of an unknown format"))
        content, entries = evidence["round"], evidence["entries"]
        seals = {s["id"]: s for s in evidence["seals"]}
        certs = evidence["certificates"]
    except (ValueError, KeyError, TypeError, AttributeError):
        return Finding(False, translate("evidence", "its evidence cannot be read"))
    blob = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    if hashlib.sha256(blob.encode("utf-8")).hexdigest() != fingerprint or content.get("id") != round_id:
        return Finding(False, translate("evidence", "the content it carries is not the content that was signed"))
    people: dict[str, tuple[str, Role]] = {}
    for key_id, pem in certs.items():
        try:
            info = read_certificate(pem.encode("ascii"))
        except Exception:  # noqa: BLE001 - an unreadable certificate proves nothing
            return Finding(False, translate("evidence", "a certificate in its evidence cannot be read"))
        problem = trust_problem(pem.encode("ascii"))
        if info.sha256 != key_id or problem:
            return Finding(False, translate("evidence", "a key that sealed its history is not relied on here "
                                            "({name}: {reason})").format(name=info.name, reason=problem))
        people[key_id] = (info.name, info.role)
    groups: dict[str, list[dict]] = defaultdict(list)
    for entry in entries:
        if entry.get("seal") not in seals:
            return Finding(False, translate("evidence", "an entry of its history is not sealed"))
        groups[entry["seal"]].append({f: entry.get(f) for f in FIELDS})
    for seal_id, sealed in groups.items():
        seal = seals[seal_id]
        signed = None if seal["key"] not in people or hashlib.sha256(seal["content"].encode()).hexdigest() != seal_id \
            else opened_seal(seal["content"], seal["key"], seal["signature"], certs[seal["key"]].encode("ascii"))
        if signed is None:
            return Finding(False, translate("evidence", "a seal of its history is not a signature by a known key"))
        if signed["rounds"].get(round_id) != round_digests(sealed).get(round_id):
            return Finding(False, translate("evidence", "its history entries are not those that were sealed"))
    last_sign_off, signer = -1, None
    for i, entry in enumerate(entries):
        name, role = people[seals[entry["seal"]]["key"]]
        if entry["actor"] != name or not may(role, entry["action"], entry["entity"], entry.get("detail")):
            return Finding(False, translate("evidence", "an entry of its history was not {name}'s to make").format(
                name=name))
        after = values_of(entry.get("after"))
        if (entry["action"] == "sign_off" and after.get("fingerprint") == fingerprint
                and after.get("amendment") == amendment):
            last_sign_off, signer = i, seals[entry["seal"]]["key"]
    if signer is None or signer != signer_sha256:
        return Finding(False, translate("evidence", "its history holds no sign-off of this content sealed by the PDF's signer"))
    earlier = max((i for i, e in enumerate(entries[:last_sign_off]) if e["action"] == "sign_off"), default=-1)
    for entry in entries[earlier + 1:last_sign_off]:
        changes = entry["entity"] in ("figure", "discrepancy") or (entry["entity"], entry["action"]) == ("round",
                                                                                                          "create")
        if changes and seals[entry["seal"]]["key"] == signer:
            return Finding(False, translate(
                "evidence", "{name} signed off figures or resolutions they had changed").format(name=people[signer][0]))
    authors = sorted({people[seals[e["seal"]]["key"]][0] for e in entries})
    return Finding(True, translate(
        "evidence", "verified from the file alone: the content's fingerprint recomputed, %n history entries sealed "
        "by {names}, each allowed by their role, and four eyes held", "", len(entries)).format(names=", ".join(authors)))


def round_id_of(data: bytes) -> uuid.UUID | None:
    try:
        return uuid.UUID(json.loads(data)["round"]["id"])
    except (ValueError, KeyError, TypeError):
        return None
