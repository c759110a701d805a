"""Round 31 (fixer FX1): review RV1's findings 8 and 12 on the naming forms: a body paragraph that ends in a wire's
credit, or a caption label before a reported sentence, is text (only a line wholly a caption or credit is page
furniture); a given name in capitals before 'KIM' after a preposition is another person's ('WITH JOHN KIM').
Sentences written for these tests (invented places)."""

from __future__ import annotations

from analysis.measures import wording as w


def _kim_forms(body: str) -> list[str]:
    return [m.matched_text for m in w.find_mentions(body) if m.actor.name == "Kim Jong Un"]


# finding 8: a paragraph ending in a wire's credit is body text
def test_body_paragraph_ending_in_a_wire_credit_keeps_its_forms():
    assert _kim_forms("Kim Jong Un told the envoy the pact was a warning to Tarvos (Reuters)\n") == ["Kim Jong Un"]
    body = ("North Korean leader Kim Jong Un met envoys of Tarvos on Monday (AP)\n\n"
            "Kim said the talks went well.\n")
    assert _kim_forms(body) == ["North Korean leader Kim Jong Un", "Kim"]
    assert _kim_forms("Orsk, June 3 - Kim Jong Un visited a farm near the border on Tuesday - Yonhap\n") == ["Kim Jong Un"]


def test_label_before_a_reported_sentence_is_text():
    body = "Watch: Kim Jong Un inspects a new frigate at the port of Orsk, state media said on Friday.\n"
    assert _kim_forms(body) == ["Kim Jong Un"]


def test_photo_captions_and_credits_still_furniture():
    body = ("Kim met the envoy of Tarvos in the capital.\n\n"
            "Kim Jong Un and the envoy shake hands in Pyongyang (KCNA via AP)\n\n"
            "Kim Jong Un at the banquet - STR/Pool\n\n"
            "Photo: Kim Jong Un and the envoy in the garden. (Handout)\n")
    assert _kim_forms(body) == ["Kim"]


# finding 12: a given name in capitals after a preposition is the first name of another Kim
def test_given_name_after_a_preposition_blocks_the_leader_form():
    assert _kim_forms("Flash service\n\nWITH JOHN KIM AT HELM, FIRM SAYS PROFITS WILL RISE\n") == []
    assert _kim_forms("Flash service\n\nFOR MARK KIM, A NEW START AT THE BANK\n") == []
    # a common noun after a preposition is still its object ('IN SHIFT KIM SAYS')
    assert _kim_forms("Flash service\n\nAFTER TALKS KIM SAYS PACT WILL HOLD\n") == ["KIM"]


# finding 16: the naming measure reads captions by the cleaner's public function, not a private one
def test_caption_with_credit_is_public():
    from analysis.corpus.cleaning import caption_with_credit
    assert caption_with_credit("The envoy and the minister in Orsk - STR/AFP")
    assert not caption_with_credit("The envoy said the talks in Orsk had gone well.")
