"""The interchange file (`exchange-desk/2`, which still reads `/1`): import
(all files or nothing) and deterministic export."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Sequence

from desktop.domain.content import RoundDoc, format_timestamp, utc_now
from desktop.domain.people import Actor
from desktop.i18n import translate
from desktop.services.errors import UserError
from desktop.services.files import write_output
from desktop.services.interchange.jsonfile import read_source
from desktop.services.interchange.parse import FORMAT, ParsedRound, parse_bytes
from desktop.services.interchange.summary import ImportSummary
from desktop.services.keys import KeyStore
from desktop.services.loading import export_rounds, paused_gc
from desktop.services.sealed import is_sealed
from desktop.services.spreadsheet_reader import read_sheet
from desktop.services.spreadsheets import format_of
from desktop.storage import Database

Progress = Callable[[int, str], None]

__all__ = ["FORMAT", "ImportSummary", "export_document", "import_files", "parse_files", "write_export"]


def _quiet(percent: int, text: str) -> None:
    pass


def parse_files(names: Sequence[str], progress: Progress = _quiet,
                opener: Callable[[str, bytes], bytes] | None = None) -> list[list[ParsedRound]]:
    """Every round of every file, validated, file by file. The same round
    may come in several files (laptops' files hold the same rounds): they
    are merged in the order given. A sealed file is opened by `opener`
    (which checks its seal) and read as what it holds."""
    out: list[list[ParsedRound]] = []
    for i, name in enumerate(names):
        progress(int(60 * i / max(1, len(names))), translate("import", "Reading {file}").format(file=name))
        sheet = format_of(name)
        data = read_source(name)
        if is_sealed(data):
            if opener is None:
                raise UserError(translate("import", "{file}: a sealed file; it opens only on import, with the "
                                                    "key of someone it was sealed for.").format(file=name))
            data = opener(name, data)
            sheet = "xlsx" if data[:2] == b"PK" else None if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{" \
                else "csv"
        out.append(read_sheet(name, sheet, data) if sheet else parse_bytes(data, name))
    return out


class _Preview(Exception):
    """Carries a preview's summary out of the transaction it rolls back."""

    def __init__(self, summary: ImportSummary):
        super().__init__()
        self.summary = summary


def import_files(
    db: Database, names: Sequence[str], *, actor: Actor, progress: Progress = _quiet, preview: bool = False,
    keys: KeyStore | None = None,
) -> ImportSummary:
    """Import every round of every file in one transaction, or nothing.
    `progress(percent, what)` is told how far it has got. With `preview`,
    nothing is written: the summary says what the import would change
    (refusals included). Supervision a file brings (version 3) is checked
    against the authorities `keys` trusts (this installation's by default)."""
    from desktop.domain.people import Capability
    from desktop.services.actor import require
    from desktop.services.interchange import received as supervision
    from desktop.services.interchange.merge import plan_rounds, store_rounds

    if not preview:
        require(actor, Capability.RECORD)
    senders: list[str] = []

    def opener(name: str, data: bytes) -> bytes:
        nonlocal keys
        from desktop.services.sealed import open_sealed

        if keys is None:
            from desktop.paths import AppPaths

            keys = KeyStore(AppPaths.from_environment())
        opened = open_sealed(name, data, actor, keys.problem)
        senders.append(translate("import", "{file} was sealed by {name} ({role}), certified by {issuer}.").format(
            file=name, name=opened.sender.name, role=opened.sender.role.value, issuer=opened.sender.issuer))
        return opened.content

    with paused_gc():
        files = parse_files(names, progress, opener)
        everything = [p for parsed in files for p in parsed]
        removals = [r for parsed in files for r in getattr(parsed, "removed", ())]
        trust = _trust(keys, [*everything, *removals])
        progress(60, translate("import", "Storing %n round(s)", "", sum(map(len, files))))
        if preview and len(files) == 1:
            # One file: what it would change is worked out by reading alone,
            # so a preview keeps no one else from writing meanwhile. (Several
            # files are stored one after the other, then rolled back: each
            # next one meets what the ones before it brought.)
            with db.reading() as session:
                supervision.check_received(session, [*files[0], *removals], trust.problem)
                summary = plan_rounds(session, files[0], actor=actor, origin=", ".join(names), preview=True).summary
            progress(100, translate("import", "Done"))
            summary.senders = senders
            return summary
        try:
            with db.transaction() as session:
                received = supervision.check_received(session, [*everything, *removals], trust.problem)
                supervision.keep(session, received)
                supervision.apply_reopenings(session, received, actor)
                signed = frozenset(supervision.signed_here(session, received))
                summary = ImportSummary()
                for parsed in files:
                    summary.add(store_rounds(session, parsed, actor=actor, origin=", ".join(names), signed=signed))
                # Duplicates merged as on the laptop the file came from, then
                # the supervision taken: a sign-off of the round kept holds
                # the duplicate's figures too.
                back = supervision.merged_before(session, everything)
                summary.rounds_removed = supervision.apply_removals(session, [*removals, *back], actor)
                supervision.apply_supervision(session, everything, received, actor, trust.roots)
                summary.sign_offs_taken = received.sign_offs_taken
                if preview:
                    raise _Preview(summary)
        except _Preview as done:
            summary = done.summary
        if summary.created and not preview:
            from desktop.services.duplicates import find_duplicates

            created = set(summary.created)
            summary.likely_duplicates = len({r.id for g in find_duplicates(db, ids=summary.created)
                                             for r in g.rounds} & created)
        progress(100, translate("import", "Done"))
        summary.senders = senders
        return summary


class _Trust:
    """The authorities trusted here and the revocations, read once per import."""

    def __init__(self, roots: list[bytes], revoked: set[int]):
        self.roots = roots
        self.revoked = revoked
        self._seen: dict[bytes, str | None] = {}

    def problem(self, pem: bytes) -> str | None:
        from desktop.reports.identity import certificate_problem

        if pem not in self._seen:
            self._seen[pem] = certificate_problem(pem, self.roots, self.revoked)
        return self._seen[pem]


def _trust(keys: KeyStore | None, parsed: Sequence) -> _Trust:
    if not any(p.history for p in parsed):
        return _Trust([], set())
    if keys is None:
        from desktop.paths import AppPaths

        keys = KeyStore(AppPaths.from_environment())
    return _Trust(keys.trust_roots(), keys.revoked())


def export_document(
    db: Database, *, ids: Sequence[uuid.UUID] | None = None,
    date_from: dt.date | None = None, date_to: dt.date | None = None,
    exported_at: dt.datetime | None = None,
) -> tuple[str, int]:
    """The interchange text of the rounds selected, and how many there are.

    One round per line: the output diffs well, and the C encoder of `json`
    stays in use (an `indent` would switch to the slow pure-Python one).
    """
    from desktop.services.interchange.history_export import attach

    with paused_gc():
        with db.reading() as session:
            rounds = export_rounds(session, ids=ids, date_from=date_from, date_to=date_to)
            sealed = attach(session, rounds)
        return render(rounds, exported_at or utc_now(), sealed), len(rounds)


def render(docs: Sequence[RoundDoc | dict], exported_at: dt.datetime, sealed: dict | None = None) -> str:
    """The file's text: rounds as `RoundDoc`s or as their dicts already;
    `sealed`: the seals and certificates their history needs."""
    head = json.dumps({"format": FORMAT, "exported_at": format_timestamp(exported_at)}, ensure_ascii=False)
    # No cycle check: the dicts are trees made here (it costs time on every object).
    encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
    parts = [head[:-1], ', "rounds": [']
    for i, d in enumerate(docs):
        parts.append("\n" if i == 0 else ",\n")
        parts.append(encode(d if isinstance(d, dict) else d.to_dict()))
    parts.append("\n]" if docs else "]")
    for name, items in (sealed or {}).items():
        parts.append(f', "{name}": [')
        parts.append(",".join(map(encode, items)))
        parts.append("]")
    parts.append("}\n")
    return "".join(parts)


def write_export(text: str, destination: str) -> None:
    """The interchange text, written atomically (or to standard output for `-`)."""
    write_output(text.encode("utf-8"), destination)
