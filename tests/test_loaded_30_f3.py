"""Round 30 (fixer F3): reviewer RV1's findings 5, 6 and 7 on helper L's loaded terms.

Sentences written for these tests (invented names, places and outlets)."""

from __future__ import annotations

import pytest

from _loaded_helpers import voiced_hits as hits, voiced_spans as spans


# finding 5: a lower-case name particle stands between two words of one name; an English word ("do") after a
# capitalised plural label, or a label before a person's name, leaves the label a label
@pytest.mark.parametrize("body, term", [
    ("Thugs do Velmar's bidding in the river towns, the survey found.", "thug"),
    ("Propagandists do Orsk's work for it, the deputy said in a letter.", "propagandist"),
    ("Terrorists da Costa and Brandt were sentenced in Lenna.", "terrorist"),
])
def test_label_before_particle_still_counted(body, term):
    assert term in [t for _, t, _ in hits(body)]


def test_body_named_with_particle_still_not_counted():
    assert spans("The Junta de Galicia said it would release the data.") == []
    assert spans("Junta de Galicia officials said it would release the data.") == []


# finding 6: pal, buddy, chum only of a political actor's ally; lower case only (the surname 'Pal')
@pytest.mark.parametrize("body", [
    "The cyclist's best buddy, who did not give his name, said he had left the race at noon.",
    "His pals from the chess club raised money for the school.",
    "The girl and her buddy were pulled from the lake on Friday.",
    "Lenna's Pal scored twice in the cup final.",
])
def test_pal_of_private_people_not_counted(body):
    assert spans(body) == []


def test_pal_of_a_leader_counted():
    assert ("pal", "pal", "narrator") in hits("The prime minister of Orsk flew to Tarvos to meet his new pal, "
                                               "the ruler there.")
    assert ("buddies", "pal", "narrator") in hits("The senator's buddies in the ruling party blocked the bill.")
    assert ("chums", "pal", "narrator") in hits("Is Canon Hale with his chums among the bishops really wiser than "
                                                 "every pope before him?")


# finding 7: spooked only of markets, investors or political actors
@pytest.mark.parametrize("body", [
    "A burst pipe spooked the crowd of diners, and two guests slipped.",
    "The fireworks spooked the children in the square of Brela.",
])
def test_spooked_people_literal_not_counted(body):
    assert spans(body) == []


@pytest.mark.parametrize("body, span", [
    ("Traders were spooked by the finance ministry's forecast and sold bonds.", "spooked"),
    ("The budget row spooked lawmakers in Orsk.", "spooked"),
])
def test_spooked_markets_counted(body, span):
    assert (span, "spooked", "narrator") in hits(body)


def test_context_require_takes_anchors_only(tmp_path):
    from analysis.measures.wording import load_loaded_terms
    from analysis.measures.wording.lexicon import LexiconError
    f = tmp_path / "terms.yaml"
    f.write_text("sources:\n  me: My list\nentries:\n  - {term: rattled, category: emotive, source: me,\n"
                 "     context_require: {before: [the], anchors: [markets]}}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        load_loaded_terms(f)
    assert any("'context_require' takes 'anchors'" in p.message for p in err.value.problems)
    f.write_text("sources:\n  me: My list\nentries:\n  - {term: rattled, category: emotive, source: me,\n"
                 "     context_require: {anchors: [markets]}}\n", encoding="utf-8")
    (entry,) = [e for e in load_loaded_terms(f).entries if e.term == "rattled"]
    assert entry.context_require[2] == ("markets",)
