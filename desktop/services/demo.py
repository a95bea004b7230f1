"""The demo rounds: the seed article's exchange, a few public reports that
show each rule, and one clearly marked example with invented figures.

Who is on record for what. A figure records who put it on record: a demo
figure was put there by its source's public statement (its citation says
which), not by whoever loads the demo, who neither typed nor checked it.
So each figure is entered by "<source> (public statement)" (the invented
example's by "<source> (invented example)"). The history, though, is
signed: its entries are sealed by the key of the person who loaded the
demo, and name them; so four eyes counts the loader among those who put
the figures there, and another supervisor signs the demo rounds off.
These names are stored data (as the history's other entries are), so
they are not translated, and they say in words that no person typed them.
"""

from __future__ import annotations

import dataclasses
import uuid
from importlib import resources

from desktop.domain.content import Revision, RoundDoc, utc_now
from desktop.domain.people import Actor
from desktop.services.interchange.merge import store_rounds
from desktop.services.interchange.parse import ParsedRound, parse_bytes
from desktop.services.interchange.summary import ImportSummary
from desktop.services.loading import existing_ids
from desktop.services.revisions import first_revision
from desktop.storage import Database

DEMO_FILE = "demo_rounds.json"

#: The demo round whose figures are invented, to show the rules at work.
INVENTED = frozenset({uuid.UUID("e8a30001-0000-4000-8000-00000000e8a3")})


def credit(source: str, *, invented: bool = False) -> str:
    """Who a demo figure is credited to: the statement it comes from."""
    return f"{source} (invented example)" if invented else f"{source} (public statement)"


def _credited(parsed: ParsedRound, now, origin: str) -> ParsedRound:
    """The round with each figure entered by its source's statement, and
    `origin` (where it came from, who loaded it) for its creation entry.

    Each figure also gets its first revision as a file of the demo data
    (`first_revision`, derived from what it says) made by that statement:
    its entry and its last change then name the statement, and two laptops
    that load the demo still hold the same revision."""
    doc: RoundDoc = parsed.doc
    invented = doc.id in INVENTED
    figures = []
    for f in doc.figures:
        who = credit(f.source, invented=invented)
        figures.append(dataclasses.replace(
            f, entered_by=who, entered_at=now,
            revision=Revision(rev=str(first_revision(doc.id, f)), history=(), changed_by=who, changed_at=now),
        ))
    return dataclasses.replace(parsed, doc=dataclasses.replace(doc, figures=tuple(figures)), file=origin)


def add_demo(db: Database, *, actor: Actor | None) -> ImportSummary:
    """Add the demo rounds that are not here yet (fixed ids, so running it
    twice adds nothing and never overwrites edits made since). `actor`,
    who loads them, is named in each new round's creation entry; the
    figures are credited to their statements (see the module's comment)."""
    from desktop.domain.people import Capability
    from desktop.services.actor import require

    require(actor, Capability.RECORD)
    data = resources.files("desktop.services").joinpath(DEMO_FILE).read_bytes()
    parsed = parse_bytes(data, "demo data")
    now = utc_now()
    origin = f"the demo data, loaded by {actor}"
    with db.transaction() as session:
        present = existing_ids(session, [p.doc.id for p in parsed])
        missing = [_credited(p, now, origin) for p in parsed if p.doc.id not in present]
        summary = store_rounds(session, missing, actor=actor, origin=origin, now=now)
    summary.rounds_unchanged = len(parsed) - len(missing)
    return summary
