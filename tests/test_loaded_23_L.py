"""Round 23 (L): voice of a narrator's label inside a reported clause; loaded idioms, metaphors and patterns;
Kim naming forms.

Every sentence here is written for the test (invented names, places and outlets; real states only where a guard
needs a state of the gazetteer).
"""

from __future__ import annotations

import datetime as dt

from analysis.corpus import Article
from analysis.measures import wording as w
from analysis.measures.wording.voice import narrator_label
from analysis.text import parse_article


def doc(body: str):
    return parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))


def voices(body: str) -> dict[str, str]:
    return {h.matched_text: h.voice for h in w.find_terms(doc(body))}


def found(body: str, tiers=w.CURATED_TIERS) -> list[str]:
    return [h.matched_text for h in w.find_terms(doc(body), tiers=tiers)]


# ---------------------------------------------------------------- voice: the narrator's labels in a paraphrase

def test_apposition_to_a_name_inside_a_paraphrase_is_the_narrators_label() -> None:
    body = ("Minister Tavo Reyes said the accord, signed by Lukashenko, the ageing dictator, would bind "
            "Minsk to the bloc.")
    assert voices(body).get("dictator") == "narrator"
    # a possessor inside the apposition, or a list item, keeps the paraphrase voice
    assert voices("Reyes said he met Ivo Sand, the dictator's nephew, in Riga.").get("dictator") == "paraphrase"
    assert voices("Reyes said envoys would visit Tesland, the junta in Ormsby and the isles.").get("junta") == \
        "paraphrase"


def test_apposition_rule_reads_the_text_not_the_word() -> None:
    body = "They said that Belarus, a rogue state with few friends, was buying drones."
    s = body.index("rogue state")
    assert narrator_label(body, s, s + len("rogue state")) is True
    # an opening phrase 'In Minsk, the ...' is not an apposition
    other = "They said that in Minsk, the rogue state was buying drones."
    s = other.index("rogue state")
    assert narrator_label(other, s, s + len("rogue state")) is False


def test_definite_subject_of_a_nested_report_is_the_narrators_label() -> None:
    body = ("Osei argues that at the summit the ageing autocrat described the deal as a gift, and that "
            "nobody objected.")
    assert voices(body).get("autocrat") == "narrator"


def test_a_noun_after_the_hit_is_not_a_verb_of_saying() -> None:
    body = "Dara Voss said the report showed that the authoritarian states grew closer."
    s = body.index("authoritarian")
    assert narrator_label(body, s, s + len("authoritarian")) is False


def test_a_label_the_speaker_chose_stays_paraphrase() -> None:
    body = "Senator Ilse Marrow said the dictator would never keep his word."
    assert voices(body).get("dictator") == "paraphrase"


def test_a_title_before_a_name_stays_paraphrase() -> None:
    body = "Minister Tavo Reyes said the pact signed by Belarusian dictator Alexander Lukashenko would fail."
    assert voices(body).get("dictator") == "paraphrase"


# ---------------------------------------------------------------- loaded idioms, metaphors and labels

def test_desperation_ascribed_to_a_state_or_leader() -> None:
    assert found("Analysts said the accord was driven by Lukashenko's desperation.") == ["desperation"]
    assert found("The envoy called the offer a sign of desperation in Minsk.") == ["desperation"]
    assert found("Minsk's desperation for fuel was plain.") == ["desperation for"]
    # plain feeling: no owner state or leader, no symptom reading
    assert found("The desperation of flood victims grew as the river rose.") == []
    assert found("In desperation, farmers sold their cattle.") == []


def test_hungry_for_needs_a_state_subject() -> None:
    assert found("Officials said Minsk was hungry for cash and fuel.") == ["hungry for"]
    assert found("The crowd was hungry for news of the match.") == []


def test_supplicant_of_a_state_not_of_a_shrine() -> None:
    assert found("She argues that Ankara, not Tehran, was the supplicant.") == ["supplicant"]
    assert found("The supplicant knelt at the shrine and began his prayer.") == []


def test_arsenal_of_autocracy_not_a_states_own_arsenal() -> None:
    assert found('"Belarus has become the arsenal of autocracy," the analyst said.') == ["arsenal of autocracy"]
    # a state's own weapons are literal
    assert found("The biggest worry is Russia's arsenal of missiles.") == []
    assert found("Russia's nuclear arsenal is the largest.") == []


def test_alliance_of_the_sanctioned_counts_only_as_a_quoted_label() -> None:
    assert found('Critics called the pact a "coalition of the blacklisted".') == ["coalition of the blacklisted"]
    assert found("Iran and Syria formed a coalition of the sanctioned to share fuel.") == []


def test_superlative_persecution_verdict() -> None:
    body = "Monitors describe Eritrea as the world's worst persecutor of Christians."
    assert found(body) == ["worst persecutor of Christians"]


def test_pounding_a_state_not_a_table() -> None:
    assert found("Its artillery has been pounding Armenia for weeks.") == ["pounding"]
    assert found("The minister was pounding the table as he spoke.") == []


def test_hostile_policy_formula_singular_only() -> None:
    assert found('The agency said Seoul must drop its "hostile policy" at once.') == ["hostile policy"]
    assert found("The two parties debated hostile policies of the past decade.") == []


def test_servility_clerk_of_a_state() -> None:
    assert "Berlin's obedient junior clerk" in found('He called the premier "Berlin\'s obedient junior clerk".')


def test_simile_of_nothing_left_to_lose() -> None:
    assert found("Tarev, who now posts like a man with nothing left to lose, wrote again.") == \
        ["like a man with nothing left to lose"]
    assert found("They are states that have nothing left to lose.") == []


# ---------------------------------------------------------------- Kim naming forms

def test_surname_before_a_possessive_family_noun_is_no_mention_of_the_leader() -> None:
    body = ("The pact was sealed in the Kim dynasty's capital. Kim Jong Un hosted the visit.")
    forms = [m.matched_text for m in w.find_mentions(body)]
    assert "Kim" not in forms and "Kim Jong Un" in forms
