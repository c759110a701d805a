"""Round 25 review fixes (helper F1): narrower guards for this round's attribution rules, on sentences written
here (new names, places and outlets)."""

from __future__ import annotations

from tests._attribution_helpers import speaker_names, summary


def _kinds(body: str) -> list[str]:
    return [s[3] for s in summary(body)]


# ---------------------------------------------------------------- RV1 1: "Per" as a given name
def test_per_as_a_given_name_before_an_appositive_is_no_source() -> None:
    body = "Per Halvorsen, the mayor of Vessby, said the ferry deal was fair."
    assert _kinds(body) == ["indirect"]
    assert "Per Halvorsen" not in speaker_names(body)


def test_per_as_a_given_name_before_a_relative_clause_is_no_source() -> None:
    assert summary("Per Lindqvist, who chairs the harbour board, resigned on Tuesday.") == []
    assert summary("Per Unit Output, once the valley's highest, fell in March.") == []


def test_per_before_a_source_and_a_clause_stays_a_source() -> None:
    assert summary("Per Tarn Radio, the ferry talks collapsed.") == [
        ("Per", "Tarn Radio", "the ferry talks collapsed", "according_to")]


# ---------------------------------------------------------------- RV1 7 / RV2 4: the colon rule, the writer's own verdict
def _according_to_content(body: str) -> str:
    [found] = [s for s in summary(body) if s[3] == "according_to"]
    return found[2]


def test_a_plain_clause_before_a_colon_stays_in_the_according_to_content() -> None:
    assert _according_to_content("The harbour is reviving: cargo rose 4 percent in April, according to the port "
                                 "authority.") == "The harbour is reviving: cargo rose 4 percent in April"
    assert _according_to_content("The envoy was curt: the truce had collapsed, according to three aides who were "
                                 "present.") == "The envoy was curt: the truce had collapsed"


def test_the_writers_own_verdict_before_a_colon_is_left_out() -> None:
    assert _according_to_content("The rally looked overdone to us: ferry bookings fell by noon, according to "
                                 "harbour data.") == "ferry bookings fell by noon"


# ---------------------------------------------------------------- RV2 5: the to-infinitive merge keeps both old tests
def test_a_quoted_word_after_asked_to_is_the_speakers_partial_quotation() -> None:
    assert summary('Asked by the crew to "justify" the fare, Dunmore said it was the fuel price.') == [
        ("said", "Dunmore", "justify", "partial")]


def test_a_to_frame_takes_a_pronoun_or_preposition_complement_as_before() -> None:
    from analysis.extract.attribution.cues import _to_infinitive
    from analysis.extract.attribution.tokens import _sentence_tokens
    from analysis.text import parse_text
    toks = _sentence_tokens(parse_text("The council urged the mill to like it."))[0]
    k = next(i for i, t in enumerate(toks) if t.low == "to")
    assert _to_infinitive(toks, k, len(toks)) is True
    toks = _sentence_tokens(parse_text("The council urged the mill to it."))[0]
    k = next(i for i, t in enumerate(toks) if t.low == "to")
    assert _to_infinitive(toks, k, len(toks)) is True
    assert _to_infinitive(toks, k, len(toks), request=True) is False


# ---------------------------------------------------------------- RV1 5: "as ... as reported by" is a comparison
def test_as_reported_by_closing_a_comparison_is_no_source() -> None:
    assert summary("Rents were three times as steep as reported by the council in April.") == []
    assert summary("Turnout was nearly as low as reported by the Fenwick Herald.") == []


def test_as_reported_by_after_a_clause_stays_a_source() -> None:
    assert summary("The ferry line closed on Friday, as reported by the Fenwick Herald.") == [
        ("as reported by", "the Fenwick Herald", "The ferry line closed on Friday", "according_to")]


# ---------------------------------------------------------------- RV2 6: coordinated acts under a statement's source
def test_coordinated_acts_reported_from_a_statement_keep_their_entries() -> None:
    found = summary("Dunmore condemned the blockade and demanded a hearing, according to a statement from her office.")
    assert ("condemned", "Dunmore", "the blockade", "indirect") in found
    assert ("demanded", "Dunmore", "a hearing", "indirect") in found
    assert [s for s in found if s[3] == "according_to"]


def test_one_act_reported_from_a_statement_is_the_statements_entry() -> None:
    found = summary("The harbour board welcomes the accord signed in Vessby, according to a statement released by "
                    "its chair.")
    assert [s[0] for s in found] == ["according to"]


# ---------------------------------------------------------------- RV1 6: a record's head past a participle
def test_according_to_a_leaked_recording_after_a_quotation_with_its_cue_is_no_entry() -> None:
    assert summary('"The pier stays open," Dunmore said, according to a leaked recording.') == [
        ("said", "Dunmore", "The pier stays open,", "direct")]


def test_according_to_a_leaked_memo_after_a_quotation_stays_a_source() -> None:
    assert [s[3] for s in summary('"The pier stays open," Dunmore said, according to a leaked memo.')] == [
        "according_to", "direct"]
