"""Round 30 (helper L): Kim forms on a wire flash written in capitals (the twenty-ninth invented set's flash service is a
proxy since round 30).  Sentences written for these tests."""

from __future__ import annotations

from analysis.measures import wording as w


def _kim_forms(body: str) -> list[str]:
    return [m.matched_text for m in w.find_mentions(body) if m.actor.name == "Kim Jong Un"]


def test_kim_forms_on_a_flash_in_capitals():
    body = ("Flash service\n\nKIM JONG UN SAYS NEW PACT WITH MOSCOW IS DEFENSIVE\n\n"
            "STATE MEDIA SAYS KIM TOLD GUESTS THE ALLIANCE WOULD LAST\n\n"
            "KIM SAYS HIS COUNTRY BACKS MOSCOW FULLY\n")
    assert _kim_forms(body) == ["KIM JONG UN", "KIM", "KIM"]


def test_kim_capitals_keeps_longer_names_and_topic_heads():
    # a name word after the surname on a flash ("KIM COGHILL") is another person; a verbless topic head in capitals
    # keeps the case rules (a topic head is no body sentence)
    assert _kim_forms("Flash\n\nKIM COGHILL SAYS THE MARKET WILL RECOVER\n") == []
    assert _kim_forms("Highlights\n\nKIM ON THE TREATY\n\nThe leader spoke.\n") == []
    # ordinary text keeps its case rules: "Kim Coghill" is another person
    assert _kim_forms("Kim Coghill said the market would recover.") == []
