"""Round 30 (fixer F6): mends of reviewer RV3's findings on helper P's PolNeAR rules (cues.py, resolve.py,
document.py), sentences written for these tests."""

from __future__ import annotations

from tests._attribution_helpers import doc
from analysis.extract.attribution import extract_attributions


def _found(body: str, scheme: str = "seeds") -> dict[str, tuple[str | None, str]]:
    return {a.cue: (a.speaker_mention, a.text) for a in extract_attributions(doc(body), scheme=scheme)}


# ---- finding 1: a time phrase after a passive "called"/"described" is no naming complement

def test_time_phrase_after_a_passive_naming_verb_is_no_complement() -> None:
    for scheme in ("seeds", "polnear"):
        assert "called" not in _found("The witness was called the following morning by an inspector.", scheme)
        assert "called" not in _found("Mr. Aldo was called a third time by the defence on Friday.", scheme)
        assert "called" not in _found("The referendum was called a year ahead of schedule by the premier.", scheme)
        assert "called" not in _found("The hearing was called the same week by the committee chair.", scheme)


def test_a_naming_complement_with_an_agent_still_counts() -> None:
    for scheme in ("seeds", "polnear"):
        found = _found("The bridge has been called an eyesore by local residents.", scheme)
        assert found["called"] == ("local residents", "The bridge")
        found = _found("The budget was called the end of austerity by the finance minister.", scheme)
        assert found["called"][0] == "the finance minister"


# ---- finding 2: "by the time" opens a time clause, no agent; a coordinated second complement ends the agent

def test_by_the_time_is_no_agent() -> None:
    for scheme in ("seeds", "polnear"):
        assert "described" not in _found("The barn was described as a total loss by the time the crews left.", scheme)
        assert "called" not in _found("The plan was called a failure by the end of the year.", scheme)


def test_agent_ends_before_a_coordinated_second_complement() -> None:
    for scheme in ("seeds", "polnear"):
        found = _found("The coach was called a genius by the fans and a fraud by the columnists.", scheme)
        assert found["called"][0] == "the fans"
    found = _found("The plan was described as reckless by the unions and the opposition.")
    assert found["described"][0] == "the unions and the opposition"


# ---- finding 4: a relative clause in the middle of another's reported clause (its content running past the
#      relative's closing comma into the main predicate) is part of that clause, one relation (the outer)

def test_medial_relative_inside_a_reported_clause_stays_nested() -> None:
    found = _found("The council said that the builder, who says it was misled, would be fined.", "polnear")
    assert set(found) == {"said"}
    assert found["said"] == ("The council", "the builder, who says it was misled, would be fined")
    found = _found("Her lawyer said the bank, which claims it lost $3 million, will get nothing.", "polnear")
    assert set(found) == {"said"}


def test_closing_relative_aside_is_still_kept() -> None:
    found = _found("The union backed the ferry captain, who says she was never warned.", "polnear")
    assert found["says"] == ("who", "she was never warned")


# ---- finding 11: the complement opens with an article or a quotation, not a bare adjective or adverb

def test_bare_word_after_a_passive_naming_verb_is_no_complement() -> None:
    for scheme in ("seeds", "polnear"):
        assert "called" not in _found("The strike was called off by the dockers' union.", scheme)
        assert "called" not in _found("The ballot was called early by the board.", scheme)
        assert "called" not in _found("The levy was called unfair by the traders.", scheme)


# ---- finding 12: the asker's topic ends before a trailing time phrase; the seed scheme drops a topic-only
#      question even with a phrase before "about" (a change of round 30, P's 75a0fd6: round start kept it)

def test_topic_of_a_question_by_an_agent_ends_before_a_time_phrase() -> None:
    found = _found("When asked by Rep. Lindqvist about the levy on Tuesday, the governor said it was fair.", "polnear")
    assert found["asked"] == ("Rep. Lindqvist", "the levy")
    assert found["said"] == ("the governor", "it was fair")


def test_topic_only_question_after_a_time_phrase_is_dropped_in_the_seed_scheme() -> None:
    body = "Asked on Tuesday about the levy, the mayor said it was fair."
    assert set(_found(body)) == {"said"}
    assert _found(body, "polnear")["Asked"] == (None, "the levy")


# ---- finding 14: a modal in the chain ("would have been called") is a naming that did not take place; the
#      perfect without a modal ("has been called") did

def test_modal_perfect_passive_naming_has_no_agent_entry() -> None:
    for scheme in ("seeds", "polnear"):
        assert "called" not in _found("The levy would have been called a disgrace by critics.", scheme)
        assert "called" not in _found("The levy might have been described as a tax grab by critics.", scheme)
        assert _found("The levy has been called a disgrace by critics.", scheme)["called"] == ("critics", "The levy")


def test_complement_by_refuses_a_modal_chain() -> None:
    # the end-to-end sentences above are also dropped later (a modal cue reports nothing that took place), so the
    # guard inside _complement_by is checked on its own: without it "would have been called" returns "by"
    import datetime as dt
    from analysis.corpus import Article
    from analysis.text import parse_article
    from analysis.extract.attribution.cues import _complement_by
    from analysis.extract.attribution.tokens import _sentence_tokens
    from analysis.extract.reporting_verbs import reporting_verbs
    verbs = reporting_verbs(None)
    call = next(e for e in verbs.entries if e.lemma == "call")

    def by_index(body: str) -> int | None:
        toks = _sentence_tokens(parse_article(Article(outlet="T", title="T", date=dt.date(2024, 1, 1),
                                                      body=body)).text)[0]
        return _complement_by(toks, next(k for k, t in enumerate(toks) if t.low == "called"), 1, call, verbs)
    assert by_index("The levy would have been called a disgrace by critics.") is None
    assert by_index("The levy could be called a disgrace by critics.") is None
    assert by_index("The levy has been called a disgrace by critics.") == 7
