"""PDF summaries, sign-off, verification and reopening.

A sign-off is decided in one transaction: every refusal is checked before
the passphrase is asked for; then the summary is drawn and signed, the
record written, the round locked, and the PDF written — all of it, or none.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.domain.content import utc_now
from desktop.domain.people import Actor, Capability
from desktop.domain.reporting import SignOffInfo, Tally, period_report, round_report
from desktop.domain.review import review
from desktop.domain.tables import NOTE_MAX
from desktop.domain.types import RoundStatus, Severity
from desktop.i18n import format_number, translate
from desktop.labels import discrepancy_label, round_label
from desktop.services.actor import require
from desktop.services.editing import Change, load_round
from desktop.services.errors import Refused, UserError
from desktop.services.files import check_output, write_output
from desktop.services.interchange.merge import SEALED_AUTHORS
from desktop.services.keys import KeyStore
from desktop.services.loading import load_docs, paused_gc
from desktop.services.rounds import resolve_round
from desktop.services.summaries import load_resolutions, refresh_summaries
from desktop.storage import Database, audit
from desktop.storage.audit import entry_digest
from desktop.storage.bulk import insert_rows
from desktop.storage.received import timeline
from desktop.storage.tables import ROUNDS, SEALS, SIGN_OFFS

# --- reports ------------------------------------------------------------------------


def sign_off_history(session: Session, round_id: uuid.UUID) -> list:
    return list(session.execute(
        sa.select(SIGN_OFFS).where(SIGN_OFFS.c.round_id == round_id).order_by(SIGN_OFFS.c.amendment)
    ).all())


def round_summary_pdf(db: Database, ref: str, *, now: dt.datetime | None = None) -> tuple[bytes, uuid.UUID]:
    """The summary of one round as it stands (with DRAFT marks unless it is
    signed off)."""
    from desktop.reports import render_round_summary

    now = now or utc_now()
    with db.reading() as session:
        rid = resolve_round(session, ref)
        doc = load_round(session, rid)
        resolutions = load_resolutions(session, [rid]).get(rid, {})
        history = sign_off_history(session, rid)
    current = next((h for h in history if h.superseded_at is None), None)
    info = None
    if doc.status is RoundStatus.SIGNED_OFF and current is not None:
        info = SignOffInfo(current.signer, current.signed_at, current.amendment, current.fingerprint)
    amendments = [(h.amendment, h.signer, h.signed_at, h.reopen_reason or "") for h in history if h.superseded_at]
    data = round_report(doc, resolutions, generated_at=now, sign_off=info, amendments=amendments)
    return render_round_summary(data), rid


def period_pdf(db: Database, *, date_from: dt.date | None, date_to: dt.date | None,
               now: dt.datetime | None = None) -> tuple[bytes, int]:
    """The period report over every round in the range."""
    from desktop.reports import render_period_report

    now = now or utc_now()
    with paused_gc(), db.reading() as session:
        docs = load_docs(session, date_from=date_from, date_to=date_to)
        resolutions = load_resolutions(session, [d.id for d in docs])
        earlier = []
        first = session.execute(sa.select(sa.func.min(ROUNDS.c.date))).scalar()
        if date_from is not None:
            earlier = load_docs(session, date_to=date_from - dt.timedelta(days=1))
            earlier_resolutions = load_resolutions(session, [d.id for d in earlier])
        before = period_report(earlier, earlier_resolutions if earlier else {}, date_from=None, date_to=None,
                               generated_at=now) if earlier else None
        data = period_report(
            docs, resolutions, date_from=date_from, date_to=date_to, generated_at=now,
            earlier_total=before.running_total if before else Tally(0, 0), first_round_date=first,
        )
    return render_period_report(data), len(docs)


def write_pdf(data: bytes, output: str) -> None:
    write_output(data, output)


# --- sign-off -------------------------------------------------------------------------


@dataclass(frozen=True)
class SignedOff:
    round_id: uuid.UUID
    amendment: int
    fingerprint: str
    signer: str
    signed_at: dt.datetime
    pdf_path: str
    #: The copy kept beside an unencrypted database (None: kept inside it only).
    kept_copy: str | None


#: A round's fields that decide what its figures count for: who takes part,
#: who speaks for whom and whether they report what was handed over or
#: agreed, the categories and whether they must add up, the operation and
#: the figures for several movements together. Whoever changes one has
#: changed what a sign-off vouches for, as much as a figure.
COUNTING_FIELDS = frozenset({
    "sides", "third_parties", "mediators", "sources", "source_affiliations", "source_stages", "category_sets",
    "categories", "exhaustive", "operation", "combined",
})


def changes_vouched(entry) -> bool:
    """Whether an entry changes what a sign-off vouches for: a round's
    figures (its creation carries them), its resolutions, and the round's
    fields that decide what the figures count for (`COUNTING_FIELDS`)."""
    if entry.entity in ("figure", "discrepancy") or (entry.entity, entry.action) == ("round", "create"):
        return True
    if entry.entity != "round" or entry.action != "update":
        return False
    touched: set[str] = set()
    for side in (entry.after, entry.before):
        try:
            named = json.loads(side or "{}")
        except ValueError:
            continue
        if isinstance(named, dict):
            touched.update(named)
    return bool(touched & COUNTING_FIELDS)


def editors_since(session: Session, round_id: uuid.UUID, *, amendment: int | None = None,
                   until_seq: int | None = None, seen: set[uuid.UUID] | None = None) -> set[str]:
    """Who changed the round's figures or resolutions since sign-off
    `amendment` (the latest held, by default): their keys (`key:` + the
    certificate's digest) and names (casefolded). "Since" is what that
    sign-off's evidence does not hold — never a clock, never the order
    entries arrived in — and covers entries received from other laptops,
    and the names a file gave for figures it brought. A round merged into
    this one brings its own changers along. `until_seq`: leave out this
    database's own entries after that one (an import's own, as it checks a
    sign-off it brings)."""
    seen = seen if seen is not None else set()
    seen.add(round_id)
    entries = timeline(session.connection(), [round_id])
    if until_seq is not None:
        entries = [e for e in entries if e.received or e.order[0] <= until_seq]
    if amendment is None:
        amendment = session.execute(sa.select(sa.func.max(SIGN_OFFS.c.amendment)).where(
            SIGN_OFFS.c.round_id == round_id)).scalar()
    covered = covered_by(session, round_id, amendment) if amendment else set()
    if covered is None:  # signed off by an earlier release, without evidence: what came after it here
        since = max((i for i, e in enumerate(entries) if e.action == "sign_off" and e.entity == "round"), default=-1)
        later = entries[since + 1:]
    else:
        later = [e for e in entries if entry_digest(e.fields()) not in covered]
    seal_ids = sorted({e.seal_id for e in later if e.seal_id and changes_vouched(e)})
    keys = dict(session.execute(sa.select(SEALS.c.id, SEALS.c.key_id).where(SEALS.c.id.in_(seal_ids))).all()) \
        if seal_ids else {}
    out: set[str] = set()
    for entry in later:
        if changes_vouched(entry):
            carried = SEALED_AUTHORS in (entry.detail or "")
            if not carried:
                out.add(entry.actor.casefold())
                if entry.seal_id in keys:
                    out.add(f"key:{keys[entry.seal_id]}")
            for side in (entry.after, entry.before):
                named = json.loads(side or "{}")
                for said in (named.get("by"), named.get("changed_by")) if isinstance(named, dict) else ():
                    if isinstance(said, str):
                        out.add(said.casefold())
        elif entry.action == "merge" and not entry.received:
            other = json.loads(entry.after or "{}").get("merged")
            if other and uuid.UUID(other) not in seen:
                out |= editors_since(session, uuid.UUID(other), seen=seen)
    return out


def covered_by(session: Session, round_id: uuid.UUID, amendment: int) -> set[str] | None:
    """The digests of the history entries sign-off `amendment` rests on (its
    PDF's evidence); None for a sign-off that carries none."""
    from desktop.services import evidence

    held = evidence.of_sign_off(session, round_id, amendment)
    try:
        return None if held is None else {entry_digest(e) for e in held["entries"]}
    except (KeyError, TypeError, AttributeError):
        return None


def four_eyes_refusal(editors: set[str], key_id: str, name: str) -> bool:
    """Whether a sign-off by this key and name breaks four eyes."""
    return f"key:{key_id}" in editors or name.casefold() in editors


def _refusals(session: Session, ref: str, actor: Actor):
    """Every reason to refuse a sign-off."""
    rid = resolve_round(session, ref)
    doc = load_round(session, rid)
    history = sign_off_history(session, rid)
    current = next((h for h in history if h.superseded_at is None), None)
    status = doc.status or RoundStatus.DRAFT
    if status is RoundStatus.SIGNED_OFF:
        amendment = current.amendment if current else "?"
        raise Refused(translate("signoff", "The round {round} is already signed off (amendment {amendment}).").format(
            round=round_label(doc.title, doc.date), amendment=amendment))
    if status is not RoundStatus.IN_REVIEW:
        raise Refused(translate(
            "signoff", "The round {round} is a draft; submit it for review before signing it off."
        ).format(round=round_label(doc.title, doc.date)))
    resolutions = load_resolutions(session, [rid]).get(rid, {})
    open_errors = [discrepancy_label(i.discrepancy) for i in review(doc, resolutions)
                   if i.is_open and i.discrepancy.severity is Severity.ERROR]
    if open_errors:
        raise Refused(translate(
            "signoff", "The round {round} has %n open error(s): {errors}; resolve them first.", "", len(open_errors)
        ).format(round=round_label(doc.title, doc.date),
                 errors="; ".join(open_errors[:3]) + ("; …" if len(open_errors) > 3 else "")))
    if four_eyes_refusal(editors_since(session, rid), actor.key_id, actor.name):
        raise Refused(translate(
            "signoff", "{person} entered or changed figures or resolutions of the round {round} since its last "
            "sign-off; another supervisor must sign it off (four eyes)."
        ).format(person=actor.name, round=round_label(doc.title, doc.date)))
    return rid, doc, history, resolutions, status


def check_sign_off(db: Database, ref: str, *, actor: Actor) -> None:
    """Raise `Refused` if a sign-off by `actor` would be refused (the app
    asks this before asking where to save the signed summary)."""
    require(actor, Capability.SUPERVISE)
    with db.reading() as session:
        _refusals(session, ref, actor)


def sign_off(
    db: Database, keys: KeyStore, ref: str, *, actor: Actor,
    output: str | None, copies_dir: Path, now: dt.datetime | None = None,
) -> SignedOff:
    """Lock the round and write its summary, signed with `actor`'s key."""
    from desktop.reports import render_round_summary
    from desktop.reports.signing import sign_pdf

    require(actor, Capability.SUPERVISE)
    if output is not None:
        check_output(output)
    signer = actor.name
    with db.transaction() as session:
        rid, doc, history, resolutions, status = _refusals(session, ref, actor)
        now = now or utc_now()
        amendment = (history[-1].amendment + 1) if history else 1
        signed_doc = dataclasses.replace(doc, status=RoundStatus.SIGNED_OFF)
        fingerprint = doc.fingerprint()
        session.execute(sa.update(ROUNDS).where(ROUNDS.c.id == rid).values(
            status=RoundStatus.SIGNED_OFF, updated_at=now, updated_by=signer, version=ROUNDS.c.version + 1))
        # The history's head after this sign-off's own entry: kept in the
        # sign-off record, so that `check` can tell if the history was cut.
        head = audit.append(session.connection(), [audit.entry(
            "sign_off", "round", rid, rid, at=now, before={"status": status.value},
            after={"status": RoundStatus.SIGNED_OFF.value, "amendment": amendment, "fingerprint": fingerprint, "signer": signer,
                   "key": actor.key_id},
        )], actor)
        info = SignOffInfo(signer, now, amendment, fingerprint)
        amendments = [(h.amendment, h.signer, h.signed_at, h.reopen_reason or "") for h in history if h.superseded_at]
        pdf = render_round_summary(round_report(signed_doc, resolutions, generated_at=now, sign_off=info,
                                                amendments=amendments, audit_head=head))
        from desktop.services import evidence

        signed = sign_pdf(pdf, actor.private_key, actor.certificate, keys.trust_roots(),
                          reason=f"Sign-off, amendment {amendment}", signer_name=signer,
                          attachment=(evidence.ATTACHMENT, evidence.collect(session, doc, resolutions)))
        pdf_sha = hashlib.sha256(signed).hexdigest()
        insert_rows(session.connection(), SIGN_OFFS, [{
            "id": uuid.uuid4(), "round_id": rid, "amendment": amendment, "fingerprint": fingerprint,
            "signer": signer, "certificate_sha256": actor.key_id, "signed_at": now,
            "pdf_sha256": pdf_sha, "superseded_at": None, "superseded_by": None, "reopen_reason": None,
            "audit_head": head, "pdf": signed,
        }])
        refresh_summaries(session, [rid], actor)
    # Only now, the sign-off committed, do its files exist: a sign-off
    # killed or failing before this point leaves no signed PDF anywhere
    # (one that would verify for a round never signed off).
    short = str(rid).split("-")[0]
    # A copy is kept beside an unencrypted database; an encrypted one keeps
    # the signed PDF inside it only (a plain copy would give the round away).
    copy = None if db.is_encrypted else copies_dir / f"round-{short}-amendment-{amendment}.pdf"
    target = output or f"round-{short}-signed-{amendment}.pdf"
    try:
        if copy is not None:
            copies_dir.mkdir(parents=True, exist_ok=True)
            os.chmod(copies_dir, 0o700)
            write_output(signed, str(copy))
        write_output(signed, target)
    except (UserError, OSError) as exc:
        raise UserError(translate(
            "signoff", "The round {round} is signed off (amendment {amendment}), but its signed summary could not "
            "be written ({reason}); {command} writes it again."
        ).format(round=round_label(doc.title, doc.date), amendment=amendment, reason=str(exc).rstrip("."),
                 command=f"`exchange-desk report {short} --signed -o FILE`")) from None
    return SignedOff(rid, amendment, fingerprint, signer, now, target, str(copy) if copy is not None else None)


def signed_pdf(db: Database, ref: str) -> tuple[bytes, uuid.UUID, int]:
    """The signed PDF of a round's current sign-off, as it was signed."""
    with db.reading() as session:
        rid = resolve_round(session, ref)
        doc = load_round(session, rid)
        row = session.execute(
            sa.select(SIGN_OFFS.c.amendment, SIGN_OFFS.c.pdf).where(SIGN_OFFS.c.round_id == rid, SIGN_OFFS.c.superseded_at.is_(None))
        ).first()
    if row is None:
        raise UserError(translate("signoff", "The round {round} is not signed off; it has no signed summary.").format(
            round=round_label(doc.title, doc.date)))
    if row.pdf is None:
        raise UserError(translate(
            "signoff", "The round {round} was signed off by an earlier release, which kept its signed summary only "
            "as a file (among the signed copies in the data folder)."
        ).format(round=round_label(doc.title, doc.date)))
    return bytes(row.pdf), rid, row.amendment


def reopen(db: Database, ref: str, *, reason: str, actor: Actor) -> Change:
    """An amendment: the round goes back to draft; the sign-off it had stays
    on record (superseded) and its PDF stays verifiable. Undoing a sign-off
    takes what a sign-off takes: a supervisor's key, unlocked."""
    require(actor, Capability.SUPERVISE)
    reason = " ".join(reason.split()) if reason else ""
    if not reason:
        raise UserError(translate("signoff", "{option}: say why the round is reopened.").format(option="--reason"))
    if len(reason) > NOTE_MAX:
        raise UserError(translate("signoff", "{option}: at most {maximum} characters.").format(
            option="--reason", maximum=format_number(NOTE_MAX)))
    now = utc_now()
    with db.transaction() as session:
        rid = resolve_round(session, ref)
        doc = load_round(session, rid)
        if doc.status is not RoundStatus.SIGNED_OFF:
            raise Refused(translate(
                "signoff", "The round {round} is not signed off; there is nothing to reopen."
            ).format(round=round_label(doc.title, doc.date)))
        amendment = session.execute(sa.update(SIGN_OFFS).where(SIGN_OFFS.c.round_id == rid, SIGN_OFFS.c.superseded_at.is_(None)).values(
            superseded_at=now, superseded_by=actor.name, reopen_reason=reason).returning(SIGN_OFFS.c.amendment)).scalar()
        version = session.execute(sa.update(ROUNDS).where(ROUNDS.c.id == rid).values(
            status=RoundStatus.DRAFT, updated_at=now, updated_by=actor.name, version=ROUNDS.c.version + 1
        ).returning(ROUNDS.c.version)).scalar()
        audit.append(session.connection(), [audit.entry(
            "reopen", "round", rid, rid, at=now, before={"status": RoundStatus.SIGNED_OFF.value},
            after={"status": RoundStatus.DRAFT.value, "key": actor.key_id, "amendment": amendment}, detail=reason,
        )], actor)
        states = refresh_summaries(session, [rid], actor)
        head = audit.written(session.connection())
    return Change(rid, "status", state=states.get(rid), round_version=version, data_version=head)
