"""Checking the signed history: each seal's signature and the entries it
covers, that each entry's author was allowed it by their certified role,
and that what the tables say (figures, resolutions, statuses, sign-offs)
is what the signed history says.

Whoever can write the database file can change any row and recompute the
chain's hashes; they cannot make a seal without its author's private key.
So a change made outside the program shows here as a row that disagrees
with the last sealed entry about it, naming the round.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from desktop.domain.content import slot_label, slot_label_of
from desktop.domain.people import Role, may
from desktop.domain.supervision import replay
from desktop.domain.supervision import values as values_of
from desktop.i18n import translate
from desktop.reports.identity import read_certificate, verify
from desktop.storage.audit import FIELDS, NO_ROUND, SEAL_FORMAT, round_digests
from desktop.storage.received import local_entry, received_entries
from desktop.storage.tables import (
    CERTIFICATES,
    HISTORY,
    RESOLUTIONS,
    ROUNDS,
    SEALS,
    SIGN_OFFS,
)


@dataclass
class Findings:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: Rounds named in a problem.
    rounds: set[str] = field(default_factory=set)

    def problem(self, text: str, round_id: object = None) -> None:
        self.problems.append(text)
        if round_id is not None:
            self.rounds.add(str(round_id))




def _whole(value) -> tuple | None:
    """A figure's "of which" as entries hold it: (from, to, kind), or None."""
    return None if not value else (value.get("from"), value.get("to"), value.get("kind"))


def _stages(sources: object) -> dict[str, str]:
    """Each source's stage as a history entry lists the sources."""
    if not isinstance(sources, list):
        return {}
    return {str(s["name"]): str(s.get("stage") or "delivered") for s in sources if isinstance(s, dict) and "name" in s}


class _Figures:
    """A round's live figures as its history says they are: label → (count,
    qualifier, what it is part of), replayed entry by entry; `lost` once an entry cannot be
    placed or ordered (then the round's figures are not compared, rather
    than guessed: a round with a merge conflict, or from before its figures'
    entries named them)."""

    def __init__(self):
        self.held: dict[str, tuple[int, str, tuple | None]] = {}
        self.where: dict[str, str] = {}  # figure id → label
        self.lost = False
        #: The round's figures for several movements together, as written;
        #: its operation; each source's stage (what its figures count for).
        self.combined: list = []
        self.operation: str | None = None
        self.stages: dict[str, str] = {}

    def created(self, content: dict) -> None:
        self.held = {}
        self.combined = content.get("combined") or []
        self.operation = content.get("operation")
        self.stages = _stages(content.get("sources"))
        for f in content.get("figures", []):
            label = slot_label_of(f)
            if label is None:
                self.lost = True
                return
            self.held[label] = (f.get("count"), f.get("qualifier", "exact"), _whole(f.get("part_of")))

    def round_changed(self, before: dict, after: dict) -> None:
        """An update of the round's own fields: the operation, the combined
        figures, the sources (a whole list where `before` has one, else
        those added) and their stages."""
        if "combined" in after:
            self.combined = after["combined"] or []
        if "operation" in after:
            self.operation = after["operation"]
        if isinstance(after.get("sources"), list):
            if "sources" in before:
                self.stages = _stages(after["sources"])
            else:
                self.stages.update(_stages(after["sources"]))
        if isinstance(after.get("source_stages"), dict):
            self.stages.update({str(k): str(v) for k, v in after["source_stages"].items()})

    def apply(self, row) -> None:
        before, after = values_of(row.before), values_of(row.after)
        label = slot_label_of(after) or slot_label_of(before) or self.where.get(row.entity_id)
        if label is None:
            self.lost = True
            return
        self.where[row.entity_id] = label
        if row.action == "delete":
            self.held.pop(label, None)
        elif row.action == "conflict":
            # Which side a merge conflict leaves held depends on revisions
            # the entries do not order (a third laptop's may be later
            # still): such a round's figures are not compared.
            self.lost = True
        elif row.action in ("create", "update"):
            count, qualifier, whole = self.held.get(label, (None, "exact", None))
            # A whole figure's values (they name its movement) say what it is
            # part of, or that it is part of nothing; a change of some
            # fields only (an import of an older file) leaves the rest.
            if "from" in after or "part_of" in after:
                whole = _whole(after.get("part_of"))
            self.held[label] = (after.get("count", count), after.get("qualifier", qualifier), whole)


def check_figures(entries, docs, found: Findings) -> None:
    """Each round's live figures against its sealed history (rounds whose
    history was sealed from their creation on)."""
    rounds: dict[uuid.UUID, _Figures] = {}
    for row in entries:
        rid = row.round_id
        if rid is None:
            continue
        if row.entity == "round" and row.action == "create":
            if row.seal_id is None:
                continue
            rounds[rid] = _Figures()
            rounds[rid].created(values_of(row.after))
        elif row.entity == "figure" and rid in rounds and row.entity_id:
            rounds[rid].apply(row)
        elif row.entity == "round" and row.action == "update" and rid in rounds:
            rounds[rid].round_changed(values_of(row.before), values_of(row.after))
    for doc in docs:
        replay = rounds.get(doc.id)
        if replay is None or replay.lost:
            continue
        held = {slot_label(f.movement.from_party, f.movement.to_party, f.movement.kind, f.source, f.category_set,
                           f.category): (f.count, f.qualifier.value, _whole(f.part_of and f.part_of.to_dict()))
                for f in doc.figures}
        if held != replay.held:
            found.problem(translate(
                "integrity", "a figure of round {round_id} is not what its signed history says").format(
                round_id=doc.id), doc.id)
        stages = {s.name: s.stage.value for s in doc.sources}
        if any(replay.stages.get(name, "delivered") != stage for name, stage in stages.items()):
            found.problem(translate(
                "integrity", "what a source of round {round_id} reports (handed over or agreed) is not what its "
                "signed history says").format(round_id=doc.id), doc.id)
        if doc.operation != replay.operation:
            found.problem(translate(
                "integrity", "the operation of round {round_id} is not what its signed history says").format(
                round_id=doc.id), doc.id)
        if [c.to_dict() for c in doc.combined] != replay.combined:
            found.problem(translate(
                "integrity", "a figure for several movements together of round {round_id} is not what its signed "
                "history says").format(round_id=doc.id), doc.id)


def check_history(conn: Connection, trust_problem, *, entries=None, docs=None) -> Findings:
    """Everything above, for the whole database. `trust_problem(pem)` says
    why a certificate is not relied on here (None: it is). `entries`: the
    history in order, if the caller read it already; with `docs` (the
    rounds as they stand), their figures are replayed too."""
    found = Findings()
    if entries is None:
        entries = conn.execute(sa.select(HISTORY).order_by(HISTORY.c.seq)).all()
    certs = {r.key_id: r for r in conn.execute(sa.select(CERTIFICATES))}
    seals = {r.id: r for r in conn.execute(sa.select(SEALS))}
    received = received_entries(conn)
    _check_seals(entries, seals, certs, trust_problem, found)
    _check_seals(received, seals, certs, trust_problem, found, legacy_note=False)
    _check_receipts(entries, received, found)
    used = {row.seal_id for row in entries} | {row.seal_id for row in received}
    for seal_id in sorted(set(seals) - used):
        rounds = sorted(r for r in values_of(seals[seal_id].content).get("rounds", {}) if r != NO_ROUND)
        for rid in rounds or [None]:
            found.problem(translate("integrity", "history entries of round {round_id} (seal {seal}) are missing: "
                                    "they were removed").format(round_id=rid or "-", seal=seal_id[:12]), rid)
    _check_rows(conn, sorted([*map(local_entry, entries), *received], key=lambda e: e.order), found)
    if docs is not None:
        check_figures(entries, docs, found)
    return found


def opened_seal(content: str, key_id: str, signature: str, cert_pem: bytes) -> dict | None:
    """What a seal signed (format, key, per-round digests), if its signature
    by the certificate's key holds; None otherwise."""
    try:
        signed = json.loads(content)
        if (not isinstance(signed, dict) or signed.get("format") != SEAL_FORMAT or signed.get("key") != key_id
                or not isinstance(signed.get("rounds"), dict)):
            return None
        return signed if verify(cert_pem, base64.b64decode(signature), content.encode()) else None
    except (ValueError, TypeError):
        return None


def _check_receipts(entries, received, found: Findings) -> None:
    """Each import's own sealed `receive` entry names the groups of entries
    it brought (seal → digest); they must all still be here."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for entry in received:
        groups[(entry.seal_id, str(entry.round_id))].append(entry.fields())
    digests = {key: round_digests(rows).get(key[1]) for key, rows in groups.items()}
    for row in entries:
        if row.action != "receive" or row.seal_id is None:
            continue
        for seal_id, digest in values_of(row.after).get("brought", {}).items():
            if digests.get((seal_id, str(row.round_id))) != digest:
                found.problem(translate(
                    "integrity", "history entries of round {round_id} received from another laptop are missing "
                    "or changed").format(round_id=row.round_id), row.round_id)
                break


def _check_seals(entries, seals, certs, trust_problem, found: Findings, *, legacy_note: bool = True) -> None:
    by_seal: dict[str, list] = defaultdict(list)
    first_sealed = None
    for row in entries:
        if row.seal_id is None:
            if first_sealed is not None:
                found.problem(translate(
                    "integrity", "history entry {number} of round {round_id} is not sealed by anyone's key: "
                    "it was added outside the program").format(number=row.seq, round_id=row.round_id), row.round_id)
            continue
        first_sealed = first_sealed or row.seq
        by_seal[row.seal_id].append(row)
    legacy = sum(1 for row in entries if row.seal_id is None and (first_sealed is None or row.seq < first_sealed))
    if legacy and legacy_note:
        found.notes.append(translate(
            "integrity", "%n history entries were written before histories were signed (an earlier release); "
            "they are checked by their chain only", "", legacy))
    people: dict[str, tuple[str, Role] | None] = {}
    distrusted: dict[str, str] = {}
    for key_id, cert in certs.items():
        try:
            info = read_certificate(cert.pem.encode("ascii"))
        except Exception:  # noqa: BLE001 - any unreadable certificate is damage
            people[key_id] = None
            continue
        people[key_id] = (info.name, info.role) if info.sha256 == key_id else None
        reason = trust_problem(cert.pem.encode("ascii"))
        if reason:
            distrusted[key_id] = f"{info.name}: {reason}"
    for seal_id, rows in by_seal.items():
        seal = seals.get(seal_id)
        rid = rows[0].round_id
        if seal is None or hashlib.sha256(seal.content.encode()).hexdigest() != seal_id:
            found.problem(translate("integrity", "history entry {number} of round {round_id} names a seal that is "
                                    "not there").format(number=rows[0].seq, round_id=rid), rid)
            continue
        person = people.get(seal.key_id)
        cert = certs.get(seal.key_id)
        content = None if cert is None or person is None else opened_seal(
            seal.content, seal.key_id, seal.signature, cert.pem.encode("ascii"))
        if content is None:
            found.problem(translate("integrity", "the seal of history entry {number} (round {round_id}) is not a "
                                    "signature by a known key: the entries were rewritten").format(
                number=rows[0].seq, round_id=rid), rid)
            continue
        held = round_digests({f: getattr(row, f) for f in FIELDS} for row in rows)
        for group, digest in held.items():
            if content["rounds"].get(group) != digest:
                found.problem(translate("integrity", "history entries of round {round_id} differ from what "
                                        "{name} sealed: they were rewritten").format(round_id=group, name=person[0]),
                              group)
        if legacy_note:  # an action of this database: every round it sealed is here
            for group in sorted(set(content["rounds"]) - set(held)):
                found.problem(translate("integrity", "history entries of round {round_id} that {name} sealed are "
                                        "missing: they were removed").format(round_id=group, name=person[0]), group)
        name, role = person
        for row in rows:
            if row.actor != name or not may(role, row.action, row.entity, row.detail):
                found.problem(translate(
                    "integrity", "history entry {number} of round {round_id} ({action}) was sealed by {name}, "
                    "whose role ({role}) does not allow it").format(
                    number=row.seq, round_id=row.round_id, action=row.action, name=name, role=role.value),
                    row.round_id)
    for reason in sorted(distrusted.values()):
        found.problem(translate("integrity", "the history holds entries sealed by a key not relied on here ({reason})")
                      .format(reason=reason))


def _check_rows(conn: Connection, timeline, found: Findings) -> None:
    """The tables against what the signed history says of each round
    (`domain.supervision.replay`, its own entries and those received): its
    status, resolutions and sign-offs. (A signed-off round's figures are held
    by its sign-off's fingerprint, itself held here.)"""
    by_round: dict[uuid.UUID, list] = defaultdict(list)
    sealed_rounds: set[uuid.UUID] = set()
    for entry in timeline:
        if entry.round_id is None:
            continue
        by_round[entry.round_id].append(entry)
        if entry.seal_id is not None:
            sealed_rounds.add(entry.round_id)
    said = {rid: replay(entries) for rid, entries in by_round.items() if rid in sealed_rounds}
    for rid, value in conn.execute(sa.select(ROUNDS.c.id, ROUNDS.c.status)):
        state = said.get(rid)
        if state is not None and state.status is not None and state.status != str(value):
            found.problem(translate(
                "integrity", "round {round_id} is marked {status}, but its signed history says {said}").format(
                round_id=rid, status=value, said=state.status), rid)
    for row in conn.execute(sa.select(RESOLUTIONS.c.round_id, RESOLUTIONS.c.key, RESOLUTIONS.c.accepted_value, RESOLUTIONS.c.note)):
        state = said.get(row.round_id)
        if state is None:
            continue
        held = state.resolutions.get(row.key)
        if held is None or held.get("accepted_value") != row.accepted_value or held.get("note") != row.note:
            found.problem(translate(
                "integrity", "a resolution of round {round_id} is not what its signed history says").format(
                round_id=row.round_id), row.round_id)
    _check_missing_rows(conn, said, found)
    for row in conn.execute(sa.select(SIGN_OFFS.c.round_id, SIGN_OFFS.c.amendment, SIGN_OFFS.c.fingerprint, SIGN_OFFS.c.certificate_sha256)):
        state = said.get(row.round_id)
        if state is None:
            continue
        fact = state.sign_offs.get(row.amendment)
        if fact is None or (fact.fingerprint, fact.key) != (row.fingerprint, row.certificate_sha256):
            found.problem(translate(
                "integrity", "the sign-off of round {round_id} (amendment {amendment}) is not in its signed history"
            ).format(round_id=row.round_id, amendment=row.amendment), row.round_id)


def _check_missing_rows(conn: Connection, said: dict, found: Findings) -> None:
    """What the signed history holds and the tables lost: a resolution or a
    sign-off of a round still here."""
    held = {rid for (rid,) in conn.execute(sa.select(ROUNDS.c.id))}
    resolutions = {(r, k) for r, k in conn.execute(sa.select(RESOLUTIONS.c.round_id, RESOLUTIONS.c.key))}
    sign_offs: dict = defaultdict(set)
    for r, a in conn.execute(sa.select(SIGN_OFFS.c.round_id, SIGN_OFFS.c.amendment)):
        sign_offs[r].add(a)
    for rid, state in said.items():
        if rid not in held:
            continue
        if any(value is not None and (rid, key) not in resolutions for key, value in state.resolutions.items()):
            found.problem(translate(
                "integrity", "a resolution of round {round_id} is not what its signed history says").format(
                round_id=rid), rid)
        for amendment in sorted(set(state.sign_offs) - sign_offs[rid]):
            found.problem(translate(
                "integrity", "the sign-off of round {round_id} (amendment {amendment}) that its signed history "
                "holds is missing").format(round_id=rid, amendment=amendment), rid)
