"""Writing a user's output file: atomically, and only where it makes sense."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

from desktop.i18n import translate
from desktop.services.errors import UserError


def check_output(destination: str) -> Path:
    """Where `write_output` would write, refused now if it cannot."""
    if not destination:
        raise UserError(translate("files", "The output file name is empty."))
    path = Path(destination)
    if path.is_symlink():
        path = path.resolve()
    if path.is_dir():
        raise UserError(translate("files", "{path}: is a folder; name the file to write.").format(path=destination))
    if path.exists() and not path.is_file():
        raise UserError(translate(
            "files", "{path}: is not a regular file (a device or a pipe); name a file to write."
        ).format(path=destination))
    if not path.parent.exists():
        raise UserError(translate("files", "{path}: the folder {folder} does not exist.").format(
            path=destination, folder=path.parent))
    return path


def write_output(data: bytes, destination: str) -> None:
    """Write to a file atomically (a crash leaves the old file or the whole
    new one), or to standard output for `-`. A symbolic link is followed;
    anything but a regular file is refused; an existing file keeps its
    permissions, a new one is its owner's only (0600)."""
    if destination == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    path = check_output(destination)
    # What the program writes (records of people, signed summaries) is its
    # owner's only; a file the user already has keeps the permissions they gave it.
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o600
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except PermissionError:
        raise UserError(translate("files", "{path}: permission denied.").format(path=destination)) from None
    except OSError as exc:
        raise UserError(translate("files", "{path}: cannot write here ({reason}).").format(
            path=destination, reason=exc.strerror or exc.__class__.__name__)) from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(translate("files", "{path}: cannot be written ({reason}).").format(
            path=destination, reason=exc.strerror or exc)) from None
