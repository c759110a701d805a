"""The whole per-article pipeline on hostile text (hypothesis): nothing raises, every span matches.

Generated bodies mix news-like fragments (reporting verbs, names, titles,
loaded words, "according to") with unicode of every category, unbalanced
quotation marks of every kind, very long tokens, RTL and bidi marks, emoji
and mixed scripts.  :func:`process_article` must never raise (a failing
measure would show as a warning row naming it, which is an error here too),
and every span in every table must be the body slice it claims to be.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings, strategies as st

from analysis.corpus import Article
from analysis.study.pipeline import Options, process_article
from analysis.text import ALL_QUOTE_MARKS

_NEWS = [" said ", " told reporters ", " according to ", " claimed that ", " warned ", " Mr. Kim ",
         " President Vladimir Putin ", " the regime ", " rogue state ", " slammed ", ", an analyst at the ",
         " Korea Institute ", " officials said. ", " he said. ", " It said ", " the treaty ", " U.S. ",
         ": ", " — ", "\n\n", "\n", ". ", "? ", "! ", " 'til ", " don't ", " countries’ "]
_ODD = ["\x00", "\r", "\u200e", "\u200f", "\u202e", "\u2066", "\u2069", "\ufeff", "\u00ad", "\u2028", "\x85",
        "👩‍👩‍👧", "🇰🇷", "שלום עולם", "مرحبا", "한국어", "Ελλάδα", "e\u0301", "\t", "\u00a0", "…"]
_piece = st.one_of(st.sampled_from(_NEWS), st.sampled_from(list(ALL_QUOTE_MARKS)), st.sampled_from(_ODD),
                   st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
                   st.integers(200, 5_000).map(lambda n: "W" * n))
_body = st.lists(_piece, min_size=1, max_size=60).map("".join)
# max_examples comes from the active profile (tests/conftest.py: fast in make test, many in make fuzz)
_SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

SPANS = {"terms": ("start", "end", "matched_text"), "quotes": ("start", "end", "text"),
         "tone": ("start", "end", "sentence"), "coverage": ("start", "end", "matched_text")}


@_SETTINGS
@given(_body, st.sampled_from(["Outlet", "Agence \u202eX", "KCNA"]))
def test_process_article_never_raises_and_every_span_is_the_body_slice(body, outlet):
    art = Article(outlet=outlet, title="A title with “quotes", date=dt.date(2024, 6, 20), body=body)
    result = process_article(art, options=Options())
    failed = [w for w in result["warnings"] if "failed" in w["message"]]
    assert not failed, failed
    for table, (s, e, text) in SPANS.items():
        for row in result[table]:
            if row.get(s) is None:          # the headline row of tone has no offsets
                continue
            assert body[row[s]:row[e]] == row[text], (table, row)
    assert result["articles"][0]["words"] == len(body.split())
