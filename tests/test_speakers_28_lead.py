"""Round 28 (lead): a group of people described by what they know of a document is the people, not the document."""

from __future__ import annotations

from _attribution_helpers import speaker_names


def test_people_familiar_with_the_deal_are_people_not_the_treaty():
    names = speaker_names("Russia and North Korea signed a defence deal on Wednesday. People familiar with the deal "
                          "said the two sides had agreed on the text in May.")
    assert names == {"People familiar with the deal": "People familiar with the deal"}


def test_officials_close_to_the_treaty_talks_are_officials():
    names = speaker_names("Officials close to the treaty said the text was final.")
    assert names["Officials close to the treaty"] != "Russia–North Korea Treaty on Comprehensive Strategic Partnership"


def test_the_agreement_itself_still_speaks_as_the_document():
    names = speaker_names("The agreement with Moscow states that both sides will help each other.")
    assert names == {"The agreement with Moscow": "Russia–North Korea Treaty on Comprehensive Strategic Partnership"}


# ---------------------------------------------------------------- a scare-quoted appositive of the speaker
def test_a_scare_quoted_label_in_the_speakers_appositive_is_not_the_content():
    from _attribution_helpers import summary
    assert summary("Ana Roe, a “security expert” of the old school, argued that “the pact changes nothing” for the "
                   "region.") == [("argued", "Ana Roe", "the pact changes nothing", "partial")]
    assert summary("Ana Roe, a “security expert” of the old school, argued that the pact changes nothing.") == [
        ("argued", "Ana Roe", "the pact changes nothing", "indirect")]


def test_a_quotation_before_the_cue_without_an_appositive_stays_the_speakers():
    from _attribution_helpers import summary
    assert summary("“The pact changes nothing,” Ana Roe, a security expert, said.") == [
        ("said", "Ana Roe, a security expert", "The pact changes nothing,", "direct")]
