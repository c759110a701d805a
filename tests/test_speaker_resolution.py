"""Speaker resolution to people: titles with and without a period, descriptions that refer back
to a person named earlier, joint speakers, a type from a role given anywhere in the article, and
time or place phrases that are not part of a speaker.

Every article here is written for the tests (invented people, real countries); the resolver
gets each speaker mention as the attribution layer would give it (``locate_gold``), so these
tests do not depend on the attribution extractor.  ``ACTORS`` is a registry written for the
tests too, never the packaged one, unless a test says so.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from analysis.corpus import Article
from analysis.evaluate.speakers import locate_gold, speaker_matches, type_shares
from analysis.extract.speakers import load_roles, resolve_speakers
from analysis.lexicons import LexiconError
from analysis.text import parse_article

REPO = Path(__file__).resolve().parents[1]
POLNEAR = REPO.parent / "shared" / "polnear"

ACTORS = [
    {"name": "Taro Sato", "kind": "person", "speaker_type": "principal", "affiliation": "Japanese government",
     "country": "Japan", "labels": ["Japanese Prime Minister Taro Sato", "Prime Minister Taro Sato", "Taro Sato",
                                    "Sato"]},
    {"name": "Lena Vogel", "kind": "person", "speaker_type": "principal", "affiliation": "German government",
     "country": "Germany", "labels": ["German Chancellor Lena Vogel", "Lena Vogel", "German leader", "Vogel"]},
    {"name": "Omar Haddad", "kind": "person", "speaker_type": "principal", "affiliation": "Egyptian government",
     "country": "Egypt", "labels": ["Egyptian President Omar Haddad", "Omar Haddad", "Egyptian leader", "Haddad"]},
]


def doc_of(body: str):
    return parse_article(Article("Test", "t", dt.date(2024, 6, 20), body))


def resolve(body: str, quotes: list[tuple[str, str, str]], *, actors=()):
    """quotes: (text, cue, mention), each located in ``body`` in order."""
    doc = doc_of(body)
    attrs = locate_gold(doc, [{"text": t, "cue": c, "speaker_mention": m, "kind": "indirect"} for t, c, m in quotes])
    assert all(a is not None for a in attrs), attrs
    return resolve_speakers(doc, attrs, actors=list(actors))


def one(body: str, text: str, cue: str, mention: str, *, actors=()):
    return resolve(body, [(text, cue, mention)], actors=actors)[0]


# --------------------------------------------------------------------------- 1. titles with or without a period

@pytest.mark.parametrize("title", ["Mr.", "Mr", "Ms.", "Ms", "Mrs.", "Dr.", "Dr"])
@pytest.mark.parametrize("opening", ["", "But ", "And "])
def test_title_with_or_without_period_resolves_the_surname(title, opening):
    body = ("Jane Alvarez, a spokeswoman for the interior ministry, spoke to reporters on Tuesday.\n\n"
            f"{opening}{title} Alvarez said the plan would fail.")
    sp = one(body, "the plan would fail", "said", f"{opening}{title} Alvarez")
    assert (sp.name, sp.speaker_type, sp.kind, sp.named) == ("Jane Alvarez", "government", "person", True)


def test_title_period_neither_ends_the_sentence_nor_breaks_the_name():
    body = "Gen. Lee Min-ho, the army chief of staff, met Dr. Helen Park on Monday. Mr. Lee said the drills would go ahead."
    doc = doc_of(body)
    said = next(s for s in doc.text.sentences if "drills" in s.text)
    assert said.text.startswith("Mr. Lee said")
    sp = one(body, "the drills would go ahead", "said", "Mr. Lee")
    assert sp.name == "Lee Min-ho" and sp.speaker_type == "government"


def test_a_surname_that_is_also_a_place_word_after_an_honorific():
    # "Park" is a place word ("Hyde Park"); after "Dr." it is the surname of the person introduced before
    body = ("Dr. Helen Park, who heads the Korea Institute for Peace Studies, warned of risks.\n\n"
            "Dr. Park said the risks were growing.")
    sp = one(body, "the risks were growing", "said", "Dr. Park")
    assert sp.name == "Helen Park" and sp.speaker_type == "expert_think_tank"


def test_middle_initial_keeps_its_period_and_the_name():
    body = ("Victor D. Cha, a professor at Georgetown University, has studied the peninsula.\n\n"
            "Cha said the pact changed little.")
    sp = one(body, "the pact changed little", "said", "Cha")
    assert sp.name == "Victor D. Cha" and sp.speaker_type == "expert_academic"


def test_titles_inside_a_name_and_abbreviated_titles():
    body = ("Texas Sen. Maria Ortiz and Gov. Tom Becker spoke in Austin.\n\n"
            "Ortiz said the bill would pass. Becker said it would not.")
    sp = resolve(body, [("the bill would pass", "said", "Ortiz"), ("it would not", "said", "Becker")])
    assert [(s.name, s.speaker_type) for s in sp] == [("Maria Ortiz", "government"), ("Tom Becker", "government")]


def test_surname_label_of_an_actor_goes_to_the_latest_namesake():
    # "Sato" is a registry label of Taro Sato; the article's latest Sato before the quote is Ken Sato
    body = ("Prime Minister Taro Sato met lawmakers. Foreign Minister Ken Sato told them the pact was a threat.\n\n"
            "Mr. Sato said Tokyo would respond. Sato also said talks were needed.")
    sp = resolve(body, [("Tokyo would respond", "said", "Mr. Sato"), ("talks were needed", "said", "Sato")],
                 actors=ACTORS)
    assert [(s.name, s.speaker_type) for s in sp] == [("Ken Sato", "government")] * 2
    body2 = "Foreign Minister Ken Sato met Prime Minister Taro Sato.\n\nSato said the alliance was firm."
    assert one(body2, "the alliance was firm", "said", "Sato", actors=ACTORS).name == "Taro Sato"


def test_spokeswoman_for_a_person_is_not_that_person():
    body = "Nina Brandt spoke on Monday. A spokeswoman for Nina Brandt said the claim was false."
    sp = one(body, "the claim was false", "said", "A spokeswoman for Nina Brandt")
    assert sp.name == "Nina Brandt spokeswoman" and not sp.named and sp.speaker_type == "government"


# --------------------------------------------------------------------------- 2. descriptions that refer back

@pytest.mark.parametrize("intro, mention", [
    ("Norwegian Prime Minister Erik Lund met investors on Monday.", "The prime minister"),
    ("Norwegian Prime Minister Erik Lund met investors on Monday.", "The Norwegian prime minister"),
    ("Norwegian Prime Minister Erik Lund met investors on Monday.", "Norway's prime minister"),
    ("Norwegian Prime Minister Erik Lund met investors on Monday.", "The country's top leader"),
    ("Erik Lund, the Norwegian prime minister, met investors on Monday.", "The prime minister"),
    ("Investors met Norwegian Prime Minister Erik Lund on Monday.", "The Norwegian leader"),
])
def test_description_resolves_to_the_one_person_with_that_role(intro, mention):
    body = f"{intro}\n\n{mention} said the fund would grow."
    sp = one(body, "the fund would grow", "said", mention)
    assert sp.name == "Erik Lund" and sp.speaker_type == "government" and sp.named


def test_minister_spokeswoman_and_the_head_modifiers():
    body = ("Foreign Minister Sergio Duarte met Prime Minister Ana Ruiz in Madrid. Carla Vidal, the ministry's "
            "spokeswoman, briefed reporters.\n\n"
            "The minister said the talks were productive. The spokeswoman said no deal was reached. "
            "The foreign minister said he would return.")
    sp = resolve(body, [("the talks were productive", "said", "The minister"),
                        ("no deal was reached", "said", "The spokeswoman"),
                        ("he would return", "said", "The foreign minister")])
    # "prime" makes another office: the prime minister is not "the minister"
    assert [s.name for s in sp] == ["Sergio Duarte", "Carla Vidal", "Sergio Duarte"]


@pytest.mark.parametrize("intro, mention, kept", [
    # two people hold the role: the description stays
    ("Swedish President Karin Ek met Finnish President Mika Salo.", "The president", "President"),
    # a vice president or a former president is not "the president"
    ("Vice President Tom Hale toured the plant.", "The president", "President"),
    ("Former President Ana Costa toured the plant.", "The president", "President"),
    # a defence minister is not "the foreign minister"
    ("Defense Minister Jon Berg toured the plant.", "The foreign minister", "Foreign minister"),
])
def test_description_kept_when_no_single_person_fits(intro, mention, kept):
    body = f"{intro} {mention} said the plant would close."
    sp = one(body, "the plant would close", "said", mention)
    assert sp.name == kept and not sp.named


def test_modifier_picks_one_of_two_office_holders():
    body = ("Swedish President Karin Ek met Finnish President Mika Salo.\n\n"
            "The Finnish president said the border was calm.")
    assert one(body, "the border was calm", "said", "The Finnish president").name == "Mika Salo"


def test_description_only_refers_back():
    body = "The prime minister said the fund would grow. Later, Prime Minister Erik Lund met investors."
    sp = one(body, "the fund would grow", "said", "The prime minister")
    assert sp.name == "Prime minister" and not sp.named


def test_description_from_the_actors_registry_and_general_nouns():
    # the article never gives Sato a role; the registry's label "Japanese Prime Minister Taro Sato" does
    body = "Sato arrived in Berlin on Monday.\n\nThe Japanese prime minister said trade would grow."
    sp = one(body, "trade would grow", "said", "The Japanese prime minister", actors=ACTORS)
    assert (sp.name, sp.speaker_type) == ("Taro Sato", "principal")
    # "the leader": a general noun; two registry leaders in the article -> kept
    body2 = "Vogel hosted Haddad in Berlin.\n\nThe country's top leader said the visit was historic."
    sp2 = one(body2, "the visit was historic", "said", "The country's top leader", actors=ACTORS)
    assert sp2.name == "Country's top leader" and not sp2.named
    # ... but the article's own roles come first: only Vogel is a chancellor here
    body3 = "German Chancellor Lena Vogel hosted Haddad.\n\nThe chancellor said the visit was historic."
    sp3 = one(body3, "the visit was historic", "said", "The chancellor", actors=ACTORS)
    assert sp3.name == "Lena Vogel"


# --------------------------------------------------------------------------- 3. joint speakers

def test_two_people_are_one_joint_speaker():
    body = ("Prime Minister Anna Lindqvist met Chancellor Markus Weber in Berlin.\n\n"
            "Lindqvist and Weber vowed to expand trade.")
    sp = resolve(body, [("to expand trade", "vowed", "Lindqvist and Weber")])
    assert len(sp) == 1
    assert sp[0].name == "Anna Lindqvist and Markus Weber" and sp[0].speaker_type == "government"
    assert sp[0].plural and sp[0].named and sp[0].kind == "person"
    assert speaker_matches(sp[0].name, "Markus Weber and Anna Lindqvist")


def test_three_people_titles_with_periods_and_mixed_kinds():
    body = ("Anna Lindqvist met Markus Weber and Jonas Berg on Monday.\n\n"
            "Lindqvist, Weber and Berg said the talks were useful. Mr. Weber and Ms. Lindqvist said more "
            "talks would follow. Lindqvist and Norway said the deal was fair.")
    sp = resolve(body, [("the talks were useful", "said", "Lindqvist, Weber and Berg"),
                        ("more talks would follow", "said", "Mr. Weber and Ms. Lindqvist"),
                        ("the deal was fair", "said", "Lindqvist and Norway")])
    assert sp[0].name == "Anna Lindqvist, Markus Weber and Jonas Berg"
    assert sp[1].name == "Markus Weber and Anna Lindqvist"
    assert sp[2].name == "Anna Lindqvist and Norwegian government" and sp[2].kind == "group"
    # type rule: the first conjunct's type that says something (Lindqvist has no role here)
    assert sp[2].speaker_type == "government"


def test_joint_type_rule_principal_first():
    body = "Sato met Foreign Minister Ken Mori. Mori and Sato said the alliance was firm."
    sp = one(body, "the alliance was firm", "said", "Mori and Sato", actors=ACTORS)
    assert sp.name == "Ken Mori and Taro Sato" and sp.speaker_type == "principal"


def test_countries_join_and_organisation_names_stay_whole():
    body = ("Sweden, Norway and Finland said they would coordinate. The Center for Strategic and International "
            "Studies said the plan was sound.")
    sp = resolve(body, [("they would coordinate", "said", "Sweden, Norway and Finland"),
                        ("the plan was sound", "said", "The Center for Strategic and International Studies")])
    assert sp[0].name == "Swedish, Norwegian and Finnish governments" and sp[0].speaker_type == "government"
    assert sp[1].name == "Center for Strategic and International Studies"
    assert sp[1].speaker_type == "expert_think_tank" and sp[1].named


def test_joint_speaker_through_the_pipeline_is_one_row():
    from analysis.extract import annotate
    doc = annotate(doc_of("Anna Lindqvist met Markus Weber on Monday.\n\n"
                          "Lindqvist and Weber said the talks were useful."), actors=[])
    rows = [(a.speaker_mention, s.name) for a, s in zip(doc.attributions, doc.speakers) if "useful" in a.text]
    assert rows == [("Lindqvist and Weber", "Anna Lindqvist and Markus Weber")]


def test_plural_description_names_both_people():
    body = ("Swedish Prime Minister Anna Lindqvist hosted Finnish Prime Minister Mika Salo.\n\n"
            "The Swedish and Finnish prime ministers said the border would stay open.")
    sp = one(body, "the border would stay open", "said", "The Swedish and Finnish prime ministers")
    assert sp.name == "Anna Lindqvist and Mika Salo" and sp.plural and sp.speaker_type == "government"


def test_a_persons_office_and_a_countrys_ministry():
    body = ("Swedish Prime Minister Anna Lindqvist convened her cabinet. Lindqvist's office said it would respond. "
            "Stockholm's Foreign Ministry said talks were needed.")
    sp = resolve(body, [("it would respond", "said", "Lindqvist's office"),
                        ("talks were needed", "said", "Stockholm's Foreign Ministry")])
    assert (sp[0].name, sp[0].speaker_type, sp[0].kind) == ("Anna Lindqvist's office", "government", "organisation")
    assert (sp[1].name, sp[1].speaker_type, sp[1].country) == ("Swedish Foreign Ministry", "government", "Sweden")


# --------------------------------------------------------------------------- 4. type from a role anywhere

def test_role_three_paragraphs_earlier_gives_the_type():
    body = ("Maria Lopez, a researcher at the Brookings Institution, has studied the region.\n\n"
            "The talks began on Monday.\n\nOfficials met in Geneva.\n\n"
            "Lopez said the talks would fail.")
    sp = one(body, "the talks would fail", "said", "Lopez")
    assert (sp.name, sp.speaker_type) == ("Maria Lopez", "expert_think_tank")


def test_role_given_after_the_quote_gives_the_type():
    body = ("“It will fail,” said Paulo Mendes.\n\nThe talks began on Monday.\n\n"
            "Mendes, a professor of economics at the University of Oslo, has written two books on trade.")
    sp = one(body, "It will fail,", "said", "Paulo Mendes")
    assert (sp.name, sp.speaker_type) == ("Paulo Mendes", "expert_academic")


@pytest.mark.parametrize("intro, typ", [
    ("Paulo Mendes, who heads the Nordic Institute for Trade Studies, spoke on Monday.", "expert_think_tank"),
    ("Sen. Paulo Mendes spoke on Monday.", "government"),
    ("Paulo Mendes, R-Ohio, spoke on Monday.", "government"),
    ("Republican presidential contender Paulo Mendes spoke on Monday.", "government"),
    ("Talk radio host Paulo Mendes spoke on Monday.", "media"),
    ("Paulo Mendes spoke on Monday.", "other"),      # no cue to a role: stays other
])
def test_role_cues(intro, typ):
    body = f"{intro}\n\nThe talks began.\n\nMendes said the deal was bad."
    assert one(body, "the deal was bad", "said", "Mendes").speaker_type == typ


def test_groups_that_open_a_sentence():
    body = ("Protesters gathered outside. Police said the crowd was calm. Protesters said the police were "
            "rough. Republicans said the bill was dead.\n\nThe protesters left at night.")
    sp = resolve(body, [("the crowd was calm", "said", "Police"), ("the police were rough", "said", "Protesters"),
                        ("the bill was dead", "said", "Republicans")])
    assert [(s.name, s.speaker_type, s.named, s.kind) for s in sp] == [
        ("Police", "government", False, "group"), ("Protesters", "unnamed", False, "group"),
        ("Republicans", "government", False, "group")]


def test_type_shares():
    shares = type_shares(["other", "government", "government", "unnamed"])
    assert shares["n"] == 4 and shares["other"] == 0.25 and shares["government"] == 0.5
    assert shares["principal"] == 0.0 and list(shares)[1] == "principal"


# --------------------------------------------------------------------------- 5. time and place phrases

@pytest.mark.parametrize("mention, name", [
    ("South Korea on Thursday", "South Korean government"),
    ("Seoul on Monday", "South Korean government"),
    ("Japan earlier this week", "Japanese government"),
    ("Earlier this week, Japan", "Japanese government"),
    ("On Friday, Japan's foreign ministry", "Japanese foreign ministry"),
    ("Japan's foreign ministry late Thursday", "Japanese foreign ministry"),
    ("In Tokyo, the foreign ministry", "Foreign ministry"),
    ("Norway on June 20", "Norwegian government"),
])
def test_time_and_place_phrases_are_not_part_of_the_speaker(mention, name):
    body = f"{mention} said the drills were a provocation."
    sp = one(body, "the drills were a provocation", "said", mention)
    assert sp.name == name and sp.speaker_type == "government"


def test_time_and_setting_phrases_after_a_person():
    body = ("Prime Minister Erik Lund spoke on Monday.\n\n"
            "Lund on Tuesday said the fund would grow. Lund, in a speech to party members, said taxes would fall. "
            "The prime minister, speaking in Bergen on Friday, said rates would rise.")
    sp = resolve(body, [("the fund would grow", "said", "Lund on Tuesday"),
                        ("taxes would fall", "said", "Lund, in a speech to party members"),
                        ("rates would rise", "said", "The prime minister, speaking in Bergen on Friday")])
    assert [(s.name, s.speaker_type) for s in sp] == [("Erik Lund", "government")] * 3


def test_time_words_inside_a_name_stay():
    body = "USA Today said the poll was close."
    assert one(body, "the poll was close", "said", "USA Today").name == "USA Today"


# --------------------------------------------------------------------------- determinism and the lexicon

_DETERMINISM_SCRIPT = """
import datetime as dt, json, sys
from analysis.corpus import Article
from analysis.evaluate.speakers import locate_gold
from analysis.extract.speakers import resolve_speakers
from analysis.text import parse_article
body = ("Swedish President Karin Ek met Finnish President Mika Salo and Prime Minister Anna Lindqvist.\\n\\n"
        "The president said the border was calm. Ek and Salo said trade would grow. "
        "Sweden, Norway and Finland on Monday said they agreed. The Finnish president said more talks would follow.")
quotes = [("the border was calm", "said", "The president"), ("trade would grow", "said", "Ek and Salo"),
          ("they agreed", "said", "Sweden, Norway and Finland on Monday"),
          ("more talks would follow", "said", "The Finnish president")]
doc = parse_article(Article("T", "t", dt.date(2024, 6, 20), body))
attrs = locate_gold(doc, [{"text": t, "cue": c, "speaker_mention": m, "kind": "indirect"} for t, c, m in quotes])
print(json.dumps([[s.name, s.speaker_type, s.country] for s in resolve_speakers(doc, attrs, actors=[])]))
"""


def test_results_do_not_depend_on_the_hash_seed():
    from _subprocess_helpers import outputs_under_hash_seeds

    outs = [json.loads(o) for o in outputs_under_hash_seeds(["-c", _DETERMINISM_SCRIPT], ("0", "12345"), cwd=REPO)]
    assert outs[0] == outs[1]
    assert [n for n, _, _ in outs[0]] == ["President", "Karin Ek and Mika Salo",
                                          "Swedish, Norwegian and Finnish governments", "Mika Salo"]


def test_roles_lexicon_loads_and_refuses_unknown_types(tmp_path):
    roles = load_roles()
    assert {"Mr", "Dr", "Ms"} <= roles.honorifics and "vice" in roles.distinct
    assert roles.synonyms["spokeswoman"] == roles.synonyms["spokesman"]
    bad = tmp_path / "roles.yaml"
    bad.write_text("types:\n  - {type: politician, roles: [mayor], rationale: r}\n", "utf-8")
    with pytest.raises(LexiconError, match="unknown speaker type 'politician'"):
        load_roles(bad)


def test_every_roles_section_has_a_rationale():
    from analysis.lexicons import read_lexicon
    data, _ = read_lexicon(None, "roles.yaml")
    for key, section in data.items():
        if key in ("types", "patterns"):
            assert all(e.get("rationale") for e in section), key
        else:
            assert section.get("rationale"), key


# --------------------------------------------------------------------------- PolNeAR sources (skipped without ../shared)

@pytest.mark.skipif(not POLNEAR.is_dir(), reason="needs ../shared/polnear")
def test_polnear_dev_sources_other_share_is_low():
    from analysis.evaluate.polnear import load_polnear
    from analysis.evaluate.speakers import polnear_speakers
    docs = load_polnear(POLNEAR, split="dev", limit=12)
    rows = polnear_speakers(docs, sources="gold")
    shares = type_shares(r.speaker_type for r in rows)
    assert shares["n"] > 200
    assert shares["other"] < 0.25          # 0.38 before roles were read from the whole article


def test_speaker_eval_cli_refuses_the_polnear_test_split(capsys):
    from analysis.evaluate.speakers import main
    with pytest.raises(SystemExit):
        main(["polnear", str(POLNEAR), "--split", "test"])
    assert "invalid choice: 'test'" in capsys.readouterr().err


# --------------------------------------------------------------------------- agentless attributions

def test_agentless_attribution_is_an_unnamed_source_not_the_previous_speaker():
    from analysis.extract.attribution import extract_attributions
    body = ("Jane Alvarez, the interior minister, said the bridge would reopen in May.\n\n"
            "It was announced that the tolls would double.")
    doc = doc_of(body)
    attrs = extract_attributions(doc)
    agentless = [a for a in attrs if a.agentless]
    assert len(agentless) == 1 and "tolls would double" in body[agentless[0].start:agentless[0].end]
    speakers = resolve_speakers(doc, attrs)
    by_attr = dict(zip(map(id, attrs), speakers))
    assert by_attr[id(agentless[0])].name == "Unknown"
    assert by_attr[id(agentless[0])].speaker_type == "unnamed"
    named = [by_attr[id(a)].name for a in attrs if not a.agentless]
    assert named == ["Jane Alvarez"]


def test_relative_who_speaker_resolves_to_its_antecedent():
    from analysis.extract.attribution import extract_attributions
    body = "The panel heard from Ines Moreau, who said the levy was unfair."
    doc = doc_of(body)
    (a,) = extract_attributions(doc)
    (sp,) = resolve_speakers(doc, [a])
    assert (sp.name, sp.kind, sp.named) == ("Ines Moreau", "person", True)


# --------------------------------------------------------------------------- review fixes (H4)

def test_a_names_context_is_the_clause_end_not_a_whole_comma_free_paragraph():
    from analysis.extract import speakers as S
    # a long clause with no comma or period before the name: only its last words are the
    # name's context (each context is classified, so an unbounded one was quadratic)
    filler = "the committee met again in the old hall and talked about the budget " * 8
    body = f"The mayor said that {filler}before Ines Moreau said the levy was unfair."
    r = S._Resolver(doc_of(body), S.load_source_cues(), S.load_gazetteer(), [])
    ((off, name, ctx),) = r.ctx.names
    assert name == "Ines Moreau" and body[off:].startswith("Ines Moreau")
    # (and a finite verb ends the description: "talked" is no role)
    assert ctx == "about the budget before" and len(ctx) <= 200
    assert not ctx.startswith("The mayor")
    # a short clause is still read whole
    r2 = S._Resolver(doc_of("The former finance minister Ines Moreau said it."), S.load_source_cues(),
                     S.load_gazetteer(), [])
    assert r2.ctx.names[0][2] == "The former finance minister"


@pytest.mark.parametrize("mention, name, role", [
    ("Secretary of State Mark Olsen", "Mark Olsen", "Secretary of State"),
    ("Minister of Foreign Affairs Mark Olsen", "Mark Olsen", "Minister of Foreign Affairs"),
    ("Former Minister for Trade Mark Olsen", "Mark Olsen", "Former Minister for Trade"),
    ("Secretary of State Mark T. Olsen", "Mark T. Olsen", "Secretary of State"),
])
def test_a_title_naming_its_office_with_of_or_for_before_a_name(mention, name, role):
    # the office after "of"/"for" is no part of the name, and the surname alone later is that person
    body = f"{mention} said the deal was dangerous. Olsen added that it would fail."
    first, later = resolve(body, [("the deal was dangerous", "said", mention),
                                  ("it would fail", "added", "Olsen")])
    assert (first.name, first.named, first.role, first.affiliation) == (name, True, role, None)
    assert first.speaker_type == "government"
    assert (later.name, later.speaker_type) == (name, "government")


def test_a_spokesman_for_a_person_is_still_not_that_person():
    sp = one("Spokesman for Mark Olsen said the deal was dangerous.", "the deal was dangerous", "said",
             "Spokesman for Mark Olsen")
    assert sp.name != "Mark Olsen" and not sp.named
    sp = one("Jane Doe, spokeswoman for Foreign Minister Mark Olsen, said the deal was dangerous.",
             "the deal was dangerous", "said", "Jane Doe, spokeswoman for Foreign Minister Mark Olsen")
    assert sp.name == "Jane Doe"


@pytest.mark.parametrize("mention, typ, affiliation", [
    ("Jane Doe of the Brookings Institution", "expert_think_tank", "Brookings Institution"),
    ("Jane Doe at the University of Oslo", "expert_academic", "University of Oslo"),
    ("Professor Jane Doe of the Institute for Peace Studies", "expert_think_tank", "Institute for Peace Studies"),
])
def test_a_name_then_where_they_work_without_a_comma_is_that_person(mention, typ, affiliation):
    body = f"{mention} said the deal was dangerous. Doe added that it would fail."
    first, later = resolve(body, [("the deal was dangerous", "said", mention), ("it would fail", "added", "Doe")])
    assert (first.name, first.named, first.kind, first.speaker_type) == ("Jane Doe", True, "person", typ)
    assert first.affiliation == affiliation
    assert (later.name, later.speaker_type) == ("Jane Doe", typ)


def test_an_organisation_or_a_title_before_of_is_not_read_as_a_name():
    body = "The Ministry of Foreign Affairs said the deal was dangerous."
    sp = one(body, "the deal was dangerous", "said", "The Ministry of Foreign Affairs")
    assert sp.name == "Ministry of Foreign Affairs" and sp.speaker_type == "government"
    body = "Former Secretary of State Mark Olsen said the deal was dangerous."
    sp = one(body, "the deal was dangerous", "said", "Former Secretary of State Mark Olsen")
    assert sp.name == "Mark Olsen"


def test_an_appositive_ends_at_its_stop_and_a_far_stop_gives_none():
    from analysis.extract import speakers as S
    body = "Ines Moreau, a researcher at the Lund Institute, said the levy was unfair."
    r = S._Resolver(doc_of(body), S.load_source_cues(), S.load_gazetteer(), [])
    assert r._appositive_at(body.index(",")) == "a researcher at the Lund Institute"
    # a paragraph of comma-separated names with no period: the next stop is far away, so no
    # appositive (it would have more than 25 words), and the scan stays linear in the paragraph
    long_body = "Ines Moreau, a friend of Anna, and " * 200 + "Jon Berg said it."
    r = S._Resolver(doc_of(long_body), S.load_source_cues(), S.load_gazetteer(), [])
    assert r._appositive_at(long_body.index(",")) == ""
    assert len(r.ctx.names) == 201


def test_it_reads_the_phrases_before_it_in_its_sentence_never_those_after():
    # the sentence's noun phrases are found once; each pronoun reads only those before it
    body = ("The statement came late on Monday, and it says the sides will help, "
            "and the charter was then published, and it adds that the talks are over.")
    first, second = resolve(body, [("the sides will help", "says", "it"),
                                   ("the talks are over", "adds", "it")])
    assert (first.name, first.kind) == ("the statement", "document")
    assert (second.name, second.kind) == ("the statement", "document")     # the latest speaker first
    (sp,) = resolve("On Monday, as expected, it says the sides will help, and the charter was then "
                    "published.", [("the sides will help", "says", "it")])
    assert sp.name == "Unknown"
