"""Supervision that travels (format version 3), as an import takes it: a
round's sealed history entries, with their seals and their authors'
certificates, and its signed summaries (`history_export` writes them).

An import checks every group of entries against its seal — the seal's
signature, that the entries are those sealed, that the signer's role
allowed each — and those it does not hold yet also against the authorities
trusted here (not revoked), and refuses the whole file, naming the round,
at the first that does not hold. It keeps them (`storage.received`), then brings
the tables to what the round's whole history says of its supervision
(`domain.supervision.replay`): reopenings before the figures are merged,
then resolutions and sign-offs — a sign-off only with its signed summary,
signed by the same key, and only for the figures the round holds here.
The importing action's own sealed `receive` entry names what it brought.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.domain.content import utc_now
from desktop.domain.people import Actor, Role, may
from desktop.domain.supervision import Supervision, replay
from desktop.domain.types import PartyRole, RoundStatus
from desktop.i18n import translate
from desktop.services.errors import Refused, UserError
from desktop.services.interchange.parse import ParsedRound, Removal
from desktop.services.loading import chunks
from desktop.storage import audit
from desktop.storage.audit import FIELDS, round_digests
from desktop.storage.bulk import insert_rows
from desktop.storage.received import held_groups, receive, timeline
from desktop.storage.tables import HISTORY, RECEIVED, RESOLUTIONS, ROUNDS, SIGN_OFFS

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
    #: The newest entry of this database's own history before the import.
    after_seq: int = 0
    #: Sign-offs taken from the files (with their signed summaries).
    sign_offs_taken: int = 0


def _refuse(p: ParsedRound | Removal, text: str) -> Refused:
    return Refused(translate("import", "{where}: round {round_id}: {problem}; nothing was imported.").format(
        where=p.where, round_id=p.round_id, problem=text))


def check_received(session: Session, parsed: list[ParsedRound | Removal],
                   trust_problem: Callable[[bytes], str | None]) -> Received:
    """Every group of entries the files bring, checked against its seal
    (those held here already too: a file cannot pass other entries off
    under a seal known here); those not held yet also against the
    authorities trusted here. Raises at the first that does not hold."""
    wanted: dict[tuple[str, uuid.UUID], tuple[ParsedRound | Removal, list[dict]]] = {}
    for p in parsed:
        mine: dict[tuple[str, uuid.UUID], tuple[ParsedRound | Removal, list[dict]]] = {}
        for entry in p.history:
            mine.setdefault((entry["seal_id"], p.round_id), (p, []))[1].append(entry)
        for key, value in mine.items():  # the same round in several files: its first
            wanted.setdefault(key, value)
    out = Received([], defaultdict(dict), [], [], set())
    if not wanted:
        return out
    held = held_groups(session.connection(), {s for s, _ in wanted})
    seals = _Seals(trust_problem)
    latest = utc_now() + dt.timedelta(days=1)
    for (seal_id, rid), (p, entries) in wanted.items():
        name, _role, digest = seals.check(p, seal_id, rid, entries, trusted=(seal_id, rid) not in held)
        if (seal_id, rid) in held:
            continue
        for e in entries:
            if e["at"] > latest:
                raise _refuse(p, translate("import", "a history entry by {name} is dated {date}, in the future")
                              .format(name=name, date=e["at"].date().isoformat()))
            if (e["entity"], e["action"]) in _SUPERVISION and isinstance(p, ParsedRound):
                out.supervised.add(rid)
        out.groups.append(Group(seal_id, rid, [{f: e[f] for f in FIELDS} for e in entries], entries[0]["where"]))
        out.brought[rid][seal_id] = digest
        out.files[rid] = p.file
    out.seals, out.certs = seals.rows()
    return out


class _Seals:
    """Seals and certificates met in the files, each checked once."""

    def __init__(self, trust_problem: Callable[[bytes], str | None]):
        self.trust_problem = trust_problem
        self.opened: dict[str, dict | None] = {}
        self.people: dict[str, tuple[str, Role]] = {}
        self.used: dict[str, tuple] = {}

    def check(self, p, seal_id: str, rid: uuid.UUID, entries: list[dict], *, trusted: bool) -> tuple:
        """(signer's name, role, the group's digest), or raise."""
        from desktop.services.signed_history import opened_seal

        where = f"{p.file}: {entries[0]['where']}.seal"
        seal = (p.seals or {}).get(seal_id)
        if seal is None:
            raise UserError(translate("import", "{where}: names a seal the file does not carry.").format(where=where))
        pem = (p.certificates or {}).get(seal.key)
        if pem is None:
            raise UserError(translate("import", "{where}: the file does not carry the certificate of the key "
                                      "that made this seal.").format(where=where))
        if seal_id not in self.opened:
            same = hashlib.sha256(seal.content.encode()).hexdigest() == seal_id
            self.opened[seal_id] = opened_seal(seal.content, seal.key, seal.signature, pem.encode("ascii")) \
                if same else None
        name, role = self._person(p, seal.key, pem, trusted)
        signed = self.opened[seal_id]
        digest = round_digests([{f: e[f] for f in FIELDS} for e in entries]).get(str(rid))
        if signed is None or signed["rounds"].get(str(rid)) != digest:
            raise _refuse(p, translate("import", "its history entries are not those {name} sealed (the file was "
                                       "changed)").format(name=name))
        for e in entries:
            if e["actor"] != name or not may(role, e["action"], e["entity"], e["detail"]):
                raise _refuse(p, translate("import", "a history entry ({action}) was sealed by {name}, whose role "
                                           "({role}) does not allow it").format(
                    action=e["action"], name=name, role=role.value))
        self.used[seal_id] = (seal, pem, name, role)
        return name, role, digest

    def _person(self, p, key: str, pem: str, trusted: bool) -> tuple[str, Role]:
        from desktop.reports.identity import read_certificate

        if key not in self.people:
            try:
                info = read_certificate(pem.encode("ascii"))
            except Exception:  # noqa: BLE001 - an unreadable certificate proves nothing
                raise _refuse(p, translate("import", "a certificate in the file cannot be read")) from None
            if info.sha256 != key:
                raise _refuse(p, translate("import", "a seal names a certificate other than the one the file carries"))
            self.people[key] = (info.name, info.role)
        if trusted:
            problem = self.trust_problem(pem.encode("ascii"))
            if problem:
                raise _refuse(p, translate("import", "its history is sealed by {name}, whose key is not relied on "
                                           "here ({reason})").format(name=self.people[key][0], reason=problem))
        return self.people[key]

    def rows(self) -> tuple[list[dict], list[dict]]:
        seals, certs = [], {}
        for seal, pem, name, role in self.used.values():
            seals.append({"id": seal.id, "key_id": seal.key, "content": seal.content, "signature": seal.signature})
            certs[seal.key] = {"key_id": seal.key, "name": name, "role": role.value, "pem": pem}
        return seals, list(certs.values())


def keep(session: Session, received: Received) -> None:
    """Store the groups checked, placed after the history's newest entry."""
    if not received.groups:
        return
    conn = session.connection()
    after_seq = received.after_seq = conn.execute(sa.select(sa.func.max(HISTORY.c.seq))).scalar() or 0
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
    """Before the figures are merged: a round signed off here whose current
    amendment a received reopening reopened is a draft again (a later
    amendment, if one came too, is taken after the figures)."""
    if not received.supervised:
        return
    current = dict(session.execute(
        sa.select(SIGN_OFFS.c.round_id, SIGN_OFFS.c.amendment).join(ROUNDS, ROUNDS.c.id == SIGN_OFFS.c.round_id)
        .where(SIGN_OFFS.c.round_id.in_(sorted(received.supervised)), SIGN_OFFS.c.superseded_at.is_(None),
               ROUNDS.c.status == RoundStatus.SIGNED_OFF)).all())
    for rid, state in states(session, set(current)).items():
        fact = state.sign_offs.get(current[rid])
        if fact is not None and fact.reopened:
            _supersede(session, rid, state)
            session.execute(sa.update(ROUNDS).where(ROUNDS.c.id == rid).values(
                status=RoundStatus.DRAFT, updated_at=utc_now(), updated_by=actor.name, version=ROUNDS.c.version + 1))


def _supersede(session: Session, rid: uuid.UUID, state: Supervision) -> None:
    """Each reopened sign-off superseded, by the reopening on record (the
    earliest, where two laptops reopened the same amendment)."""
    for amendment, fact in state.sign_offs.items():
        if fact.reopened:
            at, by, why = fact.reopened
            session.execute(sa.update(SIGN_OFFS).where(SIGN_OFFS.c.round_id == rid, SIGN_OFFS.c.amendment == amendment)
                            .values(superseded_at=at, superseded_by=by, reopen_reason=why or ""))


def apply_supervision(session: Session, parsed: list[ParsedRound], received: Received, actor: Actor,
                      trust_roots: list[bytes]) -> None:
    """After the figures are merged: sign-offs (with their signed summaries),
    resolutions and statuses as the history says, and each round's `receive`
    entry."""
    by_id = {p.doc.id: p for p in parsed}
    pdfs = {}
    for p in parsed:
        for amendment, pdf, where in p.sign_offs:
            pdfs.setdefault((p.doc.id, amendment), (pdf, where))
    held = {rid for part in chunks(sorted(received.supervised), 500)
            for (rid,) in session.execute(sa.select(ROUNDS.c.id).where(ROUNDS.c.id.in_(part)))}
    for rid, state in states(session, held).items():
        _supervise(session, by_id[rid], state, received, actor, trust_roots, pdfs)
    now = utc_now()
    entries = [audit.entry("receive", "round", rid, rid, at=now, after={"brought": brought},
                           detail=f"imported from {received.files.get(rid, '')}") for rid, brought in received.brought.items()]
    audit.append(session.connection(), entries, actor)
    if held:
        from desktop.services.summaries import refresh_summaries

        # The list's rows; and a resolution decided on other values than
        # those held here ends (in the history, as the import's consequence).
        refresh_summaries(session, sorted(held), actor)


def _supervise(session: Session, p: ParsedRound, state: Supervision, received: Received, actor: Actor,
               trust_roots: list[bytes], pdfs: dict) -> None:
    from desktop.services.editing import load_round

    rid = p.doc.id
    if state.conflicts:
        raise _refuse(p, translate("import", "amendment {amendment} was signed off differently here and on "
                                   "another laptop").format(amendment=state.conflicts[0]))
    if state.unsigned_reopenings:
        raise _refuse(p, translate("import", "it holds a reopening of amendment {amendment}, which no sign-off "
                                   "made").format(amendment=state.unsigned_reopenings[0]))
    _sign_offs(session, p, state, trust_roots, pdfs, received)
    _supersede(session, rid, state)
    _resolutions(session, rid, state)
    if (state.current is not None and load_round(session, rid).fingerprint() != state.current.fingerprint
            and not take_signed_order(session, rid, state.current.amendment)):
        raise _refuse(p, translate(
            "import", "it was signed off on another laptop (amendment {amendment}) for figures other "
            "than those it holds here").format(amendment=state.current.amendment))
    row_status = session.execute(sa.select(ROUNDS.c.status).where(ROUNDS.c.id == rid)).scalar()
    if state.status is not None and state.status != getattr(row_status, "value", row_status):
        if state.status not in {s.value for s in RoundStatus}:
            raise _refuse(p, translate("import", "the file marks it signed off without a sign-off"))
        session.execute(sa.update(ROUNDS).where(ROUNDS.c.id == rid).values(
            status=RoundStatus(state.status), updated_at=utc_now(), updated_by=actor.name,
            version=ROUNDS.c.version + 1))


def merged_before(session: Session, parsed: list[ParsedRound]) -> list[Removal]:
    """Rounds of the files that were merged into another as duplicates here
    (or on a laptop whose history came here): a file from before the merge
    brings them back, and they are merged again, their figures kept."""
    from desktop.domain.supervision import values

    ids = sorted({p.doc.id for p in parsed})
    out: dict[uuid.UUID, Removal] = {}
    for table in (HISTORY, RECEIVED):
        for part in chunks(ids, 500):
            for rid, before in session.execute(sa.select(table.c.round_id, table.c.before).where(
                    table.c.round_id.in_(part), table.c.action == "merge", table.c.entity == "round")):
                into = values(before).get("into")
                if into:
                    out[rid] = Removal(rid, uuid.UUID(into), str(rid), ())
    return list(out.values())


def apply_removals(session: Session, removals: list[Removal], actor: Actor) -> int:
    """Rounds merged into another as duplicates on another laptop: the same
    merge here, where both rounds are held. Returns how many."""
    from desktop.services.duplicates import fold

    ids = {r.round_id for r in removals} | {r.merged_into for r in removals}
    held = {rid for (rid,) in session.execute(sa.select(ROUNDS.c.id).where(ROUNDS.c.id.in_(sorted(ids))))} if ids else set()
    done = 0
    for removal in removals:
        if removal.round_id in held and removal.merged_into in held:
            fold(session, removal.merged_into, removal.round_id, actor=actor, into_signed=True)
            held.discard(removal.round_id)
            done += 1
    return done


def take_signed_order(session: Session, rid: uuid.UUID, amendment: int) -> bool:
    """A round that says what sign-off `amendment` signed, in another order
    (parties, sources or categories added on two laptops, each appending
    its own last): put in the order signed. False if it says something else."""
    from desktop.services import evidence
    from desktop.services.editing import load_round
    from desktop.storage.tables import (
        CATEGORIES,
        CATEGORY_SETS,
        PARTIES,
        ROUND_PARTIES,
        SOURCES,
    )

    signed = (evidence.of_sign_off(session, rid, amendment) or {}).get("round")
    doc = load_round(session, rid)
    here = doc.content_dict()
    here.pop("status")
    if not isinstance(signed, dict) or _unordered(signed) != _unordered(here):
        return False
    for role, label in ((PartyRole.SIDE, "sides"), (PartyRole.THIRD_PARTY, "third_parties"),
                        (PartyRole.MEDIATOR, "mediators")):
        for i, name in enumerate(signed[label]):
            session.execute(sa.update(ROUND_PARTIES).where(
                ROUND_PARTIES.c.round_id == rid, ROUND_PARTIES.c.role == role,
                ROUND_PARTIES.c.party_id == sa.select(PARTIES.c.id).where(PARTIES.c.name == name).scalar_subquery()
            ).values(position=i))
    for i, source in enumerate(signed["sources"]):
        session.execute(sa.update(SOURCES).where(SOURCES.c.round_id == rid, SOURCES.c.name == source["name"])
                        .values(position=i))
    for i, cset in enumerate(signed["category_sets"]):
        set_id = session.execute(sa.select(CATEGORY_SETS.c.id).where(
            CATEGORY_SETS.c.round_id == rid, CATEGORY_SETS.c.name == cset["name"])).scalar()
        session.execute(sa.update(CATEGORY_SETS).where(CATEGORY_SETS.c.id == set_id).values(position=i))
        for j, name in enumerate(cset["categories"]):
            session.execute(sa.update(CATEGORIES).where(CATEGORIES.c.category_set_id == set_id,
                                                        CATEGORIES.c.name == name).values(position=j))
    return load_round(session, rid).fingerprint() == session.execute(sa.select(SIGN_OFFS.c.fingerprint).where(
        SIGN_OFFS.c.round_id == rid, SIGN_OFFS.c.amendment == amendment)).scalar()


def _unordered(content: dict) -> str:
    """A round's content with its lists in one order whatever they were added in."""
    out = dict(content)
    for label in ("sides", "third_parties", "mediators"):
        out[label] = sorted(out.get(label) or [])
    out["sources"] = sorted(out.get("sources") or [], key=lambda s: s["name"])
    out["category_sets"] = sorted(({**c, "categories": sorted(c["categories"])} for c in out.get("category_sets") or []),
                                  key=lambda c: c["name"])
    return json.dumps(out, ensure_ascii=False, sort_keys=True)


def _sign_offs(session: Session, p: ParsedRound, state: Supervision, trust_roots: list[bytes],
               pdfs: dict[tuple[uuid.UUID, int], tuple[bytes, str]], received: Received) -> None:
    from desktop.reports.signing import NotAPdf, check_pdf
    from desktop.services.signoff import editors_since, four_eyes_refusal

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
        # Four eyes as this laptop knows the round: the signer changed
        # nothing here that the sign-off before it did not hold.
        earlier = max((a for a in state.sign_offs if a < amendment), default=None)
        editors = editors_since(session, rid, amendment=earlier or 0, until_seq=received.after_seq)
        if four_eyes_refusal(editors, fact.key or "", fact.signer):
            raise _refuse(p, translate("import", "{person} signed off amendment {amendment} of figures or "
                                       "resolutions they had changed (four eyes)").format(
                person=fact.signer, amendment=amendment))
        received.sign_offs_taken += 1
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
