"""CareerDesk in German: nothing a person reads is left in English, and nothing is cut off.

Three nets, because each catches what the others cannot:
- a marking translator turns every string that went through tr()/translate() into ⟦…⟧; a walk
  over every screen then finds any text with words outside the marks that are not role content
  (a string someone forgot to wrap, or translated before the language was chosen);
- the real German catalogue: no visible text on any screen is still an English source string
  (a context lupdate saw differently from the one the code asks for);
- the catalogue itself is complete and in step with the code (`scripts/translations.py --check`)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

from careerdesk.domain import i18n
from careerdesk.ui.translations import apply_language, remove_translations
from tests.ui.screens import WORDS, screens, visible_texts

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "careerdesk_de.ts"
# Names that read the same in every language.
NAMES = {"CareerDesk", "NET", "PDF", "FAQ", "CSV", "Markdown", "English", "Deutsch", "Ctrl", "Shift", "Alt",
         "Esc", "Del", "Enter", "Return", "Tab", "Space", "Menu", "Strg", "Entf", "Backspace", "Home", "End",
         "PgUp", "PgDown", "Up", "Down", "Left", "Right", "Ins", "USD", "EUR", "ics", "docx", "pdf", "txt",
         "md", "html", "htm", "json", "csv", "USDOL", "ETA", "CC", "BY", "OEWS", "Qt", "PySide"}


class Marking(QTranslator):
    """Translates every string into itself between ⟦ ⟧, so the untranslated stand out."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧"


def _unmarked(text: str) -> str:
    previous = None
    while previous != text:
        previous, text = text, re.sub(r"⟦[^⟦⟧]*⟧", " ", text)
    return text


def _role_content(window) -> list[str]:
    """Every string of the roles on screen and every role title: content, never translated."""
    desk = window.desk
    found: set[str] = {title for _id, title in desk.role_titles()}
    found |= set(desk.families())

    def collect(value) -> None:
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, (list, tuple, set)):
            for item in value:
                collect(item)

    role = desk.role("backend-engineer")
    for other in [role, *(desk.role(step.role_id) for step in desk.path_steps(role) if step.role_id)]:
        if other is not None:
            collect(other.model_dump())
    for _key, name, *_rest in desk.skill_rows():
        found.add(name)
    return sorted((s for s in found if WORDS.search(s)), key=len, reverse=True)


def _english_words(text: str, content: list[str]) -> list[str]:
    rest = _unmarked(text)
    for value in content:
        if value in rest:
            rest = rest.replace(value, " ")
    return [w for w in WORDS.findall(rest) if w not in NAMES]


@pytest.fixture
def marking():
    app = QCoreApplication.instance()
    translator = Marking(app)
    app.installTranslator(translator)
    i18n.install(translate=lambda context, text, disambiguation, n: f"⟦{text}⟧")
    yield
    app.removeTranslator(translator)  # (remove_translations takes out the app's own)
    remove_translations()


def test_every_visible_string_goes_through_translation(qtbot, isolated_home, marking):
    from tests.ui.conftest import open_window

    window = open_window(qtbot, isolated_home)
    content = _role_content(window)
    problems = set()
    walked = 0
    for screen, root in screens(window, qtbot):
        for where, text in visible_texts(root):
            walked += 1
            words = _english_words(text, content)
            if words:
                problems.add(f"{screen}: {where}: {text[:90]!r}")
    assert walked > 500
    assert not problems, f"{len(problems)} untranslated:\n" + "\n".join(sorted(problems))


def _english_sources() -> set[str]:
    sources = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        german = translation.text or "" if translation is not None else ""
        if german and german != source and WORDS.search(source):
            sources.add(source.replace("&", ""))
    return sources


@pytest.fixture
def german():
    locale = apply_language("de")
    assert locale.language() == QLocale.Language.German
    yield
    remove_translations()


def test_german_screens_show_no_english_and_cut_nothing_off(qtbot, isolated_home, german):
    from tests.ui.conftest import open_window

    english = _english_sources()
    assert len(english) > 300
    window = open_window(qtbot, isolated_home)
    window.resize(1280, 800)
    assert window.tabs.tabText(0) == "Übersicht"
    still_english, cut_off = set(), set()
    for screen, root in screens(window, qtbot):
        for where, text in visible_texts(root):
            if text.replace("&", "") in english:
                still_english.add(f"{screen}: {where}: {text!r}")
        for widget in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
            if not widget.isVisibleTo(root) or (isinstance(widget, QLabel) and widget.wordWrap()):
                continue
            if widget.width() + 1 < widget.minimumSizeHint().width():
                cut_off.add(f"{screen}: {type(widget).__name__} {widget.text()!r} is {widget.width()} px "
                            f"wide, needs {widget.minimumSizeHint().width()}")
        for bar in root.findChildren(QTabBar):
            for index in range(bar.count() if bar.isVisibleTo(root) else 0):
                needed = bar.fontMetrics().horizontalAdvance(bar.tabText(index).replace("&", ""))
                if bar.tabRect(index).width() < needed:
                    cut_off.add(f"{screen}: tab {bar.tabText(index)!r}")
    assert not still_english, "\n".join(sorted(still_english))
    assert not cut_off, "\n".join(sorted(cut_off))


def test_the_german_catalogue_is_complete_and_in_step_with_the_code():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_german_numbers_money_and_dates(qtbot, german):
    from datetime import date

    from careerdesk.domain.money import format_range

    assert format_range(82460, 214670, "USD") == "82.460\u00a0$ – 214.670\u00a0$"  # a space that never breaks
    assert i18n.day(date(2026, 12, 2)) == "02.12.2026"
    assert i18n.number(1234.5, 1) == "1.234,5"
