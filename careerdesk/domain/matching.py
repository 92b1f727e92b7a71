"""Find the vocabulary's skills in running text (a job ad, a CV) the way a careful reader would.

Pure logic: fed any vocabulary as (name, kind, aliases), no Qt, no SQL. Every spelling of
every skill goes into one Aho-Corasick automaton (pyahocorasick), which finds all of them
in one pass over the casefolded text whatever the vocabulary's size. One compiled regex
alternation is about as fast at today's 281 skills but slows with the vocabulary: at 10,000
skills it took 0.5-1.3 s on a five-page CV against under 40 ms here (bench/match.py measures
both). Each raw hit then has to pass, in order:

1. word boundaries: "Java" is not in "JavaScript", "C" not in "C++" or "C#", "Node" not
   in "Node.js", "Go" not in "Google";
2. case: acronyms ("SQL", "ML") must be in capitals and two-letter names ("Go") written as
   listed; names that are ordinary words ("Swift", "Rust", "Spark") need their capital;
3. the context rules of `matching_rules` (data, not code): "go-to-market", "R&D", "Grade C",
   "Swift response" (a sentence opener), "Deep learning is not needed" are ruled out; "R"
   and "C" count only with a cue ("in R", "C programming") or in a list next to another
   tool ("R/Python", "C, C++").
Overlapping hits keep the leftmost, then the longest ("Microsoft SQL Server" over "SQL").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from careerdesk.domain.matching_rules import NEGATED, RULES, SKIPPED, Context

_FOLD = (("\u00a0", " "), ("\t", " "), ("\n", " "), ("\r", " "), ("\u2010", "-"), ("\u2011", "-"),
         ("\u2012", "-"), ("\u2013", "-"), ("\u2019", "'"), ("\u2018", "'"), ("\u00ad", "-"))
_SENTENCE_END = re.compile(r"\n|[.!?;:](?=\s)")
_OPENER = re.compile(r"[\s\-•*·▪‣◦+>#\d.)(\[\]|]*")
_LIST_GAP = re.compile(r"[\s,;/|&+()]*(?:(?:and|or|as well as|plus|including|such as|e\.g\.|like)\b[\s,;/|&+()]*)?",
                       re.I)
_SPELLINGS = tuple((re.compile(old, re.I), new) for old, new in (
    (r"isation", "ization"), (r"ization", "isation"), (r"ising\b", "izing"), (r"izing\b", "ising"),
    (r"ise\b", "ize"), (r"ize\b", "ise"), (r"modelling", "modeling"), (r"modeling", "modelling"),
    (r"yse\b", "yze"), (r"yze\b", "yse")))
_ANY_SPELLING = re.compile(r"is(?:ation|ing\b|e\b)|iz(?:ation|ing\b|e\b)|modell?ing|y[sz]e\b", re.I)
_PLURAL = re.compile(r"[a-z]s$")
_NON_LETTERS = re.compile(r"[^A-Za-z]")
_NOT_PLURAL = re.compile(r"(?:ss|us|is|ics|ness)$")
_TECH_KINDS = ("tool", "technical")
MAX_PER_SPELLING = 200


@dataclass(frozen=True)
class Occurrence:
    """One place a skill is named: `start`/`end` index the original text."""

    name: str
    kind: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class FoundSkill:
    """A skill found in a document: every place it is named, the first one first."""

    name: str
    kind: str
    occurrences: tuple[Occurrence, ...]

    @property
    def words(self) -> list[str]:
        """The distinct spellings that matched, as written in the document."""
        return list(dict.fromkeys(o.text for o in self.occurrences))

    @property
    def first(self) -> int:
        return self.occurrences[0].start


@dataclass(frozen=True)
class _Term:
    skill: int
    written: str
    rule: Context | None
    exact: bool  # must be written as in the vocabulary (or in capitals, for longer names)
    upper: bool  # an acronym: must be in capitals


def fold(text: str) -> str:
    """Lower-cased text of the same length (so offsets carry over), dashes and quotes unified."""
    low = text.lower()
    if len(low) != len(text):  # a few characters ("İ") lower to two; keep those as they are
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for old, new in _FOLD:  # str.replace is ten times faster than str.translate here
        if old in low:
            low = low.replace(old, new)
    return low


def _kind(kind: object) -> str:
    return str(getattr(kind, "value", kind))


def variants(form: str, kind: str) -> list[str]:
    """Other spellings of a form a document may use: hyphen or space ("object oriented"),
    British or American ("modelling", "optimisation"), singular of a plural concept
    ("data pipeline") and plural of a singular one ("REST API" -> "REST APIs")."""
    out = [form]
    if "-" in form:
        out += [form.replace("-", " ")]
    if kind != "tool" and _ANY_SPELLING.search(form):
        out += [pattern.sub(new, form) for pattern, new in _SPELLINGS if pattern.search(form)]
    multi = " " in form
    if kind != "tool" or multi:
        last = form.rsplit(" ", 1)[-1]
        if _PLURAL.search(last) and not _NOT_PLURAL.search(last):
            out.append(form[:-1])
        elif last.casefold() == "testing":  # "A/B testing" -> "A/B tests"
            out += [form[:-3] + "s", form[:-3]]
        elif last[-1:].isalpha() and not last.endswith(("ing", "y", "ship")) and len(last) > 3:
            out.append(form + "s")
    return list(dict.fromkeys(out))


class Matcher:
    """Finds skills of one vocabulary in text. Build once: 10-40 ms for 300 skills, under 1 s for 10,000."""

    def __init__(self, skills: Iterable, rules: dict[str, Context] = RULES, skipped: frozenset[str] = SKIPPED):
        self.skills: list[tuple[str, str]] = []
        self._terms: list[_Term] = []
        self._automaton = ahocorasick.Automaton()
        forms: list[tuple[int, str, bool]] = []  # names first: a name beats another skill's alias
        for i, skill in enumerate(skills):
            name, kind, aliases = skill if isinstance(skill, tuple) else (skill.name, skill.kind, skill.aliases)
            self.skills.append((name, _kind(kind)))
            forms.append((i, name, True))
            forms.extend((i, a, False) for a in aliases)
        forms.sort(key=lambda f: not f[2])
        compiled: dict[Context, tuple] = {}
        for i, form, _ in forms:
            key = " ".join(form.split()).casefold()
            if key in skipped or not key:
                continue
            rule = rules.get(key)
            if rule is not None and rule not in compiled:
                compiled[rule] = _compile(rule)
            for spelling in variants(form, self.skills[i][1]):
                low = fold(spelling)
                if low in self._automaton:
                    continue
                upper = spelling.isupper() and " " not in spelling and len(_NON_LETTERS.sub("", spelling)) <= 5
                exact = (rule is not None and rule.case == "exact") or len(spelling) <= 2
                self._automaton.add_word(low, len(self._terms))
                self._terms.append(_Term(i, spelling, rule, exact, upper))
        self._compiled = compiled
        if self._terms:
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self.skills)

    def find(self, text: str) -> list[FoundSkill]:
        """Every skill the text names, in order of first mention."""
        grouped: dict[int, list[Occurrence]] = {}
        for skill, occ in self.occurrences(text):
            grouped.setdefault(skill, []).append(occ)
        return [FoundSkill(occs[0].name, occs[0].kind, tuple(occs)) for occs in grouped.values()]

    def occurrences(self, text: str) -> list[tuple[int, Occurrence]]:
        """(skill index, occurrence) for every accepted mention, in text order."""
        if not self._terms or not text:
            return []
        low = fold(text)
        raw = []
        terms, bounded, cased = self._terms, self._bounded, self._cased
        seen = [0] * len(terms)
        for end, index in self._automaton.iter(low):
            term = terms[index]
            start = end + 1 - len(term.written)
            if start and low[start - 1].isalnum():  # inside a word: most raw hits of "c" and "r" stop here
                continue
            # A person's document names a skill a few dozen times at most; past that it is a
            # hostile text ("C " a million times) whose context checks would take minutes.
            if seen[index] < MAX_PER_SPELLING and bounded(low, start, end + 1) and cased(text[start:end + 1], term):
                seen[index] += 1
                raw.append((start, end + 1, term))
        raw.sort(key=lambda h: (h[0], h[0] - h[1]))
        chosen, last_end = [], -1
        for hit in raw:
            if hit[0] >= last_end:
                chosen.append(hit)
                last_end = hit[1]
        # context is read only for the hits that survive: a ruled-out "Looker Studio" blocks nothing
        chosen = self._not_ruled_out(text, chosen)
        bounds = [m.start() for m in _SENTENCE_END.finditer(text)]
        accepted = self._in_context(text, chosen, bounds)
        return [(t.skill, Occurrence(*self.skills[t.skill], s, e, text[s:e]))
                for i, (s, e, t) in enumerate(chosen) if i in accepted]

    # The three tests

    @staticmethod
    def _bounded(low: str, start: int, end: int) -> bool:
        before = low[start - 1] if start > 0 else " "
        after = low[end] if end < len(low) else " "
        if before.isalnum() or before == "_" or (before in ".@$" and start > 1 and low[start - 2].isalnum()):
            return False
        if low[end - 1].isalnum():
            if after.isalnum() or after in "_+#" or (after == "." and end + 1 < len(low) and low[end + 1].isalnum()):
                return False
        elif after.isalpha():
            return False
        return True

    @staticmethod
    def _cased(found: str, term: _Term) -> bool:
        if term.upper:
            return found.isupper() or found == term.written
        if term.exact:
            return found == term.written or (len(found) > 2 and found.isupper())
        return True

    def _not_ruled_out(self, text: str, chosen: list[tuple[int, int, _Term]]) -> list[tuple[int, int, _Term]]:
        """The hits no rule rules out. A negation covers the whole list before it: in "Flutter
        or React Native experience is not required" neither is asked for."""
        negated = [any(b.search(text, max(0, s - 60), s) and a.match(text, e, e + 60) for b, a in _NEGATED)
                   for s, e, _ in chosen]
        for i in range(len(chosen) - 2, -1, -1):
            gap = text[chosen[i][1]:chosen[i + 1][0]]
            if negated[i + 1] and not negated[i] and len(gap) <= 40 and _LIST_GAP.fullmatch(gap):
                negated[i] = True
        return [h for h, no in zip(chosen, negated, strict=True) if not no and not self._rejected(text, *h)]

    def _rejected(self, text: str, start: int, end: int, term: _Term) -> bool:
        rule = term.rule
        before, after = text[max(0, start - 60):start], text[end:end + 60]
        return rule is not None and any(b.search(before) and a.match(after) for b, a in self._compiled[rule][0])

    def _in_context(self, text: str, chosen: list[tuple[int, int, _Term]], bounds: list[int]) -> set[int]:
        """Indexes of the hits that stand: rule-free ones, then those whose context holds,
        repeated so that "Python, R and C" lets R vouch for C."""
        def sentence(pos: int) -> int:
            return bisect.bisect_right(bounds, pos)

        accepted, pending, near = set(), [], []
        for i, (s, e, term) in enumerate(chosen):
            rule = term.rule
            if rule is None or (rule.needs is None and not rule.near_tech):
                accepted.add(i)
            elif rule.near_tech:
                near.append(i)
            elif rule.needs == "sentence_start" and not self._opens_sentence(text, s, bounds):
                accepted.add(i)
            elif self._cued(text, s, e, rule):
                accepted.add(i)
            elif rule.needs == "sentence_start":
                near.append(i)  # "React with TypeScript" opens a sentence; "React quickly" too, alone
            else:
                pending.append(i)
        # Spread acceptance along lists, each hit looked at from its two neighbours only: linear,
        # even for a hostile text of a million "C"s.
        waiting = set(pending)
        queue = [j for j in accepted if self.skills[chosen[j][2].skill][1] in _TECH_KINDS]
        while queue and waiting:
            j = queue.pop()
            for i in (j - 1, j + 1):
                if i not in waiting:
                    continue
                gap = text[chosen[i][1]:chosen[j][0]] if i < j else text[chosen[j][1]:chosen[i][0]]
                if len(gap) <= 40 and _LIST_GAP.fullmatch(gap) and sentence(chosen[i][0]) == sentence(chosen[j][0]):
                    waiting.discard(i)
                    accepted.add(i)
                    queue.append(i)
        tech_sentences = {sentence(chosen[i][0]) for i in accepted
                          if self.skills[chosen[i][2].skill][1] in _TECH_KINDS}
        accepted.update(i for i in near if sentence(chosen[i][0]) in tech_sentences)
        return accepted

    @staticmethod
    def _opens_sentence(text: str, start: int, bounds: list[int]) -> bool:
        i = bisect.bisect_left(bounds, start)
        begin = bounds[i - 1] + 1 if i > 0 else 0
        return _OPENER.fullmatch(text, begin, start) is not None

    def _cued(self, text: str, start: int, end: int, rule: Context) -> bool:
        before, after = text[max(0, start - 60):start], text[end:end + 60]
        return any(b.search(before) and a.match(after) for b, a in self._compiled[rule][1])


def _pairs(items: tuple[tuple[str, str], ...]) -> tuple:
    return tuple((re.compile(f"(?:{b})\\Z", re.I), re.compile(a, re.I)) for b, a in items)


def _compile(rule: Context) -> tuple:
    return _pairs(rule.reject), _pairs(rule.cues)


_NEGATED = _pairs(NEGATED)


def sentence_around(text: str, start: int, end: int, limit: int = 300) -> str:
    """The sentence (or list line) a mention sits in, without its bullet, for evidence."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left = max((m.end() for m in re.finditer(r"[.!?]\s", text[line_start:start])), default=0) + line_start
    right = re.search(r"[.!?](?=\s|$)", text[end:line_end])
    right_end = end + right.end() if right else line_end
    out = " ".join(text[left:right_end].split())
    out = re.sub(r"^[-•*·▪‣◦+>#\s]+", "", out)
    if len(out) > limit:
        lo = max(0, start - left - limit // 2)
        out = ("…" if lo else "") + out[lo:lo + limit].strip() + "…"
    return out
