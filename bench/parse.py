"""Role-page parser benchmark: hostile page shapes at growing sizes, against a baseline.

Usage: python bench/parse.py [--sizes 10K,100K,1M,5M] [--shapes digits,levels] [--limit 30]

Every shape is a page a person (or an attacker) could save: digits only, one huge line, a
salary or levels section of digits, many headings, many bullets, no newlines, random Unicode,
unclosed brackets. The baseline, measured in the same run on the same text, is reading and
splitting it (`text.split()` plus `text.split("\\n")`): a linear parser stays a small, steady
multiple of it as the size grows; a quadratic one multiplies by ten for each tenfold size.
A shape that takes longer than --limit seconds is stopped and shown as such.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from careerdesk.domain.skills import CanonicalSkill, SkillIndex  # noqa: E402
from careerdesk.importers.role_page import parse_role_page  # noqa: E402


def _fill(head: str, unit: str | Callable[[int], str], size: int) -> str:
    """`head`, then `unit` repeated (or called with a counter) until the page is `size` characters."""
    parts, total, i = [head], len(head), 0
    while total < size:
        piece = unit if isinstance(unit, str) else unit(i)
        parts.append(piece)
        total += len(piece)
        i += 1
    return "".join(parts)[:size]


def _random_unicode(size: int) -> str:
    rng = random.Random(11)
    # letters, digits, punctuation, symbols, right-to-left, emoji; now and then a line break
    ranges = [(0x20, 0x7E), (0xA0, 0x24F), (0x370, 0x3FF), (0x590, 0x6FF), (0x2000, 0x206F),
              (0x4E00, 0x4FFF), (0x1F300, 0x1F6FF)]
    out = []
    for _ in range(size):
        lo, hi = rng.choice(ranges)
        out.append("\n" if rng.random() < 0.01 else chr(rng.randint(lo, hi)))
    return "".join(out)


def _no_newlines(size: int) -> str:
    rng = random.Random(7)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:()[]*_-$€£+/&?!<>"
    return "".join(rng.choice(alphabet) for _ in range(size))


# name -> (builder of a page of `size` characters, page kind)
SHAPES: dict[str, tuple[Callable[[int], str], str]] = {
    "digits only": (lambda n: _fill("", "1234567890", n), "txt"),
    "one huge line": (lambda n: _fill("Engineer\nRequired skills\n", lambda i: (
        f"Experience with Python and SQL, strong communication{i} (e.g. writing) & Docker AWS. "), n), "txt"),
    "salary of digits": (lambda n: _fill("Engineer\nSalary range\n$", "9", n), "txt"),
    "salary of groups": (lambda n: _fill("Engineer\nSalary range\n", "1,0.", n), "txt"),
    "levels of digits": (lambda n: _fill("Engineer\nSeniority levels\n", "1", n), "txt"),
    "levels of prose": (lambda n: _fill("Engineer\nSeniority levels\n", lambda i: (
        f"Senior Staff Principal Engineer {i} {i}-{i + 3} years $120,000 - $160,000 USD leads teams.\n\n"), n), "txt"),
    "many headings": (lambda n: _fill("Engineer\n", "Required skills\nSQL\nTools\nDocker\nFAQ\nWhy?\nSo.\n"
                                      "Salary range\n$1-2\nSeniority levels\nJunior 1-2 years $1-$2\n", n), "txt"),
    # distinct lines, each naming known and unknown skills (a repeated line is recognised and skipped)
    "many bullets": (lambda n: _fill("Engineer\nRequired skills\n", lambda i: (
        f"• Experience with Python (Django) and SQL{i}\n"), n), "txt"),
    "many tools": (lambda n: _fill("Engineer\nTools\n", lambda i: f"Google Cloud Python (Django) Tool{i} ", n), "txt"),
    "open brackets": (lambda n: _fill("Engineer\nRequired skills\n", "(a ", n), "txt"),
    "career path": (lambda n: _fill("Engineer\nCareer path\n", "1. Senior Engineer (m/w/d)\n", n), "txt"),
    "questions": (lambda n: _fill("Engineer\nFAQ\n", "What is it\nreally?\nAn answer.\n", n), "txt"),
    "one long answer": (lambda n: _fill("Engineer\nFAQ\nWhy?\n", "An answer that goes on.\n", n), "txt"),
    "no newlines": (_no_newlines, "txt"),
    "random unicode": (_random_unicode, "txt"),
    "markdown brackets": (lambda n: _fill("# Engineer\n", "[a **b _c ", n), "md"),
    "html tags": (lambda n: _fill("<html><body><h1>Engineer</h1><h2>Required skills</h2><ul>",
                                  lambda i: f"<li>SQL{i} &amp; <b>Python</b></li><!-- c --><br/>", n), "html"),
    "html strays": (lambda n: _fill("<html><body><h1>Engineer</h1>", "< <<b x='1'>&#; <nav></footer>", n), "html"),
}

SIZES = {"10K": 10_000, "100K": 100_000, "1M": 1_000_000, "5M": 5_000_000}


def skill_index() -> SkillIndex:
    skills = json.loads((ROOT / "data" / "skills.json").read_text(encoding="utf-8"))
    return SkillIndex([CanonicalSkill.model_validate(s) for s in skills])


def parse(text: str, kind: str, index: SkillIndex) -> dict:
    return parse_role_page(text, index, lambda _title: None, lambda _title: "Imported", kind)


class TooSlow(Exception):
    """The shape ran past the time limit."""


def _timed(work: Callable[[], object], limit: float) -> float | None:
    """Seconds `work` took, or None when it passed `limit` (the regex engine checks for
    signals, so the alarm stops even a runaway match)."""

    def stop(_signum, _frame):
        raise TooSlow

    old = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, limit)
    start = time.perf_counter()
    try:
        work()
        return time.perf_counter() - start
    except TooSlow:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def baseline(text: str) -> float:
    start = time.perf_counter()
    text.split()
    text.split("\n")
    return max(time.perf_counter() - start, 1e-6)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10K,100K,1M,5M")
    parser.add_argument("--shapes", default=",".join(SHAPES))
    parser.add_argument("--limit", type=float, default=30.0, help="seconds before a shape is stopped")
    args = parser.parse_args(argv)
    sizes = [s.strip().upper() for s in args.sizes.split(",")]
    shapes = [s.strip() for s in args.shapes.split(",")]
    index = skill_index()
    start = time.perf_counter()
    total = 0
    for i in range(2_000_000):  # how fast this machine runs Python right now (it is often shared)
        total += i
    print(f"machine: 2 million Python additions took {time.perf_counter() - start:.2f} s")
    print(f"{'shape':<20}" + "".join(f"{s + ' (s)':>12}{'x base':>9}" for s in sizes))
    worst = 0.0
    for name in shapes:
        build, kind = SHAPES[name]
        cells = []
        for size in sizes:
            text = build(SIZES[size])
            base = baseline(text)
            took = _timed(lambda text=text, kind=kind: parse(text, kind, index), args.limit)
            if took is None:
                cells.append(f"{'>' + format(args.limit, 'g'):>12}{'':>9}")
                worst = float("inf")
                continue
            worst = max(worst, took)
            cells.append(f"{took:>12.3f}{took / base:>9.0f}")
        print(f"{name:<20}" + "".join(cells), flush=True)
    print(f"slowest parse: {worst:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
