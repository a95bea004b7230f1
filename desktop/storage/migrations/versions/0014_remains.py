"""Remains as their own kind of movement: `movement.kind` may be `remains`.

The kind is a VARCHAR with a CHECK constraint (never a native enum). On
PostgreSQL the constraint is replaced. On SQLite, where a constraint cannot
be altered, the table's stored definition is edited in place, as SQLite's
own documentation describes for loosening a CHECK (ALTER TABLE, "Making
Other Kinds Of Table Schema Changes"): every row already satisfies the
wider constraint, and rebuilding `movement` instead would cascade-delete
the figures under it while foreign keys are on.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 12:00:00
"""

from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

OLD = "kind IN ('exchange', 'without_exchange', 'custody_transfer')"
NEW = "kind IN ('exchange', 'without_exchange', 'custody_transfer', 'remains')"


def _sqlite(old: str, new: str) -> None:
    conn = op.get_bind()
    sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'movement'").scalar()
    if old not in sql:
        raise RuntimeError("movement's kind constraint is not the one this migration expects")
    version = conn.exec_driver_sql("PRAGMA schema_version").scalar()
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    conn.exec_driver_sql("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'movement'",
                         (sql.replace(old, new),))
    conn.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    conn.exec_driver_sql("PRAGMA writable_schema = OFF")


def _postgresql(new: str) -> None:
    op.execute("ALTER TABLE movement DROP CONSTRAINT ck_movement_movement_kind")
    op.execute(f"ALTER TABLE movement ADD CONSTRAINT ck_movement_movement_kind CHECK ({new})")


def upgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        _sqlite(OLD, NEW)
    else:
        _postgresql(NEW)


def downgrade() -> None:
    op.execute("DELETE FROM movement WHERE kind = 'remains'")
    if op.get_bind().dialect.name == 'sqlite':
        _sqlite(NEW, OLD)
    else:
        _postgresql(OLD)
