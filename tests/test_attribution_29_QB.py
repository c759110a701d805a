"""Round 29 (helper QB): the spans of attribution content that decide a loaded term's voice, and relay frames
("<agent> cited <speaker> as saying", "<speaker> was reported as saying"), as general rules, on sentences written
here (new names, places and outlets).  Each rule is also checked against the look-alikes it must leave alone."""

from __future__ import annotations

from analysis.extract.attribution import paraphrase_spans
from tests._attribution_helpers import atts, doc, summary


def _paraphrased(body: str) -> list[str]:
    """The stretches of ``body`` that read as paraphrase (reported clauses outside quotation marks)."""
    return [body[s:e] for s, e in paraphrase_spans(doc(body))]


# ---------------------------------------------------------------- "described X as Y, and <clause>"
def test_a_coordinated_main_clause_ends_the_as_complement():
    body = "Harbour pilots have long described the strait as the busiest choke point in Asia, and captains " \
           "caught without a licence in the narrow channel face heavy fines."
    assert summary(body) == [("described", "Harbour pilots",
                              "the strait as the busiest choke point in Asia", "indirect")]
    assert not any("narrow channel" in p for p in _paraphrased(body))
    assert summary("Local critics described the tram as a folly, and the voters were told otherwise.")[0][2] == \
        "the tram as a folly"


def test_a_second_characterisation_or_noun_stays_in_the_as_complement():
    assert summary("Local critics described the mayor as vain, and his deputy as lazy.")[0][2] == \
        "the mayor as vain, and his deputy as lazy"
    assert summary("Local critics described the mayor as a liar, and a man who cannot be trusted.")[0][2] == \
        "the mayor as a liar, and a man who cannot be trusted"


# ---------------------------------------------------------------- "..., which, she said, <verb> ..."
def test_an_aside_inside_a_relative_clause_reports_only_that_clause():
    body = 'The union leader Ms Ana Pereira dismissed the accord as "a pact of the powerful" which, she said, ' \
           'offered dock workers "nothing but longer shifts".'
    found = {a.cue: a for a in atts(body)}
    assert (found["said"].speaker_mention, found["said"].text, found["said"].kind) == \
        ("she", "nothing but longer shifts", "partial")
    assert [body[s:e] for s, e in found["said"].reported] == ['offered dock workers "nothing but longer shifts"']
    assert not any("union leader" in p for p in _paraphrased(body))


def test_an_aside_after_a_non_restrictive_which_keeps_the_clause_after_it():
    body = "Farmers in Lleida opposed the new levy, which, the mayor said, would ruin the market."
    said = next(a for a in atts(body) if a.cue == "said")
    assert said.text == "would ruin the market"
    assert not any("Farmers" in p for p in _paraphrased(body))


def test_an_aside_after_a_subject_keeps_the_subject_as_reported():
    body = "The ferry, the harbour master said, would sail at noon."
    said = next(a for a in atts(body) if a.cue == "said")
    assert [body[s:e] for s, e in said.reported] == ["would sail at noon", "The ferry"]
