"""Round 32 (helper QA): the seed score leaves agentless entries out ("it was announced that ...", "X is said to
..."): the extractor keeps them, flagged ``agentless`` (quotes.csv; sources leave them out), and no invented gold
annotates one (sets 3, 17, 30 and 31 each meet one and leave it out).  The article is written for this test."""

from __future__ import annotations

import datetime as dt

from analysis.corpus import Article
from analysis.evaluate.gold import GoldArticle
from analysis.evaluate.seeds import score_seeds
from tests._attribution_helpers import atts


# ---------------------------------------------------------------- agentless entries: not scored as attributions
def test_the_seed_score_leaves_agentless_entries_out():
    body = ("In Arden, it was announced that the ferry would run on Sunday. Heavy snow is said to have closed the pass. "
            "Ms Roe said the pier was safe.")
    found = atts(body)
    assert [a.agentless for a in found] == [True, True, False]     # the extractor keeps them, flagged
    gold = GoldArticle(file="x.txt", outlet="Test", headline="T", body_ends_before=None, non_body_lines=(),
                       quotes=({"kind": "indirect", "text": "the pier was safe", "speaker": "Ms Roe",
                                "speaker_mention": "Ms Roe", "speaker_type": "other", "cue": "said"},),
                       loaded_terms=(), kim_references=(), path="x.json")
    rep = score_seeds([(gold, Article(outlet="Test", title="T", date=dt.date(2024, 1, 1), body=body))], resolve=False)
    assert rep.overall["predicted"] == 1 and rep.overall["matched"] == 1
    assert not (rep.pairs["status"] == "spurious").any()
