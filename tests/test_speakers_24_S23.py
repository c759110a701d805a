"""Round 24, helper S23: pronouns after a sentence whose subject is the writer's own I/we; a role
before a name that closes its sentence."""

from __future__ import annotations


def _triples(body: str) -> list[tuple[str, str, str]]:
    from analysis.extract.attribution import extract_attributions
    from analysis.extract.speakers import resolve_speakers
    from tests._attribution_helpers import doc
    d = doc(body)
    found = extract_attributions(d)
    return [(a.cue, s.name, s.speaker_type) for a, s in zip(found, resolve_speakers(d, found))]


# ------------------------------------------------- "I put X to Y. He said": the writer's I is no antecedent

def test_he_after_the_writers_i_is_the_person_the_writer_asked_not_the_last_speaker():
    body = ('A reader in Dundee wrote that the page was "unfair".\n\n'
            'I put the letters to Tobias Wrenfield. He defended the page as "fair comment".')
    assert _triples(body) == [("wrote", "Reader in Dundee", "other"), ("defended", "Tobias Wrenfield", "other")]


def test_she_after_we_asked_a_named_person():
    body = ('A reader in Dundee wrote that the page was "unfair".\n\n'
            'We asked Ana Roe about it. She said the page was fair.')
    assert _triples(body)[1] == ("said", "Ana Roe", "other")


def test_the_chain_of_he_after_the_writers_question_keeps_the_person():
    body = ('A reader in Dundee wrote that the page was "unfair".\n\n'
            'I put the letters to the features editor, Tobias Wrenfield. He said the page was fair. '
            'He stood by it. In his words, the page was "too loud".')
    assert [t[1] for t in _triples(body)] == ["Reader in Dundee", "Tobias Wrenfield",
                                              "Tobias Wrenfield"]


def test_a_third_person_subject_still_ranks_first():
    body = 'Nina Okafor wrote to Tobias Wrenfield about the page. She said it was unfair.'
    assert _triples(body)[-1][1] == "Nina Okafor"


# ------------------------------------------------- "to the features editor, Tom Roe." : his role, at a sentence's end

def test_a_role_before_a_name_that_ends_its_sentence_types_the_name():
    body = 'I put the letters to the features editor, Tobias Wrenfield. He said the page was fair.'
    assert _triples(body) == [("said", "Tobias Wrenfield", "media")]


# ------------------------------------------------- a post yet to be taken up does not type the speaker

def test_a_post_the_speaker_is_to_take_over_does_not_type_him():
    body = ('Outgoing prime minister Jan Velders, who is to take over as NATO secretary general in October, '
            'said the pact was dangerous. Velders added that Europe must respond.')
    assert _triples(body) == [("said", "Jan Velders", "government"), ("added", "Jan Velders", "government")]


def test_a_post_the_speaker_will_become_does_not_type_her():
    body = 'Finance minister Ana Roe, who will become IMF managing director next year, said the plan was sound.'
    assert _triples(body) == [("said", "Ana Roe", "government")]


def test_a_post_held_now_in_a_relative_clause_still_types_the_speaker():
    assert _triples("Ana Roe, who heads the IMF mission, said the plan was sound.") == \
        [("said", "Ana Roe", "international_org")]
