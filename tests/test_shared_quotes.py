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
