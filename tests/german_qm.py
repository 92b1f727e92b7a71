"""The app in German for a test, from the catalogue CareerDesk ships
(resources/translations/careerdesk_de.qm, built from careerdesk_de.ts by scripts/translations.py),
installed the way View > Language installs it, and English put back afterwards."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLocale

from careerdesk.ui.translations import apply_language, remove_translations

TS = Path(__file__).resolve().parent.parent / "resources" / "translations" / "careerdesk_de.ts"


def catalogue() -> list[dict]:
    """Every {context, source, translation} of the shipped German catalogue."""
    entries = []
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            entries.append({"context": context.findtext("name"), "source": message.findtext("source"),
                            "translation": message.findtext("translation") or ""})
    return entries


@contextmanager
def german() -> Iterator[None]:
    """The whole app in German while the block runs; English and the default locale after."""
    before = QLocale()  # the default locale other tests run under, put back exactly
    apply_language("de")
    try:
        yield
    finally:
        remove_translations()
        QLocale.setDefault(before)
