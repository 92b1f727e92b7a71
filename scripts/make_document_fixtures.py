"""Build the Word and PDF fixtures of the labelled set from their text sources.

    python scripts/make_document_fixtures.py

tests/fixtures/documents/src/cv-nurse.txt      -> cv-nurse.docx (python-docx; "# " title,
                                                   "## " heading, "- " bullet)
tests/fixtures/documents/src/cv-accountant.txt -> cv-accountant.pdf (Qt's QPdfWriter, with
                                                   ligatures off so the text reads back as written)
The outputs are committed; run this again only after editing a source.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "documents"


def make_docx(source: Path, out: Path) -> None:
    from docx import Document

    document = Document()
    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            document.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            document.add_heading(line[2:], level=0)
        elif line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif line.strip():
            document.add_paragraph(line)
    document.core_properties.author = "CareerDesk fixtures"
    document.save(str(out))


def make_pdf(source: Path, out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    writer = QPdfWriter(str(out))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    writer.setTitle("CV")
    document = QTextDocument()
    font = QFont("DejaVu Sans", 10)
    font.setFeature(QFont.Tag("liga"), 0)  # "fi" must come back as two letters, not U+FB01
    document.setDefaultFont(font)
    document.setPlainText(source.read_text(encoding="utf-8"))
    document.print_(writer)


def main() -> int:
    make_docx(FOLDER / "src" / "cv-nurse.txt", FOLDER / "cv-nurse.docx")
    make_pdf(FOLDER / "src" / "cv-accountant.txt", FOLDER / "cv-accountant.pdf")
    print(f"wrote {FOLDER / 'cv-nurse.docx'} and {FOLDER / 'cv-accountant.pdf'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
