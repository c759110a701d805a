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
