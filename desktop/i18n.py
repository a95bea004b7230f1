"""Languages: one set of Qt Linguist catalogs for every layer.

The `.ts` files in `resources/translations/` are what translators edit (in
Qt Linguist, or by hand); `pyside6-lrelease` compiles them to the `.qm` files
shipped in `desktop/resources/translations/`. The GUI loads those through
Qt's `QTranslator`; the command line, the services' messages and the PDF
reports read the very same `.qm` files here, without Qt, so a sentence is
translated once wherever it is shown.

Strings are marked the way `pyside6-lupdate` finds them:
`translate("Context", "Text with {placeholders}").format(...)` and, for
counts, `translate("Context", "%n round(s)", "", count)` — the count must be
the fourth positional argument (lupdate does not see `n=`). Text kept in
tables is marked with `QT_TRANSLATE_NOOP("Context", "Text")` and translated
where it is shown.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import struct
from importlib import resources

LANGUAGES = ("en", "uk")
DEFAULT = "en"
LANG_VARIABLE = "EXCHANGE_DESK_LANG"
#: What each language is called in itself (the settings' choice).
NATIVE_NAMES = {"en": "English", "uk": "Українська"}

_current = DEFAULT


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation where it is defined; returns it as it is."""
    return text


class UnknownLanguage(ValueError):
    """A language asked for by name that Exchange Desk does not speak."""


def system_language() -> str:
    """The language of the system locale, if we speak it, else English."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        for part in value.split(":"):
            code = part.split(".")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
            if code and code not in ("c", "posix"):
                return DEFAULT
    return DEFAULT


def choose_language(saved: str = "") -> str:
    """`EXCHANGE_DESK_LANG`, else the language saved in the settings, else
    the system's. An unknown `EXCHANGE_DESK_LANG` raises UnknownLanguage."""
    wanted = os.environ.get(LANG_VARIABLE, "").strip().lower()
    if wanted:
        if wanted not in LANGUAGES:
            raise UnknownLanguage(wanted)
        return wanted
    if saved in LANGUAGES:
        return saved
    return system_language()


def set_language(code: str) -> None:
    global _current
    if code not in LANGUAGES:
        raise UnknownLanguage(code)
    _current = code


def language() -> str:
    return _current


def catalog_file(code: str) -> str:
    """The compiled catalog's file name (also what the GUI's QTranslator loads)."""
    return f"exchange_desk_{code}.qm"


def catalog_path(code: str):
    return resources.files("desktop.resources.translations").joinpath(catalog_file(code))


@functools.cache
def _catalog(code: str) -> dict[tuple[str, str, str], tuple[str, ...]]:
    try:
        data = catalog_path(code).read_bytes()
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    return read_qm(data)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the current language (itself where no translation is
    known). With `n` ≥ 0 the plural form for `n` is chosen and `%n`
    replaced by the number."""
    key = (context, text, disambiguation or "")
    code = _current
    forms = _catalog(code).get(key)
    if not (forms and all(forms)) and code != DEFAULT:
        code = DEFAULT
        forms = _catalog(code).get(key)
    if n < 0:
        return forms[0] if forms and forms[0] else text
    if forms and all(forms):
        result = forms[min(plural_index(code, n), len(forms) - 1)]
    else:
        result = text.replace("(s)", "" if n == 1 else "s")
    return result.replace("%n", str(n))


def in_every_language(context: str, text: str) -> set[str]:
    """`text` as each language this program speaks says it (a header a
    file written in any of them may hold)."""
    out = {text}
    for code in LANGUAGES:
        forms = _catalog(code).get((context, text, ""))
        if forms and forms[0]:
            out.add(forms[0])
    return out


def plural_index(code: str, n: int) -> int:
    """Which plural form a count takes: Ukrainian has three (1 раунд,
    2 раунди, 5 раундів), English two; the order is Qt Linguist's."""
    n = abs(n)
    if code == "uk":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


# --- Reading a compiled catalog ---------------------------------------------

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_TAG_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


def read_qm(data: bytes) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """The messages of a `.qm` file as written by `lrelease` (which keeps
    each message's context and source text beside its translations):
    (context, source, disambiguation) → translations (one per plural form)."""
    if not data.startswith(_QM_MAGIC):
        raise ValueError("not a Qt translation file")
    pos = len(_QM_MAGIC)
    messages = b""
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        if tag == _TAG_MESSAGES:
            messages = data[pos + 5: pos + 5 + length]
        pos += 5 + length
    out: dict[tuple[str, str, str], tuple[str, ...]] = {}
    pos = 0
    translations: list[str] = []
    source = context = comment = ""
    while pos < len(messages):
        tag = messages[pos]
        pos += 1
        if tag == _END:
            if source:
                out[(context, source, comment)] = tuple(translations)
            translations, source, context, comment = [], "", "", ""
            continue
        if tag == _OBSOLETE1:
            pos += 4
            continue
        (length,) = struct.unpack_from(">I", messages, pos)
        pos += 4
        if length == 0xFFFFFFFF:
            value = b""
            length = 0
        else:
            value = messages[pos: pos + length]
        pos += length
        if tag == _TRANSLATION:
            translations.append(value.decode("utf-16-be"))
        elif tag == _SOURCE:
            source = value.decode("utf-8")
        elif tag == _CONTEXT:
            context = value.decode("utf-8")
        elif tag == _COMMENT:
            comment = value.decode("utf-8")
        else:
            raise ValueError(f"unexpected tag {tag} in a Qt translation file")
    return out


# --- Numbers and dates ------------------------------------------------------

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    # The genitive, as a day of the month takes it: 25 листопада 2026.
    "uk": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
           "жовтня", "листопада", "грудня"),
}
#: Thousands separators (Ukrainian: a no-break space, as CLDR and QLocale).
_GROUP = {"en": ",", "uk": "\u00a0"}


def format_number(value: int) -> str:
    """An integer with the language's thousands separator."""
    return f"{value:,}".replace(",", _GROUP[_current])


def format_date(day: dt.date) -> str:
    """A date written out: 25 November 2026 / 25 листопада 2026."""
    return f"{day.day} {_MONTHS[_current][day.month - 1]} {day.year}"
