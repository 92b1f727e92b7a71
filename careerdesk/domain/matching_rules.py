"""When a skill name found in running text really names the skill: the context rules, as data.

A skill list says "Go" and means the language; a job ad says "go-to-market", "Go live" and
"Google". Most names need only word boundaries and the case rules in `matching.py`; the few
that are also ordinary words or letters get a row here. Each row is keyed by the casefolded
form (a canonical name or an alias) and says:

- `case`: "exact" (written as in the vocabulary, or in capitals) or "any";
- `reject`: (before, after) regular expressions; an occurrence is ruled out when the text
  just before it ends with `before` and the text just after it starts with `after`;
- `needs`: "always" / "sentence_start" / None: when set, an occurrence counts only if a
  `cues` pair matches, or it sits in a list next to another tool or technical skill
  ("Python, R and SQL", "C/C++");
- `near_tech`: generic words ("containers", "monitoring") count only in a sentence that
  names some tool or technical skill.
Forms in `SKIPPED` are aliases too generic to be evidence in running text ("strategy",
"organisation"); they still resolve when a skill list names them exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

ANY = r""  # matches any side


@dataclass(frozen=True)
class Context:
    case: str = "exact"
    reject: tuple[tuple[str, str], ...] = ()
    needs: str | None = None
    cues: tuple[tuple[str, str], ...] = ()
    near_tech: bool = False


# A bracketed or list letter: "(C)", "C)", "C." or "C:" opening a line, "Grade C", "Vitamin C".
_LETTER_REJECTS = (
    (r"\(", ANY), (ANY, r"\)"), (r"(?:^|\n)\s*", r"[.:]\s"),
    (ANY, r"\s*&"), (ANY, r"-"), (r"[-'’.&]", ANY), (ANY, r"'s\b|’s\b"),
    (r"\b(?:grade|class|vitamin|category|type|section|part|plan|block|ward|level|unit|appendix|"
     r"step|option|box|room|floor|wing|bay|lot|row|item|point|phase|band|zone|gate|team)\s+", ANY),
    (ANY, r"\.\s*[a-z]"),  # "C. difficile", "R. v. Smith"
    (ANY, r"\s*\d"),  # "C 4", "R 2 value" (but "R 4.3"? rare; ruled out)
)
# Cues that a single letter is a programming language.
_LANGUAGE_CUES = (
    (ANY, r"\s*(?:programming|language|scripts?|scripting|packages?|libraries|code\b|coding|developers?|"
          r"Studio|Shiny|Markdown|tidyverse|ggplot|dplyr|/\s*(?:C\+\+|Python|R|SQL)\b)"),
    (r"\b(?:(?:written|write|writing|coding|code|programming|programmed|developed|developing|experience|"
     r"proficient|proficiency|fluent|fluency|expertise|skills?|analysis|analyses|models?|scripts?|"
     r"tools?|work|working|firmware|drivers?)\s+in|using|in\s+(?:modern|embedded|ANSI|base))\s+", ANY),
)

LETTER = Context(reject=_LETTER_REJECTS, needs="always", cues=_LANGUAGE_CUES)

# Tool names that are ordinary English words: written with a capital mid-sentence they are
# the tool; opening a sentence they count only as a noun, or in a sentence naming another tool.
# A noun is followed by a list mark or a noun ("React front end", "Excel skills", "Swift, Kotlin");
# the verb or adjective by an adverb or preposition ("React quickly", "Excel at", "Swift response").
_NOUN_NEXT = (r"\s*(?:[,/(+&:;]|\d|(?:and|or|developers?|engineers?|front[- ]?end|back[- ]?end|experience|apps?|"
              r"components?|framework|library|skills?|programming|language|code|knowledge|expertise|"
              r"proficiency|models?|dashboards?|reports?|jobs?|pipelines?|clusters?|services?)\b)")
_ALONE = r"[ \t]*[.,;]?[ \t]*(?:\n|\Z)"  # the whole line: an item of a one-per-line list
COMMON_WORD = Context(needs="sentence_start", cues=((ANY, _NOUN_NEXT), (ANY, _ALONE)))
COMMON_WORDS = (
    "swift", "rust", "ruby", "rails", "spark", "helm", "unity", "unreal", "node", "dart", "flutter",
    "excel", "jest", "backstage", "snowflake", "cypress", "playwright", "blender", "perforce", "maze",
    "archer", "mural", "looker", "sphinx", "react", "angular", "confluence", "selenium",
    "airflow", "tableau", "storybook", "markdown", "dovetail", "swagger", "locust", "gatling",
    "outlook", "word", "access", "teams", "project", "office", "publisher", "sage", "epic", "oracle",
    "java", "spring", "cisco",
)
# Names that are ordinary words even when capitalised mid-sentence: always need context.
ALWAYS_CONTEXT = Context(needs="always", cues=((ANY, r"\s*(?:\(|app\b)"),))
ALWAYS_CONTEXT_WORDS = ("linear", "cursor", "vault")

RULES: dict[str, Context] = {
    **{w: COMMON_WORD for w in COMMON_WORDS},
    **{w: ALWAYS_CONTEXT for w in ALWAYS_CONTEXT_WORDS},
    "c": LETTER,
    "r": LETTER,
    "go": Context(
        reject=(
            (ANY, r"[-‑–]\w"),
            (ANY, r"\s+(?:to|ahead|live|through|back|beyond|further|the extra mile|above and beyond|get)\b"),
            (r"\b(?:to|will|can|must|let's|lets|let|we|you|they|ready to|good to|on the|have a|who)\s+", ANY),
            (ANY, r"[!?]"),
        ),
        needs="sentence_start",
        cues=((ANY, _NOUN_NEXT), (ANY, _ALONE), (ANY, r"\s*(?:microservices|modules?|routines)\b")),
    ),
    # "monitoring vital signs" is nursing; "monitoring with Prometheus" is observability.
    "monitoring": Context(case="any", near_tech=True),
    "containers": Context(case="any", near_tech=True),
    "container": Context(case="any", near_tech=True),
    "accessibility": Context(case="any", near_tech=True),
    "forecasting": Context(case="any", near_tech=True),
    "experimentation": Context(case="any", near_tech=True),
    "experiment design": Context(case="any", near_tech=True),
    "dsa": Context(near_tech=True),
    "eda": Context(near_tech=True),
    "rag": Context(near_tech=True, reject=((ANY, r"\s*(?:status|rating|report|red|[-/(])"),)),
    "communication": Context(case="any", reject=(
        (ANY, r"\s+(?:protocols?|bus(?:es)?|interfaces?|systems?|channels?|equipment|networks?|cabling|lines?|"
              r"devices?|links?|modules?|standards?|aids?)\b"),
        (r"\b(?:data|serial|wireless|radio|network|machine)\s+", ANY),
    )),
    "testing": Context(case="any", near_tech=True),
    "on-call": Context(case="any", near_tech=True),
    "android": Context(reject=((ANY, r"\s+(?:phones?|devices?|tablets?|users?|handsets?)\b"),)),
    "looker": Context(needs="sentence_start", reject=((ANY, r"\s+Studio\b"),)),  # Google's, not Looker
    "leadership": Context(case="any", reject=((ANY, r"\s+(?:team|group|meetings?|roles?)\b"),)),
    "ios": Context(case="any", reject=((ANY, r"\s+(?:and Android )?(?:phone|device|tablet)"),)),
    "ml": Context(reject=((r"\d\s*", ANY), (ANY, r"\s*/\s*(?:hr|h|min|kg)\b"))),
    # "Send your CV": in job ads and CVs the letters are the document; computer vision only
    # beside its own work words or its neighbours ("CV models", "NLP and CV", "ML/CV").
    "cv": Context(needs="always", cues=(
        (ANY, r"\s*(?:/\s*(?:ML|NLP|AI)\b|(?:models?|pipelines?|algorithms?|research|engineers?|tasks?|"
              r"systems?|libraries|frameworks?)\b)"),
        (r"\b(?:ML|NLP|AI|robotics|deep learning)\s*(?:/|,|and|&|or)\s*", ANY),
    )),
}

# "Deep learning is not needed", "no Go coding is required", "Excel is not required": the ad
# names the skill to say it is not asked for. Checked on every skill, within the clause.
NEGATED = (
    (ANY, r"[^.;:\n]{0,25}?\b(?:is|are)\s+not\s+(?:needed|required|necessary|essential)\b"),
    (r"\b(?:no|not)\s+", r"[^.;:\n]{0,25}?\b(?:is|are)\s+(?:needed|required|necessary)\b"),
)

SKIPPED = frozenset({
    "organisation", "organization", "layout", "rendering", "strategy", "feedback", "integrity",
    "flexibility", "resilience", "hiring", "recruiting", "presenting", "autonomy", "gtm", "ia",
    "ts", "cti", "transformers", "elastic", "product launch", "dx", "ha",
    "game math",
})
