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



def test_an_aside_after_a_quantified_relative_keeps_the_quantifier():
    body = "The audit cites several surveys, some of which, the clerk said, were never published."
    said = next(a for a in atts(body) if a.cue == "said")
    assert [body[s:e] for s, e in said.reported] == ["were never published", "some of which"]
    body = "All of which, the clerk said, would calm the markets."
    said = next(a for a in atts(body) if a.cue == "said")
    assert [body[s:e] for s, e in said.reported] == ["would calm the markets", "All of which"]

# ---------------------------------------------------------------- relay frames
def test_a_quoted_modifier_inside_the_relay_object():
    body = 'The Tarn Gazette cited an unnamed official "close to the port authority" as saying that pilots had ' \
           'learned of the closure "only from the radio".'
    assert summary(body) == [
        ("cited", "The Tarn Gazette", 'pilots had learned of the closure "only from the radio"', "indirect"),
        ("as saying", 'an unnamed official "close to the port authority"', "only from the radio", "partial")]


def test_a_quotation_after_the_relay_verb_is_no_object():
    assert [s[0] for s in summary('The Tarn Gazette called the plan "a farce" as the season closed.')] == ["called"]


def test_a_passive_relay_with_a_time_phrase_before_as():
    body = 'The Chilean envoy was quoted this week as saying that Peru had "no right" to comment.'
    assert summary(body) == [("as saying", "The Chilean envoy", "no right", "partial")]


def test_was_reported_as_saying_is_a_passive_relay():
    assert summary("The Chilean envoy was reported as saying that Peru had no right to comment.") == [
        ("as saying", "The Chilean envoy", "Peru had no right to comment", "indirect")]
    found = summary('The Chilean envoy was reported in the Valparaiso Courier as saying that Peru had '
                    '"no right" to comment.')
    assert ("as saying", "The Chilean envoy", "no right", "partial") in found


def test_reported_in_the_active_is_no_relay_frame():
    found = summary("The Valparaiso Courier reported the envoy as saying that Peru had no right to comment.")
    assert [s[0] for s in found] == ["reported"]


# ---------------------------------------------------------------- "noted that <noun> cannot ..."
def test_that_before_a_noun_and_cannot_opens_a_content_clause():
    assert summary("The surveyor noted that luggage cannot show the cargo.") == [
        ("noted", "The surveyor", "luggage cannot show the cargo", "indirect")]
    assert summary("The surveyor noted that imagery alone cannot show what the trains carry.")[0][2] == \
        "imagery alone cannot show what the trains carry"
