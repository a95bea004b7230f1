"""Where Exchange Desk keeps its files: one object, built once at start.

Users get platformdirs' folders for "exchange-desk". `EXCHANGE_DESK_HOME`
puts the data, config and logs under one folder instead (tests and trial runs
use it, so they never touch a real profile). Nothing here runs at import time.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from desktop import APP_NAME

HOME_VARIABLE = "EXCHANGE_DESK_HOME"
DATABASE_FILE = "exchange-desk.db"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> AppPaths:
        environ = os.environ if environ is None else environ
        home = environ.get(HOME_VARIABLE)
        if home:
            return cls.under(Path(home))
        import platformdirs

        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        return cls(
            data_dir=Path(dirs.user_data_dir),
            config_dir=Path(dirs.user_config_dir),
            log_dir=Path(dirs.user_log_dir),
        )

    @classmethod
    def under(cls, home: Path) -> AppPaths:
        """Everything in one folder."""
        home = home.expanduser().resolve()
        return cls(data_dir=home / "data", config_dir=home / "config", log_dir=home / "logs")

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "exchange-desk.log"
