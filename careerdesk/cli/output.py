"""Printing for the command line: JSON for scripts, and text that cannot drive the terminal."""

from __future__ import annotations

import json
import sys

# Role text comes from files anyone can write: an ESC or another control character in a title
# would reach the terminal as a command (colours, cursor moves, a changed window title). Only
# line breaks and tabs pass; every other C0 control and DEL shows as U+FFFD.
_CONTROLS = {c: "\ufffd" for c in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)}


class TerminalText:
    """A text stream wrapper that replaces control characters before they are written."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(text.translate(_CONTROLS))

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False)  # JSON escapes controls itself
    sys.stdout.write("\n")
