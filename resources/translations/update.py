"""Keep the translation catalogs in step with the code.

    python resources/translations/update.py          # lupdate, then lrelease
    python resources/translations/update.py --check  # exit 1 if anything is missing

`pyside6-lupdate` collects every marked string of `desktop/` into the `.ts`
files here (Ukrainian: every message; English: only the plural forms, since
the source text is English); `pyside6-lrelease` compiles them into the
`.qm` files under `desktop/resources/translations/`, which the application
loads. `--check` does both into a temporary folder and reports messages the
code has but a catalog lacks or leaves unfinished, and `.qm` files that are
not what their `.ts` compiles to.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PACKAGE = ROOT / "desktop"
COMPILED = PACKAGE / "resources" / "translations"
LANGUAGES = {"uk": [], "en": ["-pluralonly"]}


def tool(name: str) -> str:
    """A Qt tool from PySide6, beside this Python or on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found; install PySide6 (pip install -e '.[test]').")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def ts_file(folder: Path, code: str) -> Path:
    return folder / f"exchange_desk_{code}.ts"


def lupdate(folder: Path) -> None:
    for code, extra in LANGUAGES.items():
        subprocess.run(
            [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
             "-source-language", "en", "-target-language", code, *extra, "-ts", str(ts_file(folder, code))],
            cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
        )


def lrelease(folder: Path, out: Path) -> None:
    for code in LANGUAGES:
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts_file(folder, code)),
             "-qm", str(out / f"exchange_desk_{code}.qm")],
            check=True,
        )


def messages(path: Path) -> dict[tuple[str, str, str], list[str]]:
    """(context, source, comment) → translations ('' where unfinished)."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            t = m.find("translation")
            unfinished = t is None or t.get("type") in ("unfinished", "vanished", "obsolete")
            if m.get("numerus") == "yes":
                forms = [f.text or "" for f in t.iter("numerusform")] if t is not None else []
            else:
                forms = [(t.text or "") if t is not None else ""]
            if unfinished:
                forms = [""] * max(1, len(forms))
            out[(name, m.findtext("source") or "", m.findtext("comment") or "")] = forms
    return out


def problems() -> list[str]:
    """What keeps the catalogs from covering the code, one line each."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        for code in LANGUAGES:
            shutil.copy(ts_file(HERE, code), ts_file(fresh, code))
        lupdate(fresh)
        for code in LANGUAGES:
            have = messages(ts_file(HERE, code))
            for key, forms in messages(ts_file(fresh, code)).items():
                context, source, _ = key
                if key not in have:
                    found.append(f"{code}: not in the catalog: [{context}] {source!r}")
                elif not all(forms):
                    found.append(f"{code}: unfinished: [{context}] {source!r}")
            gone = set(have) - set(messages(ts_file(fresh, code)))
            for context, source, _ in sorted(gone):
                found.append(f"{code}: no longer in the code: [{context}] {source!r}")
        lrelease(HERE, fresh)
        for code in LANGUAGES:
            name = f"exchange_desk_{code}.qm"
            if not (COMPILED / name).exists() or (COMPILED / name).read_bytes() != (fresh / name).read_bytes():
                found.append(f"{code}: desktop/resources/translations/{name} is not the compiled {code} catalog")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report what is missing; change nothing")
    args = parser.parse_args()
    if args.check:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    lupdate(HERE)
    lrelease(HERE, COMPILED)
    unfinished = [k for code in LANGUAGES for k, f in messages(ts_file(HERE, code)).items() if not all(f)]
    print(f"{len(unfinished)} message(s) still to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
