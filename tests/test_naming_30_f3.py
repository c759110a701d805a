"""Round 30 (fixer F3): reviewer RV1's finding 8 on capitals lines.  Sentences written for these tests."""

from __future__ import annotations

from analysis.measures import wording as w


def _forms(body: str, actor: str) -> list[str]:
    return [m.matched_text for m in w.find_mentions(body) if m.actor.name == actor]


def test_common_noun_given_name_blocks_a_surname_on_a_flash():
    # 'HUNTER', 'MARK' are common nouns and given names: before a surname on a capitals line they name another person
    assert _forms("Flash\n\nHUNTER BIDEN SAYS HE WILL APPEAL\n", "Joe Biden") == []
    assert _forms("Flash\n\nMARK KIM SAYS THE PORT WILL REOPEN\n", "Kim Jong Un") == []


def test_verbs_and_titles_before_a_surname_still_count():
    assert _forms("Flash\n\nSTATE MEDIA SAYS KIM INSPECTED NEW MISSILE\n", "Kim Jong Un") == ["KIM"]
    assert _forms("Flash\n\nPRESIDENT BIDEN SAYS HE WILL VETO THE BILL\n", "Joe Biden") == ["PRESIDENT BIDEN"]


def test_one_set_of_finite_verb_tags():
    # review finding 13: the finite-or-modal Brill tags are defined once (attribution/tokens.py) and imported
    import inspect
    import re
    from analysis.extract.attribution import content, tokens
    from analysis.extract.speakers import resolver
    from analysis.measures.wording import naming
    assert tokens.FINITE_OR_MODAL_TAGS == frozenset({"VBD", "VBZ", "VBP", "MD"})
    for module in (naming, resolver, content):
        assert not re.search(r"_FINITE(?:_OR_MODAL)?_TAGS\s*=", inspect.getsource(module)), module.__name__
