"""Round 26 (SA): speakers resolved to the people and bodies named before: a place after "in" before a
description is no person ("in Ruse, the head of state"), a body's published position or post speaks for
it, a sequence verb before "by" + gerund is no part of the speaker ("The statement ends by calling"),
parliamentary whips' titles are stripped, "the scientist" and "<place> + role" ("the Jinja lecturer")
refer back to the researcher named before, the outlet's own informant ("the publication's interlocutor")
is its unnamed source, "the consulate" refers back to a consulate general, "Mr. President <name>" keeps
only the name, and another treaty's Title Case name is no form of the study's treaty.
Stories, places and people invented (real countries only as places); shapes written for these tests."""

from __future__ import annotations

import datetime as dt

from tests._attribution_helpers import resolved


def _resolved(body: str, country: str | None = None) -> list[tuple[str | None, str, str]]:
    """(mention, speaker name, speaker type) per attribution, in text order."""
    return resolved(body, outlet="Test Courier", title="Leaders react to port pact", date=dt.date(2025, 5, 2), country=country)


def _by_mention(body: str, country: str | None = None) -> dict[str, tuple[str, str]]:
    return {m: (n, t) for m, n, t in _resolved(body, country)}


def test_a_town_after_in_before_a_description_is_no_person():
    body = ("President Ivo Banev, who has often called for calm, was more guarded. Speaking to reporters in "
            "Ruse, the head of state said the pact was \"a consequence, not a cause\". The head of state also "
            "warned against \"panic\".")
    got = _by_mention(body)
    assert got["the head of state"][0] == "Ivo Banev"
    assert got["The head of state"][0] == "Ivo Banev"


def test_with_two_presidents_the_head_of_state_is_the_previous_subject():
    body = ("The pact signed by Arden President Tom Verrin is \"a risk\", the ministry said.\n\nPresident Ivo Banev, "
            "who has often called for calm, was more guarded. Speaking to reporters in Ruse, the head of state "
            "said the pact was \"a consequence\". The head of state also warned against \"panic\".")
    got = _by_mention(body)
    assert got["the head of state"][0] == "Ivo Banev" and got["The head of state"][0] == "Ivo Banev"


def test_a_ministry_position_speaks_for_the_ministry():
    body = ("Lomsk, May 2 (TC) - The pact is \"a new risk for the region\", the Ministry of Foreign Affairs (MFA) "
            "said in a position released on Friday. Dalvia, the position added, \"stands with its allies\".\n\n"
            "The MFA position concludes by urging the two capitals to \"halt every shipment of arms\".")
    rows = _resolved(body)
    assert [n for _, n, _ in rows] == ["Ministry of Foreign Affairs"] * 3
    assert rows[2][0] == "The MFA position"          # "concludes by" is no part of the speaker


def test_a_sequence_verb_before_by_is_no_part_of_the_speaker():
    rows = _resolved("Defence Minister Tarek Olsen opened by thanking the hosts for \"a warm welcome\".")
    assert rows[0][0] == "Defence Minister Tarek Olsen" and rows[0][1] == "Tarek Olsen"


def test_a_whips_title_and_style_are_stripped_and_she_is_the_whip():
    body = ("Government Deputy Chief Whip Hon. Ana Kobusinge dismissed the remarks as \"noise from people who "
            "want to please sponsors\". She said the ruling party had \"nothing to hide\".")
    got = _by_mention(body)
    assert got["Government Deputy Chief Whip Hon. Ana Kobusinge"] == ("Ana Kobusinge", "government")
    assert got["She"][0] == "Ana Kobusinge"


def test_the_scientist_is_the_researcher_named_before():
    body = ("Not all experts agree. Pavel Lintsov, a leading researcher at the Omsk Institute of Steppe "
            "Economies, considers the deal hollow. \"Everything here is military,\" the scientist said.")
    assert _by_mention(body)["the scientist"][0] == "Pavel Lintsov"


def test_a_place_and_role_refer_back_to_the_person_introduced_there():
    body = ("Dr Ivo Ngabo, who teaches history at Lakeside University in Jinja, believes the pact matters. "
            "In the assessment of the Jinja lecturer, cheap arms were \"reaching our neighbours\". He warned "
            "that states could \"wake up on the wrong side of a list\".")
    got = _by_mention(body)
    assert got["the Jinja lecturer"][0] == "Ivo Ngabo" and got["He"][0] == "Ivo Ngabo"


def test_a_place_and_role_name_no_one_introduced_elsewhere():
    body = ("Dr Ivo Ngabo, who teaches history at Lakeside University, believes the pact matters. "
            "Visitors in Jinja were unmoved. In the assessment of the Jinja lecturer, cheap arms were "
            "\"reaching our neighbours\".")
    assert _by_mention(body)["the Jinja lecturer"][0] != "Ivo Ngabo"


def test_the_publications_interlocutor_is_its_unnamed_source():
    body = ("A source close to the Ministry of Roads confirmed to the paper that the design was \"practically "
            "finished\", but the publication's interlocutor cautioned that funds \"were not found\".")
    rows = _resolved(body)
    assert rows[0][1] == rows[1][1] == "Source close to the Ministry of Roads"


def test_the_consulate_is_the_consulate_general_named_before():
    body = ("The Norwegian Consulate General in Kushiro, in a statement e-mailed to the paper, rejected "
            "\"groundless speculation\" about the pact. The consulate said the incidents were \"a matter of law\".")
    got = _by_mention(body)
    assert got["The consulate"] == ("Norwegian Consulate General in Kushiro", "government")


def test_a_social_media_post_speaks_for_its_author():
    body = ("The Ardenian embassy in Oslo, which has a small staff, said in a Facebook post that \"no one has "
            "the right to lecture others\". The post also accused Western governments of \"hypocrisy\".")
    got = _by_mention(body)
    assert got["The post"] == got["The Ardenian embassy in Oslo"]


def test_mister_president_keeps_only_the_name():
    body = ("Mr. President Ivo Darnel sent a cable to President Tom Verrin, in which he praised \"the wise "
            "leadership\" of his host.\n\nPresident Darnel said the day was \"historic\".")
    got = _by_mention(body)
    assert got["he"][0] == "Ivo Darnel" and got["President Darnel"][0] == "Ivo Darnel"
    assert _by_mention("Mr. King said it was \"historic\".")["Mr. King"][0] == "King"


def test_another_treatys_title_case_name_is_that_treaty():
    body = ("Dalvia relies on the Lune Pact. Article 5 of the Lune Pact states that an attack on one \"shall "
            "be an attack on all\".")
    assert _by_mention(body)["Article 5 of the Lune Pact"] == ("Lune Pact", "document")


def test_a_bylined_front_before_the_dateline_keeps_the_datelines_country():
    body = ("By Courier Reporter\n\nFriday, June 21, 2024\n\nKAMPALA — Uganda will not take sides, the minister "
            "has said.\n\nThe government announced the end of that cooperation after a panel reported that it "
            "breached the embargo.")
    assert _by_mention(body)["The government"] == ("Ugandan government", "government")


def test_he_is_the_owner_of_the_subject_before_him():
    body = ("\"We lose a little more,\" said Kenji Orimo, 61, who heads the crab section of the Akkeshi "
            "Fisheries Cooperative.\n\nFor the families of the missing, the pact brings a different worry. Mika "
            "Sawara, whose older brother disappeared in 1978, said in a letter to the governor that \"the regime "
            "has a new protector\". Sawara urged the governor to raise the case.\n\nBack at the quay, Orimo's crew "
            "is preparing nets regardless. \"We go out anyway,\" he said, laughing.")
    assert _by_mention(body)["he"][0] == "Kenji Orimo"


def test_its_article_on_a_topic_is_the_document_it_refers_to():
    body = ("The Lune Accord itself is vague on the subject. Its article on humanitarian exchanges says the "
            "parties will \"promote cooperation in tourism\".")
    assert _by_mention(body)["Its article on humanitarian exchanges"] == ("Lune Accord", "document")


def test_a_wire_date_line_before_the_dateline_keeps_its_country():
    body = ("20 June 2024, 16:42 | World | TC English Service\n\nNairobi, June 20 (TC) - The pact is \"a risk\", the "
            "Ministry of Foreign Affairs said in a statement.")
    assert _resolved(body)[0][1:] == ("Kenyan Foreign Ministry", "government")


def test_a_published_label_is_no_dateline():
    body = ("By Ama Boateng | Test Courier\n\nPublished: Saturday, 22 June 2024, 09:14 GMT\n\nGhana has called for "
            "restraint, with the Minister for Foreign Affairs, Hon. Efua Darko, stating that the position is "
            "\"guided by the Charter\".\n\nThe Ministry, in a statement, said Ghana \"notes with concern\" the pact.")
    assert _by_mention(body, "Ghana")["The Ministry"][0] == "Ghanaian Foreign Ministry"


def test_there_is_the_place_named_just_before():
    body = ("For Chinese operators in Yanji, who sent most visitors before the pandemic, the push is a worry. A tour "
            "manager there, who asked not to be identified, said groups had still not been allowed back. \"We are "
            "waiting,\" he said.")
    rows = _resolved(body)
    assert rows[0][1:] == ("Tour manager in Yanji", "unnamed") and rows[1][1] == "Tour manager in Yanji"
