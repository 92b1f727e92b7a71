"""The text of a document a person hands us (a job ad, a CV): .txt, .md, .html, .pdf, .docx
or standard input. Only text comes out: HTML is parsed, never rendered, and its scripts and
styles are dropped. Anything we cannot read honestly is refused with one clear line."""

from __future__ import annotations

import html
import io
import os
import re
import stat
import sys
from html.parser import HTMLParser
from pathlib import Path

from careerdesk.domain import i18n
from careerdesk.domain.errors import CareerDeskError, os_reason
from careerdesk.importers.docx_body import body_lines

MAX_BYTES = 5 * 1024 * 1024
# A PDF or Word file holds pictures too (a CV's photo is a few MB), and only its text is read:
# such a file may be larger, and what limits the work is the text it gives (MAX_BYTES again)
MAX_PACKED = 25 * 1024 * 1024
_PACKED = ("pdf", "docx")
MAX_DOCX_INFLATED = 50 * 1024 * 1024  # a long CV with photos unpacks to a few MB
KINDS = ("txt", "md", "html", "pdf", "docx")
_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
             ".pdf": "pdf", ".docx": "docx"}


class DocumentError(CareerDeskError):
    """A document that cannot be read as text."""


def read_document(path: str | Path, allowed: tuple[str, ...] = KINDS) -> str:
    """The text of `path` ("-" for standard input), whitespace tidied line by line."""
    label = "standard input" if str(path) == "-" else str(path)
    if str(path) == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        kind = _sniff(data)
    else:
        path = Path(path).expanduser()
        info = _regular_file(path, label)
        kind = _SUFFIXES.get(path.suffix.lower())
        if kind is None or kind not in allowed:
            raise DocumentError(i18n.translate(
                "Documents", "{label}: cannot read this kind of file (use {kinds})").format(
                label=label, kinds=", ".join("." + k for k in allowed)))
        if kind in _PACKED and info.st_size > MAX_PACKED:
            raise DocumentError(i18n.translate(
                "Documents", "{label} is larger than {megabytes} MB; save it as plain text and try that").format(
                label=label, megabytes=MAX_PACKED // (1024 * 1024)))
        if kind not in _PACKED and info.st_size > MAX_BYTES:
            raise DocumentError(_too_large(label))
        data = _read_file(path, MAX_PACKED if kind in _PACKED else MAX_BYTES, label)
    if not data.strip():
        raise DocumentError(i18n.translate("Documents", "{label} is empty").format(label=label))
    if len(data) > MAX_BYTES and (kind not in _PACKED or len(data) > MAX_PACKED or str(path) == "-"):
        raise DocumentError(_too_large(label))  # (grown since it was measured, or standard input)
    text = document_text(data, kind, label)
    if len(text) > MAX_BYTES:
        raise DocumentError(_too_large(label))
    if not text.strip():
        if kind == "pdf":
            raise DocumentError(i18n.translate("Documents", "no text found in {label} (is it a scanned image?)").format(
                label=label))
        raise DocumentError(i18n.translate("Documents", "no text found in {label}").format(label=label))
    return text


def _too_large(label: str) -> str:
    return i18n.translate("Documents", "{label} is larger than 5 MB; save the text part on its own and try "
                          "that").format(label=label)


def _regular_file(path: Path, label: str) -> os.stat_result:
    """Checked before opening: a FIFO or a device would block or never end."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise DocumentError(i18n.translate("Documents", "cannot open {label}: {reason}").format(
            label=label, reason=os_reason(exc))) from exc
    if stat.S_ISDIR(info.st_mode):
        raise DocumentError(i18n.translate("Documents", "{label} is a folder, not a file").format(label=label))
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(i18n.translate("Documents", "{label} is not a regular file").format(label=label))
    return info


def _read_file(path: Path, limit: int, label: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(limit + 1)
    except OSError as exc:
        raise DocumentError(i18n.translate("Documents", "cannot read {label}: {reason}").format(
            label=label, reason=os_reason(exc))) from exc


def _sniff(data: bytes) -> str:
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if re.match(rb"(?i)<(!doctype|html|body|div|p|h1)\b", head):
        return "html"
    return "txt"


def document_text(data: bytes, kind: str, label: str | None = None) -> str:
    """Bytes of one kind -> plain lines."""
    label = label or i18n.translate("Documents", "the document")
    if kind == "pdf":
        text = _pdf_text(data, label)
    elif kind == "docx":
        text = _docx_text(data, label)
    else:
        text = _decode(data, label)
        if kind == "html":
            text = html_text(text)
        elif kind == "md":
            text = markdown_text(text)
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _decode(data: bytes, label: str) -> str:
    # UTF-16 with its byte order mark (Windows Notepad's "Unicode", PowerShell's `>`) is text
    # although half its bytes are zero: decode it before the zero-byte test below calls it binary
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeError as exc:
            raise DocumentError(_binary(label)) from exc
    if b"\x00" in data[:8192]:
        raise DocumentError(_binary(label))
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("latin-1")
    control = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if control > 8:
        raise DocumentError(_binary(label))
    return text


class _HtmlText(HTMLParser):
    """Visible text only; block elements end a line. Script, style and head are dropped, and
    so is anything marked hidden (`hidden`, `display:none`): keyword blocks a reader never sees."""

    BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section", "ul", "ol", "dt",
              "dd", "article", "header", "table", "blockquote", "pre", "main", "footer", "aside", "nav", "figure",
              "figcaption", "address", "details", "summary", "caption", "form", "fieldset", "hr"}
    CELLS = {"td", "th"}  # a row's cells on its line, " | " between them as a .docx table's are
    HIDDEN = {"script", "style", "head", "noscript", "template", "svg", "iframe", "object", "title"}
    VOID = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
    _INVISIBLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._open: list[tuple[str, bool]] = []  # (tag, hides its content)
        self._cells = 0  # cells so far in the table row being read

    def _hidden(self) -> bool:
        return any(hides for _, hides in self._open)

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag not in self.VOID:
            style = " ".join(v or "" for k, v in attrs if k == "style")
            hides = tag in self.HIDDEN or any(k == "hidden" for k, _ in attrs) or bool(self._INVISIBLE.search(style))
            self._open.append((tag, hides))
        if tag in self.BLOCKS and not self._hidden():
            self.parts.append("\n")
            if tag == "li":
                self.parts.append("• ")
        if tag == "tr":
            self._cells = 0
        elif tag in self.CELLS and not self._hidden():
            if self._cells:
                self.parts.append(" | ")
            self._cells += 1

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._open) - 1, -1, -1):  # close up to the matching tag (HTML is forgiving)
            if self._open[i][0] == tag:
                del self._open[i:]
                break
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden():
            self.parts.append(data)


def html_text(raw: str) -> str:
    parser = _HtmlText()
    parser.feed(raw)
    parser.close()
    return html.unescape("".join(parser.parts))


def markdown_text(text: str) -> str:
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.M)
    text = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), text)
    text = re.sub(r"(?<![\w*])[*_]([^*_\n]+)[*_](?![\w*])", r"\1", text)
    text = re.sub(r"`([^`\n]+)`", r"\1", text)
    return re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)


def _pdf_text(data: bytes, label: str) -> str:
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged-file chatter is not the user's business
    try:
        reader = PdfReader(io.BytesIO(data))
        # Encrypted with an empty user password (copying or printing forbidden): every reader
        # opens it without asking, and so do we. Only a PDF that asks for a password is refused.
        if reader.is_encrypted and not _opens_without_password(reader):
            raise DocumentError(_password(label))
        pages = [page.extract_text() or "" for page in reader.pages]
    except DocumentError:
        raise
    except Exception as exc:  # pypdf raises many kinds on damaged files: one line, never a traceback
        raise DocumentError(i18n.translate("Documents", "{label} is not a readable PDF ({error})").format(
            label=label, error=exc.__class__.__name__)) from exc
    # pypdf gives ligatures as single characters and spaces as tabs
    text = "\n".join(pages).replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\ufb00", "ff")
    text = text.replace("\t", " ")
    # a PDF breaks lines where the page ran out; join a line that runs on into the next
    return re.sub(r"(?<=[\w,])[ ]*\n(?=[ ]*[a-z(])", " ", text)


def _opens_without_password(reader) -> bool:
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001 - AES without a crypto library, a damaged key: as if it asked
        return False


def _docx_text(data: bytes, label: str) -> str:
    import zipfile

    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE

    if data.startswith(_OLE) and "EncryptedPackage".encode("utf-16-le") in data:
        # Word keeps a password-protected .docx in an encrypted OLE container, not a zip
        raise DocumentError(_password(label))
    try:
        # A zip bomb (a small file that inflates to gigabytes of XML) would take minutes and
        # all the memory there is: refuse it before anything is inflated.
        inflated = sum(member.file_size for member in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except Exception as exc:  # noqa: BLE001 - not a zip at all: the same one line as below
        raise DocumentError(_not_docx(label)) from exc
    if inflated > MAX_DOCX_INFLATED:
        raise DocumentError(i18n.translate(
            "Documents", "{label} unpacks to more than {megabytes} MB; save it as a PDF or plain text and try "
            "that").format(label=label, megabytes=MAX_DOCX_INFLATED // (1024 * 1024)))
    try:
        document = Document(io.BytesIO(data))
        # Paragraph.style looks through every style of the document for each paragraph
        # (a millisecond each: 45 s for 25,000 paragraphs): resolve names once instead.
        names = {style.style_id: style.name or "" for style in document.styles}
        default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        default_name = (default.name or "") if default is not None else ""
    except Exception as exc:  # zip, package and lxml errors alike: one line, never a traceback
        raise DocumentError(_not_docx(label)) from exc
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

    def bullet(paragraph) -> str:
        # the pStyle id looked up in names read once, not Paragraph.style's search per paragraph
        node = paragraph.find(f"{w}pPr/{w}pStyle")
        style_id = node.get(f"{w}val") if node is not None else None
        style = names.get(style_id, default_name) if style_id else default_name
        return "• " if "List" in style else ""

    body = document.element.body
    return "\n".join(body_lines(body, bullet)) if body is not None else ""


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file's signature


def _password(label: str) -> str:
    return i18n.translate("Documents", "{label} is password-protected; open it, save a copy without a password, "
                          "try that").format(label=label)


def _binary(label: str) -> str:
    return i18n.translate("Documents", "{label} is a binary file, not text").format(label=label)


def _not_docx(label: str) -> str:
    return i18n.translate("Documents", "{label} is not a readable Word document (.docx)").format(label=label)
