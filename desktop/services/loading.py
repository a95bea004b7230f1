"""Where services read rounds: the storage layer's named reads, under the
names the services use (`load_docs`: `RoundDoc`s; `export_rounds`: the
interchange file's dicts)."""

from __future__ import annotations

from desktop.storage.bulk import CHUNK, chunks, paused_gc
from desktop.storage.rounds import (
    existing_ids,
    read_export,
    read_rounds,
    rev_text,
    round_filter,
)

load_docs = read_rounds
export_rounds = read_export

__all__ = ["CHUNK", "chunks", "existing_ids", "export_rounds", "load_docs", "paused_gc", "rev_text", "round_filter"]
