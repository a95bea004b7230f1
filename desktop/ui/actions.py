"""Calling a service from a view: a refusal or bad input becomes one
sentence in a dialog, the data as before; a change is announced."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.services.editing import Change
from desktop.services.errors import Refused, UserError
from desktop.storage.errors import environment_error
from desktop.ui.context import AppContext
from desktop.ui.dialogs import Ask

T = TypeVar("T")


def explain(exc: BaseException) -> str | None:
    """The sentence to show for an error a user can act on, or None for a bug."""
    if isinstance(exc, (UserError, Refused)):
        text = str(exc)
        return text[:1].upper() + text[1:]
    from desktop.storage import DatabaseRefused, DatabaseReplaced

    if isinstance(exc, (DatabaseRefused, DatabaseReplaced)):
        return str(exc)
    return environment_error(exc)


def perform(parent: QWidget | None, ctx: AppContext, action: Callable[[], T], *, title: str = "") -> T | None:
    """Run `action`; on a refusal show why and return None."""
    try:
        result = action()
    except Exception as exc:
        sentence = explain(exc)
        if sentence is None:
            raise
        Ask.error(parent, title or QCoreApplication.translate("perform", "Not done"), sentence)
        ctx.events.data_changed.emit(None)
        return None
    if isinstance(result, Change):
        ctx.events.data_changed.emit(result)
    return result
