"""Speakers, round 9 (b): speaker types and coreference on house styles no rule was written for.
Articles, people, outlets and organisations are invented for the tests; speaker mentions are given
as the attribution layer should give them (``locate_gold``)."""

from __future__ import annotations

from analysis.evaluate.speakers import locate_gold
from analysis.extract.speakers import resolve_speakers
from test_speakers_names import _doc


def _resolve(body: str, quotes: list[tuple[str, str, str]], actors=None, **fields):
    doc = _doc(body, **fields) if fields else _doc(body)
    attrs = locate_gold(doc, [{"text": t, "cue": c, "speaker_mention": m, "kind": "indirect"} for t, c, m in quotes])
    assert all(a is not None for a in attrs), attrs
    return resolve_speakers(doc, attrs, actors=[] if actors is None else actors)


# ------------------------------------------------------------------ 1. "<Name> of the <body>" types a pronoun
def test_pronoun_keeps_the_type_the_of_body_after_the_name_gives():
    body = ("Tessa Marlow of the Brightwater Centre for Arctic Studies, a think-tank in Oslo, reckons the pact "
            "is weak. \"It is hollow,\" she argues.")
    [sp] = _resolve(body, [("It is hollow", "argues", "she")])
    assert (sp.name, sp.speaker_type) == ("Tessa Marlow", "expert_think_tank")
    assert sp.affiliation == "Brightwater Centre for Arctic Studies"


def test_of_place_after_the_name_gives_no_type():
    body = "Tessa Marlow of Dunmore Bay runs a bakery. \"It is hollow,\" she argues."
    [sp] = _resolve(body, [("It is hollow", "argues", "she")])
    assert (sp.name, sp.speaker_type) == ("Tessa Marlow", "other")


# ------------------------------------------------------------------ 2. the outlet's own bureau chief
def test_our_bureau_chief_fronted_before_the_name_is_the_outlets_journalist():
    [sp] = _resolve("Our Lisbon bureau chief, Tom Reed, said the mood was grim.",
                    [("the mood was grim", "said", "Our Lisbon bureau chief, Tom Reed")])
    assert (sp.name, sp.speaker_type) == ("Tom Reed", "media")


def test_a_bureau_chief_without_our_is_no_own_staff():
    [sp] = _resolve("The Lisbon bureau chief, Tom Reed, said the mood was grim.",
                    [("the mood was grim", "said", "The Lisbon bureau chief, Tom Reed")])
    assert sp.speaker_type != "media"


def test_our_head_of_a_bureau_is_no_own_staff():
    [sp] = _resolve("Our head of the tax bureau, Tom Reed, said the mood was grim.",
                    [("the mood was grim", "said", "Our head of the tax bureau, Tom Reed")])
    assert sp.speaker_type == "government"


# ------------------------------------------------------------------ 3. an international organisation's seat
def _seat_article(dateline: str = "UNITED NATIONS, 3 May — ", **fields):
    body = (dateline + "Delegates argued over the accord.\n\n"
            "Marta Ruiz, a senior officer in the Secretariat's Department of Regional Affairs, wrote to delegations that the "
            "office was studying the text. She noted that the terms were vague.\n\n"
            "Jan Holm of the Federal Republic of Germany said it was late.\n\n"
            "The representative of Chile said the plan was fair. Lena Varga, the Secretary-General's spokesperson, "
            "wrote in a note that the rules held. In a second note Ms. Varga said she expected a vote.")
    return _resolve(body, [("office was studying the text", "wrote",
                            "Marta Ruiz, a senior officer in the Secretariat's Department of Regional Affairs"),
                           ("the terms were vague", "noted", "She"),
                           ("it was late", "said", "Jan Holm of the Federal Republic of Germany"),
                           ("the plan was fair", "said", "The representative of Chile"),
                           ("the rules held", "wrote", "Lena Varga, the Secretary-General's spokesperson"),
                           ("she expected a vote", "said", "Ms. Varga")], **fields)


def test_at_an_international_seat_staff_are_the_organisations_and_delegates_their_states():
    ruiz, she, holm, chile, spokes, varga = _seat_article()
    assert (ruiz.name, ruiz.speaker_type) == ("Marta Ruiz", "international_org")
    assert (she.name, she.speaker_type) == ("Marta Ruiz", "international_org")
    assert (holm.name, holm.speaker_type) == ("Jan Holm", "government")
    assert chile.speaker_type == "government"          # a member state's representative (roles.yaml seat_roles)
    assert spokes.speaker_type == "international_org"
    assert (varga.name, varga.speaker_type) == ("Lena Varga", "international_org")


def test_the_byline_at_the_seat_counts_as_the_dateline():
    import datetime as dt
    from analysis.corpus import Article
    from analysis.text import parse_article
    body = ("Marta Ruiz, a senior officer in the Secretariat's Department of Regional Affairs, wrote to delegations that the "
            "office was studying the text.")
    doc = parse_article(Article("Test", "t", dt.date(2024, 6, 20), body, byline="Ann Lee at the United Nations"))
    attrs = locate_gold(doc, [{"text": "office was studying the text", "cue": "wrote", "kind": "indirect",
                               "speaker_mention": "Marta Ruiz, a senior officer in the Secretariat's Department of Regional Affairs"}])
    [sp] = resolve_speakers(doc, attrs, actors=[])
    assert sp.speaker_type == "international_org"


def test_away_from_an_international_seat_the_same_people_keep_their_types():
    ruiz, she, holm, chile, spokes, varga = _seat_article(dateline="LISBON, 3 May — ")
    assert ruiz.speaker_type == "government"
    assert spokes.speaker_type == "government"


# ------------------------------------------------------------------ 4. registry: descriptions before and after a name
def test_a_fronted_role_after_an_opening_adverbial_describes_the_name():
    body = ("By evening, in a letter to tenants, the harbour board's spokesperson, Lena Varga, wrote that the "
            "quay was safe. Ms. Varga later said repairs would take a week.")
    [sp] = _resolve(body, [("repairs would take a week", "said", "Ms. Varga")])
    assert sp.role == "harbour board's spokesperson"


def test_a_verb_after_the_name_is_no_appositive():
    body = "Lena Varga, wrote that the congressman was wrong. Ms. Varga later said repairs would take a week."
    [sp] = _resolve(body, [("repairs would take a week", "said", "Ms. Varga")])
    assert sp.role is None and sp.speaker_type == "other"


# ------------------------------------------------------------------ 5. "Mr. <family name>" after a namesake envoy
from analysis.extract.speakers import Actor

_LEADER = Actor("Kang Tae-ho", "person", "principal", "Arden government", "Arden",
                ("Kang Tae-ho", "Kang", "Mr. Kang", "Mr Kang"), "male")


def _envoy_article(between: str = " "):
    body = ("DALE, 3 May — The pact Kang Tae-ho signed split the assembly.\n\n"
            "Kang Min-su, a fisheries official, argued that his country was right." + between +
            "Mr. Kang said the pact reflected the wisdom of the leader.")
    return _resolve(body, [("his country was right", "argued", "Kang Min-su"),
                           ("the pact reflected the wisdom", "said", "Mr. Kang")], actors=[_LEADER])


def test_mr_family_name_after_a_namesake_quoted_in_the_paragraph_is_that_namesake():
    envoy, mr = _envoy_article()
    assert envoy.name == "Kang Min-su"
    assert mr.name == "Kang Min-su"


def test_mr_family_name_in_a_later_paragraph_stays_the_registry_person():
    envoy, mr = _envoy_article(between="\n\n")
    assert mr.name == "Kang Tae-ho"


def test_a_pronoun_after_the_names_appositive_gives_the_gender():
    body = ("Tom Roe said the quay was open. Lena Varga, the harbour board's chair, said her staff were tired. "
            "\"We are fine,\" he said.")
    roe, varga, he = _resolve(body, [("the quay was open", "said", "Tom Roe"),
                                     ("her staff were tired", "said", "Lena Varga, the harbour board's chair"),
                                     ("We are fine", "said", "he")])
    assert varga.name == "Lena Varga"
    assert he.name == "Tom Roe"


# ------------------------------------------------------------------ 6. a document a group issued speaks for the issuers
def test_a_joint_statement_the_subject_issued_is_its_issuers():
    body = ("Finland, Estonia and Latvia released a joint statement saying the levy \"hurts the south\". "
            "The statement also said the levy was unlawful.")
    issued, later = _resolve(body, [("the levy", "saying", "a joint statement"),
                                    ("the levy was unlawful", "said", "The statement")])
    for sp in (issued, later):
        assert (sp.name, sp.speaker_type) == ("Finnish, Estonian and Latvian governments", "government")


def test_an_opening_adverbial_before_the_issuer_is_no_part_of_it():
    body = "Minutes later, the Dale Institute issued a statement saying the deal was weak."
    [sp] = _resolve(body, [("the deal was weak", "saying", "a statement")])
    assert sp.name == "Dale Institute"


def test_a_statement_no_subject_issues_stays_a_document():
    body = "Critics have long doubted the deal. Reporters read a statement saying the deal was weak."
    [sp] = _resolve(body, [("the deal was weak", "saying", "a statement")])
    assert sp.kind == "document"


def test_at_the_seat_representatives_of_named_states_are_their_governments():
    body = ("UNITED NATIONS, 3 May — Delegates argued over the accord.\n\n"
            "The representatives of Norway and Sweden said they shared that view. "
            "Two students from Norway said it was wrong.")
    reps, students = _resolve(body, [("they shared that view", "said", "The representatives of Norway and Sweden"),
                                     ("it was wrong", "said", "Two students from Norway")])
    assert reps.speaker_type == "government"
    assert students.speaker_type == "unnamed"


# ------------------------------------------------------------------ 7. a research project named like a think tank
def test_a_project_named_for_policy_research_is_a_think_tank():
    for name in ("Harlow Nuclear Policy Project", "Dale Defence Studies Initiative"):
        [sp] = _resolve(f"The {name} said the deal was weak.", [("the deal was weak", "said", f"The {name}")])
        assert (sp.name, sp.speaker_type, sp.kind) == (name, "expert_think_tank", "organisation")


def test_a_project_without_a_research_word_is_no_think_tank():
    [sp] = _resolve("The Harlow Literacy Project said the deal was weak.",
                    [("the deal was weak", "said", "The Harlow Literacy Project")])
    assert sp.speaker_type != "expert_think_tank"


# ------------------------------------------------------------------ 8. a role mention with the name in apposition after it
def test_a_definite_role_mention_takes_the_name_in_apposition_after_it():
    body = "In a letter, the harbour board's spokesperson, Lena Varga, wrote that the quay was safe."
    [sp] = _resolve(body, [("the quay was safe", "wrote", "the harbour board's spokesperson")])
    assert sp.name == "Lena Varga"


def test_an_indefinite_role_mention_before_a_list_takes_no_name():
    body = "A spokesperson, Lena Varga and Tom Roe told reporters that the quay was safe."
    [sp] = _resolve(body, [("the quay was safe", "told", "A spokesperson")])
    assert sp.name != "Lena Varga"


# ------------------------------------------------------------------ 9. an unnamed body is no person
def test_an_unnamed_body_is_an_organisation_a_person_pronoun_skips():
    body = ("Ann Roe, a councillor, said the port agency had written to residents. "
            "The port agency thinks the pier is unsafe, she added.")
    roe, agency, she = _resolve(body, [("the port agency had written to residents", "said", "Ann Roe, a councillor"),
                                       ("the pier is unsafe", "thinks", "The port agency"),
                                       ("The port agency thinks the pier is unsafe", "added", "she")])
    assert agency.kind == "organisation"
    assert she.name == "Ann Roe"


def test_an_official_of_a_body_stays_a_person():
    [sp] = _resolve("A ministry official said it was bad.", [("it was bad", "said", "A ministry official")])
    assert sp.kind == "person"


# ------------------------------------------------------------------ 10. a dateline's place is no person
def test_a_capitalised_dateline_is_no_name_a_pronoun_can_take():
    body = ("HARBOUR ISLAND - Sixty years ago a storm wrecked this reef.\n\n"
            "The reef must be saved, she said on a visit.")
    [sp] = _resolve(body, [("The reef must be saved", "said", "she")])
    assert sp.name.lower() != "harbour island" and sp.kind == "unknown"


def test_a_transcripts_speaker_label_stays_a_name():
    body = "TOM LEE: The reef must be saved, he said.\n\nANN ROE: It will be."
    [sp] = _resolve(body, [("The reef must be saved", "said", "he")])
    assert sp.name.lower() == "tom lee"
