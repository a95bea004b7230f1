"""The report fonts: DejaVu Sans, regular and bold, shipped with the package
(desktop/resources/fonts, with its licence) and embedded in every PDF as a
TrueType subset, so Cyrillic and the signs the reports use (→ – ≥ ≤ ·) are
real, copyable text.

`register()` is cheap after the first call and safe from any thread.
"""

from __future__ import annotations

import io
import threading
from importlib import resources

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register() -> None:
    """Register both faces with reportlab (once per process), map `<b>` in
    paragraphs to the bold face, and make the regular face the default of
    charts. There is no italic face: italic maps to the regular one, so the
    reports do not use it."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = resources.files("desktop.resources.fonts")
        for name, filename in _FILES.items():
            data = folder.joinpath(filename).read_bytes()
            pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
        # Italic first: the last mapping of a face is what it reads back as.
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        # Charts start from this font (else Helvetica, which is not embedded);
        # reportlab is used for nothing but these reports.
        rl_config.defaultGraphicsFontName = REGULAR
        _registered = True
