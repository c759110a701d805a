"""Round 26 (P): PolNeAR speech-attribution recall.  Every sentence is invented for the tests (names, places,
outlets); each section is one general mend.

1. An expressive act with a noun-phrase object followed by a "saying" participle of the same speaker ("praised the
   port authority, saying ...") is one entry in the seed scheme (the participle's), two in PolNeAR's (the object
   is the first act's content).
2. After a cue with a clause and a comma before it, a lower-case role noun may open the inverted speaker's name
   ("..., says economist Maria Lopes in Lisbon."), as it does after a quotation ("said pollster ...").
3. A verb with a literal sense ("attacked", "blasted": no bare noun-phrase frame) is a speech act when a participle
   of saying follows its object after a comma ("attacked Mr. Vale, calling him ...", "blasted the authority,
   saying ..."); a title's period inside the object ends nothing ("attacked Mr. Vale for his record")."""

from __future__ import annotations

import pytest

from analysis.extract.attribution import extract_attributions
from tests._attribution_helpers import doc


def _rows(body: str, scheme: str = "polnear") -> list[tuple[str, str | None, str, str]]:
    """(cue, speaker mention, content, kind) of each attribution of ``body`` in ``scheme``."""
    return [(a.cue, a.speaker_mention, a.text, a.kind) for a in extract_attributions(doc(body), scheme=scheme)]


# ---- 1. "praised X, saying ...": two acts in PolNeAR, one in the seed scheme

_PRAISED = "Senator Ilse Marrow praised the port authority on Monday, saying the new cranes had cut delays."


def test_polnear_keeps_the_expressive_act_and_its_saying_participle():
    rows = _rows(_PRAISED)
    assert [(cue, spk) for cue, spk, _, _ in rows] == [("praised", "Senator Ilse Marrow"),
                                                       ("saying", "Senator Ilse Marrow")]
    assert rows[0][2].startswith("the port authority")
    assert rows[1][2] == "the new cranes had cut delays"


def test_the_seed_scheme_keeps_only_the_saying_participle():
    assert [(cue, content) for cue, _, content, _ in _rows(_PRAISED, "seeds")] == \
        [("saying", "the new cranes had cut delays")]


# ---- 2. "..., says economist Maria Lopes in Lisbon.": a role noun before the inverted speaker's name

@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
@pytest.mark.parametrize("body, cue, speaker", [
    ("The harbour economy will recover next year, says economist Maria Lopes in Lisbon.", "says", "Maria Lopes"),
    ("The ferry fares will rise in March, said political scientist Tomas Berg.", "said", "Tomas Berg"),
])
def test_a_role_noun_opens_the_inverted_speaker_after_a_clause(body, cue, speaker, scheme):
    rows = _rows(body, scheme)
    assert len(rows) == 1
    got_cue, mention, content, _ = rows[0]
    assert got_cue == cue and speaker in (mention or "")
    assert content == body.split(",")[0]


@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
def test_a_role_led_name_followed_by_a_verb_is_the_reported_clause(scheme):
    rows = _rows("The harbour will close, said spokesman Ivo Lind would resign.", scheme)
    assert all("Ivo Lind" not in (spk or "") for _, spk, _, _ in rows)


# ---- 3. "attacked X, calling him ...": a participle of saying after the object makes the act verbal

@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
@pytest.mark.parametrize("body, cue, obj", [
    ("Early in the race, Ms. Ruiz attacked Mr. Vale, calling him “a failed candidate.”", "attacked", "Mr. Vale"),
    ("The senator blasted the port authority, saying it had wasted money.", "blasted", "the port authority"),
])
def test_a_saying_participle_after_the_object_makes_the_act_verbal(body, cue, obj, scheme):
    rows = _rows(body, scheme)
    assert (cue, obj) in [(c, content) for c, _, content, _ in rows]


@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
def test_a_title_period_in_the_object_does_not_hide_the_reason(scheme):
    assert [(c, content) for c, _, content, _ in _rows("Ms. Ruiz attacked Mr. Vale for his record.", scheme)] == \
        [("attacked", "Mr. Vale for his record")]


@pytest.mark.parametrize("scheme", ["polnear", "seeds"])
@pytest.mark.parametrize("body", [
    "Rebels attacked the town on Monday, killing six people.",
    "The drones attacked the depot, calling in artillery.",
    "The jets blasted the bridge, cutting the road.",
])
def test_the_literal_sense_stays_without_a_participle_of_saying(body, scheme):
    assert _rows(body, scheme) == []
