"""What a failed action tells the user: one sentence for an error they can
act on (bad input, a refusal, the database busy, full or replaced), None for
a bug."""

from __future__ import annotations

from desktop.services.errors import Refused, UserError
from desktop.storage.errors import environment_error


def explain(exc: BaseException) -> str | None:
    """The sentence to show for an error a user can act on, or None for a bug."""
    if isinstance(exc, (UserError, Refused)):
        text = str(exc)
        return text[:1].upper() + text[1:]
    from desktop.storage import DatabaseRefused, DatabaseReplaced

    if isinstance(exc, (DatabaseRefused, DatabaseReplaced)):
        return str(exc)
    return environment_error(exc)
