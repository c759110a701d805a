"""Round 30 (helper P): PolNeAR attributions not found at all (cues.py, resolve.py), sentences written for these
tests."""

from __future__ import annotations

from tests._attribution_helpers import doc
from analysis.extract.attribution import extract_attributions


def _found(body: str, scheme: str = "seeds") -> dict[str, tuple[str | None, str]]:
    return {a.cue: (a.speaker_mention, a.text) for a in extract_attributions(doc(body), scheme=scheme)}


# ---- "went on <medium> to <verb>", "took to <medium> <time> to <verb>": a medium named by a news-medium noun, a
#      time phrase or adverb before "to"

def test_medium_noun_before_the_infinitive() -> None:
    for scheme in ("seeds", "polnear"):
        found = _found("The harbour master went on local radio to say the quay would close.", scheme)
        assert found["went on local radio to say"] == ("The harbour master", "the quay would close")
    found = _found("Ms. Berg went on television to warn that the levees were failing.")
    assert found["went on television to warn"] == ("Ms. Berg", "the levees were failing")


def test_time_phrase_between_the_medium_and_the_infinitive() -> None:
    found = _found("The governor took to Facebook overnight to accuse the ferry company of lying.", "polnear")
    assert found["took to Facebook overnight to accuse"] == ("The governor", "lying")
    found = _found("The senator took to Twitter early Friday morning to say the count was flawed.")
    assert found["took to Twitter early Friday morning to say"] == ("The senator", "the count was flawed")
    found = _found("Ms. Holm went on NPR on Monday to argue that the tariff would hurt farmers.")
    assert found["went on NPR on Monday to argue"] == ("Ms. Holm", "the tariff would hurt farmers")


def test_no_medium_no_entailed_report() -> None:
    # a trip or a strike is no medium: the purpose infinitive reports nothing said
    assert not any("say" in cue for cue in _found("He went on a long trip to say goodbye to his cousins."))
    assert not any("went" in cue for cue in _found("The dockers went on strike overnight to protest the cuts."))


def test_overnight_is_a_time_adverb() -> None:
    found = _found("Overnight the mayor said the roads would close.")
    assert found["said"] == ("the mayor", "the roads would close")
    found = _found("Prices rose overnight, the treasurer said.")
    assert found["said"] == ("the treasurer", "Prices rose overnight")
