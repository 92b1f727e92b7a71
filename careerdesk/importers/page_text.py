"""The text of a saved role page: plain lines from a .txt, .md or .html file, in linear time."""

from __future__ import annotations

import html
import re

# HTML to text with one C-speed search per tag: html.parser spends microseconds on every tag
# and every stray "<" (a 5 MB page of them took 14 s). Like it, the rest of a page is dropped
# at an unfinished tag or comment. Unlike it, a ">" inside a quoted attribute value ends the
# tag (the rest of that value then shows as text): rare, harmless, and it keeps this linear.
# (a table's cells too: a page's tools laid out in a table ran together, "KubernetesTerraform")
_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th", "section", "ul", "ol", "dt",
           "dd"}
_HIDDEN = {"head", "nav", "footer"}  # their text is page furniture, not the role
_RAW = {"script", "style"}  # their content is code, not markup: skipped up to the closing tag
_SPECIAL = _BLOCKS | _HIDDEN | _RAW
# a whole tag (closing slash, name); else a comment, declaration or unfinished tag starting
_TOKEN = re.compile(r"<(/?)([a-zA-Z][^\s/>]*)[^>]*>|<!--|<[!?]|</?[a-zA-Z]")


def _html_text(text: str) -> str:
    """Visible text of an HTML page, with block elements on their own lines."""
    parts: list[str] = []
    hidden, pos = 0, 0
    while True:
        found = _TOKEN.search(text, pos)
        if found is None:
            if not hidden:
                parts.append(text[pos:])
            break
        if not hidden:
            parts.append(text[pos:found.start()])
        name = found.group(2)
        if name is None:  # comment, doctype, processing instruction: no text; unfinished: stop
            opener = found.group()
            end = text.find("-->", found.end()) if opener == "<!--" else -1
            end = end + 3 if end >= 0 else (text.find(">", found.end()) + 1 if opener in ("<!", "<?") else 0)
            if end <= 0:
                break
            pos = end
            continue
        pos = found.end()
        if name not in _SPECIAL:  # most tags are written in lower case: skip the copy for them
            name = name.lower()
            if name not in _SPECIAL:
                continue
        closing = found.group(1)
        if name in _HIDDEN:
            hidden = max(0, hidden - 1) if closing else hidden + 1
        elif name in _BLOCKS:
            parts.append("\n• " if name == "li" and not closing else "\n")
        elif not closing:  # script or style
            end_tag = re.compile(rf"</{name}\s*>", re.I).search(text, pos)
            if end_tag is None:
                break
            pos = end_tag.end()
    return html.unescape("".join(parts))


def page_text(raw: str, kind: str = "txt") -> str:
    """Plain lines from a .txt, .md or .html page."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if kind in ("html", "htm") or re.match(r"\s*<(!doctype|html|body|div|h1|p)\b", text, re.I):
        text = _html_text(text)
    elif kind in ("md", "markdown"):
        text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.M)  # headings
        text = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), text)
        text = re.sub(r"(?<![\w*])[*_]([^*_\n]+)[*_](?![\w*])", r"\1", text)  # *emphasis*
        # links keep their text; neither part crosses a bracket or a line, so an unclosed
        # "[" or "(" cannot make every later one rescan the rest of the page
        text = re.sub(r"\[([^\[\]\n]+)\]\([^()\n]*\)", r"\1", text)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines)
