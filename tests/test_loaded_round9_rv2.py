"""Loaded-language mends from the second-look review rv2 (round 9): invented sentences, other names and wording
than any set or seed."""

from __future__ import annotations

import pytest

from _loaded_helpers import hits, terms


# --------------------------------------------------------------------------- finding 7: fact-check ratings
@pytest.mark.parametrize("sentence", [
    "We rate Governor Ostrow's statement Misleading.",          # capitals in the object
    "We rate the Dunmore council's leaflet Misleading.",
    "The video was rated Misleading by two fact-checkers.",     # the rating ends at 'by'
    "We rate this post False and Misleading.",                  # two classes joined by 'and'
    "The chart was rated Misleading, the fact-checkers said.",  # the rating ends at a comma
])
def test_rv2_a_rating_with_any_object_or_a_by_phrase_is_not_loaded(sentence):
    assert "misleading" not in terms(sentence)


@pytest.mark.parametrize("sentence", [
    "We rate the claim Misleading and dangerous.",               # 'dangerous' is no class of a scale
    "Having checked the figures, we rate the statement misleading.",
    "We rate the Misleading Adverts Act a failure.",             # a name, not a rating
    "Critics called the campaign Misleading from start to finish.",
])
def test_rv2_misleading_outside_a_rating_still_counts(sentence):
    assert "misleading" in terms(sentence)


# --------------------------------------------------------------------------- finding 6: 'called the X demons'
@pytest.mark.parametrize("sentence, word", [
    ("Opposition papers called the strikers demons.", "demons"),
    ("The governor branded his critics devils.", "devils"),
    ("Party bloggers dubbed the union leaders demons who would ruin the port.", "demons"),
])
def test_rv2_devils_as_the_object_complement_of_a_naming_verb_count(sentence, word):
    assert ("devil", word) in hits(sentence)


@pytest.mark.parametrize("sentence", [
    "The monks called the demons out of the well.",      # 'the demons' is the object itself
    "Supporters call the Blue Devils the best side.",    # a capitalised name between
    "Villagers say the hills are full of demons.",       # no naming verb
])
def test_rv2_devils_without_an_object_before_them_do_not_count(sentence):
    assert "devil" not in terms(sentence)


def test_rv2_require_before_far_needs_its_gap_and_require_before(tmp_path):
    from analysis.measures.wording.lexicon import LexiconError, load_loaded_terms
    f = tmp_path / "l.yaml"
    f.write_text("entries:\n  - {term: ogre, variants: [ogres], category: label, source: me, require_before: [a],\n"
                 "     require_before_far: [called]}\n")
    with pytest.raises(LexiconError) as err:
        load_loaded_terms(f)
    assert "require_before_gap" in err.value.problems[0].message


# --------------------------------------------------------------------------- finding 10d: 'with a series of ...'
@pytest.mark.parametrize("sentence", [
    "Brussels slapped Ostravia with a series of sanctions.",
    "The regulator slapped the ferry operator with a raft of fines.",
])
def test_rv2_a_partitive_before_the_penalty_noun_still_counts(sentence):
    assert "slap" in terms(sentence)


@pytest.mark.parametrize("sentence", [
    "The boxer slapped his rival with a series of quick jabs.",   # no penalty noun
    "She slapped the desk with a stack of papers.",              # 'stack' is no partitive of the class; no penalty
])
def test_rv2_a_partitive_without_a_penalty_noun_does_not_count(sentence):
    assert "slap" not in terms(sentence)


# --------------------------------------------------------------------------- finding 10d: a patron noun as a modifier
@pytest.mark.parametrize("sentence", [
    "The library's Western masters archive reopened in May.",
    "The council's foreign sponsors scheme was praised.",
])
def test_rv2_a_patron_noun_as_the_first_noun_of_a_compound_does_not_count(sentence):
    assert not any(t.startswith("<foreign_patron_adjective>") for t in terms(sentence))


@pytest.mark.parametrize("sentence", [
    "The militia takes orders from its Western masters.",
    "Their foreign sponsors control the harbour.",          # 'control' (tagged NN) starts the predicate
    "Western handlers ordered the raid, the minister said.",
])
def test_rv2_a_patron_noun_as_the_head_still_counts(sentence):
    assert any(t.startswith("<foreign_patron_adjective>") for t in terms(sentence))


# --------------------------------------------------------------------------- finding 10d: a notice on a vehicle
def test_rv2_a_fine_stuck_on_a_windscreen_is_literal():
    assert "slap" not in terms("A warden slapped a parking fine on the windshield of his van.")
    assert "slap" not in terms("The attendant slapped a penalty on the windscreen and walked off.")


def test_rv2_a_fine_slapped_on_a_company_still_counts():
    assert "slap" in terms("The regulator slapped a record fine on the water company.")
