"""Round 28 (helper L): loaded-language classes of the twenty-seventh invented set's misses (a proxy since round 28),
the voice rules behind three of its voice errors, and two naming forms (a country demonym before a title, an
abbreviation the text defines).

Sentences written for these tests (invented names, places and outlets): each term in the voices it counts in, and each
word's plain sense not counted."""

from __future__ import annotations

import pytest

from _loaded_helpers import voiced_hits as hits, voiced_spans as spans
from analysis.evaluate.wording import _is_name_form
from analysis.measures.wording import find_mentions


@pytest.mark.parametrize("body, span, term, voice", [
    # shatter the illusions
    ("The party daily wrote that the summit had shattered the illusions of the Velmoran cabinet.",
     "shattered the illusions", "shatter the illusion", "paraphrase"),
    ("The vote shattered their illusions about a quick deal.", "shattered their illusions", "shatter the illusion",
     "narrator"),
    # give lessons (to others), the moralising sense
    ('"Brela is in no position to give lessons to other countries," the minister of Pella said.', "give lessons",
     "give lessons", "quoted"),
    ("The outlet's editors keep giving lessons on democracy to their neighbours.", "giving lessons", "give lessons",
     "narrator"),
    # militarisation with its agent
    ("The embassy denounced the militarisation of the strait by the Kessan navy.", "militarisation",
     "militarisation", "paraphrase"),
    ("The militarization of the islands by Tarvia worries the fishermen.", "militarization", "militarisation",
     "narrator"),
    # Yankee before a noun of empire or hostility
    ("The Yankee empire and its allies lost the vote in Brela.", "Yankee", "Yankee", "narrator"),
    ('"Yankee imperialism will fail," the speaker told the crowd in Dorn.', "Yankee", "Yankee", "quoted"),
    # corporate media
    ("The smear was spread by the corporate media of the north.", "corporate media", "corporate media", "narrator"),
    # arsonist for politicians or states
    ('"This is a pact between two arsonists," the deputy from Kessa said.', "arsonists", "arsonist", "quoted"),
    ("The opposition leader said the two governments were arsonists.", "arsonists", "arsonist",
     "paraphrase"),
])
def test_round28_terms(body, span, term, voice):
    assert (span, term, voice) in hits(body)


@pytest.mark.parametrize("body", [
    "The armed forces of Tarvia paraded in the capital.",
    "The armed men fled before the police arrived.",
    "She gives lessons to others in her village: piano, mostly.",
    "The school gives lessons on democracy to its pupils every Friday.",
    "The militarisation of the border worries the fishermen.",
    "The New York Yankees won the game at Yankee Stadium.",
    "Yankee soldiers marched south after the Civil War began.",
    "Questions go to the corporate media relations office of the bank.",
    "Police arrested two arsonists after the warehouse fire in Brela.",
    "The arsonists who set fire to the barn were sentenced on Monday.",
    "The West continues to pump arms into the war.",      # the flood template keeps its head 'arms'
])
def test_round28_plain_senses(body):
    assert not [s for s in spans(body) if s.lower() in {"armed", "arming", "give lessons", "gives lessons",
                                                        "militarisation", "yankee", "yankees", "corporate media",
                                                        "arsonists"}]


@pytest.mark.parametrize("body, span", [
    # armed to the teeth, with its object between (borderline: off by default)
    ("Tarvia has armed the border militias to the teeth since the spring.", "armed"),
    ('"They are arming Kessa to the teeth," the envoy from Dorn said.', "arming"),
    ("The rebels in Ostrel are armed to the teeth.", "armed"),
])
def test_armed_to_the_teeth_is_borderline(body, span):
    from analysis.measures import wording as w
    from _loaded_helpers import doc_of
    assert span not in spans(body)
    found = [(h.matched_text, h.entry.term) for h in w.find_terms(doc_of(body), tiers=("core", "borderline"))]
    assert (span, "armed to the teeth") in found


def test_flood_template_still_counts_arms():
    assert ("pump arms into", "<supply_flood_verb> arms into", "narrator") in hits(
        "The West continues to pump arms into the war.")


def test_give_lessons_not_in_paraphrase():
    # the lecture template's voices: a paraphrased stock complaint is left out (sets 3, 5, 26)
    assert "give lessons" not in spans("The deputy said the western capitals were poorly placed to give lessons to "
                                       "others.")


def test_double_standard_is_borderline():
    body = "People in Pella see the double standard plainly."
    assert "double standard" not in spans(body)
    from analysis.measures import wording as w
    from _loaded_helpers import doc_of
    found = [h.matched_text for h in w.find_terms(doc_of(body), tiers=("core", "borderline"))]
    assert "double standard" in found


# ------------------------------------------------------------------------------------------------- voice rules

def test_title_before_name_in_np_object_is_narrator():
    # 'condemned <the treaty signed by ... dictator Name>': the reporter names the people in the thing condemned.
    # (The other cue's quotation lies beyond the clause test's 30-token window; within it, a quotation anywhere
    # after the object still makes the words a clause: a limit left as it is, see the round-28 report.)
    body = ("BRELA – Deputies of every party on Friday condemned the defence treaty signed by President Ana Roe "
            "and Kessan dictator Tomas Vell, with the long-serving chairman of the Brelan Parliamentary Committee "
            "on Defence and National Security (PCDNS), Rita Sol, calling it \"a deal between two bullies\".")
    assert ("dictator", "dictator", "narrator") in hits(body)


def test_title_before_name_in_that_clause_stays_paraphrase():
    body = ("The minister said the accord signed in Brela by Ana Roe and Kessan dictator Tomas Vell would change "
            "nothing for the farmers.")
    assert ("dictator", "dictator", "paraphrase") in hits(body)


def test_second_that_clause_after_but_is_reported():
    body = ('A defence ministry spokesman said the ministry saw no "direct threat" to Pella from the accord, but that '
            'it showed the two dictators were "working ever more closely".')
    assert ("dictators", "dictator", "paraphrase") in hits(body)


def test_demonstrative_that_after_but_is_not_reported():
    body = "The mayor said the plan was sound, but that is not what the dictators of Kessa think."
    assert ("dictators", "dictator", "narrator") in hits(body)


def test_outlet_we_reading_as_is_narrator():
    body = ("The border guards said they did not see the incident as deliberate. We read it as routine patrol work "
            "rather than brinkmanship, but the margin for error is thin.")
    assert ("brinkmanship", "brinkmanship", "narrator") in hits(body)


def test_reduced_relative_with_agent_is_no_clause():
    from analysis.extract.attribution import extract_attributions
    from _loaded_helpers import doc_of
    body = ("BRELA – Deputies of every party on Friday condemned the defence treaty signed by President Ana Roe "
            "and Kessan dictator Tomas Vell, with the long-serving chairman of the Brelan Parliamentary Committee "
            "on Defence and National Security (PCDNS), Rita Sol, calling it \"a deal between two bullies\".")
    att = [a for a in extract_attributions(doc_of(body)) if a.cue == "condemned"]
    assert att and att[0].content_kind == "np"
    body2 = "The agency said prices jumped by a third in March."
    att2 = [a for a in extract_attributions(doc_of(body2)) if a.cue == "said"]
    assert att2 and att2[0].content_kind == "clause"


# ------------------------------------------------------------------------------------------------- naming forms

def test_korean_before_a_title_joins_the_form():
    body = "The accord was signed in Pyongyang, where the Korean leader Kim Jong Un received the visitors."
    assert "Korean leader Kim Jong Un" in [m.matched_text for m in find_mentions(body)]


def test_defined_abbreviation_is_a_mention():
    body = ("The accord signed by Ana Roe and Kim Jong Un (KJU) binds both sides. State media quoted KJU as "
            "pledging support. Watch for a visit by KJU to Brela.")
    kim = [m for m in find_mentions(body) if m.actor.name == "Kim Jong Un"]
    assert [m.matched_text for m in kim] == ["Kim Jong Un", "KJU", "KJU"]
    assert _is_name_form("KJU", "Kim Jong Un") and not _is_name_form("NATO", "Kim Jong Un")


def test_parenthesis_that_is_no_initials_defines_nothing():
    body = "Kim Jong Un (AP) spoke in Brela. AP later corrected the report."
    kim = [m.matched_text for m in find_mentions(body) if m.actor.name == "Kim Jong Un"]
    assert kim == ["Kim Jong Un"]
