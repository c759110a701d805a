"""Round 31 (helper QA2): quotes, cues and mentions, as general rules on sentences written here (new names, places
and bodies): an acronym in capitals spelt like a function word ("WHO", "IT", "US"), a verb of opinion coordinated
after a report.  Each rule is also checked against the look-alikes it must leave alone."""

from __future__ import annotations

from tests._attribution_helpers import resolved, summary


# ---------------------------------------------------------------- an acronym spelt like a function word
def test_an_acronym_in_capitals_is_no_relative_pronoun():
    assert summary('"The outbreak is contained," WHO envoy Lena Varga said on Tuesday.') == [
        ("said", "WHO envoy Lena Varga", "The outbreak is contained,", "direct")]
    assert summary("WHO envoy Lena Varga said the outbreak was contained.") == [
        ("said", "WHO envoy Lena Varga", "the outbreak was contained", "indirect")]
    assert summary("The outbreak is contained, WHO envoy Lena Varga said.") == [
        ("said", "WHO envoy Lena Varga", "The outbreak is contained", "indirect")]


def test_an_acronym_speaker_resolves_to_its_person():
    assert resolved('"The outbreak is contained," WHO envoy Lena Varga said.')[0][:2] == (
        "WHO envoy Lena Varga", "Lena Varga")


def test_other_acronyms_spelt_like_pronouns_keep_their_entries():
    assert summary('"We are ready," IT minister Omar Dall said.') == [
        ("said", "IT minister Omar Dall", "We are ready,", "direct")]
    assert summary('"We are ready," US envoy Omar Dall said.') == [
        ("said", "US envoy Omar Dall", "We are ready,", "direct")]


def test_a_lower_case_who_is_still_the_relative_pronoun():
    assert summary("Lena Varga, who heads the WHO office in Tarma, said the outbreak was contained.") == [
        ("said", "Lena Varga, who heads the WHO office in Tarma", "the outbreak was contained", "indirect")]


def test_the_acronym_test_needs_running_text_and_a_function_word_spelling():
    from analysis.extract.attribution.tokens import _acronym_not_function_word
    assert _acronym_not_function_word("WHO", "WHO envoy Lena Varga said so.")
    assert _acronym_not_function_word("US", "The US envoy said so.")
    assert not _acronym_not_function_word("WHO", "WHO SAYS IT IS OVER, the envoy said")   # a sentence in capitals
    assert not _acronym_not_function_word("UN", "The UN envoy said so.")    # no function word: low as before
    assert not _acronym_not_function_word("Who", "Who said so?")
    assert not _acronym_not_function_word("A", "A man said so.")


def test_a_paragraph_in_capitals_keeps_its_function_words():
    from tests._attribution_helpers import doc
    from analysis.extract.attribution.tokens import _sentence_tokens
    toks = [t for s in _sentence_tokens(doc("Officials met.\n\nWHO SAYS IT IS OVER IN TARMA\n\nThe WHO said so.").text)
            for t in s]
    assert [t.low for t in toks if t.text.upper() == "WHO"] == ["who", "WHO"]


# ---------------------------------------------------------------- "said ... and reckoned ...": a second opinion verb
def test_an_opinion_verb_after_and_is_a_second_report_of_the_speaker():
    assert summary("Ivo Brandt said he had fished the bay 'since I was nine' and reckoned the new quota was "
                   "'a gift to the trawlers'.") == [
        ("said", "Ivo Brandt", "since I was nine", "partial"),
        ("reckoned", "Ivo Brandt", "a gift to the trawlers", "partial")]
    assert summary("Ivo Brandt said that he was tired but thought the quota was unfair.") == [
        ("said", "Ivo Brandt", "he was tired", "indirect"),
        ("thought", "he", "the quota was unfair", "indirect")]


def test_an_opinion_verb_under_another_subject_stays_the_content():
    assert summary("Ivo Brandt said Norland was watching and believed that the quota was unfair.") == [
        ("said", "Ivo Brandt", "Norland was watching and believed that the quota was unfair", "indirect")]


def test_a_verb_of_showing_after_and_stays_the_content():
    assert summary("Ivo Brandt said he was tired and showed the quota was unfair.") == [
        ("said", "Ivo Brandt", "he was tired and showed the quota was unfair", "indirect")]


# ---------------------------------------------------------------- lower-case role words, a name and an age
def test_role_words_a_name_and_an_age_after_an_opening_adjunct_speak():
    assert summary('At a bakery in Tarma, retired nurse Ilse Brandt, 68, said she was "glad to see the port busy".') \
        == [("said", "retired nurse Ilse Brandt", "glad to see the port busy", "partial")]
    assert summary('At a bakery in Tarma, retired army nurse Ilse Brandt, 68, who trained in Lima, said she was '
                   '"glad to see the port busy".')[0][0::2] == ("said", "glad to see the port busy")


def test_a_fronted_participle_clause_is_still_skipped():
    assert summary('Retired by the board, Ilse Brandt said it was "fine".') == [
        ("said", "Ilse Brandt", "fine", "partial")]
