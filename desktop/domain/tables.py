"""The database tables, in sqlmodel.

Names, not row ids, identify things across databases; row ids are UUIDs so
that rounds made on two laptops never collide. Every constraint is named by
the metadata's naming convention, so migrations can refer to it on SQLite and
PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from desktop.domain.types import (
    MAX_COUNT,
    AffiliationKind,
    MovementKind,
    PartyRole,
    Qualifier,
    RoundStatus,
    Stage,
)

SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Text limits, shared with the interchange file's validation.
NAME_MAX = 200
TITLE_MAX = 300
LOCATION_MAX = 200
CITATION_MAX = 2_000
NOTE_MAX = 5_000
NOTES_MAX = 20_000
ACTOR_MAX = 200


class UTCDateTime(sa.TypeDecorator):
    """A timezone-aware UTC timestamp on every backend.

    SQLite keeps no offset, so values are stored as naive UTC and given their
    zone back when read; a naive value is refused rather than guessed.
    """

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def _enum(cls: type[enum.Enum], name: str) -> sa.Enum:
    """An enum stored as its value in a VARCHAR with a CHECK, never a native
    type, so adding a member is an ordinary migration on every backend."""
    return sa.Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [m.value for m in members],
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Party(SQLModel, table=True):
    """A state or organisation; shared by every round that names it."""

    __tablename__ = "party"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    name: str = Field(max_length=NAME_MAX, unique=True)
    created_at: dt.datetime = Field(default_factory=_now, sa_type=UTCDateTime)


class ExchangeRound(SQLModel, table=True):
    """One exchange operation on one date."""

    __tablename__ = "exchange_round"
    __table_args__ = (sa.Index("ix_exchange_round_date_id", "date", "id"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    title: str = Field(max_length=TITLE_MAX)
    date: dt.date
    location: str | None = Field(default=None, max_length=LOCATION_MAX)
    notes: str | None = Field(default=None, max_length=NOTES_MAX)
    #: The operation the round is a stage of, by name (rounds of one name
    #: are one operation).
    operation: str | None = Field(default=None, max_length=NAME_MAX)
    #: Figures a source gives for several movements together, as JSON
    #: (`content.combined_text`).
    combined: str | None = Field(default=None, sa_type=sa.Text)
    status: RoundStatus = Field(default=RoundStatus.DRAFT, sa_type=_enum(RoundStatus, "round_status"))
    created_at: dt.datetime = Field(default_factory=_now, sa_type=UTCDateTime)
    created_by: str = Field(max_length=ACTOR_MAX)
    updated_at: dt.datetime = Field(default_factory=_now, sa_type=UTCDateTime)
    updated_by: str = Field(max_length=ACTOR_MAX)
    #: Counts the round's changes: an edit made on an older version is
    #: refused instead of overwriting what someone else saved meanwhile.
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class RoundParty(SQLModel, table=True):
    """A party's part in a round: side, third party (held people) or mediator."""

    __tablename__ = "round_party"

    round_id: uuid.UUID = Field(foreign_key="exchange_round.id", primary_key=True, ondelete="CASCADE")
    party_id: uuid.UUID = Field(foreign_key="party.id", primary_key=True, index=True)
    role: PartyRole = Field(primary_key=True, sa_type=_enum(PartyRole, "party_role"))
    position: int = 0


class Source(SQLModel, table=True):
    """Who reported figures in a round, with whom they speak for."""

    __tablename__ = "source"
    __table_args__ = (sa.UniqueConstraint("round_id", "name"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    round_id: uuid.UUID = Field(foreign_key="exchange_round.id", ondelete="CASCADE")
    name: str = Field(max_length=NAME_MAX)
    affiliation_kind: AffiliationKind = Field(
        default=AffiliationKind.UNKNOWN, sa_type=_enum(AffiliationKind, "affiliation_kind")
    )
    affiliation_party_id: uuid.UUID | None = Field(default=None, foreign_key="party.id")
    position: int = 0
    #: Whether its figures are what was handed over or what was agreed.
    stage: Stage = Field(default=Stage.DELIVERED, sa_type=_enum(Stage, "source_stage"),
                         sa_column_kwargs={"server_default": Stage.DELIVERED.value})


class CategorySet(SQLModel, table=True):
    """A dimension that breaks released people down (e.g. place of capture)."""

    __tablename__ = "category_set"
    __table_args__ = (sa.UniqueConstraint("round_id", "name"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    round_id: uuid.UUID = Field(foreign_key="exchange_round.id", ondelete="CASCADE")
    name: str = Field(max_length=NAME_MAX)
    exhaustive: bool = False
    position: int = 0


class Category(SQLModel, table=True):
    __tablename__ = "category"
    __table_args__ = (sa.UniqueConstraint("category_set_id", "name"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    category_set_id: uuid.UUID = Field(foreign_key="category_set.id", ondelete="CASCADE")
    name: str = Field(max_length=NAME_MAX)
    position: int = 0


class MovementRow(SQLModel, table=True):
    """People going from one party to another in a round, of one kind."""

    __tablename__ = "movement"
    __table_args__ = (
        sa.UniqueConstraint("round_id", "from_party_id", "to_party_id", "kind"),
        sa.CheckConstraint("from_party_id <> to_party_id", name="distinct_parties"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    round_id: uuid.UUID = Field(foreign_key="exchange_round.id", ondelete="CASCADE")
    from_party_id: uuid.UUID = Field(foreign_key="party.id")
    to_party_id: uuid.UUID = Field(foreign_key="party.id")
    kind: MovementKind = Field(sa_type=_enum(MovementKind, "movement_kind"))


class Figure(SQLModel, table=True):
    """One count from one source: a movement's total, or one category of it."""

    __tablename__ = "figure"
    __table_args__ = (
        sa.CheckConstraint(f"count >= 0 AND count <= {MAX_COUNT}", name="count_range"),
        # At most one figure per (movement, source, category); the total (no
        # category) needs its own index because NULLs never collide.
        sa.Index(
            "uq_figure_category", "movement_id", "source_id", "category_id", unique=True,
            sqlite_where=sa.text("category_id IS NOT NULL"),
            postgresql_where=sa.text("category_id IS NOT NULL"),
        ),
        sa.Index(
            "uq_figure_total", "movement_id", "source_id", unique=True,
            sqlite_where=sa.text("category_id IS NULL"),
            postgresql_where=sa.text("category_id IS NULL"),
        ),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    round_id: uuid.UUID = Field(foreign_key="exchange_round.id", index=True, ondelete="CASCADE")
    movement_id: uuid.UUID = Field(foreign_key="movement.id", ondelete="CASCADE")
    source_id: uuid.UUID = Field(foreign_key="source.id", index=True)
    category_id: uuid.UUID | None = Field(default=None, foreign_key="category.id", index=True)
    count: int
    qualifier: Qualifier = Field(default=Qualifier.EXACT, sa_type=_enum(Qualifier, "qualifier"))
    citation: str | None = Field(default=None, max_length=CITATION_MAX)
    note: str | None = Field(default=None, max_length=NOTE_MAX)
    entered_by: str = Field(max_length=ACTOR_MAX)
    entered_at: dt.datetime = Field(default_factory=_now, sa_type=UTCDateTime)
    updated_by: str = Field(max_length=ACTOR_MAX)
    updated_at: dt.datetime = Field(default_factory=_now, sa_type=UTCDateTime)
    #: Counts the figure's changes (optimistic locking, as the round's).
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})
    #: The revision this row holds, as laptops exchanging files know it
    #: (empty: the row's own id, the figure as first stored), and the
    #: revisions before it (JSON list, newest first): what an import compares
    #: to tell a change on one side from changes on both.
    rev: uuid.UUID | None = None
    ancestors: str | None = None
    #: A deleted figure stays as a tombstone, so that the deletion travels.
    deleted_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    deleted_by: str | None = Field(default=None, max_length=ACTOR_MAX)
    #: "Of which": the movement whose total includes this one, as
    #: `content.movement_text` writes it (names, as in the interchange file).
    part_of: str | None = Field(default=None, sa_type=sa.Text)


class AuditEntry(SQLModel, table=True):
    """One change, appended and never rewritten: who, when, what, before, after."""

    __tablename__ = "audit_entry"

    seq: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=_now, sa_type=UTCDateTime)
    actor: str = Field(max_length=ACTOR_MAX)
    action: str = Field(max_length=40)
    entity: str = Field(max_length=40)
    entity_id: str | None = Field(default=None, max_length=80)
    round_id: uuid.UUID | None = Field(default=None, index=True)
    before: str | None = None
    after: str | None = None
    detail: str | None = Field(default=None, max_length=NOTE_MAX)
    #: The chain: the hash of the entry before, and of this one chained to it.
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)
    #: The seal (signature) of the action this entry belongs to; empty only
    #: for entries written before histories were signed (release 0010).
    seal_id: str | None = Field(default=None, max_length=64, index=True)


class ReceivedEntry(SQLModel, table=True):
    """A sealed history entry made on another laptop and brought here by an
    interchange file: evidence of who did what elsewhere (a colleague's
    figures, a supervisor's resolutions, sign-offs and reopenings), kept
    apart from this database's own chained history. Append-only.

    `after_seq` places it in this database's history: it arrived after the
    entry numbered so (and before the importing action's own entries)."""

    __tablename__ = "received_entry"
    __table_args__ = (sa.UniqueConstraint("seal_id", "round_id", "position",
                                          name="uq_received_entry_seal_id_round_id_position"),)

    rseq: int | None = Field(default=None, primary_key=True)
    after_seq: int = Field(default=0)
    seal_id: str = Field(max_length=64, index=True)
    round_id: uuid.UUID = Field(index=True)
    #: Its place among the entries its seal covers on this round.
    position: int = Field(default=0)
    at: dt.datetime = Field(sa_type=UTCDateTime)
    actor: str = Field(max_length=ACTOR_MAX)
    action: str = Field(max_length=40)
    entity: str = Field(max_length=40)
    entity_id: str | None = Field(default=None, max_length=80)
    before: str | None = None
    after: str | None = None
    detail: str | None = Field(default=None, max_length=NOTE_MAX)


class HistorySeal(SQLModel, table=True):
    """One action's entries, signed by the key of the person who acted.

    `content` is the exact text signed: the format, the key's certificate
    digest, and per round the digest of the action's entries on it, so that
    a round's entries can travel and be checked without the others'."""

    __tablename__ = "history_seal"

    id: str = Field(primary_key=True, max_length=64)
    key_id: str = Field(max_length=64, index=True)
    content: str
    signature: str


class PersonCertificate(SQLModel, table=True):
    """The certificate of a key that sealed history here (whoever reads the
    database can check the seals, and the role, against the authority)."""

    __tablename__ = "person_certificate"

    key_id: str = Field(primary_key=True, max_length=64)
    name: str = Field(max_length=ACTOR_MAX)
    role: str = Field(max_length=20)
    pem: str



class FigureConflict(SQLModel, table=True):
    """The same figure changed differently on two laptops: the later change
    holds the value on both, the other is kept here, and the pair stands as
    a `merge_conflict` discrepancy until a supervisor resolves it (or a new
    value supersedes both)."""

    __tablename__ = "figure_conflict"
    __table_args__ = (sa.UniqueConstraint("figure_id", "loser_rev"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    round_id: uuid.UUID = Field(foreign_key="exchange_round.id", index=True, ondelete="CASCADE")
    figure_id: uuid.UUID = Field(foreign_key="figure.id", ondelete="CASCADE")
    winner_rev: uuid.UUID
    loser_rev: uuid.UUID
    #: Each side as JSON: count, qualifier, citation, note, deleted, changed_by, changed_at.
    winner: str
    loser: str
    found_at: dt.datetime = Field(default_factory=_now, sa_type=UTCDateTime)
    closed_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    closed_by: str | None = Field(default=None, max_length=ACTOR_MAX)


class Resolution(SQLModel, table=True):
    """A supervisor's answer to one discrepancy, valid while the values
    under it are those it was decided on (`basis`)."""

    __tablename__ = "resolution"
    __table_args__ = (sa.UniqueConstraint("round_id", "key"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    round_id: uuid.UUID = Field(foreign_key="exchange_round.id", ondelete="CASCADE")
    key: str = Field(max_length=80)
    accepted_value: int | None = None
    note: str = Field(max_length=NOTE_MAX)
    basis: str = Field(max_length=64)
    resolved_by: str = Field(max_length=ACTOR_MAX)
    resolved_at: dt.datetime = Field(default_factory=_now, sa_type=UTCDateTime)


class RoundSummary(SQLModel, table=True):
    """What the rounds list shows, sorts and filters on, kept up to date by
    every change of the round (in the same transaction) so that the list is
    one indexed query even over years of rounds."""

    __tablename__ = "round_summary"
    # Which rows another release's rules wrote, found without reading the rows.
    __table_args__ = (sa.Index("ix_round_summary_rules_round_id", "rules", "round_id"),)

    round_id: uuid.UUID = Field(foreign_key="exchange_round.id", primary_key=True, ondelete="CASCADE")
    sides: str = Field(max_length=2_000)
    received: str = Field(max_length=4_000)
    received_total: int = Field(index=True)
    open_errors: int = Field(index=True)
    open_warnings: int
    open_infos: int
    figure_count: int
    search: str = Field(max_length=20_000)
    #: The round's discrepancies with their status, as `discrepancies --json` prints them.
    discrepancies: str = Field(default="[]", sa_column_kwargs={"server_default": "[]"}, sa_type=sa.Text)
    #: The version of the rules that wrote the row (`summaries.RULES`): a row
    #: written by a release whose rules differ is written again.
    rules: int = Field(default=0, sa_column_kwargs={"server_default": "0"})



class SignOff(SQLModel, table=True):
    """A supervisor's signature on a round's content (one per amendment).

    `fingerprint` is the SHA-256 of the round's canonical content when it was
    signed; a reopening supersedes the record but never removes it, so the
    earlier signed PDF stays verifiable against what it was signed on.
    """

    __tablename__ = "sign_off"
    __table_args__ = (sa.UniqueConstraint("round_id", "amendment"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    round_id: uuid.UUID = Field(foreign_key="exchange_round.id", ondelete="CASCADE")
    amendment: int
    fingerprint: str = Field(max_length=64, index=True)
    signer: str = Field(max_length=ACTOR_MAX)
    certificate_sha256: str = Field(max_length=64)
    signed_at: dt.datetime = Field(default_factory=_now, sa_type=UTCDateTime)
    pdf_sha256: str = Field(max_length=64)
    superseded_at: dt.datetime | None = Field(default=None, sa_type=UTCDateTime)
    superseded_by: str | None = Field(default=None, max_length=ACTOR_MAX)
    reopen_reason: str | None = Field(default=None, max_length=NOTE_MAX)
    #: The audit history's head when it was signed, kept apart from the chain.
    audit_head: str | None = Field(default=None, max_length=64)
    #: The signed PDF itself (empty for sign-offs of releases before 0009):
    #: its files are written from it once the sign-off is committed.
    pdf: bytes | None = Field(default=None, sa_type=sa.LargeBinary)


ALL_TABLES = (
    Party, ExchangeRound, RoundParty, Source, CategorySet, Category, MovementRow, Figure, AuditEntry,
    Resolution, RoundSummary, SignOff,
)
