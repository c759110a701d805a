"""Round 31 (helper L): a name in a photo caption, a caption ending in a credit or a broadcast script's production note
in square brackets is page furniture, no naming form of the article (the invented golds list these lines as non-body
lines and none of their forms).  Sentences written for these tests."""

from __future__ import annotations

from analysis.measures import wording as w


def _kim_forms(body: str) -> list[str]:
    return [m.matched_text for m in w.find_mentions(body) if m.actor.name == "Kim Jong Un"]


def test_caption_and_production_note_forms_not_counted():
    body = ("North Korean leader Kim Jong Un met the envoy of Tarvos in Pyongyang on Monday.\n\n"
            "Photo: Kim Jong Un and the envoy in the garden of the guest house. (Handout)\n\n"
            "[Footage: Kim Jong Un waves from the balcony]\n\n"
            "Kim Jong Un and the envoy at the banquet, Pyongyang | Photo: KCNA\n\n"
            "Kim later told the envoy the talks had gone well.\n")
    assert _kim_forms(body) == ["North Korean leader Kim Jong Un", "Kim"]


def test_body_lines_keep_their_forms():
    # a body sentence that mentions a photo, or opens with a bracketed word, is text
    body = ("Kim Jong Un posed for a photo with the envoy.\n\n"
            "[Update] Kim Jong Un left Pyongyang by train on Tuesday, the agency said.\n")
    assert _kim_forms(body) == ["Kim Jong Un", "Kim Jong Un"]


def test_a_credit_inside_a_body_line_keeps_the_line():
    # a credit label with a sentence after it is text ('Photo: <name>.' then the story goes on)
    body = "Kim Jong Un spoke on Monday. Photo: Lena Roe. Kim said the test went well.\n"
    assert _kim_forms(body) == ["Kim Jong Un", "Kim"]
    # a caption whose credit follows its full stop is still a caption
    body2 = "Kim met the envoy.\n\nPhoto: Kim Jong Un and the envoy in Pyongyang. Wire/Pool\n"
    assert _kim_forms(body2) == ["Kim"]


def test_capitals_line_common_noun_after_a_preposition_is_no_given_name():
    # review of round 30: 'IN SHIFT KIM SAYS': the noun is the preposition's object, the surname is the leader's
    assert _kim_forms("Flash service\n\nIN SHIFT KIM SAYS NEW PACT IS DEFENSIVE\n") == ["KIM"]
    assert _kim_forms("Flash service\n\nAMID PROTEST KIM SAYS PACT WILL LAST\n") == ["KIM"]
    # a common noun opening the line is still read as a given name ('MARK KIM' is another person)
    assert _kim_forms("Flash service\n\nMARK KIM SAYS THE MARKET WILL RECOVER\n") == []
