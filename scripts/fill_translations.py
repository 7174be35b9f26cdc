#!/usr/bin/env python3
"""Fill untranslated messages of a .ts file from a Python dict {source: translation}.

    python scripts/fill_translations.py resources/i18n/workshop_app_da.ts words.py

``words.py`` defines ``DA = {...}``. Existing translations are kept; the script prints the
sources that are still untranslated (and exits 1 if there are any).
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main(ts_path: str, words_path: str) -> int:
    words = runpy.run_path(words_path)["DA"]
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") == "unfinished" or not (translation.text or ""):
            if source in words:
                translation.text = words[source]
                translation.attrib.pop("type", None)
            else:
                missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    text = Path(ts_path).read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        Path(ts_path).write_text(text, encoding="utf-8")
    for source in missing:
        print("untranslated:", repr(source))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
