"""Reading an interchange file's bytes as JSON, strictly: a size limit,
UTF-8 only, no NaN or Infinity, no duplicate field, no endless number. What
the format does not allow is kept as a marker (`Flagged`, `Token`) so the
validator can name the place it stands."""

from __future__ import annotations

import json
import stat
import sys
from pathlib import Path

from desktop.i18n import format_number, translate
from desktop.services.errors import UserError

#: Refuse before reading: no real file comes near this.
MAX_FILE_BYTES = 512 * 1024 * 1024


def read_source(name: str) -> bytes:
    """The bytes of a file named on the command line (`-` is standard input)."""
    too_big = translate("import", "{file}: larger than {megabytes} MB; not an interchange file.").format(
        file=name, megabytes=MAX_FILE_BYTES // (1024 * 1024))
    if name == "-":
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise UserError(too_big)
        return data
    if not name:
        raise UserError(translate("import", "The file name is empty."))
    path = Path(name)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise UserError(translate("import", "{file}: is a folder, not a file.").format(file=name))
        if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
            raise UserError(translate("import", "{file}: is a device, not a file.").format(file=name))
        if info.st_size > MAX_FILE_BYTES:
            raise UserError(too_big)
        with path.open("rb") as f:  # a pipe has no size: read at most the limit
            data = f.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise UserError(too_big)
        return data
    except FileNotFoundError:
        raise UserError(translate("import", "{file}: no such file.").format(file=name)) from None
    except PermissionError:
        raise UserError(translate("import", "{file}: permission denied.").format(file=name)) from None
    except IsADirectoryError:
        raise UserError(translate("import", "{file}: is a folder, not a file.").format(file=name)) from None
    except OSError as exc:
        raise UserError(translate("import", "{file}: cannot be read ({reason}).").format(
            file=name, reason=exc.strerror or exc)) from None


class Flagged(dict):
    """An object in which a field appeared twice; reported where it is met."""

    duplicate: str = ""


class Token:
    """A JSON value this format never allows (NaN, Infinity, an endless
    number), kept so the message can name the place it stands."""

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return self.text


def _pairs(pairs: list[tuple[str, object]]) -> dict:
    out = dict(pairs)
    if len(out) == len(pairs):
        return out
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            break
        seen.add(key)
    flagged = Flagged(out)
    flagged.duplicate = key
    return flagged


def _constant(token: str) -> Token:
    return Token(token)


def _integer(text: str) -> int | Token:
    if len(text) > 30:
        return Token(translate("import", "a number of {digits} digits").format(digits=format_number(len(text))))
    return int(text)


def load_json(data: bytes, name: str) -> object:
    if not data.strip():
        raise UserError(translate(
            "import", "{file}: the file is empty; expected an exchange-desk interchange file (JSON)."
        ).format(file=name))
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise UserError(translate("import", "{file}: is UTF-16 text; save it as UTF-8 and import it again.").format(
            file=name))
    if b"\x00" in data[:4096]:
        raise UserError(translate("import", "{file}: is a binary file, not a JSON document.").format(file=name))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(translate(
            "import", "{file}: is not UTF-8 text (byte 0x{byte} at offset {offset}); "
            "expected an exchange-desk interchange file (JSON)."
        ).format(file=name, byte=f"{data[exc.start]:02x}", offset=exc.start)) from None
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant, parse_int=_integer)
    except json.JSONDecodeError as exc:
        raise UserError(translate("import", "{file}: line {line}, column {column}: not valid JSON ({reason}).").format(
            file=name, line=exc.lineno, column=exc.colno, reason=exc.msg)) from None
    except RecursionError:
        raise UserError(translate("import", "{file}: nested too deeply to be an interchange file.").format(
            file=name)) from None
    except ValueError as exc:
        raise UserError(translate("import", "{file}: not valid JSON ({reason}).").format(
            file=name, reason=exc)) from None
