"""View > Language back and forth: the app's translators do not pile up. A language whose
catalogue is missing a file (ours not compiled for it, or Qt's own left out of a bundle)
leaves no translator behind either, installed or not."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

from careerdesk.ui.translations import apply_language, remove_translations


def _translators() -> int:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # (deleteLater)
    return len(QCoreApplication.instance().findChildren(QTranslator))


def test_switching_languages_leaves_no_translator_behind(qapp, tmp_path):
    before = _translators()
    try:
        for _ in range(3):
            apply_language("de", tmp_path)  # (no careerdesk_de.qm here: only Qt's own loads)
            assert _translators() - before <= 1
            apply_language("en")
            assert _translators() == before
    finally:
        remove_translations()
