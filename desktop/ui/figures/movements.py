"""Movements as the figures view names and lists them, and the dialog
that adds one."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout

from desktop.domain.content import Movement, RoundDoc
from desktop.domain.types import MovementKind
from desktop.labels import kind_label


def kind_text(kind: MovementKind) -> str:
    """`without exchange`: the kind's word everywhere (labels.kind_label)."""
    return kind_label(kind)


def movement_text(m: Movement) -> str:
    return f"{m.from_party} → {m.to_party} · {kind_text(m.kind)}"


def movements_of(doc: RoundDoc, extra: list[Movement]) -> list[Movement]:
    """Both directions of an exchange between the sides, then every other
    movement that has figures or that the user added."""
    out: list[Movement] = []
    for a in doc.sides:
        for b in doc.sides:
            if a != b:
                out.append(Movement(a, b, MovementKind.EXCHANGE))
    for m in sorted({f.movement for f in doc.figures} | set(extra)):
        if m not in out:
            out.append(m)
    return out


class AddMovementDialog(QDialog):
    def __init__(self, parties: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add movement"))
        self.from_combo = QComboBox(self)
        self.from_combo.addItems(parties)
        self.to_combo = QComboBox(self)
        self.to_combo.addItems(parties)
        if len(parties) > 1:
            self.to_combo.setCurrentIndex(1)
        self.kind_combo = QComboBox(self)
        for kind in MovementKind:
            self.kind_combo.addItem(kind_text(kind), kind)
        form = QFormLayout(self)
        form.addRow(self.tr("&From"), self.from_combo)
        form.addRow(self.tr("&To"), self.to_combo)
        form.addRow(self.tr("&Kind"), self.kind_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def movement(self) -> Movement:
        return Movement(self.from_combo.currentText(), self.to_combo.currentText(), self.kind_combo.currentData())

    @classmethod
    def ask(cls, parties: list[str], parent=None) -> Movement | None:
        dialog = cls(parties, parent)
        return dialog.movement() if dialog.exec() == QDialog.DialogCode.Accepted else None
