"""What the demo file holds, read from it: tests compare what the program
loaded, listed or exported with what the file says."""

from __future__ import annotations

import json
from importlib import resources

_DATA = json.loads(resources.files("desktop.services").joinpath("demo_rounds.json").read_text(encoding="utf-8"))

#: Rounds and figures in the demo file (21 and 115 when written).
DEMO_ROUNDS = len(_DATA["rounds"])
DEMO_FIGURES = sum(len(r.get("figures") or ()) for r in _DATA["rounds"])
