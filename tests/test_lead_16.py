"""Round 16 lead mends, each with invented sentences."""
from __future__ import annotations

import pytest

from analysis.text import parse_text


@pytest.mark.parametrize("text, n", [
    # 'H.E.' (His/Her Excellency) before a name ends no sentence
    ("The envoy, H.E. Tomas Verhallen, expressed hope that the crossing would reopen. He left.", 2),
    ("Talks with H.E. Mirela Dascu ran late on Friday.", 1),
    # the ordinary full stops around it still split
    ("The envoy arrived. H.E. Tomas Verhallen spoke first.", 2),
    ("Mr. Ostrander said little. He left early.", 2),
])
def test_his_excellency_abbreviation_ends_no_sentence(text: str, n: int) -> None:
    assert len(parse_text(text).sentences) == n


# ---------------------------------------------------------------- a surname after a quotation naming a namesake
from test_speakers_names import _resolve  # noqa: E402  (the speaker tests' gold-quote helper)


@pytest.mark.parametrize("body, text, mention, name", [
    # the full name inside the speaker's own quotation is whom she talks about
    ('Rep. Hana Pak, who sits on the trade panel, opened the session. "Tomas Pak has already sold the mine," '
     'Pak said.', "Tomas Pak has already sold the mine", "Pak", "Hana Pak"),
    ('Senator Beth Orrin chaired. "Tom Orrin, my brother, will not run," Orrin said.',
     "Tom Orrin, my brother, will not run", "Orrin", "Beth Orrin"),
    # negatives: no earlier bearer, so the quotation's name stays the only candidate; a name before the quotation
    ('"I, Tom Orrin, will not run," Orrin said.', "I, Tom Orrin, will not run", "Orrin", "Tom Orrin"),
    ('Tom Orrin spoke first. "Nobody asked me," Orrin said.', "Nobody asked me", "Orrin", "Tom Orrin"),
    ('Beth Orrin left early. Tom Orrin stayed. "Nobody asked me," Orrin said.', "Nobody asked me", "Orrin", "Tom Orrin"),
])
def test_a_surname_speaker_skips_the_names_in_its_own_quotation(body, text, mention, name):
    [sp] = _resolve(body, [(text, "said", mention)])
    assert sp.name == name


# ---------------------------------------------------------------- an online user with an of-phrase is a customer
@pytest.mark.parametrize("mention, typ", [
    ("One user of the new ferry service", "other"),      # a customer of a service (review RA, round 16)
    ("One reader of the weekly", "other"),
    ("One user", "unnamed"),                             # negatives: the platform users stay unnamed
    ("One Velnet user", "unnamed"),
    ("A social media user", "unnamed"),
])
def test_an_of_phrase_after_user_names_no_online_account(mention, typ):
    [sp] = _resolve(f"{mention} said the boats were late.", [("the boats were late", "said", mention)])
    assert sp.speaker_type == typ
