"""Supervision that travels (format version 3): a round's sealed history
entries, with their seals and their authors' certificates, and its signed
summaries.

An import checks every group of entries it does not hold yet — the seal's
signature, its signer's certificate against the authorities trusted here
(and not revoked), that the entries are those sealed, that the signer's
role allowed each — and refuses the whole file, naming the round, at the
first that does not hold. It keeps them (`storage.received`), then brings
the tables to what the round's whole history says of its supervision
(`domain.supervision.replay`): reopenings before the figures are merged,
then resolutions and sign-offs — a sign-off only with its signed summary,
signed by the same key, and only for the figures the round holds here.
The importing action's own sealed `receive` entry names what it brought.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.domain.people import Actor, Role, may
from desktop.domain.supervision import Supervision, replay
from desktop.domain.types import RoundStatus
from desktop.i18n import translate
from desktop.services.errors import Refused, UserError
from desktop.services.interchange.parse import ParsedRound, Removal
from desktop.services.loading import chunks
from desktop.storage import audit
from desktop.storage.audit import FIELDS, round_digests
from desktop.storage.bulk import insert_rows
from desktop.storage.received import held_groups, receive, timeline
from desktop.storage.tables import HISTORY, RESOLUTIONS, ROUNDS, SIGN_OFFS

#: Entries that bear on supervision: only rounds that receive one are replayed.
_SUPERVISION = {("round", "sign_off"), ("round", "reopen"), ("discrepancy", "resolve"), ("discrepancy", "reopen")}


@dataclass
class Group:
    """One seal's entries on one round, not held here yet."""

    seal_id: str
    round_id: uuid.UUID
    entries: list[dict]
    where: str


@dataclass
class Received:
    groups: list[Group]
    #: Per round: the seals brought and their digest (what `receive` names).
    brought: dict[uuid.UUID, dict[str, str]]
    seals: list[dict]
    certs: list[dict]
    #: Rounds whose supervision may change.
    supervised: set[uuid.UUID]
    #: The file each round's entries came from.
    files: dict[uuid.UUID, str] = field(default_factory=dict)


def _refuse(p: ParsedRound | Removal, text: str) -> Refused:
    return Refused(translate("import", "{where}: round {round_id}: {problem}; nothing was imported.").format(
        where=p.where, round_id=p.round_id, problem=text))


def check_received(session: Session, parsed: list[ParsedRound | Removal],
                   trust_problem: Callable[[bytes], str | None]) -> Received:
    """Every group of entries the files bring that is not held here,
    checked; raises at the first that does not hold."""
    from desktop.reports.identity import read_certificate
    from desktop.services.signed_history import opened_seal

    wanted: dict[tuple[str, uuid.UUID], tuple[ParsedRound, list[dict]]] = {}
    for p in parsed:
        mine: dict[tuple[str, uuid.UUID], tuple[ParsedRound, list[dict]]] = {}
        for entry in p.history:
            mine.setdefault((entry["seal_id"], p.round_id), (p, []))[1].append(entry)
        for key, value in mine.items():  # the same round in several files: its first
            wanted.setdefault(key, value)
    if not wanted:
        return Received([], {}, [], [], set())
    held = held_groups(session.connection(), {s for s, _ in wanted})
    opened: dict[str, dict | None] = {}
    named: dict[str, bool] = {}
    people: dict[str, tuple[str, Role]] = {}
    out = Received([], defaultdict(dict), [], [], set())
    seals_out: dict[str, dict] = {}
    certs_out: dict[str, dict] = {}
    for (seal_id, rid), (p, entries) in wanted.items():
        if (seal_id, rid) in held:
            continue
        seal = (p.seals or {}).get(seal_id)
        if seal is not None and seal_id not in named:  # a seal covers many rounds: hashed once
            named[seal_id] = hashlib.sha256(seal.content.encode()).hexdigest() == seal_id
        if seal is None or not named[seal_id]:
            raise UserError(translate("import", "{where}.seal: names a seal the file does not carry.").format(
                where=entries[0]["where"]))
        pem = (p.certificates or {}).get(seal.key)
        if pem is None:
            raise UserError(translate("import", "{where}.seal: the file does not carry the certificate of the key "
                                      "that made this seal.").format(where=entries[0]["where"]))
        if seal.key not in people:
            try:
                info = read_certificate(pem.encode("ascii"))
            except Exception:  # noqa: BLE001 - an unreadable certificate proves nothing
                raise _refuse(p, translate("import", "a certificate in the file cannot be read")) from None
            if info.sha256 != seal.key:
                raise _refuse(p, translate("import", "a seal names a certificate other than the one the file carries"))
            problem = trust_problem(pem.encode("ascii"))
            if problem:
                raise _refuse(p, translate("import", "its history is sealed by {name}, whose key is not relied on "
                                           "here ({reason})").format(name=info.name, reason=problem))
            people[seal.key] = (info.name, info.role)
        name, role = people[seal.key]
        if seal_id not in opened:
            opened[seal_id] = opened_seal(seal.content, seal.key, seal.signature, pem.encode("ascii"))
        signed = opened[seal_id]
        fields = [{f: e[f] for f in FIELDS} for e in entries]
        if signed is None or signed["rounds"].get(str(rid)) != round_digests(fields).get(str(rid)):
            raise _refuse(p, translate("import", "its history entries are not those {name} sealed (the file was "
                                       "changed)").format(name=name))
        for e in entries:
            if e["actor"] != name or not may(role, e["action"], e["entity"], e["detail"]):
                raise _refuse(p, translate("import", "a history entry ({action}) was sealed by {name}, whose role "
                                           "({role}) does not allow it").format(
                    action=e["action"], name=name, role=role.value))
            if (e["entity"], e["action"]) in _SUPERVISION and isinstance(p, ParsedRound):
                out.supervised.add(rid)
        out.groups.append(Group(seal_id, rid, fields, entries[0]["where"]))
        out.brought[rid][seal_id] = signed["rounds"][str(rid)]
        out.files[rid] = p.file
        seals_out[seal_id] = {"id": seal.id, "key_id": seal.key, "content": seal.content, "signature": seal.signature}
        certs_out[seal.key] = {"key_id": seal.key, "name": name, "role": role.value, "pem": pem}
    out.seals, out.certs = list(seals_out.values()), list(certs_out.values())
    return out


def keep(session: Session, received: Received) -> None:
    """Store the groups checked, placed after the history's newest entry."""
    if not received.groups:
        return
    conn = session.connection()
    after_seq = conn.execute(sa.select(sa.func.max(HISTORY.c.seq))).scalar() or 0
    rows = []
    for group in received.groups:
        for position, entry in enumerate(group.entries):
            rows.append({"after_seq": after_seq, "seal_id": group.seal_id, "round_id": group.round_id,
                         "position": position, **{f: entry[f] for f in FIELDS if f != "round_id"}})
    receive(conn, received.certs, received.seals, rows)


def states(session: Session, rids) -> dict[uuid.UUID, Supervision]:
    by_round: dict[uuid.UUID, list] = defaultdict(list)
    for entry in timeline(session.connection(), sorted(rids)):
        by_round[entry.round_id].append(entry)
    return {rid: replay(by_round.get(rid, [])) for rid in rids}


def signed_here(session: Session, received: Received) -> set[uuid.UUID]:
    """Rounds the history now says are signed off (a new one may come in so)."""
    return {rid for rid, state in states(session, received.supervised).items() if state.current is not None}


def apply_reopenings(session: Session, received: Received, actor: Actor) -> None:
    """Before the figures are merged: rounds signed off here that a received
    reopening returned to draft."""
    if not received.supervised:
        return
    held = dict(session.execute(sa.select(ROUNDS.c.id, ROUNDS.c.status).where(ROUNDS.c.id.in_(sorted(received.supervised)))).all())
    for rid, state in states(session, received.supervised).items():
        if held.get(rid) is RoundStatus.SIGNED_OFF and state.current is None and state.status != "signed_off":
            _supersede(session, rid, state)
            session.execute(sa.update(ROUNDS).where(ROUNDS.c.id == rid).values(
                status=RoundStatus(state.status or "draft"), updated_at=_now(), updated_by=actor.name,
                version=ROUNDS.c.version + 1))


def _now() -> dt.datetime:
    from desktop.domain.content import utc_now

    return utc_now()


def _supersede(session: Session, rid: uuid.UUID, state: Supervision) -> None:
    for amendment, fact in state.sign_offs.items():
        if fact.reopened:
            at, by, why = fact.reopened
            session.execute(sa.update(SIGN_OFFS).where(SIGN_OFFS.c.round_id == rid, SIGN_OFFS.c.amendment == amendment,
                                                SIGN_OFFS.c.superseded_at.is_(None)).values(
                superseded_at=at, superseded_by=by, reopen_reason=why or ""))


def apply_supervision(session: Session, parsed: list[ParsedRound], received: Received, actor: Actor,
                      trust_roots: list[bytes]) -> None:
    """After the figures are merged: sign-offs (with their signed summaries),
    resolutions and statuses as the history says, and each round's `receive`
    entry."""
    from desktop.services.editing import load_round

    by_id = {p.doc.id: p for p in parsed}
    pdfs = {}
    for p in parsed:
        for amendment, pdf, where in p.sign_offs:
            pdfs.setdefault((p.doc.id, amendment), (pdf, where))
    entries = []
    now = _now()
    for rid, state in states(session, received.supervised).items():
        p = by_id[rid]
        if state.conflicts:
            raise _refuse(p, translate("import", "amendment {amendment} was signed off differently here and on "
                                       "another laptop").format(amendment=state.conflicts[0]))
        _sign_offs(session, p, state, trust_roots, pdfs)
        _supersede(session, rid, state)
        _resolutions(session, rid, state)
        row_status = session.execute(sa.select(ROUNDS.c.status).where(ROUNDS.c.id == rid)).scalar()
        row_status = getattr(row_status, "value", row_status)
        if state.status == "signed_off" and state.current is not None and (
                load_round(session, rid).fingerprint() != state.current.fingerprint):
            raise _refuse(p, translate(
                "import", "it was signed off on another laptop (amendment {amendment}) for figures other "
                "than those it holds here").format(amendment=state.current.amendment))
        if state.status is not None and state.status != row_status:
            session.execute(sa.update(ROUNDS).where(ROUNDS.c.id == rid).values(
                status=RoundStatus(state.status), updated_at=now, updated_by=actor.name, version=ROUNDS.c.version + 1))
    for rid, brought in received.brought.items():
        entries.append({"at": now, "action": "receive", "entity": "round", "entity_id": str(rid), "round_id": rid,
                        "before": None, "after": audit.dumps({"brought": brought}),
                        "detail": f"imported from {received.files.get(rid, '')}"})
    audit.append(session.connection(), entries, actor)
    if received.supervised:
        from desktop.services.summaries import refresh_summaries

        # The list's rows; and a resolution decided on other values than
        # those held here ends (in the history, as the import's consequence).
        refresh_summaries(session, sorted(received.supervised), actor)


def apply_removals(session: Session, removals: list[Removal], actor: Actor) -> int:
    """Rounds merged into another as duplicates on another laptop: the same
    merge here, where both rounds are held. Returns how many."""
    from desktop.services.duplicates import fold

    ids = {r.round_id for r in removals} | {r.merged_into for r in removals}
    held = {rid for (rid,) in session.execute(sa.select(ROUNDS.c.id).where(ROUNDS.c.id.in_(sorted(ids))))} if ids else set()
    done = 0
    for removal in removals:
        if removal.round_id in held and removal.merged_into in held:
            fold(session, removal.merged_into, removal.round_id, actor=actor)
            held.discard(removal.round_id)
            done += 1
    return done


def _sign_offs(session: Session, p: ParsedRound, state: Supervision, trust_roots: list[bytes],
               pdfs: dict[tuple[uuid.UUID, int], tuple[bytes, str]]) -> None:
    from desktop.reports.signing import NotAPdf, check_pdf

    rid = p.doc.id
    held = {a for (a,) in session.execute(sa.select(SIGN_OFFS.c.amendment).where(SIGN_OFFS.c.round_id == rid))}
    for amendment, fact in sorted(state.sign_offs.items()):
        if amendment in held:
            continue
        if (rid, amendment) not in pdfs:
            raise _refuse(p, translate("import", "its sign-off (amendment {amendment}) comes without its signed "
                                       "summary").format(amendment=amendment))
        pdf, where = pdfs[(rid, amendment)]
        try:
            check = check_pdf(pdf, trust_roots)
        except NotAPdf:
            check = None
        keywords = check.keywords if check is not None else ""
        expected = f"exchange-desk round={rid} fingerprint={fact.fingerprint} amendment={amendment}"
        if (check is None or not (check.signed and check.intact and check.whole_file and check.trusted)
                or check.signer_sha256 != fact.key or expected not in keywords):
            raise _refuse(p, translate("import", "the signed summary of amendment {amendment} ({where}) is not the "
                                       "one its sign-off made").format(amendment=amendment, where=where))
        insert_rows(session.connection(), SIGN_OFFS, [{
            "id": uuid.uuid4(), "round_id": rid, "amendment": amendment, "fingerprint": fact.fingerprint,
            "signer": fact.signer, "certificate_sha256": fact.key, "signed_at": fact.at,
            "pdf_sha256": hashlib.sha256(pdf).hexdigest(), "superseded_at": None, "superseded_by": None,
            "reopen_reason": None, "audit_head": None, "pdf": pdf,
        }])


def _resolutions(session: Session, rid: uuid.UUID, state: Supervision) -> None:
    held = {r.key: r for r in session.execute(sa.select(RESOLUTIONS).where(RESOLUTIONS.c.round_id == rid))}
    for key, said in state.resolutions.items():
        row = held.get(key)
        if said is None:
            if row is not None:
                session.execute(sa.delete(RESOLUTIONS).where(RESOLUTIONS.c.id == row.id))
            continue
        if row is not None and (row.accepted_value, row.note) == (said["accepted_value"], said["note"]):
            continue
        if row is not None:
            session.execute(sa.delete(RESOLUTIONS).where(RESOLUTIONS.c.id == row.id))
        insert_rows(session.connection(), RESOLUTIONS, [{
            "id": uuid.uuid4(), "round_id": rid, "key": key, "accepted_value": said["accepted_value"],
            "note": said["note"] or "", "basis": said.get("basis") or "", "resolved_by": said["by"],
            "resolved_at": said["at"],
        }])


def encode_pdf(pdf: bytes) -> str:
    return base64.b64encode(pdf).decode("ascii")


def attach(session: Session, rounds: list[dict]) -> dict:
    """Add to each exported round its sealed history and signed summaries;
    returns the file's `seals` and `certificates` (only those used)."""
    from desktop.storage.audit import canonical_value
    from desktop.storage.tables import CERTIFICATES, SEALS

    if not rounds:
        return {}
    conn = session.connection()
    by_id = {d["id"]: d for d in rounds}
    every = session.execute(sa.select(sa.func.count()).select_from(ROUNDS)).scalar() == len(rounds)
    parts = [None] if every else list(chunks([uuid.UUID(i) for i in by_id], 500))
    seal_ids: set[str] = set()

    def entry_of(e) -> dict:
        seal_ids.add(e.seal_id)
        entry = {"seal": e.seal_id, "at": canonical_value(e.at), "actor": e.actor, "action": e.action,
                 "entity": e.entity}
        for f in ("entity_id", "before", "after", "detail"):
            value = getattr(e, f)
            if value is not None:
                entry[f] = value
        return entry

    for part in parts:
        for e in timeline(conn, part):
            d = by_id.get(str(e.round_id))
            if d is not None and e.seal_id is not None:
                d.setdefault("history", []).append(entry_of(e))
        query = sa.select(SIGN_OFFS.c.round_id, SIGN_OFFS.c.amendment, SIGN_OFFS.c.pdf).where(SIGN_OFFS.c.pdf.is_not(None))
        if part is not None:
            query = query.where(SIGN_OFFS.c.round_id.in_(part))
        for rid, amendment, pdf in session.execute(query.order_by(SIGN_OFFS.c.round_id, SIGN_OFFS.c.amendment)):
            d = by_id.get(str(rid))
            if d is not None:
                d.setdefault("sign_offs", []).append({"amendment": amendment, "pdf": encode_pdf(bytes(pdf))})
    removed = _removed(session, entry_of) if every else []
    seals, keys = [], set()
    for part in chunks(sorted(seal_ids), 500):
        for s in session.execute(sa.select(SEALS).where(SEALS.c.id.in_(part)).order_by(SEALS.c.id)):
            seals.append({"id": s.id, "key": s.key_id, "content": s.content, "signature": s.signature})
            keys.add(s.key_id)
    certs = [{"key": c.key_id, "pem": c.pem}
             for c in session.execute(sa.select(CERTIFICATES).where(CERTIFICATES.c.key_id.in_(sorted(keys))).order_by(CERTIFICATES.c.key_id))]
    seals.sort(key=lambda s: s["id"])
    out = {"seals": seals, "certificates": certs} if seals else {}
    if removed:
        out["removed"] = removed
    return out


def _removed(session: Session, entry_of) -> list[dict]:
    """Rounds merged into another as duplicates (held here no longer), each
    with its sealed history: tombstones, so that other laptops merge them too."""
    from desktop.domain.supervision import values
    from desktop.storage.tables import HISTORY, RECEIVED

    merged: dict[uuid.UUID, str] = {}
    for table in (HISTORY, RECEIVED):
        for rid, before in session.execute(sa.select(table.c.round_id, table.c.before).where(
                table.c.action == "merge", table.c.entity == "round")):
            into = values(before).get("into")
            if rid is not None and into:
                merged[rid] = into
    if not merged:
        return []
    held = {rid for part in chunks(sorted(merged), 500)
            for (rid,) in session.execute(sa.select(ROUNDS.c.id).where(ROUNDS.c.id.in_(part)))}
    out = []
    for rid in sorted(set(merged) - held, key=str):
        history = [entry_of(e) for e in timeline(session.connection(), [rid]) if e.seal_id is not None]
        if any(e["action"] == "merge" for e in history):
            out.append({"id": str(rid), "merged_into": merged[rid], "history": history})
    return out
