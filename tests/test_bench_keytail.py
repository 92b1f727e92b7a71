"""bench/keytail.py: the queries it types are interact's (bench/child.py search_queries, which
both use), and its summary names the dearest keystrokes (the tail a mean hides)."""

from __future__ import annotations

import random

from bench import child, keytail


def test_types_the_words_interact_types():
    words = [f"word{n:03d}xyz" for n in range(300)]
    drawing = random.Random(7)
    typed = child.search_queries(words, drawing)
    rng, more = random.Random(7), random.Random(70)  # (as rounds 1-13 drew them, length after length)
    for length in (1, 3, 8):
        drawn = [rng.choice(words) for _ in range(40)] + [more.choice(words) for _ in range(80)]
        assert typed[length] == [w.lower()[:length] for w in drawn]
    assert drawing.random() == rng.random()  # (interact's later draws, the roles it switches to, as before)


def test_summary_lists_the_dearest_keystrokes(tmp_path):
    for n in range(20):
        count = (n + 1) * 1_000_000
        (tmp_path / f"cg.1.{n + 1}").write_text(
            f"desc: Trigger: Client Request: 3:q{n:02d}\nsummary: {count}\ntotals: {count}\n")
    (tmp_path / "cg.1").write_text("desc: Trigger: Program termination\nsummary: 0\n")  # (not a keystroke)
    found = keytail.read_dumps(tmp_path)
    assert sorted(found) == [3] and len(found[3]) == 20
    text = keytail.summary(found)
    assert "3 letters, 20 keystrokes: mean 10.50 M, median 10.50 M, p95 19.00 M" in text
    assert "ten dearest 15.50 M" in text
    assert text.splitlines()[1].strip().startswith("q19 20.0, q18 19.0")
