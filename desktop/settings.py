"""User settings, declared in one place and kept as JSON in the config folder."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path


@dataclass
class Settings:
    #: The name recorded as who entered, changed or resolved something.
    user_name: str = ""
    #: "uk" or "en"; empty follows the system (EXCHANGE_DESK_LANG overrides both).
    language: str = ""
    #: Minutes without use after which the window locks (0: never).
    lock_after_minutes: int = 15
    #: At start, offer to encrypt an unencrypted database (until "do not ask again").
    offer_encryption: bool = True

    @classmethod
    def load(cls, path: Path) -> Settings:
        """The saved settings; defaults where the file is missing or unreadable
        (a damaged settings file must not keep anyone from their records)."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        kinds = {f.name: type(f.default) for f in fields(cls)}
        values = {k: v for k, v in raw.items()
                  if k in kinds and isinstance(v, kinds[k]) and (kinds[k] is bool or not isinstance(v, bool))}
        if values.get("lock_after_minutes", 0) < 0:
            del values["lock_after_minutes"]
        return cls(**values)

    def save(self, path: Path) -> None:
        """Write atomically: a crash leaves the old file or the new, never half."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(asdict(self), out, ensure_ascii=False, indent=2)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


#: The window's state (geometry, splitters, the list's filter), kept by Qt.
WINDOW_STATE_FILE = "window-state.ini"


def forget_typed_filter(config_dir: Path) -> None:
    """Remove the list's last filter (what was typed: a name, often) from
    the window-state file, overwriting the file where it lies: once the
    database is encrypted, nothing typed stays in clear beside it."""
    path = config_dir / WINDOW_STATE_FILE
    try:
        with path.open("r+b") as f:
            lines = f.read().splitlines(keepends=True)
            kept, section = [], ""
            for line in lines:
                text = line.strip()
                if text.startswith(b"["):
                    section = text.decode("utf-8", "replace")
                if section == "[list]" and text.startswith(b"filter="):
                    continue
                kept.append(line)
            data = b"".join(kept)
            size = sum(len(line) for line in lines)
            f.seek(0)
            f.write(data + b"\n" * (size - len(data)))  # the old bytes overwritten, not left in free blocks
            f.truncate(size)
            f.flush()
            os.fsync(f.fileno())
    except FileNotFoundError:
        return
