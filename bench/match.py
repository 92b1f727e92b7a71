"""Skill matching: quality on the labelled set, and speed against a baseline in the same run.

Usage: python bench/match.py [--json FILE] [--verbose] [--runs N]

Quality: every document in tests/fixtures/documents with a NAME.labels file (the skills a
careful reader lists) is read as the app reads it and matched against data/skills.json.
Precision and recall are per document and overall (micro-averaged), for named tools and
technical skills (the target: P >= 0.95, R >= 0.9) and, separately, for soft skills.

Speed: a five-page CV (about 3,000 words, built from the fixture CVs) and a long ad (about
1,500 words) against the whole vocabulary, median of N runs, as milliseconds and as a ratio
to `text.lower().split()` over the same text; the same search as one compiled regex
alternation, for comparison; and the matcher against a 10,000-skill vocabulary.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from careerdesk.domain.matching import Matcher, fold  # noqa: E402
from careerdesk.importers.documents import read_document  # noqa: E402

DOCUMENTS = ROOT / "tests" / "fixtures" / "documents"
TECH = ("tool", "technical")


def vocabulary() -> list[tuple[str, str, list[str]]]:
    return [(s["name"], s["kind"], s["aliases"]) for s in json.loads((ROOT / "data" / "skills.json").read_text())]


def held_out() -> set[str]:
    """Documents written after the matching rules were fixed (first label line says so)."""
    return {p.stem for p in DOCUMENTS.glob("*.labels") if "held-out" in p.read_text(encoding="utf-8").split("\n")[0]}


def labelled() -> list[tuple[Path, set[str]]]:
    out = []
    for labels in sorted(DOCUMENTS.glob("*.labels")):
        doc = next(p for p in DOCUMENTS.glob(labels.stem + ".*") if p.suffix != ".labels")
        names = {line.strip() for line in labels.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")}
        out.append((doc, names))
    return out


def score(found: set[str], wanted: set[str]) -> tuple[int, int, int]:
    return len(found & wanted), len(found - wanted), len(wanted - found)


def ratio(tp: int, other: int) -> float:
    return tp / (tp + other) if tp + other else 1.0


def quality(matcher: Matcher, kinds: dict[str, str], verbose: bool) -> dict:
    rows, totals = [], {"tech": [0, 0, 0], "soft": [0, 0, 0], "held_out_tech": [0, 0, 0]}
    later = held_out()
    for doc, wanted in labelled():
        unknown = wanted - kinds.keys()
        if unknown:
            raise SystemExit(f"{doc.name}: labels not in the vocabulary: {sorted(unknown)}")
        found = {f.name for f in matcher.find(read_document(doc))}
        row = {"document": doc.name}
        for group, test in (("tech", lambda n: kinds[n] in TECH), ("soft", lambda n: kinds[n] == "soft")):
            f = {n for n in found if test(n)}
            w = {n for n in wanted if test(n)}
            tp, fp, fn = score(f, w)
            totals[group] = [a + b for a, b in zip(totals[group], (tp, fp, fn), strict=True)]
            if group == "tech" and doc.stem in later:
                totals["held_out_tech"] = [a + b for a, b in zip(totals["held_out_tech"], (tp, fp, fn), strict=True)]
            row[group] = {"tp": tp, "fp": fp, "fn": fn, "precision": round(ratio(tp, fp), 3),
                          "recall": round(ratio(tp, fn), 3), "false_positives": sorted(f - w),
                          "missed": sorted(w - f)}
        rows.append(row)
    overall = {g: {"precision": round(ratio(t[0], t[1]), 3), "recall": round(ratio(t[0], t[2]), 3),
                   "tp": t[0], "fp": t[1], "fn": t[2]} for g, t in totals.items()}
    print(f"{'document':34} {'tech P':>7} {'tech R':>7} {'soft P':>7} {'soft R':>7}")
    for row in rows:
        t, s = row["tech"], row["soft"]
        print(f"{row['document']:34} {t['precision']:7.2f} {t['recall']:7.2f} {s['precision']:7.2f} {s['recall']:7.2f}")
        if verbose:
            for group in ("tech", "soft"):
                if row[group]["false_positives"] or row[group]["missed"]:
                    print(f"    {group}: wrong {row[group]['false_positives']}  missed {row[group]['missed']}")
    t, s = overall["tech"], overall["soft"]
    print(f"{'OVERALL (' + str(len(rows)) + ' documents)':34} {t['precision']:7.2f} {t['recall']:7.2f} "
          f"{s['precision']:7.2f} {s['recall']:7.2f}")
    print(f"tools and technical skills: {t['tp']} right, {t['fp']} wrong, {t['fn']} missed "
          f"(target P >= 0.95, R >= 0.90)")
    h = overall["held_out_tech"]
    print(f"of which held out ({len(later)} documents written after the rules were fixed): "
          f"P {h['precision']:.2f}, R {h['recall']:.2f} ({h['tp']} right, {h['fp']} wrong, {h['fn']} missed)")
    return {"documents": rows, "overall": overall}


def median_ms(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def long_text(prefix: str, words: int) -> str:
    parts, count = [], 0
    while count < words:
        for doc in sorted(DOCUMENTS.glob(prefix + "*")):
            if doc.suffix == ".labels":
                continue
            text = read_document(doc)
            parts.append(text)
            count += len(text.split())
            if count >= words:
                break
    return "\n\n".join(parts)


def regex_matcher(vocab: list[tuple[str, str, list[str]]]):
    """The plain alternative: every spelling in one compiled, case-insensitive alternation."""
    forms = sorted({fold(f) for name, _, aliases in vocab for f in (name, *aliases)}, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w+#])")
    return lambda text: pattern.findall(fold(text))


def speed(vocab: list, runs: int) -> dict:
    start = time.perf_counter()
    matcher = Matcher(vocab)
    build_ms = (time.perf_counter() - start) * 1000
    big = [*vocab, *((f"Synthetic Tool {i}", "tool", [f"SynthTool{i}", f"st-{i}"]) for i in range(10_000))]
    start = time.perf_counter()
    big_matcher = Matcher(big)
    big_build_ms = (time.perf_counter() - start) * 1000
    regex = regex_matcher(vocab)
    big_regex = regex_matcher(big)
    out = {"vocabulary": len(vocab), "build_ms": round(build_ms, 1), "big_vocabulary": len(big),
           "big_build_ms": round(big_build_ms, 1), "texts": []}
    for label, text in (("five-page CV", long_text("cv-", 3000)), ("long job ad", long_text("ad-", 1500))):
        baseline = median_ms(lambda t=text: t.lower().split(), runs)
        ms = median_ms(lambda t=text: matcher.find(t), runs)
        regex_ms = median_ms(lambda t=text: regex(t), max(3, runs // 5))
        big_ms = median_ms(lambda t=text: big_matcher.find(t), runs)
        big_regex_ms = median_ms(lambda t=text: big_regex(t), 3)
        row = {"text": label, "words": len(text.split()), "chars": len(text), "match_ms": round(ms, 2),
               "baseline_ms": round(baseline, 3), "ratio": round(ms / baseline, 1), "regex_ms": round(regex_ms, 2),
               "big_vocabulary_ms": round(big_ms, 2), "big_vocabulary_regex_ms": round(big_regex_ms, 1),
               "skills_found": len(matcher.find(text))}
        out["texts"].append(row)
        print(f"{label}: {row['words']} words, {row['skills_found']} skills in {ms:.1f} ms "
              f"({row['ratio']}x lower()+split() at {baseline:.2f} ms; one regex alternation {regex_ms:.1f} ms; "
              f"{len(big):,}-skill vocabulary {big_ms:.1f} ms, as a regex {big_regex_ms:.0f} ms)  budget 200 ms")
    print(f"matcher built in {build_ms:.0f} ms for {len(vocab)} skills, {big_build_ms:.0f} ms for {len(big):,}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--verbose", action="store_true", help="list each document's wrong and missed skills")
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    vocab = vocabulary()
    matcher = Matcher(vocab)
    report = {"quality": quality(matcher, {n: k for n, k, _ in vocab}, args.verbose), "speed": speed(vocab, args.runs)}
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
