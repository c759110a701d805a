"""Speakers, round 10 (W3): persons — names after a fronted role, participle openers, offices that
refer back, role nouns of experts, former officials and namesakes told apart by a title.  Articles,
people, places and bodies are invented for the tests; speaker mentions are given as the attribution
layer should give them (``locate_gold``)."""

from __future__ import annotations

from test_speakers_round9b import _resolve


def _one(body: str, quote: str, cue: str, mention: str):
    return _resolve(body, [(quote, cue, mention)])[-1]


# ------------------------------------------------------------------ a participle clause before the subject
def test_participle_opener_is_no_part_of_the_speaker():
    sp = _one("Questioned on Friday, the spokesman of the Ruritanian diplomacy, Odo Marvell, said the pact was void.",
              "the pact was void", "said",
              "Questioned on Friday, the spokesman of the Ruritanian diplomacy, Odo Marvell")
    assert (sp.name, sp.speaker_type) == ("Odo Marvell", "government")
    sp = _one("Speaking to reporters in Dunmore, Odo Marvell said the pact was void.", "the pact was void", "said",
              "Speaking to reporters in Dunmore, Odo Marvell")
    assert sp.name == "Odo Marvell"


def test_a_capitalised_participle_name_stays():
    # "Standing" is a participle, but no comma closes a clause before the name
    sp = _one("Ilse Standing said the pact was void.", "the pact was void", "said", "Ilse Standing")
    assert sp.name == "Ilse Standing"


# ------------------------------------------------------------------ "in a statement signed on ..." closes a mention
def test_setting_phrase_with_a_participle_after_its_noun_is_cut():
    sp = _one("The spokesperson of the Ministry of Fisheries, Mrs Ilse Varga, in a statement signed on Monday in "
              "Dunmore, said the pact was void.", "the pact was void", "said",
              "The spokesperson of the Ministry of Fisheries, Mrs Ilse Varga, in a statement signed on Monday in Dunmore")
    assert (sp.name, sp.speaker_type, sp.named) == ("Ilse Varga", "government", True)


# ------------------------------------------------------------------ "The <role> of the <Body>, <Name>"
def test_name_in_apposition_after_a_role_of_a_named_body():
    sp = _one("The spokesperson of the Ministry of Fisheries, Mrs Ilse Varga, said the pact was void.",
              "the pact was void", "said", "The spokesperson of the Ministry of Fisheries, Mrs Ilse Varga")
    assert (sp.name, sp.affiliation) == ("Ilse Varga", "Ministry of Fisheries")


def test_role_of_a_named_body_without_a_name_stays_a_role():
    sp = _one("The spokesperson of the Ministry of Fisheries said the pact was void.",
              "the pact was void", "said", "The spokesperson of the Ministry of Fisheries")
    assert not sp.named and "spokesperson" in sp.name.lower()


# ------------------------------------------------------------------ a capitalised office refers back to its holder
_OFFICE = "Foreign Secretary Odo Marvell told MPs on Tuesday that the pact was reckless.\n\n"


def test_capitalised_office_refers_back_to_the_holder_named_before():
    sp = _one(_OFFICE + 'The Foreign Secretary said that was "not under consideration."',
              "not under consideration", "said", "The Foreign Secretary")
    assert (sp.name, sp.speaker_type) == ("Odo Marvell", "government")


def test_capitalised_office_without_a_holder_or_of_another_office_stays():
    for before in ("", "Home Secretary Odo Marvell met envoys. "):
        sp = _one(before + 'The Foreign Secretary said that was "not under consideration."',
                  "not under consideration", "said", "The Foreign Secretary")
        assert sp.name == "Foreign Secretary", before


# ------------------------------------------------------------------ expert nouns refer back to the expert named before
def test_the_don_and_the_expert_refer_back_to_the_scholar_named_before():
    body = ("DUNMORE — The pact drew fire.\n\nSpeaking on the development, a university don, Prof. Ilse Varga of the "
            "Department of History, University of Ostland, said small states should worry.\n\n"
            "\"When big powers form blocs, small states pay,\" the don told The Dunmore Ledger.")
    first, don = _resolve(body, [
        ("small states should worry", "said", "Prof. Ilse Varga of the Department of History, University of Ostland"),
        ("When big powers form blocs, small states pay", "told", "the don")])
    assert (first.name, first.speaker_type) == ("Ilse Varga", "expert_academic")
    assert (don.name, don.speaker_type) == ("Ilse Varga", "expert_academic")
    body = ("Odo Marvell, a senior research fellow at the Institute of Steppe Strategy in Dunmore, said the treaty was "
            "bad.\n\n\"It is a signal,\" the expert told Ostland Meridian.")
    sp = _resolve(body, [("the treaty was bad", "said",
                          "Odo Marvell, a senior research fellow at the Institute of Steppe Strategy in Dunmore"),
                         ("It is a signal", "told", "the expert")])[-1]
    assert (sp.name, sp.speaker_type) == ("Odo Marvell", "expert_think_tank")


def test_the_expert_with_two_experts_before_or_none_stays_a_description():
    body = ("Odo Marvell, a research fellow at the Institute of Steppe Strategy, and Ilse Varga, a professor at the "
            "University of Ostland, met on Monday.\n\n\"It is a signal,\" the expert told Ostland Meridian.")
    assert _one(body, "It is a signal", "told", "the expert").named is False
    body = "Odo Marvell, a fisherman, was angry.\n\n\"It is a signal,\" the expert told Ostland Meridian."
    assert _one(body, "It is a signal", "told", "the expert").named is False


# ------------------------------------------------------------------ a department of a university is academic
def test_department_of_a_university_is_academic_a_ministrys_stays_government():
    sp = _one("Prof. Ilse Varga of the Department of Political Science, University of Ostland, said the catch was low.",
              "the catch was low", "said",
              "Prof. Ilse Varga of the Department of Political Science, University of Ostland")
    assert sp.speaker_type == "expert_academic"
    sp = _one("Ilse Varga of the Department of Fisheries, Dunmore, said the catch was low.", "the catch was low",
              "said", "Ilse Varga of the Department of Fisheries, Dunmore")
    assert sp.speaker_type == "government"


# ------------------------------------------------------------------ a former official keeps no office type
def test_former_ambassador_with_a_courtesy_title_is_other():
    for mention, typ in [("A former Ruritanian ambassador to Ostland, Ambassador Odo Marvell", "other"),
                         ("Ambassador Odo Marvell, Ruritania's envoy to Ostland", "government")]:
        sp = _one(mention + ", described the pact as a sign of decline.", "a sign of decline", "described", mention)
        assert (sp.name, sp.speaker_type) == ("Odo Marvell", typ), mention


def test_who_spent_years_at_a_body_is_a_past_tenure():
    body = ("My friend Ilse Varga, who spent a decade at the UN sanctions panel before it was shut, said the pact was "
            "a sign of decline.\n\n\"It is over,\" she said.")
    first, she = _resolve(body, [
        ("the pact was a sign of decline", "said",
         "My friend Ilse Varga, who spent a decade at the UN sanctions panel before it was shut"),
        ("It is over", "said", "she")])
    assert (first.speaker_type, she.speaker_type) == ("other", "other")
    sp = _one("Ilse Varga, who has spent a decade at the UN sanctions panel, said the pact was a sign of decline.",
              "the pact was a sign of decline", "said", "Ilse Varga, who has spent a decade at the UN sanctions panel")
    assert sp.speaker_type == "international_org"


# ------------------------------------------------------------------ a role of a body with the name after the mention
def test_role_of_a_think_tank_named_right_after_with_a_title():
    sp = _one("The Director-General of the Dunmore Centre for Strategic Affairs, Dr. Ilse Varga, in a chat with our "
              "correspondent, urged the government to \"tread carefully\".", "tread carefully", "urged",
              "The Director-General of the Dunmore Centre for Strategic Affairs")
    assert (sp.name, sp.speaker_type) == ("Ilse Varga", "expert_think_tank")


def test_members_of_a_body_stay_plural():
    sp = _one("Members of the Dunmore Centre for Strategic Affairs, Ilse Varga and Odo Marvell, urged the government "
              "to \"tread carefully\".", "tread carefully", "urged", "Members of the Dunmore Centre for Strategic Affairs")
    assert sp.name != "Ilse Varga"


# ------------------------------------------------------------------ "Its director, <Name>": the body "its" refers to
def test_its_director_takes_the_type_of_the_body_before():
    body = ("The reading is different at the Dunmore Institute for Steppe Studies in Lyon. Its director, Odo Marvell, "
            "estimates that the state \"is buying an arsenal\" at little cost.")
    sp = _one(body, "is buying an arsenal", "estimates", "Its director, Odo Marvell")
    assert (sp.name, sp.speaker_type, sp.affiliation) == \
        ("Odo Marvell", "expert_think_tank", "Dunmore Institute for Steppe Studies")
    body = "The fishermen of Dunmore met. Its director, Odo Marvell, estimates that the state \"is buying an arsenal\"."
    assert _one(body, "is buying an arsenal", "estimates", "Its director, Odo Marvell").speaker_type == "other"


# ------------------------------------------------------------------ a university or institute named in its own language
def test_university_and_institute_in_their_own_language():
    for mention, typ in [("Ilse Marvell, who teaches law at the Université de Dunmore", "expert_academic"),
                         ("Ilse Marvell of the Instituto de Estudios Esteparios", "expert_think_tank")]:
        sp = _one(mention + ' said the treaty "adds little".', "adds little", "said", mention)
        assert sp.speaker_type == typ, mention


# ------------------------------------------------------------------ namesakes of a protagonist
def _park_actor():
    from analysis.extract.speakers.model import Actor
    return [Actor("Park Tae-sung", "person", "principal", None, "Ruritania",
                  ("Park Tae-sung", "Park", "Mr Park", "Ruritanian leader Park Tae-sung"), "male")]


_PARK = ("Ruritanian leader Park Tae-sung signed the pact on Monday.\n\n"
         "Park Tae-sung described the relationship as \"an alliance\".\n\n"
         "Park Min-ji, a professor of history at Dunmore University, said the pact gives the state a protector.\n\n"
         "\"The state no longer needs a single ally,\" Park said.\n\n"
         "Others disagreed.\n\n")


def test_surname_first_namesake_quoted_last_and_with_her_role_in_apposition():
    quotes = [("an alliance", "described", "Park Tae-sung"),
              ("the pact gives the state a protector", "said",
               "Park Min-ji, a professor of history at Dunmore University"),
              ("The state no longer needs a single ally", "said", "Park"),
              ("the strength of the deal would depend on the sea", "said", "Park, the professor")]
    body = _PARK + "Park, the professor, said the strength of the deal would depend on the sea."
    names = [(sp.name, sp.speaker_type) for sp in _resolve(body, quotes, actors=_park_actor())]
    assert names == [("Park Tae-sung", "principal")] + [("Park Min-ji", "expert_academic")] * 3


def test_protagonists_surname_with_his_own_role_stays_the_protagonist():
    quotes = [("an alliance", "described", "Park Tae-sung"),
              ("the pact gives the state a protector", "said",
               "Park Min-ji, a professor of history at Dunmore University"),
              ("the deal would hold", "said", "Park, the leader")]
    body = _PARK + "Park, the leader, said the deal would hold."
    assert _resolve(body, quotes, actors=_park_actor())[-1].name == "Park Tae-sung"
    body = ("Park Min-ji, a professor of history at Dunmore University, spoke first.\n\n"
            "Ruritanian leader Park Tae-sung said the pact was \"an alliance\".\n\n\"It will hold,\" Park said.")
    sp = _resolve(body, [("an alliance", "said", "Ruritanian leader Park Tae-sung"), ("It will hold", "said", "Park")],
                  actors=_park_actor())[-1]
    assert sp.name == "Park Tae-sung"


# ------------------------------------------------------------------ "the committee's chair": an office of a body named before
def test_office_of_a_body_named_before():
    body = ("The Fisheries Committee said in a short report that the treaty \"formalises a partnership\".\n\n"
            "The committee's chair told MPs that ministers had been slow. \"We were warned,\" she said.")
    _, chair, she = _resolve(body, [("formalises a partnership", "said", "The Fisheries Committee"),
                                    ("ministers had been slow", "told", "The committee's chair"),
                                    ("We were warned", "said", "she")])
    assert (chair.name, chair.speaker_type, chair.named) == ("Chair of the Fisheries Committee", "government", False)
    assert she.name == chair.name
    body = "The Chinese Foreign Ministry said the pact was \"bilateral\".\n\nThe ministry's spokesman said it was \"ours\"."
    sp = _resolve(body, [("bilateral", "said", "The Chinese Foreign Ministry"), ("ours", "said", "The ministry's spokesman")])[-1]
    assert (sp.name, sp.speaker_type) == ("Chinese Foreign Ministry spokesman", "government")


def test_office_of_a_body_never_named_stays():
    sp = _one("The committee's chair told MPs that \"ministers had been slow\".", "ministers had been slow", "told",
              "The committee's chair")
    assert sp.name == "Committee's chair" and not sp.named


# ------------------------------------------------------------------ an office announced in the sentence before the name
def test_office_announced_in_the_sentence_before_the_first_name():
    body = ("The pact drew replies.\n\nRuritania's chief cabinet secretary has weighed in. Speaking at his regular "
            "press conference in Dunmore, Odo Marvell said the government was \"seriously concerned\".")
    assert _one(body, "the government was", "said", "Odo Marvell").speaker_type == "government"


def test_no_office_announced_or_another_paragraph_or_own_role_stays_other():
    for body, mention in [
            ("The pact drew replies.\n\nRuritania's chief cabinet secretary has weighed in. Speaking at a cafe, "
             "Odo Marvell, a baker, said the government was \"seriously concerned\".", "Odo Marvell, a baker"),
            ("The pact drew replies.\n\nThe weather was fine. Speaking at a cafe in Dunmore, Odo Marvell said the "
             "government was \"seriously concerned\".", "Odo Marvell"),
            ("The pact drew replies.\n\nRuritania's chief cabinet secretary has weighed in.\n\nOdo Marvell said the "
             "government was \"seriously concerned\".", "Odo Marvell")]:
        assert _one(body, "the government was", "said", mention).speaker_type == "other", body


# ------------------------------------------------------------------ "the Kremlin's boss": the head of the seat's country
def _boss(before: str, actors):
    return _one(before + " The Kremlin's boss praised his host's \"steadfast\" backing.", "steadfast", "praised",
                "The Kremlin's boss") if actors is None else \
        _resolve(before + " The Kremlin's boss praised his host's \"steadfast\" backing.",
                 [("steadfast", "praised", "The Kremlin's boss")], actors=actors)[-1]


def test_boss_of_a_seat_of_government_refers_back_to_its_countrys_leader():
    from analysis.extract.speakers.model import Actor
    actors = [Actor("Odo Marvell", "person", "principal", None, "Russia",
                    ("Odo Marvell", "Marvell", "Russian President Odo Marvell"), "male")]
    assert _boss("Russian President Odo Marvell came as a customer.", actors).name == "Odo Marvell"


def test_boss_of_a_seat_is_not_another_countrys_leader_nor_a_private_boss():
    assert _boss("French President Odo Marvell came as a customer.", None).named is False
    assert _one("Ilse Varga came in. Her boss praised the \"steadfast\" backing.", "steadfast", "praised",
                "Her boss").named is False



# ------------------------------------------------------------------ a participle opening the pronoun's sentence is no person
def test_pronoun_after_an_opening_participle_clause_is_the_previous_subject():
    from analysis.extract.speakers.model import Actor
    actors = [Actor("Odo Marvell", "person", "principal", None, "Russia",
                    ("Odo Marvell", "Marvell", "Mr Marvell", "Russian President Odo Marvell"), "male")]
    lead = ("Russian President Odo Marvell came as a customer.\n\n\"It is a pact,\" quips one diplomat in Seoul.\n\n"
            "Officials in Seoul fret about satellites. Mr Marvell did little to calm them. ")
    for opener, previous_subject in [("Asked about arms supplies, he", True),
                                     ("Ilse Varga, asked about arms supplies, said it was calm, and he", False)]:
        sp = _resolve(lead + opener + " said that the state's plans were \"nobody else's business\".",
                      [("It is a pact", "quips", "one diplomat in Seoul"),
                       ("nobody else's business", "said", "he")], actors=actors)[-1]
        assert (sp.name == "Odo Marvell") is previous_subject, (opener, sp.name)
