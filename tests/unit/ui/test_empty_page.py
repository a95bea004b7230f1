"""The page over an empty database shows its whole sentence (it was cut to
one line of its two: a wrapped label in a centred box gets one line's height)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.ui.empty_page import EmptyPage


def test_the_sentence_is_shown_whole(qtbot):
    page = EmptyPage()
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    (sentence,) = [w for w in page.findChildren(QLabel) if w.wordWrap()]
    assert sentence.heightForWidth(sentence.width()) > sentence.fontMetrics().height()  # two lines or more
    assert sentence.height() >= sentence.heightForWidth(sentence.width())
