"""Keep the German message catalogue in step with the code.

    python scripts/translations.py                 # lupdate + lrelease
    python scripts/translations.py --merge a.json  # also fill translations from a JSON list
    python scripts/translations.py --check         # exit 1 if anything is untranslated or stale

`pyside6-lupdate` collects every tr()/translate() string from careerdesk/ into
resources/translations/careerdesk_de.ts (keeping what is already translated and marking
strings the code no longer has as obsolete, which this script then drops);
`pyside6-lrelease` compiles it into the .qm the app loads. A JSON file for --merge is a list
of {"context", "source", "translation"} objects; "translation" is a list of two forms
(singular, plural) for a source that contains %n."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "careerdesk_de.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        sys.exit(f"{name} not found: install PySide6 into this Python")
    return found


def lupdate(ts: Path) -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "careerdesk").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)],
                   cwd=ROOT, check=True, capture_output=True)
    tree = ET.parse(ts)
    tree.getroot().set("language", "de_DE")
    tree.getroot().set("sourcelanguage", "en_US")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def merge(ts: Path, entries: list[dict]) -> int:
    wanted = {(e["context"], e["source"]): e["translation"] for e in entries}
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = wanted.get((name, message.findtext("source")))
            if translation is None:
                continue
            node = message.find("translation")
            for child in list(node):
                node.remove(child)
            node.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = translation if isinstance(translation, list) else [translation, translation]
                node.text = None
                for form in forms:
                    ET.SubElement(node, "numerusform").text = form
            else:
                node.text = translation if isinstance(translation, str) else translation[0]
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def untranslated(ts: Path) -> list[tuple[str, str]]:
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            node = message.find("translation")
            empty = not (node.text or "".join(n.text or "" for n in node))
            if node.get("type") in ("unfinished", "vanished", "obsolete") or empty:
                missing.append((context.findtext("name"), message.findtext("source")))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--merge", type=Path, action="append", default=[], help="JSON list of translations")
    parser.add_argument("--check", action="store_true", help="change nothing; fail if out of date")
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / TS.name
            shutil.copy(TS, copy)
            lupdate(copy)
            missing = untranslated(copy)
            stale = copy.read_bytes() != TS.read_bytes()
        for context, source in missing:
            print(f"untranslated: [{context}] {source!r}")
        if stale:
            print(f"{TS.relative_to(ROOT)} is out of date with the code: run python scripts/translations.py")
        return 1 if missing or stale else 0
    TS.parent.mkdir(parents=True, exist_ok=True)
    lupdate(TS)
    for path in args.merge:
        print(f"{path}: {merge(TS, json.loads(path.read_text(encoding='utf-8')))} translations merged")
    lrelease(TS, QM)
    missing = untranslated(TS)
    print(f"{TS.relative_to(ROOT)}: {len(missing)} untranslated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
