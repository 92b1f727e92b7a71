"""Help > CareerDesk Help (the user guide shipped in resources/help) and Help > Keyboard
shortcuts (read from the window's own actions, so the list can never drift from the keys)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from careerdesk.paths import resources_dir

if TYPE_CHECKING:
    from careerdesk.ui.main_window import MainWindow

GUIDE = "help/guide.md"  # English; a translation sits beside it as guide.<language>.md
translate = QCoreApplication.translate
# Keys that act inside a view rather than through a menu action.
VIEW_KEYS = (
    (QT_TRANSLATE_NOOP("Help", "Tick or untick the selected skill"), QT_TRANSLATE_NOOP("Help", "Space")),
    (QT_TRANSLATE_NOOP("Help", "Status and notes menu for the selected skill"),
     QT_TRANSLATE_NOOP("Help", "Menu key or Shift+F10")),
    (QT_TRANSLATE_NOOP("Help", "Open the first role found"), QT_TRANSLATE_NOOP("Help", "Enter in the search box")),
    (QT_TRANSLATE_NOOP("Help", "Open the selected career-path step"), QT_TRANSLATE_NOOP("Help", "Space or Enter")),
)


def guide_path(locale: QLocale | None = None):
    """The guide in the window's language (QLocale's default, which View > Language sets), or
    the English one when there is no translation."""
    language = (locale or QLocale()).name().split("_")[0]
    translated = resources_dir() / GUIDE.replace(".md", f".{language}.md")
    return translated if language != "en" and translated.is_file() else resources_dir() / GUIDE


def guide_markdown(parent: QWidget | None = None) -> str:
    try:
        return guide_path().read_text(encoding="utf-8")
    except OSError:
        return translate("Help", "# CareerDesk Help\n\nThe user guide is missing from this installation. "
                         "Reinstalling CareerDesk brings it back.")


class GuideView(QTextBrowser):
    """Markdown shown as text: it loads no images or other resources and follows no links."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("helpGuide")
        self.setAccessibleName(self.tr("CareerDesk user guide"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(18)

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt override)
        return None

    def show_markdown(self, text: str) -> None:
        self.document().setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        self.moveCursor(QTextCursor.MoveOperation.Start)  # open at the top, not where layout left it


def _dialog(window: QWidget, name: str, title: str, body: QWidget, size: tuple[int, int]) -> QDialog:
    dialog = QDialog(window)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    box.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(body, 1)
    layout.addWidget(box)
    from careerdesk.ui.style import fit_to_screen

    fit_to_screen(dialog, *size)
    return dialog


def show_help(window: MainWindow) -> QDialog:
    """The guide in a window of its own, beside the app (not modal: people read and try)."""
    dialog = getattr(window, "_help_dialog", None)
    if dialog is None:
        view = GuideView()
        view.show_markdown(guide_markdown(window))
        dialog = _dialog(window, "helpDialog", translate("Help", "CareerDesk Help"), view, (640, 720))
        window._help_dialog = dialog
    dialog.show()
    dialog.findChild(GuideView).verticalScrollBar().setValue(0)
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, keys) for every action with a shortcut, in menu order, then view keys."""
    rows, seen = [], set()
    for action in window.findChildren(QAction):
        # dict.fromkeys: Redo's standard key is Ctrl+Shift+Z on some platforms, bound twice
        keys = list(dict.fromkeys(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()))
        what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
        if keys and what and what not in seen:
            seen.add(what)
            rows.append((what, translate("Help", " or ").join(keys)))
    rows += [(translate("Help", what), translate("Help", keys)) for what, keys in VIEW_KEYS]
    return rows


def show_shortcuts(window: MainWindow) -> QDialog:
    from careerdesk.ui.actions import give_shortcuts

    give_shortcuts(window)  # (set just after the first paint: a list asked for sooner has them all too)
    rows = shortcut_rows(window)
    table = QTableWidget(len(rows), 2)
    table.setObjectName("shortcutTable")
    table.setAccessibleName(translate("Help", "Keyboard shortcuts"))
    table.setHorizontalHeaderLabels([translate("Help", "Action"), translate("Help", "Keys")])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    for row, (what, keys) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(what))
        table.setItem(row, 1, QTableWidgetItem(keys))
    dialog = _dialog(window, "shortcutsDialog", translate("Help", "Keyboard shortcuts"), table, (680, 620))
    dialog.show()
    return dialog
