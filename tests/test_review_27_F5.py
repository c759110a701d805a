"""Round 27 (F5, review RV2 #7-#9): one "<Place>-based" pattern for every rule that reads such a seat, and the
adverbs between a relative pronoun and its verb read from the lists that hold them (roles.yaml now words,
reporting_verbs.ADVERBS), not written in code.
Names, places and bodies invented for these tests."""

from __future__ import annotations

from types import SimpleNamespace


def test_one_place_based_pattern_gives_the_place_to_each_rule():
    from analysis.extract.speakers.affiliations import _BASED_RE
    from analysis.extract.speakers.bodies import _BASED_BEFORE_RE
    from analysis.extract.speakers.resolver import _BASED_BEFORE_NAME_RE
    assert _BASED_RE.search("said a Port Ellis-based trader").group("place") == "Port Ellis"
    assert _BASED_RE.search("the U.K.-based broker").group("place") == "U.K."
    # a sentence's period is no part of the place ("... Ms. Roe. Tarn-based ...")
    assert _BASED_RE.search("said Ms. Roe. Tarn-based firms").group("place") == "Tarn"
    assert _BASED_BEFORE_RE.match("Tarn-based Western envoys").group("place", "np") == ("Tarn", "Western envoys")
    assert _BASED_BEFORE_NAME_RE.sub(lambda b: b.group("det") or "", "The Tarn-based Wren Policy Forum",
                                     count=1) == "The Wren Policy Forum"
    assert _BASED_BEFORE_NAME_RE.sub(lambda b: b.group("det") or "", "A South-East-based Wren Forum",
                                     count=1) == "A Wren Forum"


def test_the_verb_after_a_relative_pronoun_and_its_adverb_gives_the_rank():
    from analysis.extract.speakers.lexicons import load_roles
    from analysis.extract.speakers.source_types import _TypeRules
    rules = SimpleNamespace(roles=load_roles())
    assert _TypeRules._academic_rank(rules, "who now teaches history at the Wren Trust")
    assert _TypeRules._academic_rank(rules, "who also lectures at the Wren Trust")
    assert _TypeRules._academic_rank(rules, "who teaches at the Wren Trust")
    assert _TypeRules._academic_rank(rules, "who still teaches law at the Wren Trust")
    assert not _TypeRules._academic_rank(rules, "who now runs the Wren Trust")
