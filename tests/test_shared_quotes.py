"""Shared quotes: the same utterance quoted by several outlets, matched fuzzily."""

from __future__ import annotations

import pandas as pd

from analysis.measures.sources import SHARED_COLUMNS, quote_similarity, shared_quotes_table


def _q(outlet, text, *, speaker="Artyom Lukin", cue="said", kind="direct", i=0):
    return {"article_id": f"{outlet}-1", "outlet": outlet, "quote_id": f"{outlet}-1:{i}", "kind": kind,
            "text": text, "speaker": speaker, "cue": cue, "relay": False}


def test_similarity_handles_truncation_and_punctuation():
    assert quote_similarity("I would say that nothing is off the table.", "nothing is off the table") == 1.0
    assert quote_similarity("It’s a breakthrough document,", "It's a breakthrough document.") == 1.0
    assert quote_similarity("nothing is off the table", "the sanctions regime is failing badly") < 0.5
    assert quote_similarity("", "anything") == 0.0


def test_shared_quote_groups_across_outlets_with_differences():
    quotes = pd.DataFrame([
        _q("Reuters", "I would say that nothing is off the table,", i=0),
        _q("NPR", "nothing is off the table", speaker="Artyom Lukin", cue="says", kind="partial", i=0),
        _q("NPR", "The problem is that even secondary technologies can help", speaker="Chang Yong Seok", i=1),
        _q("Yonhap", "It is really a breakthrough document", speaker="Vladimir Putin", i=0),
        _q("Reuters", "It is really a breakthrough document,", speaker="Putin", cue="told", i=1),
        _q("Reuters", "a short one", i=2),                       # too short to match
    ])
    shared = shared_quotes_table(quotes)
    assert list(shared.columns) == list(SHARED_COLUMNS)
    assert shared["group"].nunique() == 2
    lukin = shared[shared["text"].str.contains("off the table")].set_index("outlet")
    assert set(lukin.index) == {"Reuters", "NPR"}
    assert bool(lukin.loc["NPR", "truncated"]) and not bool(lukin.loc["Reuters", "truncated"])
    assert lukin["same_speaker"].all() and not lukin["same_cue"].any()
    putin = shared[shared["text"].str.contains("breakthrough")]
    assert not putin["same_speaker"].any()                 # "Putin" vs "Vladimir Putin" is shown
    assert (shared["outlets"] == 2).all()


def test_same_outlet_repeats_and_empty_input_are_not_shared():
    quotes = pd.DataFrame([_q("NPR", "nothing is off the table at all", i=0),
                           _q("NPR", "nothing is off the table at all", i=1)])
    assert len(shared_quotes_table(quotes)) == 0
    assert list(shared_quotes_table(quotes.iloc[0:0]).columns) == list(SHARED_COLUMNS)
    assert len(shared_quotes_table(None)) == 0


def test_long_indirect_content_matches_but_short_does_not():
    a = "the pact showed authoritarian powers were aligning against the West and its allies"
    b = "the agreement showed authoritarian powers were aligning against the West and its allies"
    quotes = pd.DataFrame([_q("Reuters", a, kind="indirect", speaker="Jens Stoltenberg"),
                           _q("NPR", b, kind="indirect", speaker="Jens Stoltenberg", cue="commented that"),
                           _q("Yonhap", "the pact", kind="indirect"), _q("NPR", "the pact", kind="indirect", i=5)])
    shared = shared_quotes_table(quotes)
    assert set(shared["outlet"]) == {"Reuters", "NPR"} and len(shared) == 2
    assert shared["similarity"].min() >= 0.8


def test_multi_piece_quotes_match_on_any_piece():
    quotes = pd.DataFrame([
        {**_q("NPR", "seem ready to ramp up the stakes and take risks,", kind="partial"),
         "full_text": "seem ready to ramp up the stakes and take risks, … I would say that nothing is off the table."},
        {**_q("Reuters", "Will North Korean troops appear in Ukraine?", i=1),
         "full_text": "Will North Korean troops appear in Ukraine? … Nothing is off the table now"},
    ])
    shared = shared_quotes_table(quotes).set_index("outlet")
    assert set(shared.index) == {"NPR", "Reuters"}
    assert "nothing is off the table" in shared.loc["NPR", "text"]
    assert shared.loc["Reuters", "text"] == "Nothing is off the table now"


def test_one_sentence_of_a_longer_quote_is_shared():
    long_quote = ("It is too early to say how far the two sides will go. Will the navy join the drills? "
                  "Every option is on the table now.")
    quotes = pd.DataFrame([
        _q("Daily Planet", long_quote, speaker="Ana Ruiz", i=0),
        _q("Metro Wire", "I would say every option is on the table.", speaker="Ana Ruiz", cue="says", i=0),
        _q("Metro Wire", "The weather will be very cold in the north tomorrow.", speaker="Ana Ruiz", i=1),
    ])
    shared = shared_quotes_table(quotes)
    assert shared["group"].nunique() == 1
    rows = shared.set_index("outlet")["text"]
    assert rows["Daily Planet"] == "Every option is on the table now."   # the matching sentence is shown
    assert rows["Metro Wire"].startswith("I would say")


# --------------------------------------------------------------------------- blocking = brute force

import random  # noqa: E402

import pytest  # noqa: E402
from hypothesis import given, settings, strategies as st  # noqa: E402

from analysis.measures import sources  # noqa: E402


def synthetic_quotes(n: int, *, seed: int, outlets: int = 6) -> pd.DataFrame:
    """``n`` quotes by ``outlets`` outlets: repeated utterances (some copied, truncated, reworded,
    framed, split into pieces or reduced to one sentence) among unrelated ones, over a Zipf vocabulary."""
    rng = random.Random(seed)
    vocab = [f"w{k}" for k in range(3000)]
    weights = [1.0 / (k + 1) for k in range(len(vocab))]

    def sentence() -> list[str]:
        return rng.choices(vocab, weights, k=rng.randint(3, 22))

    def render(sentences: list[list[str]]) -> str:
        return " ".join(s[0].upper() + " " + " ".join(s[1:]) + "." for s in sentences)

    utterances = [[sentence() for _ in range(rng.choice([1, 1, 2, 3]))] for _ in range(max(n // 3, 1))]
    rows = []
    for k in range(n):
        u = [list(s) for s in rng.choice(utterances)]
        variant = rng.choice(["copy", "copy", "truncate", "reword", "frame", "pieces", "sentence", "new"])
        full = None
        if variant == "truncate":
            s = rng.choice(u)
            a = rng.randint(0, max(len(s) - 3, 0))
            u = [s[a:a + rng.randint(3, len(s))]]
        elif variant == "reword":
            for s in u:
                for _ in range(rng.randint(1, 3)):
                    s[rng.randrange(len(s))] = rng.choices(vocab, weights)[0]
                if rng.random() < 0.5 and len(s) > 3:
                    del s[rng.randrange(len(s))]
        elif variant == "frame":
            u[0] = ["i", "would", "say", "that"] + u[0]
        elif variant == "sentence":
            u = [rng.choice(u)]
        elif variant == "new":
            u = [sentence()]
        text = render(u)
        if variant == "pieces":
            full = text + sources.PART_SEPARATOR + render([sentence()])
        rows.append({"article_id": f"a{k // 4}", "outlet": f"Outlet {rng.randrange(outlets)}",
                     "quote_id": f"a{k // 4}:{k % 4}", "kind": rng.choice(["direct", "partial", "indirect"]),
                     "text": text, "full_text": full if full is not None else text,
                     "speaker": f"Speaker {rng.randrange(12)}", "cue": rng.choice(["said", "told", "says"]),
                     "relay": rng.random() < 0.05})
    return pd.DataFrame(rows)


def brute_force(monkeypatch, quotes: pd.DataFrame, **options) -> pd.DataFrame:
    """shared_quotes_table comparing every pair of quotes and every pair of segments with difflib."""
    with monkeypatch.context() as m:
        m.setattr(sources, "_candidate_pairs", lambda segs, outlets, *, threshold: {
            (i, j): None for i in range(len(segs)) for j in range(i + 1, len(segs)) if outlets[i] != outlets[j]})
        m.setattr(sources, "_similarity_bound", lambda a, b: 1.0)
        return shared_quotes_table(quotes, **options)


@pytest.mark.parametrize("seed,options", [(1, {}), (2, {"threshold": 0.6}), (3, {"threshold": 0.95, "min_words": 2}),
                                          (4, {"threshold": 0.7, "min_words": 5, "min_indirect_words": 5})])
def test_blocking_gives_the_brute_force_table_on_generated_quotes(monkeypatch, seed, options):
    quotes = synthetic_quotes(160, seed=seed)
    fast = shared_quotes_table(quotes, **options)
    assert fast["group"].nunique() >= 5          # the case has shared quotes to find
    pd.testing.assert_frame_equal(fast, brute_force(monkeypatch, quotes, **options))


def test_blocking_gives_the_brute_force_table_on_the_seeds(monkeypatch, seed_corpus):
    from analysis.measures.sources import quotes_table
    from analysis.text import parse_corpus
    quotes = quotes_table(parse_corpus(seed_corpus))
    fast = shared_quotes_table(quotes)
    assert set(fast["outlet"]) >= {"Reuters", "NPR"}
    pd.testing.assert_frame_equal(fast, brute_force(monkeypatch, quotes))


def _segment_pairs_reaching(segs, outlets, threshold):
    return {((i, j), (s, r)) for i in range(len(segs)) for j in range(i + 1, len(segs)) if outlets[i] != outlets[j]
            for s, a in enumerate(segs[i]) for r, b in enumerate(segs[j])
            if a and b and sources._token_similarity(a, b) >= threshold}


def test_candidate_pairs_hold_every_segment_pair_reaching_the_threshold():
    quotes = synthetic_quotes(120, seed=7)
    segs = [[sources._tokens(x) for x in sources._match_segments(t)] for t in quotes["full_text"]]
    outlets = quotes["outlet"].tolist()
    every = sum(len(segs[i]) * len(segs[j]) for i in range(len(segs)) for j in range(i + 1, len(segs))
                if outlets[i] != outlets[j])
    for threshold in (0.5, 0.8, 1.0):
        candidates = sources._candidate_pairs(segs, outlets, threshold=threshold)
        found = {(key, pair) for key, pairs in candidates.items() for pair in pairs}
        reaching = _segment_pairs_reaching(segs, outlets, threshold)
        assert reaching and reaching <= found
        assert len(found) < every / 10          # and it prunes (1,436, 376 and 273 of 20,297 pairs)
    assert sources._candidate_pairs(segs, outlets, threshold=1.01) == {}


tokens = st.lists(st.sampled_from("abcde"), max_size=12)


@settings(max_examples=400, deadline=None)
@given(tokens, tokens)
def test_lcs_bound_is_never_below_the_similarity(a, b):
    assert sources._similarity_bound(a, b) >= sources._token_similarity(a, b)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(tokens, min_size=1, max_size=3), min_size=2, max_size=6),
       st.sampled_from([0.3, 0.5, 0.75, 0.8, 0.9, 1.0]))
def test_candidate_pairs_are_complete_on_repetitive_tokens(segs, threshold):
    outlets = [f"o{k % 3}" for k in range(len(segs))]
    candidates = sources._candidate_pairs(segs, outlets, threshold=threshold)
    found = {(key, pair) for key, pairs in candidates.items() for pair in pairs}
    assert _segment_pairs_reaching(segs, outlets, threshold) <= found
