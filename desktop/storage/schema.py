"""Which schema revisions this program knows, without importing Alembic.

Alembic is only loaded when a database needs upgrading, which keeps start-up
fast. A test checks these against the migration scripts.
"""

#: The environment variable that names another database (path or URL).
DB_VARIABLE = "EXCHANGE_DESK_DB"

#: Every revision, oldest first. Append with each new migration.
REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011", "0012", "0013", "0014", "0015", "0016")
HEAD = REVISIONS[-1]


def looks_like_ours(revision: str) -> bool:
    """Our revisions are four digits; another program's Alembic history is not."""
    return len(revision) == 4 and revision.isdigit()
