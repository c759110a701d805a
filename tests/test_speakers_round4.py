"""Speakers, round 4: one rule for a quoted nickname inside a name (the segmenter's, read by
speaker resolution too), plural titles with explicit singulars, speaker types of common shapes.
Articles and people are invented for the tests."""

from __future__ import annotations

import pytest

from analysis.extract.speakers import resolve_speakers
from analysis.text.segment import nickname_spans, parse_text

from test_speakers_names import _doc, _resolve  # the speaker tests' document and gold-quote helpers


# ------------------------------------------------------------------ one nickname rule
@pytest.mark.parametrize("body, nicknames, quoted", [
    ('Rep. Ann C. "Bunny" Lerner said the bill was dead.', ["Bunny"], []),
    ("As a result, Tom ‘Tig’ Roewald was hurt.", ["Tig"], []),
    # a label before a name, not inside it: a quotation for the segmenter and for speakers
    ('Officials called "Crooked" Hanna Clemens a liar.', [], ["Crooked"]),
    ('"Bunny" Lerner said it.', [], ["Bunny"]),
    ("Trump Invokes ‘Pervert’ Anton Weisz In A Speech", [], ["Pervert"]),
])
def test_the_segmenter_and_speakers_read_one_nickname_rule(body, nicknames, quoted):
    spans = nickname_spans(body)
    assert [body[a + 1:b - 1] for a, b in spans] == nicknames
    parsed = parse_text(body)
    assert [q.text for q in parsed.quotations] == quoted
    # a pair of marks is either a quotation or a nickname, never both
    assert not {(q.open_at, q.close_at + 1) for q in parsed.quotations if q.close_at is not None} & set(spans)


def test_a_mention_drops_only_a_nickname_the_segmenter_drops():
    body = ('Rep. Ann C. "Bunny" Lerner said the levy was dead.\n\n'
            'Officials called "Crooked" Hanna Clemens a liar, and Clemens said the plan would fail.')
    first, second = _resolve(body, [("the levy was dead", "said", 'Rep. Ann C. "Bunny" Lerner'),
                                    ("the plan would fail", "said", "Clemens")])
    assert (first.name, first.speaker_type) == ("Ann C. Lerner", "government")
    assert second.name == "Hanna Clemens"


def test_a_mention_given_without_its_offset_reads_the_same_rule():
    body = 'Rep. Ann C. "Bunny" Lerner said the levy was dead.'
    doc = _doc(body)
    a = {"start": body.index("the levy"), "end": body.index(" was dead"), "cue_start": body.index("said"),
         "speaker_mention": 'Rep. Ann C. "Bunny" Lerner', "paragraph": 0}
    [sp] = resolve_speakers(doc, [a], actors=[])
    assert (sp.name, sp.speaker_type) == ("Ann C. Lerner", "government")


# ------------------------------------------------------------------ one top-level key check
@pytest.mark.parametrize("text, message", [
    ("leading_elisions:\n  - group: g\n    source: s\n    words: [til]\nline_endings:\n  - group: g\n",
     "seg.yaml:5: unknown key 'line_endings' at the top of this segmentation word list "
     "(expected leading_elisions, line_continuations, names_after_a_period, transcript_question_labels, "
     "transcript_answer_labels, transcript_attribution_words, transcript_staff_ranks, transcript_programme_words, transcript_soundbite_tags, "
     "transcript_record_words)"),
    ("# mine\nline_continuations:\n  words: [the]\n",
     "seg.yaml:2: 'line_continuations' in this segmentation word list must be a list, not a mapping"),
])
def test_the_segmentation_words_use_the_shared_top_key_check(tmp_path, text, message):
    from analysis.lexicons import LexiconError
    from analysis.text import load_segmentation_words

    f = tmp_path / "seg.yaml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_segmentation_words(f)
    assert message in str(info.value)


# ------------------------------------------------------------------ plural titles in one place
def test_plural_titles_are_explicit_pairs_read_once():
    from analysis.extract.speakers import load_speaker_words

    titles = load_speaker_words().plural_titles
    assert titles["Messrs"] == "Mr." and titles["Mmes"] == "Mme."      # not "Messr.", "Mme." by luck
    assert titles["Sens"] == "Sen." and titles["Drs"] == "Dr."
    assert load_speaker_words() is load_speaker_words()


def test_every_plural_title_and_its_singular_end_no_sentence():
    from analysis.extract.speakers import load_speaker_words
    from analysis.text.segment import load_title_abbreviations

    titles = load_title_abbreviations()
    for plural, single in load_speaker_words().plural_titles.items():
        if not single.endswith("."):
            continue          # a title written out ("Senators"): no period to end a sentence
        assert plural.lower() in titles and single.rstrip(".").lower() in titles, plural
    body = "Drs. Ann Pardo and Tom Lerner said the trial was over. Messrs. Pardo and Lerner left."
    assert [s.text for s in parse_text(body).sentences] == [
        "Drs. Ann Pardo and Tom Lerner said the trial was over.", "Messrs. Pardo and Lerner left."]


def test_messrs_gives_two_people_each_titled_mr():
    body = ("Messrs. Ann Pardo and Tom Lerner said the levy was dead.\n\nThe vote went on.\n\n"
            "Lerner said the plan would fail.")
    both, lerner = _resolve(body, [("the levy was dead", "said", "Messrs. Ann Pardo and Tom Lerner"),
                                   ("the plan would fail", "said", "Lerner")])
    assert (both.name, both.kind, both.plural) == ("Ann Pardo and Tom Lerner", "person", True)
    # "Mr." is a courtesy title, no role: the surname finds the full name registered after "Messrs."
    assert (lerner.name, lerner.role) == ("Tom Lerner", None)


@pytest.mark.parametrize("plural", ["Sens.", "Gens.", "Govs."])
def test_a_plural_abbreviated_title_reads_as_its_singular(plural):
    mention = f"{plural} Ann Pardo and Tom Lerner"
    body = f"{mention} said the levy was dead.\n\nThe vote went on.\n\nLerner said the plan would fail."
    both, lerner = _resolve(body, [("the levy was dead", "said", mention),
                                   ("the plan would fail", "said", "Lerner")])
    assert both.name == "Ann Pardo and Tom Lerner" and both.speaker_type != "other"
    assert lerner.role.rstrip(".") == plural.rstrip("s.") and lerner.speaker_type == both.speaker_type


def test_a_plural_title_list_without_singulars_is_refused(tmp_path):
    from analysis.extract.speakers import load_speaker_words
    from analysis.lexicons import LexiconError

    f = tmp_path / "words.yaml"
    f.write_text("plural_titles:\n  words: [Messrs]\n  rationale: r\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="plural_titles: give each plural title with its singular"):
        load_speaker_words(f)


# ------------------------------------------------------------------ each word list once
def test_group_and_owner_nouns_are_listed_once():
    from analysis.extract.speakers import load_source_cues, load_speaker_words
    from analysis.lexicons import read_lexicon

    cues_file, _ = read_lexicon(None, "source_cues.yaml")
    words_file, _ = read_lexicon(None, "speaker_words.yaml")
    groups = {k: [str(w).lower() for w in v] for k, v in cues_file["groups"].items() if isinstance(v, list)}
    nouns = [w for k, v in groups.items() if k != "quantifiers" for w in v]
    assert len(nouns) == len(set(nouns)), sorted({w for w in nouns if nouns.count(w) > 1})
    owner = words_file["owner_nouns"]
    assert not set(owner["words"]) & set(owner["bodies"])
    assert not set(words_file["pair_nouns"]["countries"]) & set(groups["countries"])
    assert "government_group_nouns" not in words_file and "country_group_nouns" not in words_file
    cues, words = load_source_cues(), load_speaker_words()
    assert {"officials", "lawmakers"} <= cues.office_holders and "nations" in cues.country_groups
    assert cues.groups["officials"] == cues.groups["nations"] == "government"
    assert {"office", "aides"} <= words.owner_nouns and words.owner_bodies < words.owner_nouns


def test_a_country_group_pair_and_office_holders_read_from_the_cues():
    body = ("Norway and Sweden signed the pact on Monday.\n\n"
            "Both nations said the border would stay open.\n\n"
            "Swedish officials said the deal was fair.")
    pair, officials = _resolve(body, [("the border would stay open", "said", "Both nations"),
                                      ("the deal was fair", "said", "Swedish officials")])
    assert (pair.name, pair.speaker_type, pair.plural) == ("Norwegian and Swedish governments", "government", True)
    assert (officials.speaker_type, officials.affiliation) == ("government", "Government of Sweden")


# ------------------------------------------------------------------ speaker types
@pytest.mark.parametrize("mention, typ, affiliation", [
    ("CNN’s Tom Veldkamp", "media", "CNN"),                                   # an outlet's possessive
    ("NBC News anchor Tom Veldkamp", "media", "NBC News"),
    ("FBI Director Tom Veldkamp", "government", "Federal Bureau of Investigation"),  # an agency's initials
    ("White House political director Tom Veldkamp", "government", "White House (US presidential administration)"),
])
def test_an_organisation_named_in_the_role_types_the_person(mention, typ, affiliation):
    body = f"{mention} said the poll was tight.\n\nThe vote went on.\n\nVeldkamp said the race was over."
    first, later = _resolve(body, [("the poll was tight", "said", mention), ("the race was over", "said", "Veldkamp")])
    assert (first.name, first.speaker_type, first.affiliation) == ("Tom Veldkamp", typ, affiliation)
    assert (later.name, later.speaker_type) == ("Tom Veldkamp", typ)        # the role given earlier


def test_an_outlet_in_a_longer_clause_before_a_name_is_not_the_persons_role():
    body = "Trump told CNN that Tom Veldkamp was wrong, and Veldkamp said the poll was tight."
    [sp] = _resolve(body, [("the poll was tight", "said", "Veldkamp")])
    assert (sp.name, sp.speaker_type, sp.affiliation) == ("Tom Veldkamp", "other", None)


@pytest.mark.parametrize("mention, role_text", [
    ("Tom Veldkamp, the city manager,", "city manager"),
    ("City Council Speaker Tom Veldkamp", "council"),
    ("Tom Veldkamp, a Democratic National Committee member,", "national committee"),
    ("Tom Veldkamp, the state party chairwoman,", "party chairwoman"),
    ("Clinton campaign communications director Tom Veldkamp", "campaign"),
    ("Tom Veldkamp, the campaign's press secretary,", "campaign"),
])
def test_local_office_party_and_campaign_posts_are_political_sources(mention, role_text):
    body = f"{mention} said the plan was dead."
    [sp] = _resolve(body, [("the plan was dead", "said", mention.rstrip(","))])
    assert (sp.name, sp.speaker_type) == ("Tom Veldkamp", "government"), role_text


def test_a_campaign_finance_lawyer_is_no_campaign_post():
    body = "Tom Veldkamp, a campaign finance lawyer, said the plan was dead."
    [sp] = _resolve(body, [("the plan was dead", "said", "Tom Veldkamp, a campaign finance lawyer")])
    assert sp.speaker_type == "other"


@pytest.mark.parametrize("mention, name, typ", [
    ("Politico", "Politico", "media"), ("The Wall Street Journal", "The Wall Street Journal", "media"),
    ("The FBI", "FBI", "government"),
])
def test_outlets_and_agencies_speak_as_themselves(mention, name, typ):
    body = f"{mention} said the plan was dead."
    [sp] = _resolve(body, [("the plan was dead", "said", mention)])
    assert (sp.name, sp.speaker_type) == (name, typ)


@pytest.mark.parametrize("body, mention, name", [
    ("Neither Tom Veldkamp, the governor of Ohio, nor Ann Pardo said the deal was dead.",
     "Neither Tom Veldkamp", "Tom Veldkamp"),
    ("Even Tom Veldkamp, the governor of Ohio, said the deal was dead.", "Even Tom Veldkamp", "Tom Veldkamp"),
])
def test_a_correlative_or_focusing_word_is_not_part_of_a_name(body, mention, name):
    [sp] = _resolve(body, [("the deal was dead", "said", mention)])
    assert (sp.name, sp.speaker_type) == (name, "government")


def test_neither_nor_names_both_speakers():
    body = "Tom Veldkamp and Ann Pardo met on Monday. Neither Tom Veldkamp nor Ann Pardo said the deal was dead."
    [sp] = _resolve(body, [("the deal was dead", "said", "Neither Tom Veldkamp nor Ann Pardo")])
    assert (sp.name, sp.plural) == ("Tom Veldkamp and Ann Pardo", True)


@pytest.mark.parametrize("mention", [
    "Crooked Ann Pardo",         # an adjective the article also leaves off the name
    "Comedian Ann Pardo",        # a descriptive title (roles.yaml)
])
def test_a_description_before_a_name_is_not_part_of_it(mention):
    body = (f"The crowd cheered when {mention} arrived on Monday.\n\nPardo said the deal was over.\n\n"
            "Ann Pardo left early.")
    [later] = _resolve(body, [("the deal was over", "said", "Pardo")])
    assert later.name == "Ann Pardo"


def test_a_given_name_that_is_also_a_noun_stays():
    body = "Marine Le Pardo said the deal was dead.\n\nLe Pardo said it was over."
    first, later = _resolve(body, [("the deal was dead", "said", "Marine Le Pardo"), ("it was over", "said", "Le Pardo")])
    assert first.name == later.name == "Marine Le Pardo"


@pytest.mark.parametrize("mention, name, typ", [
    ("a new article in Politico", "Politico", "media"),
    ("the most recent data available from the FBI", "FBI", "government"),
    ("a poll by CNN", "CNN", "media"),
])
def test_what_an_organisation_published_speaks_for_it(mention, name, typ):
    body = f"According to {mention}, the race was tight."
    [sp] = _resolve(body, [("the race was tight", "According to", mention)])
    assert (sp.name, sp.speaker_type) == (name, typ)


@pytest.mark.parametrize("mention", ["a poll of Iowa voters", "a report by Tom Veldkamp"])
def test_a_person_or_group_after_the_preposition_is_not_an_organisation(mention):
    body = f"According to {mention}, the race was tight."
    [sp] = _resolve(body, [("the race was tight", "According to", mention)])
    assert (sp.named, sp.speaker_type) == (False, "unnamed")


@pytest.mark.parametrize("mention, typ", [("Aides", "government"), ("Witnesses", "unnamed")])
def test_a_plural_noun_opening_a_sentence_is_a_group(mention, typ):
    # written only here, capitalised: the English lexicon knows it as a plural common noun
    body = f"{mention} said the plan was dead."
    [sp] = _resolve(body, [("the plan was dead", "said", mention)])
    assert (sp.name, sp.speaker_type, sp.named, sp.plural) == (mention, typ, False, True)


def test_a_plural_noun_that_is_a_name_here_stays_a_person():
    body = "Ann Fields spoke on Monday.\n\nFields said the plan was dead."
    [sp] = _resolve(body, [("the plan was dead", "said", "Fields")])
    assert (sp.name, sp.kind) == ("Ann Fields", "person")


def test_a_titled_surname_of_an_organisation_is_the_person():
    body = ("Peter Veldkamp, a lawyer for the Sierra Club, spoke on Monday.\n\n"
            "Mr. Veldkamp of the Sierra Club said the plan was dead.")
    [sp] = _resolve(body, [("the plan was dead", "said", "Mr. Veldkamp of the Sierra Club")])
    assert (sp.name, sp.kind) == ("Peter Veldkamp", "person")


def test_an_appositive_noun_phrase_ends_at_its_comma_without_a_reporting_verb():
    body = ("Ann Pardo on Wednesday called on Tom Veldkamp to apologize for a remark.\n\n"
            "Veldkamp, a former party chairman and presidential candidate, poked fun at the remark on "
            "television on Tuesday and told viewers that he had no reason at all to apologize for it.\n\n"
            "He said the remark was fair.")
    [sp] = _resolve(body, [("the remark was fair", "said", "He")])
    assert (sp.name, sp.speaker_type) == ("Tom Veldkamp", "government")


def test_a_long_clause_after_a_comma_is_no_appositive():
    body = ("Tom Veldkamp spoke on Monday.\n\nVeldkamp, issues of class and justice get attention when the "
            "party is out of power and its leaders have nothing else to talk about at their rallies, "
            "argued.\n\nVeldkamp said the plan was dead.")
    [sp] = _resolve(body, [("the plan was dead", "said", "Veldkamp")])
    assert (sp.name, sp.speaker_type) == ("Tom Veldkamp", "other")


@pytest.mark.parametrize("mention, typ", [
    ("Tom Veldkamp, communications director for the Pardo campaign", "government"),
    ("Tom Veldkamp, national director of the Fair Rent Action League", "expert_think_tank"),
    ("Tom Veldkamp, a member of the Clean Water Coalition", "expert_think_tank"),
    ("Tom Veldkamp, a Green Party official", "government"),
    ("Tom Veldkamp, a party official", "government"),
    ("Tom Veldkamp, a spokesman for her presidential campaign", "government"),
    ("Tom Veldkamp, the campaign manager", "government"),
    ("Tom Veldkamp, who managed Ann Pardo's 2012 campaign", "government"),        # a work verb, a year
    ("Tom Veldkamp, an Iowa operative working for Ann Pardo’s campaign", "government"),
    ("Tom Veldkamp, executive director of the advocacy group Progress Utopia", "expert_think_tank"),
    ("The Pardo campaign", "government"),
])
def test_campaigns_parties_and_advocacy_groups_type_their_people(mention, typ):
    body = f"{mention} said the plan was dead."
    [sp] = _resolve(body, [("the plan was dead", "said", mention)])
    assert sp.speaker_type == typ


@pytest.mark.parametrize("mention, name, typ", [("The DNC", "DNC", "government"), ("The GOP", "GOP", "government")])
def test_initials_the_role_lexicons_type_are_an_organisation(mention, name, typ):
    body = f"{mention} said the plan was dead."
    [sp] = _resolve(body, [("the plan was dead", "said", mention)])
    assert (sp.name, sp.speaker_type, sp.kind) == (name, typ, "organisation")


def test_untyped_initials_stay_as_before():
    body = "ISIS said the attack was theirs."
    [sp] = _resolve(body, [("the attack was theirs", "said", "ISIS")])
    assert (sp.name, sp.speaker_type) == ("ISIS", "other")


# ------------------------------------------------------------------ what is no campaign, party or advocacy group
@pytest.mark.parametrize("mention", [
    "Tom Lee, a grocer who watched her campaign",                    # a description ending in "campaign", no post
    "Ann Roe, who directs the group's anti-smoking campaign",        # an issue campaign, not an election
    "Kurt Wall, the campaign director at Fixers United",             # a named organisation after the post
    "Ann Roe, a party planner",                                      # the common noun "party"
    "Tom Veldkamp, a Major League pitcher",                          # a league of sport
    "Tom Veldkamp, a member of the ruling coalition",                # a coalition government, unnamed
    "Tom Lee, who ran the group's recycling campaign",               # a work verb, an issue campaign
])
def test_campaign_party_and_league_words_alone_type_no_one(mention):
    body = f"{mention}, said the plan was dead."
    [sp] = _resolve(body, [("the plan was dead", "said", mention)])
    assert sp.speaker_type == "other", sp


@pytest.mark.parametrize("mention, name, typ", [
    ("The Clean Water Coalition", "Clean Water Coalition", "expert_think_tank"),
    ("The Fair Wages Party", "Fair Wages Party", "other"),       # round 30: a party not said to govern
    ("The Green Party of Utopia", "Green Party of Utopia", "other"),   # round 30
])
def test_a_named_party_or_coalition_speaks_as_an_organisation(mention, name, typ):
    body = f"{mention} said the plan was dead."
    [sp] = _resolve(body, [("the plan was dead", "said", mention)])
    assert (sp.name, sp.speaker_type, sp.kind) == (name, typ, "organisation")


# ------------------------------------------------------------------ an outlet inside a role, checked
@pytest.mark.parametrize("body, mention, typ, affiliation", [
    # the role's own word gives another type than the outlet's: a pollster is no journalist
    ("Bloomberg's pollster, Doug Shane, said the plan was dead.", "Bloomberg's pollster, Doug Shane",
     "expert_think_tank", None),
    # the outlet's name is a person's name in the article: that person's chief, not the outlet's
    ("Mike Bloomberg spoke on Monday.\n\nBloomberg's chief, Doug Shane, said the plan was dead.",
     "Bloomberg's chief, Doug Shane", "other", None),
    ("Bloomberg's chief, Doug Shane, said the plan was dead.", "Bloomberg's chief, Doug Shane",
     "media", "Bloomberg News"),
    # initials two broadcasters share: media, but no country's network
    ("ABC's chief, Mark Scott, said the plan was dead.", "ABC's chief, Mark Scott", "media", "ABC"),
    ("Former CNN anchor Tom Veldkamp said the plan was dead.", "Former CNN anchor Tom Veldkamp", "media", "CNN"),
    # a headline's capitalised words before the outlet are no role words
    ("It's All CNN's Tom Veldkamp Says the plan was dead.", "It's All CNN's Tom Veldkamp", "other", None),
])
def test_an_outlet_in_a_role_needs_role_words_and_no_person_of_its_name(body, mention, typ, affiliation):
    cue = "said" if " said " in body else "Says"
    sp = _resolve(body, [("the plan was dead", cue, mention)])[-1]
    assert (sp.speaker_type, sp.affiliation) == (typ, affiliation)


@pytest.mark.parametrize("mention, name, country", [
    ("ABC", "ABC", None), ("ABC News", "ABC News", "United States"),
    ("Fox Business", "Fox Business", "United States"),
])
def test_an_ambiguous_or_sister_outlet_is_its_own_entry(mention, name, country):
    [sp] = _resolve(f"{mention} said the plan was dead.", [("the plan was dead", "said", mention)])
    assert (sp.name, sp.speaker_type, sp.country) == (name, "media", country)


def test_fox_business_is_not_fox_news():
    from analysis.extract.speakers import load_source_cues

    outlets = load_source_cues().outlets
    assert outlets["Fox Business"]["name"] != outlets["Fox News"]["name"]
    assert "Fox" not in outlets


@pytest.mark.parametrize("body, mention, typ, affiliation", [
    # an outlet named after a person: its staff, unless that person is named in the article
    ("Breitbart’s Tom Veldkamp said the plan was dead.", "Breitbart’s Tom Veldkamp", "media", "Breitbart News"),
    ("Andrew Breitbart spoke on Monday.\n\nBreitbart's chief, Tom Veldkamp, said the plan was dead.",
     "Breitbart's chief, Tom Veldkamp", "other", None),
    # an office word names a post at the outlet ("CNN President"), a place word is part of a name
    ("CNN President Tom Veldkamp said the plan was dead.", "CNN President Tom Veldkamp", "media", "CNN"),
    ("Another RT America host, Tom Veldkamp, said the plan was dead.", "Another RT America host, Tom Veldkamp",
     "state_media", "RT"),
    # a possessive's bare apostrophe, and a second organisation named in the role, are no other words
    ("Fox News’ Tom Veldkamp said the plan was dead.", "Fox News’ Tom Veldkamp", "media", "Fox News"),
    ("Fox News Channel White House correspondent Tom Veldkamp said the plan was dead.",
     "Fox News Channel White House correspondent Tom Veldkamp", "media", "Fox News"),
])
def test_an_outlet_named_after_a_person_and_posts_at_an_outlet(body, mention, typ, affiliation):
    sp = _resolve(body, [("the plan was dead", "said", mention)])[-1]
    assert (sp.speaker_type, sp.affiliation) == (typ, affiliation)


# ------------------------------------------------------------------ a name modifying a noun is no antecedent
@pytest.mark.parametrize("body, name", [
    ("The ad cites FBI criticism of the plan. It also mentions taxes.", "Unknown"),
    ("The FBI reviewed the plan. It also mentions taxes.", "FBI"),
    ("The FBI reports on the plan. It also mentions taxes.", "FBI"),
])
def test_it_does_not_take_a_name_that_modifies_a_noun(body, name):
    [sp] = _resolve(body, [("taxes", "mentions", "It")])
    assert sp.name == name


@pytest.mark.parametrize("mention, typ", [
    ("The campaign", "government"), ("Her campaign", "government"), ("The party", "government"),
    ("Some party strategists", "government"), ("Other leaders of the party", "government"),
    ("One Pardo campaign source", "government"), ("People close to the campaign", "government"),
    ("The birthday party", "unnamed"), ("The Fair Housing Campaign", "other"),   # an organisation's name
])
def test_a_campaign_or_party_that_speaks_is_political(mention, typ):
    [sp] = _resolve(f"{mention} said the plan was dead.", [("the plan was dead", "said", mention)])
    assert sp.speaker_type == typ, sp


def test_the_owner_of_a_campaign_speaks_for_a_political_side():
    body = "Ann Pardo spoke on Monday.\n\nPardo’s campaign said the plan was dead."
    [sp] = _resolve(body, [("the plan was dead", "said", "Pardo’s campaign")])
    assert sp.speaker_type == "government"
