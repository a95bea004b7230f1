"""Icons shipped as SVG in the package, loaded through importlib.resources."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer


@cache
def svg_bytes(name: str) -> bytes:
    if "/" in name or "\\" in name or name.startswith("."):
        raise ValueError(f"not an icon name: {name!r}")
    return resources.files("desktop.resources.icons").joinpath(f"{name}.svg").read_bytes()


@cache
def icon(name: str) -> QIcon:
    """An icon drawn from its SVG at the sizes views ask for (sharp at any DPI)."""
    renderer = QSvgRenderer(QByteArray(svg_bytes(name)))
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128):
        image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        result.addPixmap(QPixmap.fromImage(image))
    return result
