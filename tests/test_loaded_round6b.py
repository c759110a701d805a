"""Round 6b of the wording measures: naming forms with honorific titles and country prefixes, and
the general mechanisms added for loaded terms (derivations, idiom classes, label classes).
Every sentence here is invented for the tests."""
from __future__ import annotations

from analysis.measures.wording import find_mentions

_ACTORS = {"actors": [
    {"name": "Pak Sung Ho", "kind": "person", "labels": ["leader Pak Sung Ho", "President Pak", "Pak Sung Ho", "Pak"]},
    {"name": "Northland", "kind": "country", "labels": ["DPRK"]},
]}


def _forms(text: str) -> list[str]:
    return [m.matched_text for m in find_mentions(text, actors=_ACTORS)]


def test_an_honorific_title_and_its_epithets_are_one_form_with_the_name():
    assert _forms("The respected Comrade Pak Sung Ho toured a steel mill.") == ["respected Comrade Pak Sung Ho"]
    assert _forms("Dear respected Marshal Pak Sung Ho gave guidance.") == ["Dear respected Marshal Pak Sung Ho"]
    # the last word of a title may be the label's first word ("Supreme" + "Leader ...")
    assert _forms("Supreme Leader Pak Sung Ho waved.") == ["Supreme Leader Pak Sung Ho"]
    # an epithet alone is no title: the form is the label
    assert _forms("The respected Pak Sung Ho waved.") == ["Pak Sung Ho"]
    # an ordinary word before the name is not taken in
    assert _forms("Reporters saw Pak Sung Ho.") == ["Pak Sung Ho"]


def test_a_country_before_a_role_word_is_one_form_with_the_role_and_name():
    # a country abbreviation that is itself a mention is taken into the form
    assert _forms("On Friday DPRK leader Pak Sung Ho spoke.") == ["DPRK leader Pak Sung Ho"]
    assert _forms("ROK President Pak arrived.") == ["ROK President Pak"]
    # a gazetteer demonym counts as well
    assert _forms("The Russian President Pak arrived.") == ["Russian President Pak"]
    # only before a role word: "DPRK" stays its own mention before a bare name
    assert _forms("DPRK envoys met Pak Sung Ho.") == ["DPRK", "Pak Sung Ho"]


def test_seed_style_forms_do_not_change():
    kim = [m.matched_text for m in find_mentions("North Korean leader Kim Jong Un met Mr Kim's aides. Kim said.")
           if m.actor.name == "Kim Jong Un"]
    assert kim == ["North Korean leader Kim Jong Un", "Mr Kim", "Kim"]
