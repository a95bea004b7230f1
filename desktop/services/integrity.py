"""`check`, `history`, `backup` and `restore`: proving the data holds."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from desktop.domain.types import RoundStatus
from desktop.i18n import translate
from desktop.services.encryption import export_encrypted
from desktop.services.errors import Refused, UserError
from desktop.services.loading import load_docs, paused_gc
from desktop.services.rounds import resolve_round
from desktop.storage import Database, DatabaseRefused, resolve_url, schema, sqlite
from desktop.storage.audit import verify_chain
from desktop.storage.guards import protection_problems
from desktop.storage.received import timeline
from desktop.storage.tables import HISTORY, SIGN_OFFS

#: The schema revision from which histories are sealed.
SIGNED_SINCE = "0010"


@dataclass
class CheckReport:
    problems: list[str]
    notes: list[str]
    entries: int = 0
    rounds: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def check(db: Database, keys=None) -> CheckReport:
    """Integrity of the file, the audit chain and its seals, that the tables
    agree with the signed history, and every sign-off. `keys` (a KeyStore)
    says which authorities are trusted here."""
    from desktop.services.signed_history import check_history

    report = CheckReport([], [])
    if keys is None:
        def trust_problem(pem):
            return None
    else:
        trust_problem = keys.problem
        if not keys.trust_roots():
            report.notes.append(translate(
                "integrity", "this installation trusts no authority: the seals were checked, not who certified them"))
    with paused_gc(), db.reading() as session:
        docs = load_docs(session)
    with db.engine.connect() as conn:
        if db.is_sqlite:
            report.problems.extend(sqlite.integrity_problems(conn))
        report.problems.extend(protection_problems(conn))
        # The history, read once for the chain, its seals and the replay.
        entries = conn.execute(sa.select(HISTORY).order_by(HISTORY.c.seq)).all()
        breaks, _head, count = verify_chain(entries)
        report.entries = count
        for b in breaks:
            report.problems.append(translate("integrity", "audit entry {number} {problem}").format(
                number=b.seq, problem=translate("integrity", b.problem)))
        findings = check_history(conn, trust_problem, entries=entries, docs=docs)
        report.problems.extend(findings.problems)
        report.notes.extend(findings.notes)
        records = conn.execute(sa.select(SIGN_OFFS).order_by(SIGN_OFFS.c.signed_at)).all()
    hashes = {e.hash for e in entries}
    created = {e.round_id for e in entries if e.entity == "round" and e.action == "create"}
    for record in records:
        if record.audit_head and record.audit_head not in hashes:
            report.problems.append(translate(
                "integrity", "the audit history was cut: the entry of the sign-off of round {round_id} "
                "(amendment {amendment}) is gone"
            ).format(round_id=record.round_id, amendment=record.amendment))
    current = {r.round_id: r for r in records if r.superseded_at is None}
    report.rounds = len(docs)
    for doc in docs:
        if doc.id not in created:
            report.problems.append(translate(
                "integrity", "round {round_id} has no history of its creation: entries of the audit history were removed"
            ).format(round_id=doc.id))
        if doc.status is not RoundStatus.SIGNED_OFF:
            continue
        record = current.get(doc.id)
        if record is None:
            report.notes.append(translate(
                "integrity", "round {round_id} is marked signed off but was signed elsewhere "
                "(no sign-off on record here)"
            ).format(round_id=doc.id))
        elif record.fingerprint != doc.fingerprint():
            report.problems.append(translate(
                "integrity", "round {round_id} was changed after its sign-off (amendment {amendment}): its content "
                "no longer matches the fingerprint that was signed"
            ).format(round_id=doc.id, amendment=record.amendment))
    return report


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None
    before: object
    after: object
    detail: str | None


def _removed_round(session, ref: str) -> uuid.UUID:
    """A round no longer held (merged into another as a duplicate): its
    history is still here, found by the same id or unique prefix."""
    text = ref.strip().lower().replace("-", "")
    found = {
        rid for rid in session.execute(sa.select(HISTORY.c.round_id).where(HISTORY.c.round_id.is_not(None)).distinct()
                                       ).scalars()
        if rid.hex.startswith(text)
    } if text and all(c in "0123456789abcdef" for c in text) else set()
    if len(found) != 1:
        raise UserError(translate("rounds", "round {reference!r}: no round has an id starting with {prefix}.").format(
            reference=ref, prefix=text))
    return found.pop()


def history(db: Database, ref: str | uuid.UUID) -> tuple[uuid.UUID, list[HistoryEntry]]:
    """Who changed what in a round, when, from what to what; oldest first."""
    with db.reading() as session:
        try:
            rid = ref if isinstance(ref, uuid.UUID) else resolve_round(session, ref)
        except UserError:
            rid = _removed_round(session, ref)
        rows = timeline(session.connection(), [rid])
    # Entries received from other laptops are numbered apart (negative), in
    # the order they arrived; each stands where it arrived.
    return rid, [
        HistoryEntry(
            seq=-r.seq if r.received else r.seq, at=r.at, actor=r.actor, action=r.action, entity=r.entity,
            entity_id=r.entity_id, before=json.loads(r.before) if r.before else None,
            after=json.loads(r.after) if r.after else None, detail=r.detail,
        )
        for r in rows
    ]


def _private_copy(source: Path, target: Path, key: str | None = None) -> None:
    """SQLite's online backup into a temporary file, then renamed: a
    consistent copy even while the app writes, readable by its owner only
    (an encrypted database's copy encrypted with its key)."""
    target = target.expanduser()
    if target.exists() and target.is_dir():
        raise UserError(translate("integrity", "{path}: is a folder; name the backup file.").format(path=target))
    if not target.parent.is_dir():
        raise UserError(translate("integrity", "{path}: the folder {folder} does not exist.").format(
            path=target, folder=target.parent))
    tmp = target.with_name(f".{target.name}.partial")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    try:
        sqlite.backup_to(source, tmp, key)
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def backup(db: Database, target: Path, *, replace: bool = False) -> Path:
    """A consistent copy; an existing file is not overwritten (unless
    `replace`, for the automatic backups' own files)."""
    if not db.is_sqlite:
        raise UserError(translate(
            "integrity", "{command}: a server database is backed up with the server's own tools (pg_dump)."
        ).format(command="backup"))
    source = sqlite.file_of(db.engine.url)
    target = target.expanduser()
    if target.exists() and target.resolve() == source.resolve():
        raise UserError(translate("integrity", "{path}: is the database itself; name another file for the backup.").format(
            path=target))
    if target.exists() and not replace:
        raise UserError(translate("integrity", "{path}: already exists; name a new file for the backup.").format(
            path=target))
    _private_copy(source, target, db.key)
    return target


def restore(db_path: Path, source: Path, backups_dir: Path, keys=None, key: str | None = None) -> Path | None:
    """Replace the database by a checked backup (its file, its protections,
    and, from the release that signs histories on, its signed history
    against the authorities `keys` trusts); the current database is kept as
    a backup first (never deleted). `key`: the passphrase of encrypted
    files (else EXCHANGE_DESK_DB_PASSPHRASE); an encrypted database is
    replaced only when it opens the database, and stays encrypted (an
    unencrypted backup is encrypted on the way, as is one restored where
    there is no database yet, unless EXCHANGE_DESK_DB_PLAIN=1). Returns
    where the database as it was is kept (None: there was none)."""
    key = key or os.environ.get(sqlite.PASSPHRASE_VARIABLE) or None
    if not source.is_file():
        raise UserError(translate("integrity", "{path}: no such file.").format(path=source))
    if source.stat().st_size == 0:
        raise UserError(translate("integrity", "{path}: is empty, not a backup; nothing was changed.").format(
            path=source))
    if sqlite.open_elsewhere(db_path):
        # Its connections would go on with the file replaced under them.
        raise Refused(translate(
            "integrity", "{path} is open in another program (the app?); close it there, or restore from "
            "that program (Tools → Restore a backup…). Nothing was changed."
        ).format(path=db_path))
    exists = db_path.is_file() and db_path.stat().st_size > 0
    encrypted = sqlite.is_encrypted(db_path)
    if encrypted:
        _check_passphrase(db_path, key)
    backup_key = _checked_backup(source, key, keys)
    plain_on_purpose = os.environ.get(sqlite.PLAIN_VARIABLE) == "1"
    seal = backup_key is None and (encrypted or (not exists and not plain_on_purpose))
    if seal and key is None:
        raise UserError(translate(
            "integrity", "There is no database at {path} yet, and a new one is encrypted: give its passphrase in "
            "{variable}, or set {plain}=1 to restore {file} unencrypted; nothing was changed."
        ).format(path=db_path, variable=sqlite.PASSPHRASE_VARIABLE, plain=sqlite.PLAIN_VARIABLE, file=source))
    kept = None
    if exists:
        backups_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(backups_dir, 0o700)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        kept = backups_dir / f"before-restore-{stamp}.db"
        try:
            _private_copy(db_path, kept, key if encrypted else None)
        except Exception:  # noqa: BLE001 - an unusable database is kept byte for byte instead
            shutil.copyfile(db_path, kept)
            os.chmod(kept, 0o600)
    incoming = db_path.with_name(f".{db_path.name}.restoring")
    if seal:
        # An unencrypted backup put in place of an encrypted database, or
        # where there is none yet, is encrypted on the way.
        incoming.unlink(missing_ok=True)
        os.close(os.open(incoming, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        try:
            export_encrypted(source, incoming, key)
        except BaseException:
            incoming.unlink(missing_ok=True)
            raise
    else:
        _private_copy(source, incoming, backup_key)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    os.replace(incoming, db_path)
    return kept


def _check_passphrase(db_path: Path, key: str | None) -> None:
    """An encrypted database is replaced only by whoever can open it."""
    if key is None:
        raise UserError(translate(
            "integrity", "{path} is encrypted: give its passphrase in {variable} to put a backup in its "
            "place; nothing was changed.").format(path=db_path, variable=sqlite.PASSPHRASE_VARIABLE))
    try:
        sqlite.precheck(db_path, key)
    except sqlite.WrongKey:
        raise UserError(translate(
            "integrity", "The passphrase does not open the encrypted database {path}, so no backup is put "
            "in its place; nothing was changed.").format(path=db_path)) from None
    except sqlite.Unusable:
        pass  # a damaged database: the passphrase is held against the backup alone


def _checked_backup(source: Path, key: str | None, keys) -> str | None:
    """Refuse a backup that is damaged, not ours or too new; the key it
    opens with (None: it is unencrypted)."""
    try:
        candidate = Database.open(resolve_url(source, source), migrate=False, key=key)
    except DatabaseRefused as exc:
        raise UserError(translate("integrity", "{path}: cannot be restored: {reason}").format(
            path=source, reason=exc)) from None
    try:
        with candidate.engine.connect() as conn:
            problems = sqlite.integrity_problems(conn)
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            problems += protection_problems(conn, version=version)
            if not problems and version in schema.REVISIONS and version >= SIGNED_SINCE:
                from desktop.services.signed_history import check_history

                problems += check_history(conn, keys.problem if keys is not None else (lambda pem: None)).problems
    finally:
        candidate.close()
    if problems:
        raise UserError(translate("integrity", "{path}: is damaged ({problem}); it was not restored.").format(
            path=source, problem=problems[0]))
    if version not in schema.REVISIONS:
        raise UserError(translate(
            "integrity", "{path}: was made by a newer version of Exchange Desk; it was not restored."
        ).format(path=source))
    return candidate.key


def automatic_backup(db: Database, backups_dir: Path, *, today: dt.date | None = None) -> Path | None:
    """One backup a day, kept for a week, and one a week, kept for a month.
    Does nothing if today's exists (so it costs nothing on most starts)."""
    if not db.is_sqlite:
        return None
    today = today or dt.date.today()
    backups_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(backups_dir, 0o700)
    daily = backups_dir / f"daily-{today.isoformat()}.db"
    made = None
    if not daily.exists():
        backup(db, daily)
        made = daily
    year, week, _ = today.isocalendar()
    weekly = backups_dir / f"weekly-{year}-W{week:02d}.db"
    if not weekly.exists():
        shutil.copyfile(daily, weekly)
        os.chmod(weekly, 0o600)
    for pattern, keep in (("daily-*.db", 7), ("weekly-*.db", 5)):
        for old in sorted(backups_dir.glob(pattern))[:-keep]:
            old.unlink(missing_ok=True)
    return made
