"""Synthetic catalogues with a realistic shape, for benchmarks: ~25 skills per role drawn
from a shared pool, 10 responsibilities, 6 FAQ entries, 4-step career paths."""

from __future__ import annotations

import json
import random
from pathlib import Path

FAMILIES = ["Software Engineering", "Data & AI", "Infrastructure & Operations", "Security",
            "Product & Design", "Management & Leadership"]
WORDS = ("platform cloud data mobile quantum payments search risk growth edge media health retail "
         "logistics robotics identity billing analytics devices network storage compiler graphics "
         "audio video trust safety ads maps travel energy finance insurance gaming learning").split()
ROLE_WORDS = ("Engineer Developer Analyst Architect Scientist Designer Manager Specialist Lead "
              "Consultant Administrator Strategist").split()


def pool(size: int, rng: random.Random) -> list[dict]:
    kinds = ["technical"] * 6 + ["tool"] * 3 + ["soft"]
    return [{"name": f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} skill {i}", "kind": rng.choice(kinds),
             "aliases": [f"alias {i}"]} for i in range(size)]


def make_catalogue(folder: Path, roles: int, seed: int = 1) -> Path:
    rng = random.Random(seed)
    skills = pool(max(3000, roles // 4), rng)
    (folder / "roles").mkdir(parents=True, exist_ok=True)
    (folder / "skills.json").write_text(json.dumps(skills), encoding="utf-8")
    titles = [f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()} {rng.choice(ROLE_WORDS)} {i}"
              for i in range(roles)]
    sentence = "Builds and runs systems that matter to the business, with care for quality and cost. " * 3
    for i in range(roles):
        chosen = rng.sample(skills, 25)
        by_kind = {k: [s for s in chosen if s["kind"] == k] for k in ("technical", "soft", "tool")}
        profile = {
            "id": f"role-{i}",
            "title": titles[i],
            "aliases": [f"{titles[i]} alt", f"R{i}"],
            "family": FAMILIES[i % len(FAMILIES)],
            "summary": f"{sentence}\n\n{sentence}",
            "outlook": sentence,
            "responsibilities": [f"Responsibility {j}: {sentence[:90]}" for j in range(10)],
            "skills": [{"name": s["name"], "kind": k} for k in by_kind for s in by_kind[k]],
            "seniority_levels": [{"name": f"Level {j}", "years_min": j * 3, "years_max": j * 3 + 3,
                                  "salary_min": 50000 + j * 30000, "salary_max": 80000 + j * 30000,
                                  "currency": "USD", "summary": sentence} for j in range(3)],
            "faq": [{"question": f"Question {j} about {titles[i]}?", "answer": sentence} for j in range(6)],
            "salary": {"min": 50000, "max": 170000, "currency": "USD", "period": "year",
                       "region": "United States", "source": "synthetic"},
            "career_path": [{"title": titles[(i + k) % roles], "role_id": f"role-{(i + k) % roles}"}
                            for k in range(1, 5)] if roles > 5 else [],
        }
        (folder / "roles" / f"role-{i}.json").write_text(json.dumps(profile), encoding="utf-8")
    return folder
