"""Documents in: text out of every kind we accept, and one clear line for everything else."""

from __future__ import annotations

import os
import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careerdesk.importers.documents import DocumentError, document_text, html_text, read_document
from tests.conftest import ROOT

DOCS = ROOT / "tests" / "fixtures" / "documents"


def test_plain_text_and_markdown(tmp_path):
    (tmp_path / "ad.txt").write_text("Title\r\n\r\n  Python   and  SQL  \n", encoding="utf-8")
    assert read_document(tmp_path / "ad.txt") == "Title\n\nPython and SQL"
    (tmp_path / "ad.md").write_text("## Skills\n**Python** and [Go](https://go.dev)\n", encoding="utf-8")
    assert read_document(tmp_path / "ad.md") == "Skills\nPython and Go"


def test_windows_1252_text_is_read(tmp_path):
    (tmp_path / "ad.txt").write_bytes("Caf\xe9 \x96 Python".encode("latin-1"))
    assert read_document(tmp_path / "ad.txt") == "Café – Python"


def test_html_keeps_visible_text_only():
    raw = ("<html><head><title>T</title><style>p{}/* Rust */</style><script>var x='Kubernetes'</script></head>"
           "<body><h1>Data Engineer</h1><ul><li>Spark &amp; Kafka</li></ul>"
           "<p style='display: none'>Keywords: Swift</p><div hidden>Scala</div><p>Salary&nbsp;£60k</p>"
           "<img src=x onerror=alert(1)></body></html>")
    text = html_text(raw)
    assert "Data Engineer" in text and "• Spark & Kafka" in text and "£60k" in text
    for hidden in ("Rust", "Kubernetes", "Swift", "Scala", "alert", "<"):
        assert hidden not in text


def test_pdf_fixture_reads_back_with_words_whole():
    text = read_document(DOCS / "cv-accountant.pdf")
    assert "Power BI" in text and "Microsoft Excel" in text
    assert "\ufb01" not in text  # no ligature characters
    assert "Led the annual budgeting process and rolling forecasts for five cost centres" in text


def test_docx_fixture_keeps_bullets_and_headings():
    text = read_document(DOCS / "cv-nurse.docx")
    assert text.startswith("Grace Okafor RN")
    assert "• Swift escalation of deteriorating patients using NEWS2; led two cardiac arrest calls" in text


def test_scanned_pdf_says_so(tmp_path, qapp):
    from PySide6.QtGui import QColor, QPainter, QPdfWriter

    path = tmp_path / "scan.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.fillRect(100, 100, 2000, 3000, QColor("gray"))  # an "image" of a page, no text
    painter.end()
    with pytest.raises(DocumentError, match=r"^no text found in .*scan\.pdf \(is it a scanned image\?\)$"):
        read_document(path)


@pytest.mark.parametrize(("name", "data", "message"), [
    ("empty.txt", b"", "is empty"),
    ("blank.md", b"  \n\n ", "is empty"),
    ("binary.txt", b"\x00\x01\x02ELF" * 100, "is a binary file"),
    ("fake.pdf", b"%PDF-1.4 this is not really a pdf", "is not a readable PDF"),
    ("fake.docx", b"PK\x03\x04 not a zip", "is not a readable Word document"),
    ("cv.odt", b"text", "cannot read this kind of file"),
])
def test_bad_files_are_one_clear_line(tmp_path, name, data, message):
    (tmp_path / name).write_bytes(data)
    with pytest.raises(DocumentError, match=message) as info:
        read_document(tmp_path / name)
    assert "\n" not in str(info.value)


def test_over_five_megabytes_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(5 * 1024 * 1024 + 1)
    with pytest.raises(DocumentError, match="larger than 5 MB"):
        read_document(path)


def test_special_files_are_refused_without_opening(tmp_path):
    with pytest.raises(DocumentError, match="is a folder"):
        read_document(tmp_path)
    with pytest.raises(DocumentError, match="cannot open"):
        read_document(tmp_path / "missing.txt")
    if sys.platform != "win32":
        fifo = tmp_path / "pipe.txt"
        os.mkfifo(fifo)  # opening it would block forever
        with pytest.raises(DocumentError, match="not a regular file"):
            read_document(fifo)


def test_kinds_can_be_narrowed(tmp_path):
    (tmp_path / "cv.html").write_text("<p>Python</p>", encoding="utf-8")
    with pytest.raises(DocumentError, match=r"use \.txt, \.md"):
        read_document(tmp_path / "cv.html", ("txt", "md"))


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=2000), kind=st.sampled_from(["txt", "md", "html", "pdf", "docx"]))
def test_any_bytes_give_text_or_one_clear_error(data, kind):
    try:
        text = document_text(data, kind, "f")
    except DocumentError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(text, str)


def _docx_with_paragraphs(path, count: int, *, style: str | None = None) -> None:
    import docx

    document = docx.Document()
    for i in range(count):
        document.add_paragraph(f"Line {i} about Python", style=style)
    document.save(path)


def _docx_with_many_paragraphs(path, count: int) -> None:
    """`count` paragraphs in the default style, written as XML copies of one: python-docx's own
    add_paragraph took ~50 s for 20,000 under CI load, longer than the read being tested."""
    import zipfile

    one = path.with_name("one.docx")
    _docx_with_paragraphs(one, 1)
    with zipfile.ZipFile(one) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            data = source.read(member.filename)
            if member.filename == "word/document.xml":
                paragraph = re.search(rb"<w:p>.*?</w:p>|<w:p .*?</w:p>", data, re.S).group(0)
                copies = b"".join(paragraph.replace(b"Line 0 ", f"Line {i} ".encode()) for i in range(count))
                data = data.replace(paragraph, copies)
            out.writestr(member.filename, data)


def test_a_long_docx_is_read_in_seconds_not_minutes(tmp_path):
    # Paragraph.style searched every style for each paragraph: 25,000 lines took 45 s
    import time

    path = tmp_path / "long.docx"
    _docx_with_many_paragraphs(path, 20_000)
    started = time.perf_counter()
    text = read_document(path)
    assert time.perf_counter() - started < 15
    assert text.count("about Python") == 20_000
    assert text.splitlines()[-1] == "Line 19999 about Python"


def test_docx_bullets_still_come_from_the_paragraph_style(tmp_path):
    path = tmp_path / "list.docx"
    _docx_with_paragraphs(path, 2, style="List Bullet")
    assert read_document(path).splitlines() == ["• Line 0 about Python", "• Line 1 about Python"]


def test_a_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    import zipfile

    real, bomb = tmp_path / "real.docx", tmp_path / "bomb.docx"
    _docx_with_paragraphs(real, 1)
    with zipfile.ZipFile(real) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            data = source.read(member.filename)
            if member.filename == "word/document.xml":  # 80 MB of XML in a file of a few hundred KB
                data = data.replace(b"<w:body>", b"<w:body>" + b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 2_400_000)
            out.writestr(member.filename, data)
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(DocumentError, match="unpacks to more than 50 MB"):
        read_document(bomb)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_text_file_with_its_byte_order_mark_is_read(tmp_path, encoding):
    # Windows Notepad's "Unicode" and PowerShell's `>` write UTF-16 with a byte order mark; its
    # zero bytes made it "a binary file, not text"
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding]
    path = tmp_path / "ad.txt"
    path.write_bytes(bom + "Wir suchen: Python und SQL für München\r\n".encode(encoding))
    assert read_document(path) == "Wir suchen: Python und SQL für München"


def test_a_utf16_file_that_does_not_decode_is_still_one_clear_line(tmp_path):
    path = tmp_path / "ad.txt"
    path.write_bytes(b"\xff\xfe" + b"\x00\xd8" * 10)  # lone surrogates
    with pytest.raises(DocumentError, match="binary file"):
        read_document(path)


def _encrypted_pdf(tmp_path, user_password: str):
    """A text PDF (Qt's writer) encrypted as pypdf does it: an owner password that only restricts
    printing or copying, and a user password that may be empty (the PDF opens without asking)."""
    from pypdf import PdfReader, PdfWriter
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QPainter, QPdfWriter

    plain = tmp_path / "plain.pdf"
    pdf = QPdfWriter(str(plain))
    painter = QPainter(pdf)
    painter.drawText(QRect(0, 0, 8000, 1000), 0, "We need Kubernetes and PostgreSQL")
    painter.end()
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    path = tmp_path / "ad.pdf"
    writer.write(path)
    return path


def test_a_pdf_that_opens_without_a_password_is_read_although_it_is_encrypted(tmp_path, qapp):
    # An employer's PDF that forbids copying or printing is encrypted with an empty user
    # password: every reader opens it without asking, so "password-protected" was wrong
    assert "Kubernetes and PostgreSQL" in read_document(_encrypted_pdf(tmp_path, ""))


def test_a_pdf_that_asks_for_a_password_says_so(tmp_path, qapp):
    with pytest.raises(DocumentError, match="is password-protected"):
        read_document(_encrypted_pdf(tmp_path, "secret"))


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_BOX = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"')


def _docx_from_body(path, *blocks: str) -> None:
    """A .docx whose body holds `blocks` (WordprocessingML as Word writes it) in this order."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    body = document.element.body
    for block in blocks:
        body.insert(len(body) - 1, parse_xml(block))  # before the section properties
    document.save(path)


def test_a_docx_made_from_a_word_template_keeps_all_its_text_in_reading_order(tmp_path):
    # Word's CV templates hold their sections in content controls, Canva's exports in text boxes,
    # and a CV someone reviewed has tracked changes: python-docx's paragraph list skipped all
    # three, so a CV's skills section came out empty ("no text found" for a template CV)
    path = tmp_path / "cv.docx"
    _docx_from_body(
        path,
        f'<w:p {_W}><w:r><w:t>Jane Doe</w:t></w:r></w:p>',
        f'<w:sdt {_W}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Skills: Kubernetes</w:t></w:r></w:p>'
        '</w:sdtContent></w:sdt>',
        f'<w:p {_W}><w:r><w:t xml:space="preserve">I know </w:t></w:r>'
        '<w:ins w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:t>Terraform</w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:delText> and COBOL</w:delText>'
        '</w:r></w:del><w:r><w:t xml:space="preserve"> and </w:t></w:r>'
        '<w:sdt><w:sdtContent><w:r><w:t>Docker</w:t></w:r></w:sdtContent></w:sdt></w:p>',
        f'<w:tbl {_W}><w:tr><w:tc><w:p><w:r><w:t>Tools</w:t></w:r></w:p></w:tc>'
        '<w:tc><w:p><w:r><w:t>Ansible</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
        f'<w:p {_W} {_BOX}><w:r><w:t>Profile</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps">'
        '<w:drawing><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Sidebar: PostgreSQL</w:t></w:r></w:p>'
        '</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>'
        '<v:textbox><w:txbxContent><w:p><w:r><w:t>Sidebar: PostgreSQL</w:t></w:r></w:p></w:txbxContent>'
        '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>',
        f'<w:p {_W}><w:r><w:t>The end</w:t></w:r></w:p>',
    )
    assert read_document(path).splitlines() == [
        "Jane Doe", "Skills: Kubernetes", "I know Terraform and Docker", "Tools | Ansible", "Profile",
        "Sidebar: PostgreSQL", "The end"]


def test_html_table_cells_and_html5_blocks_do_not_run_together():
    # Job ads from applicant-tracking systems and e-mails lay requirements out in tables: the
    # cells were glued ("PythonKubernetes"), so neither skill was found
    raw = ("<table><tr><th>Must have</th><th>Nice to have</th></tr>"
           "<tr><td>Python</td><td>Kubernetes</td></tr><tr><td><b>Go</b></td><td>Rust</td></tr></table>"
           "<main>Team</main><footer>Apply by Friday</footer><aside>Docker</aside>")
    assert [line for line in html_text(raw).splitlines() if line.strip()] == [
        "Must have | Nice to have", "Python | Kubernetes", "Go | Rust", "Team", "Apply by Friday", "Docker"]


def test_a_password_protected_docx_says_so():
    # Word saves a password-protected .docx as an encrypted OLE container, not a zip: it was
    # "not a readable Word document", which a person whose Word opens it cannot make sense of.
    # (The fixture: a python-docx CV encrypted with msoffcrypto-tool, password "secret".)
    with pytest.raises(DocumentError, match=r"cv-password\.docx is password-protected; open it, save a copy "):
        read_document(DOCS / "cv-password.docx")


def _photo(tmp_path, side: int = 1300):
    """A PNG of noise (a photo does not compress either): about 5 bytes a pixel."""
    from PySide6.QtGui import QImage

    image = QImage(os.urandom(side * side * 4), side, side, QImage.Format.Format_ARGB32)
    path = tmp_path / "photo.png"
    assert image.save(str(path), "PNG")
    return path


def test_a_cv_with_a_photo_over_five_megabytes_is_read(tmp_path, qapp):
    # A CV with its photo (customary in Germany) is easily over 5 MB as a .docx or PDF; the
    # limit was on the file, pictures included, though only the text is read
    import docx
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter, QPdfWriter

    photo = _photo(tmp_path)
    cv = docx.Document()
    cv.add_paragraph("Grace Okafor RN")
    cv.add_picture(str(photo))
    cv.add_paragraph("Skills: Python and PostgreSQL")
    cv.save(tmp_path / "cv.docx")
    pdf = QPdfWriter(str(tmp_path / "cv.pdf"))
    painter = QPainter(pdf)
    painter.drawText(QRect(0, 0, 8000, 1000), 0, "Skills: Python and PostgreSQL")
    painter.drawImage(QRect(0, 1200, 4000, 4000), QImage(str(photo)))
    painter.end()
    del pdf
    for name in ("cv.docx", "cv.pdf"):
        assert (tmp_path / name).stat().st_size > 5 * 1024 * 1024, name
        assert "Skills: Python and PostgreSQL" in read_document(tmp_path / name)


def test_a_pdf_or_docx_over_the_picture_limit_is_still_refused_before_reading(tmp_path):
    for name in ("huge.pdf", "huge.docx"):
        path = tmp_path / name
        with open(path, "wb") as handle:
            handle.truncate(25 * 1024 * 1024 + 1)
        with pytest.raises(DocumentError, match="larger than 25 MB"):
            read_document(path)
