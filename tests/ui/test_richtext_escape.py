"""Role text is data, never markup: `esc` gives what html.escape(quote=True) gave, newlines as <br>."""

import html

from hypothesis import given
from hypothesis import strategies as st

from careerdesk.ui.views.richtext import esc


def reference(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>")


def test_hostile_text_is_escaped_exactly_as_before():
    hostile = ('<script>alert("x")</script> & <b>bold</b> \'single\' "double" &amp; &lt; a<br>b\nc\r\nd '
               '<a href="javascript:x">l</a> <img src=x onerror=y> ]]> <!-- c --> Ωμέγα 😀 \t\x00')
    assert esc(hostile) == reference(hostile)
    assert esc('<>&"\'\n') == "&lt;&gt;&amp;&quot;&#x27;<br>"
    assert esc("&amp;") == "&amp;amp;"  # escaped again: the text shows "&amp;", as typed
    assert esc("") == ""


@given(st.text(alphabet=st.sampled_from('<>&"\'\n\r\tab; #x27é😀')))
def test_any_text_is_escaped_as_html_escape_did(text):
    assert esc(text) == reference(text)


@given(st.text())
def test_any_unicode_text_is_escaped_as_html_escape_did(text):
    assert esc(text) == reference(text)
