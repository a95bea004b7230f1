"""Which schema revisions this program knows, without importing Alembic.

Alembic is only loaded when a database needs upgrading, which keeps start-up
fast. A test checks these against the migration scripts.
"""

#: Every revision, oldest first. Append with each new migration.
REVISIONS: tuple[str, ...] = ("0001", "0002")
HEAD = REVISIONS[-1]
