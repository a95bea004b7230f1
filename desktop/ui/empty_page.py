"""What the window shows over an empty database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyPage(QWidget):
    """What an empty database offers: the demo rounds, or a file."""

    def __init__(self, parent=None):
        super().__init__(parent)
        title = QLabel(self.tr("No rounds yet"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        text = QLabel(self.tr("Record a new round, load the demo rounds to look around, "
                              "or import an interchange file from another laptop."), self)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A wrapped label in a centred box gets one line's height: give it
        # its width, and the height of its lines at that width.
        text.setFixedWidth(440)
        text.setMinimumHeight(text.heightForWidth(440))
        self.demo_button = QPushButton(self.tr("Load demo data"), self)
        self.demo_button.setObjectName("demo_button")
        self.import_button = QPushButton(self.tr("Import file…"), self)
        self.import_button.setObjectName("import_button")
        self.new_button = QPushButton(self.tr("New round…"), self)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (title, text, self.demo_button, self.import_button, self.new_button):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
