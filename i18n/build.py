"""Update the translation sources and build the ``.qm`` files the plugin loads.

    python i18n/build.py            # add new tr("…") strings to every .ts, then lrelease
    python i18n/build.py --check    # fail when a string has no translation

Qt 5's ``lupdate`` does not read Python, so this script collects the literal arguments of
``tr("…")`` / ``tr('…')`` calls (and the algorithms' ``DISPLAY`` / ``GROUP`` names) in ``plugin/``,
``processing/qgis_provider/`` and ``qgis_common/`` itself,
adds the missing ones to each ``i18n/smartcity_<locale>.ts`` (context ``SmartCity``, marked
unfinished) and runs ``lrelease`` (Debian package ``qttools5-dev-tools``) on each ``.ts``.
Translations are edited in the ``.ts`` files (Qt Linguist, or any text editor).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SOURCES = ("plugin", "processing/qgis_provider", "qgis_common")
CONTEXT = "SmartCity"


def source_strings() -> list[str]:
    """Every literal passed to a function called ``tr``, in first-seen order."""
    found: dict[str, None] = {}
    for folder in SOURCES:
        for path in sorted((ROOT / folder).glob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Assign) and len(node.targets) == 1 and getattr(
                        node.targets[0], "id", None) in ("DISPLAY", "GROUP"):
                    value = node.value.elts[0] if isinstance(node.value, ast.Tuple) \
                        else node.value
                    if isinstance(value, ast.Constant) and value.value:
                        found.setdefault(value.value, None)
                    continue
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                arg = node.args[0]
                if name == "tr" and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.setdefault(arg.value, None)
    return list(found)


def read_ts(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text if translation is not None and translation.text else ""
        if translation is not None and translation.get("type") in ("unfinished", "obsolete"):
            text = text if translation.get("type") == "unfinished" and text else ""
        out[source] = text
    return out


def write_ts(path: Path, language: str, translations: dict[str, str], order: list[str]) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in order:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        text = translations.get(source, "")
        if text:
            translation.text = text
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def main(argv: list[str]) -> int:
    strings = source_strings()
    missing_total = 0
    for ts in sorted(HERE.glob("smartcity_*.ts")):
        language = ts.stem.split("_", 1)[1]
        translations = read_ts(ts)
        order = strings + [s for s in translations if s not in strings and translations[s]]
        if "--check" not in argv:
            write_ts(ts, language, translations, order)
        missing = [s for s in strings if not translations.get(s)]
        missing_total += len(missing)
        for s in missing:
            print(f"{ts.name}: untranslated: {s}", file=sys.stderr)
        if "--check" in argv:
            continue
        lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
        if lrelease is None:
            print("lrelease not found: apt install qttools5-dev-tools", file=sys.stderr)
            return 1
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)
        print(ts.with_suffix(".qm"))
    return 1 if ("--check" in argv and missing_total) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
