"""Who acts: recorded with every change."""

from __future__ import annotations

import getpass
import os
import unicodedata

from desktop.i18n import translate
from desktop.paths import AppPaths
from desktop.services.errors import UserError
from desktop.settings import Settings

USER_VARIABLE = "EXCHANGE_DESK_USER"


ACTOR_MAX = 200


def check_actor(name: str, where: str) -> str:
    """A name fit to record with every change: one line, visible, not absurd."""
    name = " ".join(name.split())
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in name):
        raise UserError(translate("actor", "{where}: the user name contains an invisible or control character.").format(
            where=where))
    if len(name) > ACTOR_MAX:
        raise UserError(translate(
            "actor", "{where}: the user name is {length} characters long; at most {maximum} are allowed."
        ).format(where=where, length=len(name), maximum=ACTOR_MAX))
    return name


def current_actor(paths: AppPaths) -> str:
    """`EXCHANGE_DESK_USER`, else the name saved in the settings, else the
    system login name."""
    name = os.environ.get(USER_VARIABLE, "").strip()
    if name:
        return check_actor(name, USER_VARIABLE)
    name = Settings.load(paths.settings_file).user_name.strip()
    if name:
        return check_actor(name, str(paths.settings_file))
    try:
        return check_actor(getpass.getuser(), translate("actor", "the login name"))
    except (KeyError, OSError, UserError):
        return "unknown user"
