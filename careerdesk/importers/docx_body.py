"""The lines of a .docx body in reading order, as Word shows them.

python-docx's `Document.paragraphs` lists only the body's own paragraphs and `Paragraph.text`
only their plain runs and links. Real CVs and ads hold text elsewhere too: Word's templates put
whole sections in content controls (`w:sdt`), Canva and many templates put a sidebar in text
boxes (`w:txbxContent`), and a reviewed file has tracked insertions (`w:ins`). So the XML is walked
here: everything a reader sees, nothing deleted (`w:del`, `w:moveFrom`), and each text box once
(Word writes it twice, the second copy in `mc:Fallback` for old readers)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

# Blocks whose children are blocks again: content controls, custom XML, alternate content
_BLOCK_WRAPPERS = {_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins", _W + "moveTo",
                   _MC + "AlternateContent", _MC + "Choice"}
# Inline parts holding no visible text: deleted and moved-away runs, the VML copy of a text box,
# paragraph and run properties, field codes
_NOT_SHOWN = {_W + "del", _W + "moveFrom", _MC + "Fallback", _W + "pPr", _W + "rPr", _W + "instrText",
              _W + "delText", _W + "sdtPr"}


def body_lines(body, prefix: Callable[[object], str]) -> list[str]:
    """Each paragraph of `body` (an lxml `w:body`) as a line, `prefix(p)` before it (a bullet for
    a list paragraph); a table row as its cells joined by " | "; text boxes after their paragraph."""
    lines: list[str] = []
    _blocks(body, lines, prefix)
    return lines


def _blocks(parent, lines: list[str], prefix) -> None:
    for child in parent:
        tag = child.tag
        if tag == _W + "p":
            boxes: list = []
            lines.append(prefix(child) + "".join(_inline(child, boxes)))
            for box in boxes:
                _blocks(box, lines, prefix)
        elif tag == _W + "tbl":
            for row in child.iter(_W + "tr"):
                if _nearest_table(row) is not child:
                    continue  # a row of a table inside a cell: read with its cell
                cells = []
                for cell in row.iter(_W + "tc"):
                    if _nearest_table(cell) is child:
                        inner: list[str] = []
                        _blocks(cell, inner, prefix)
                        cells.append("\n".join(inner))
                lines.append(" | ".join(cells))
        elif tag in _BLOCK_WRAPPERS:
            _blocks(child, lines, prefix)


def _nearest_table(element):
    parent = element.getparent()
    while parent is not None and parent.tag != _W + "tbl":
        parent = parent.getparent()
    return parent


def _inline(element, boxes: list) -> Iterator[str]:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _NOT_SHOWN:
            continue  # comments and processing instructions have no string tag
        if tag == _W + "t":
            yield child.text or ""
        elif tag == _W + "tab":
            yield "\t"
        elif tag in (_W + "br", _W + "cr"):
            yield "\n"
        elif tag == _W + "noBreakHyphen":
            yield "-"
        elif tag == _W + "txbxContent":
            boxes.append(child)  # a text box's paragraphs are lines of their own
        else:  # runs, links, inserted text, inline content controls, smart tags, drawings
            yield from _inline(child, boxes)
