"""domain.fit.Ranking: read like the list it stands for, whichever roles were taken out."""

from __future__ import annotations

import random

from careerdesk.domain.fit import Fit, FitRanking, rank_fit


def test_a_ranking_reads_like_the_list_of_every_fit():
    rng = random.Random(11)
    base = [(f"r{i:03}", f"Title {rng.randrange(40)}", rng.choice("ABC"), rng.randrange(1, 30),
             rng.randrange(1, 300) / 10, None) for i in range(120)]
    ranking = FitRanking(base)
    for taken in (0, 1, 5, 60, 120):
        chosen = rng.sample(base, taken)
        had = [(r[0], 1 + rng.randrange(r[3]), 1.5, 1) for r in chosen]
        ranked = ranking.rank(had)
        counts = {h[0]: h for h in had}
        expected = rank_fit([(r[0], r[1], r[2], counts[r[0]][1], r[3], counts[r[0]][2], r[4], 1, r[5])
                             if r[0] in counts else (r[0], r[1], r[2], 0, r[3], 0, r[4], 0, r[5])
                             for r in base])
        assert list(ranked) == expected
        assert [ranked[i] for i in range(len(ranked))] == expected
        assert ranked == expected and len(ranked) == len(expected)
        assert ranked[-1] == expected[-1] and ranked[3:40:7] == expected[3:40:7]
        assert all(isinstance(f, Fit) for f in ranked[:5])
