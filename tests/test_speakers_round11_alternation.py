"""The speaker layer's word alternations built by analysis.text.patterns (round 11, M5): longest first,
whatever order the word list gives, and the edges each builder had. Invented words and sentences."""

import re

from analysis.extract.speakers.helpers import _any_phrase_re
from analysis.extract.speakers.predicates import _leading_re
from analysis.extract.speakers.words import _commercial_firm_re, _plural_title_series_re


def test_any_phrase_longest_first_in_any_order():
    for words in (["tide council", "tide council of elders"], ["tide council of elders", "tide council"]):
        m = _any_phrase_re(words).search("said the tide council of elders on Monday")
        assert m.group() == "tide council of elders"


def test_any_phrase_hyphen_edges_and_flags():
    assert _any_phrase_re(["harbour"]).search("a pro-harbour group") is None
    assert _any_phrase_re(["harbour"]).search("the harbour-front board") is None
    assert _any_phrase_re(["Harbour Board"]).search("the harbour board") is None
    assert _any_phrase_re(["Harbour Board"], re.IGNORECASE).search("the harbour board").group() == "harbour board"
    assert _any_phrase_re([]).search("anything at all") is None


def test_plural_title_series_takes_the_longer_title_listed_second():
    m = _plural_title_series_re(("Wrd", "Wrds")).search("Wrds. Pel Oskaro and Tam Viru agreed")
    assert (m.group(1), m.group("first")) == ("Wrds", "Pel Oskaro")


def test_leading_verb_forms_longest_first_and_any_space():
    pat = _leading_re(("steered", "has steered"))
    m = pat.search("Vastel has\u00a0steered the river guild since spring")
    assert (m.group("name"), m.group("verb"), m.group("obj")) == \
        ("Vastel", "has\u00a0steered", "the river guild since spring")
    assert _leading_re(()).search("Vastel steered the river guild") is None


def test_commercial_firm_names_and_lower_case_phrases():
    pat = _commercial_firm_re(["Capital", "Capital Partners"], ["a brokerage house", "a brokerage"])
    assert pat.search("at Orlen Quay Capital Partners today").group() == "Orlen Quay Capital Partners"
    assert pat.search("she runs a brokerage house there").group() == "a brokerage house"
    assert pat.search("capital of the province") is None
