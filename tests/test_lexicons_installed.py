"""The Brill lexicon shipped with TextBlob is read by one loader
(:func:`analysis.lexicons.installed.brill_lexicon`) for both of its readers: speaker resolution
(lower-case words only) and the candidate tier of loaded language (every word by its lower case,
the lower-case form's tag first)."""

from __future__ import annotations

from analysis.extract.speakers import _english_word_tags
from analysis.lexicons.installed import brill_lexicon
from analysis.measures.evaluative import brill_tag


def test_lower_case_form_wins_and_capitalised_only_words_are_kept_by_their_lower_case():
    b = brill_lexicon()
    # "Long NNP" and "long JJ": the lower-case form's tag; "Washington NNP" only capitalised
    assert (b.tags["long"], b.lower["long"]) == ("JJ", "JJ")
    assert b.tags["washington"] == "NNP" and "washington" not in b.lower
    # forms without letters are words as written for the measure, not lower-case words for speakers
    assert b.tags["3"] == "CD" and "3" not in b.lower
    assert all(w.islower() for w in b.lower)


def test_both_readers_use_the_one_loader():
    assert _english_word_tags() is brill_lexicon().lower
    assert (brill_tag("long"), brill_tag("washington"), brill_tag("injecting"), brill_tag("qxqxq")) == \
        ("JJ", "NNP", "VBG", "")
