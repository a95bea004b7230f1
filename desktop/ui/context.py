"""What every view is given: the database, who acts, the task runner, and
the signal that announces changes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop.domain.people import Actor
from desktop.paths import AppPaths
from desktop.storage import Database
from desktop.ui.tasks import TaskRunner


class Events(QObject):
    """Signals:
        data_changed(object): a `Change` (or None when anything may have changed).
    """

    data_changed = Signal(object)


@dataclass
class AppContext:
    db: Database
    #: The person acting, proven by the key unlocked at start (None: reading only).
    actor: Actor | None
    paths: AppPaths
    tasks: TaskRunner
    events: Events
