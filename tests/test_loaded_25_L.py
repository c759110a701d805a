"""Round 25 (helper L): naming forms with titles before a full name, and loaded-language classes.

Sentences written for these tests (invented names, places and outlets)."""

from __future__ import annotations

import pytest

from analysis.measures.wording import find_mentions


def _forms(text: str, actor: str = "Kim Jong Un") -> list[str]:
    return [m.matched_text for m in find_mentions(text) if m.actor.name == actor]


@pytest.mark.parametrize("text, form", [
    # stacked courtesy styles are one form
    ("The letter was addressed to His Excellency Mr Kim Jong Un in Wonsan.", "His Excellency Mr Kim Jong Un"),
    ("Greetings were sent to Her Excellency Dr Kim Jong Un.", "Her Excellency Dr Kim Jong Un"),
    # a capitalised office right before the full name
    ("The envoy thanked President Kim Jong Un for the talks.", "President Kim Jong Un"),
    ("Gifts went to Vice President Kim Jong Un yesterday.", "Vice President Kim Jong Un"),
    # a lower-case role word with the country that opens its phrase
    ("The pact was sealed by Putin and North Korean ruler Kim Jong Un on Tuesday.", "North Korean ruler Kim Jong Un"),
    ("Observers in Lagos watched North Korea's ruler Kim Jong Un arrive.", "North Korea's ruler Kim Jong Un"),
])
def test_title_before_full_name_is_part_of_the_form(text: str, form: str) -> None:
    assert _forms(text) == [form]


@pytest.mark.parametrize("text, form", [
    ("Kim Jong Un, Chairman of State Affairs, spoke first.", "Kim Jong Un"),       # title after a comma
    ("It was the federal judge Kim Jong Un was referring to.", "Kim Jong Un"),     # no country before the role
    ("Voters may want a new President Kim Jong Un would not like.", "Kim Jong Un"),  # indefinite: names no holder
    ("The respected Comrade Kim Jong Un arrived.", "respected Comrade Kim Jong Un"),  # honorific keeps its epithet
    ("The memo praised Prime Kim Jong Un.", "Kim Jong Un"),                         # a modifier is no office alone
])
def test_forms_without_a_title(text: str, form: str) -> None:
    assert _forms(text) == [form]


def test_other_person_takes_a_title_too() -> None:
    assert _forms("Talks with Russian President Vladimir Putin ended.", "Vladimir Putin") == [
        "Russian President Vladimir Putin"]


# ---------------------------------------------------------------- loaded-language classes (round 25)

import datetime as dt  # noqa: E402

from analysis.corpus import Article  # noqa: E402
from analysis.measures import wording as w  # noqa: E402
from analysis.text import parse_article  # noqa: E402


def hits(body: str) -> list[tuple[str, str]]:
    """(text of the span, voice) of every curated-tier hit."""
    doc = parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))
    return [(h.matched_text, h.voice) for h in w.find_terms(doc, tiers=w.CURATED_TIERS)]


@pytest.mark.parametrize("body, span, voice", [
    ("Foreign-backed opposition groups staged a rally in Velmora on Sunday.", "Foreign-backed opposition", "narrator"),
    ('The minister said the protests were led by "American-backed activists".', "American-backed activists", "quoted"),
    ("The ruling party said the vote was a rebuff to Western detractors of the republic.", "Western detractors",
     "paraphrase"),
    ("Under the wise leadership of the esteemed President, the republic has prospered.", "wise leadership",
     "narrator"),
    ("The republic has prospered thanks to the esteemed President Aman Orazov.", "esteemed President", "narrator"),
    ("The ministry said that countries under unlawful blockade would trade with each other.",
     "under unlawful blockade", "paraphrase"),
    ('"We will not be bullied by anyone," said Ambassador Tomas Reyes.', "bullied", "quoted"),
    ('The chief executive called Norvia "a garrison state with a stock exchange".', "garrison state", "quoted"),
    ('A party spokesman dismissed the critics as "mad dogs" on Friday.', "mad dogs", "quoted"),
    ("The Velmora Party, which parrots Kremlin talking points, voted against.", "parrots", "narrator"),
    ("Rebel groups have spread fabricated news about the ministry's plans.", "fabricated news", "narrator"),
])
def test_round_25_classes_find_the_label(body: str, span: str, voice: str) -> None:
    assert (span, voice) in hits(body)


@pytest.mark.parametrize("body, word", [
    ("The Western-backed government in Velmora raised fuel prices.", "backed"),      # a government: descriptive
    ("Western critics of the plan met in Oslo.", "critics"),                          # plain 'critics'
    ('"The far-sighted leadership of the esteemed Comrade guides us," the envoy said.', "esteemed"),  # quoted praise
    ("A great many people came to hear the leader.", "great"),                        # 'great' before no leader noun
    ("Political scientists have studied the garrison state since 1941.", "garrison"),  # the analytic term
    ("Villagers said mad dogs had bitten two children, and a vet was called.", "mad dogs"),  # rabid animals
    ("The parrots in the aviary repeat the line of a song.", "parrots"),               # birds, no message noun
    ("The court heard that the officer had fabricated evidence.", "fabricated"),      # a court's charge
])
def test_round_25_classes_leave_the_plain_sense(body: str, word: str) -> None:
    assert not [h for h in hits(body) if word.lower() in h[0].lower()]


def test_a_template_counts_only_in_its_voices(tmp_path) -> None:
    from analysis.lexicons import LexiconError
    from analysis.measures.wording.lexicon import load_loaded_terms
    lex = load_loaded_terms()
    praise = [e for e in lex.entries if e.term.startswith("<cult_praise_adjective>")]
    assert praise and all(e.voices == ("narrator", "paraphrase") for e in praise)
    bad = tmp_path / "bad.yaml"
    bad.write_text("classes:\n  a: {words: [grim], rationale: x}\n"
                   "templates:\n  - {pattern: '<a> news', category: label, source: x, voices: [outlet]}\n",
                   encoding="utf-8")
    with pytest.raises(LexiconError, match="voices"):
        load_loaded_terms(bad)


def test_slap_in_the_face_counts_in_the_narrators_voice_only() -> None:
    assert ("slap in the face", "narrator") in hits("The tariff ruling was a slap in the face for Velmora's farmers.")
    assert not [h for h in hits('"This ruling is a slap in the face," the farmers\' union said on Monday.')
                if "slap" in h[0]]


# ---------------------------------------------------------------- voice: a trailing source after a colon (round 25)

def test_trailing_according_to_vouches_for_the_clause_after_a_colon() -> None:
    body = ("The sell-off looked hysterical to us: local funds were net buyers of Velmoran bonds by noon, "
            "according to exchange data.")
    doc = parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))
    from analysis.extract import annotate
    d = annotate(doc)
    [a] = [a for a in d.attributions if a.kind == "according_to"]
    assert body[a.start:a.end] == "local funds were net buyers of Velmoran bonds by noon"
    assert ("hysterical", "narrator") in hits(body)
