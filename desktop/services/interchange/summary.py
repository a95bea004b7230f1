"""What an import did (or, previewed, would do): counts, the rounds by
kind of change, and the sentence that says it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from desktop.i18n import translate


@dataclass
class ImportSummary:
    rounds_created: int = 0
    rounds_updated: int = 0
    rounds_unchanged: int = 0
    figures_added: int = 0
    figures_changed: int = 0
    figures_conflicting: int = 0
    changed_round_ids: list[uuid.UUID] = field(default_factory=list)
    #: For a preview: which rounds are new, updated, or hold new merge
    #: conflicts, by id, with their titles (and dates) from the file.
    created: list[uuid.UUID] = field(default_factory=list)
    updated: list[uuid.UUID] = field(default_factory=list)
    conflicting: list[uuid.UUID] = field(default_factory=list)
    titles: dict[uuid.UUID, str] = field(default_factory=dict)
    #: New rounds that share a date and sides with another round here.
    likely_duplicates: int = 0
    #: Rounds merged here into another, as another laptop had merged them.
    rounds_removed: int = 0
    #: Sign-offs made on other laptops, taken with their signed summaries.
    sign_offs_taken: int = 0
    #: Who sealed each sealed file, one sentence each.
    senders: list[str] = field(default_factory=list)
    #: Figures for several movements together held here that a round signed
    #: off elsewhere no longer has (kept in its history).
    combined_replaced: int = 0

    def add(self, other: ImportSummary) -> None:
        """Count another file's import in with this one (a round new in the
        first file and changed by the next stays counted as new)."""
        def extend(target: list, items: list, *also_not_in: list) -> None:
            seen = set(target).union(*also_not_in)
            for rid in items:
                if rid not in seen:
                    seen.add(rid)
                    target.append(rid)

        extend(self.created, other.created)
        extend(self.updated, other.updated, self.created)
        extend(self.conflicting, other.conflicting)
        extend(self.changed_round_ids, other.changed_round_ids)
        self.titles.update(other.titles)
        self.rounds_created = len(self.created)
        self.rounds_updated = len(self.updated)
        self.rounds_unchanged = len(self.titles) - self.rounds_created - self.rounds_updated
        self.figures_added += other.figures_added
        self.figures_changed += other.figures_changed
        self.figures_conflicting += other.figures_conflicting
        self.combined_replaced += other.combined_replaced

    def sentence(self, preview: bool = False) -> str:
        rounds = ", ".join([
            translate("import", "%n round(s) added", "", self.rounds_created),
            translate("import", "{count} updated").format(count=self.rounds_updated),
            translate("import", "{count} unchanged").format(count=self.rounds_unchanged),
        ])
        parts = [
            translate("import", "%n figure(s) added", "", self.figures_added),
            translate("import", "{count} changed").format(count=self.figures_changed),
        ]
        if self.figures_conflicting:
            parts.append(translate(
                "import", "%n changed on both sides (merge conflicts to resolve)", "", self.figures_conflicting))
        figures = ", ".join(parts)
        text = (translate("import", "Would import: {rounds}; {figures}.") if preview
                else translate("import", "Imported: {rounds}; {figures}.")).format(rounds=rounds, figures=figures)
        if self.senders:
            text = " ".join(self.senders) + " " + text
        if self.sign_offs_taken:
            text += " " + translate(
                "import", "%n sign-off(s) made on another laptop taken, each checked with its signed summary.", "",
                self.sign_offs_taken)
        if self.combined_replaced:
            text += " " + translate(
                "import", "%n figure(s) for several movements together held here are not in a round signed off "
                "elsewhere and were replaced by what it signed (the round's history keeps them).", "",
                self.combined_replaced)
        if self.rounds_removed:
            text += " " + translate(
                "import", "%n duplicate round(s) merged into another, as on the laptop the file came from.", "",
                self.rounds_removed)
        if self.likely_duplicates:
            text += " " + translate(
                "import", "%n new round(s) share a date and sides with another round (likely duplicates: "
                "see exchange-desk duplicates).", "", self.likely_duplicates)
        return text
