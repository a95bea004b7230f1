"""argparse's own words ("usage:", "options", its error sentences) in the
user's language.

argparse looks its strings up through the module-level `_` and `ngettext`
(gettext) at the moment it prints; they are pointed at our catalogs, where
these strings are listed so that `pyside6-lupdate` collects them.
"""

from __future__ import annotations

import argparse

from desktop.i18n import QT_TRANSLATE_NOOP, language, translate

CONTEXT = "argparse"

#: The strings argparse shows a user (its programming errors are left out).
SHOWN = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _text(message: str) -> str:
    return translate(CONTEXT, message)


def _plural(singular: str, plural: str, n: int) -> str:
    # argparse's two plural sentences ("expected %s argument(s)", conflicting
    # option strings) are programming errors or rare; English forms are kept.
    return singular if n == 1 else plural


def install() -> None:
    """Point argparse at our catalogs (a no-op in English)."""
    if language() != "en":
        argparse._ = _text  # type: ignore[attr-defined]
        argparse.ngettext = _plural  # type: ignore[attr-defined]
