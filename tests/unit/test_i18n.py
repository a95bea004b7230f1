"""The catalogs: reading compiled .qm files without Qt, plural forms, the
language choice, numbers and dates."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import i18n

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def ukrainian():
    i18n.set_language("uk")
    yield
    i18n.set_language("en")


def test_every_compiled_catalog_reads_and_matches_its_source():
    for code in i18n.LANGUAGES:
        messages = i18n.read_qm(i18n.catalog_path(code).read_bytes())
        assert messages, code
        assert all(isinstance(k, tuple) and len(k) == 3 for k in messages)


def test_the_catalogs_cover_every_string_in_the_code():
    """pyside6-lupdate over desktop/ against the committed .ts files, and
    the .qm files against what the .ts files compile to."""
    done = subprocess.run([sys.executable, str(ROOT / "resources/translations/update.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(("n", "form"), [
    (0, 2), (1, 0), (2, 1), (4, 1), (5, 2), (11, 2), (12, 2), (14, 2), (21, 0), (22, 1), (25, 2),
    (101, 0), (111, 2), (112, 2), (122, 1),
])
def test_ukrainian_plural_forms(n, form):
    assert i18n.plural_index("uk", n) == form


def test_english_plural_forms():
    assert [i18n.plural_index("en", n) for n in (0, 1, 2, 21)] == [1, 0, 1, 1]


def test_a_message_in_both_languages(ukrainian):
    source = ("argparse", "usage: ")
    assert i18n.translate(*source) != "usage: "
    i18n.set_language("en")
    assert i18n.translate(*source) == "usage: "


def test_plural_fallback_without_a_catalog_entry():
    assert i18n.translate("nowhere", "%n thing(s)", "", 1) == "1 thing"
    assert i18n.translate("nowhere", "%n thing(s)", "", 3) == "3 things"


def test_untranslated_text_comes_back_as_it_is(ukrainian):
    assert i18n.translate("nowhere", "Not in any catalog") == "Not in any catalog"


def test_read_qm_refuses_what_is_not_a_catalog():
    with pytest.raises(ValueError):
        i18n.read_qm(b"not a catalog at all")


def test_language_choice(monkeypatch):
    monkeypatch.delenv(i18n.LANG_VARIABLE, raising=False)
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    assert i18n.choose_language() == "en"
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    assert i18n.choose_language() == "uk"
    assert i18n.choose_language("en") == "en", "the saved choice wins over the system"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert i18n.choose_language() == "en", "a language we do not speak falls back to English"
    monkeypatch.setenv(i18n.LANG_VARIABLE, "uk")
    assert i18n.choose_language("en") == "uk", "EXCHANGE_DESK_LANG wins over everything"
    monkeypatch.setenv(i18n.LANG_VARIABLE, "de")
    with pytest.raises(i18n.UnknownLanguage):
        i18n.choose_language()


def test_numbers_and_dates_follow_the_language(ukrainian):
    assert i18n.format_number(1234567) == "1\u00a0234\u00a0567"
    assert i18n.format_date(dt.date(2026, 11, 25)) == "25 листопада 2026"
    i18n.set_language("en")
    assert i18n.format_number(1234567) == "1,234,567"
    assert i18n.format_date(dt.date(2026, 3, 1)) == "1 March 2026"


def test_every_translated_literal_names_its_context_literally():
    """pyside6-lupdate reads `translate("Context", "Text")` only with both
    literal: a context held in a variable beside a literal text leaves the
    text out of every catalog (so it is never translated)."""
    import re
    from pathlib import Path

    pattern = re.compile(r"""translate\(\s*[A-Za-z_][\w.]*\s*,\s*["']""")
    found = [f"{path}:{text[:m.start()].count(chr(10)) + 1}"
             for path in Path("desktop").rglob("*.py")
             for text in [path.read_text(encoding="utf-8")]
             for m in pattern.finditer(text)]
    assert found == []
