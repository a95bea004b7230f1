"""Who acts: recorded with every change."""

from __future__ import annotations

import getpass
import os

from desktop.paths import AppPaths
from desktop.settings import Settings

USER_VARIABLE = "EXCHANGE_DESK_USER"


def current_actor(paths: AppPaths) -> str:
    """`EXCHANGE_DESK_USER`, else the name saved in the settings, else the
    system login name."""
    name = os.environ.get(USER_VARIABLE, "").strip()
    if name:
        return name
    name = Settings.load(paths.settings_file).user_name.strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown user"
