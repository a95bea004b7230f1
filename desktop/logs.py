"""The log file: readable by its owner only, and nothing secret in it.

An internal error is logged with its traceback, so that it can be fixed;
what the traceback carries is cleaned first: a database URL's password,
the parameters of an SQL statement (names, counts, notes — the records
themselves) and the command's arguments (a `--db` URL, a passphrase typed
as an argument) never reach the file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

#: `scheme://user:password@host` → `scheme://user:***@host`.
_URL_PASSWORD = re.compile(r"(?P<head>\b[a-z][a-z0-9+.\-]*://[^:/@\s]*):(?P<password>[^@\s]*)@", re.IGNORECASE)
#: What SQLAlchemy appends to a database error: the values bound to it.
_SQL_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(\(Background on this error|\Z|\n))", re.DOTALL)
#: `password=…` in a connection string given as key-value pairs.
_KEY_PASSWORD = re.compile(r"\b(password|passphrase|passwd|pwd)=\S+", re.IGNORECASE)


def redact(text: str) -> str:
    """`text` with passwords and SQL parameters replaced by `***`."""
    text = _URL_PASSWORD.sub(lambda m: f"{m.group('head')}:***@", text)
    text = _SQL_PARAMETERS.sub("[parameters: ***]", text)
    return _KEY_PASSWORD.sub(lambda m: f"{m.group(1)}=***", text)


def command_name(argv: list[str]) -> str:
    """What a command line was, without its arguments: `exchange-desk import`."""
    words = [a for a in argv[1:] if not a.startswith("-")][:1]
    return " ".join(["exchange-desk", *words])


def append(log_dir: Path, log_file: Path, text: str) -> Path:
    """Add `text` (cleaned by `redact`) to the log: the folder 0700, the
    file 0600, whatever they were before."""
    log_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(log_dir, 0o700)
    fd = os.open(log_file, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, (redact(text).rstrip("\n") + "\n").encode("utf-8"))
    finally:
        os.close(fd)
    return log_file
