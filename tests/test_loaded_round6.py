"""Round 6 of the loaded-terms lexicon: guards for literal, technical and historical senses,
sentence disjuncts, and the candidate tier's voices.  Every sentence is invented for these tests."""

from __future__ import annotations

import pytest

from analysis.lexicons import LexiconError
from analysis.measures import wording as w

from _loaded_helpers import hits, terms


# --------------------------------------------------------------------------- literal and technical senses

@pytest.mark.parametrize("body", [
    # 'terrorist organization/group' in a sentence about a designation
    "The ministry designated the Valley Front a terrorist organization in May.",
    "Freedonia proscribed the band as a terrorist group last year.",
    "The band was listed as a terrorist organisation in 2019.",
    "The Valley Front is a foreign terrorist organization, the ministry says.",
    # the other legal-status and inquiry nouns
    "The band was put on the terrorist list last year.",
    "The ministry updates its terrorist lists every month.",
    "The formerly terrorist-classified band held a rally.",
    "Police found no terrorist connection to the warehouse fire.",
    "Police suspect a terrorist link to the fire.",
    "Police found no terrorist links to the fire.",
    "Detectives traced a terrorist nexus behind the fraud.",
    "The court lifted the terrorist designation of the charity.",
    "Both terrorist designations were lifted by the court.",
])
def test_terrorist_as_a_legal_status_or_line_of_inquiry_is_no_label(body):
    assert "terrorist" not in terms(body)


@pytest.mark.parametrize("body", [
    "The columnist called the strikers terrorists on Monday.",
    "A terrorist stabbed two guards, the blog wrote.",
    # 'organization' alone, with no designation in the sentence
    "The terrorist organization claimed the bombing on Monday.",
    "The columnist called the union a terrorist organisation.",
    "The Valley Front is a terrorist organization of thugs.",
])
def test_terrorist_as_a_label_still_counts(body):
    assert "terrorist" in terms(body)


@pytest.mark.parametrize("body", [
    "The senator has long called for regime change in Freedonia.",
    "The papers describe a regime-change operation planned in 1961.",
])
def test_regime_change_is_the_fixed_policy_term(body):
    assert "regime" not in terms(body)


@pytest.mark.parametrize("body", [
    "The regime jailed three reporters.",
    "The regime changes its excuses every week.",      # the verb 'changes', not the policy term
    "The regime changed its excuses every week.",
])
def test_regime_alone_still_counts(body):
    assert terms(body) == ["regime"]


@pytest.mark.parametrize("body", [
    # 'the' with a historical anchor in the sentence: a year up to 1945, a name, an event, the war
    "Farmers hid their neighbours from the Nazis in 1943.",
    "In 1938 the Nazi state seized the printing presses.",
    "Hitler and the Nazis seized the printing presses.",
    "The town was handed to the Nazis during the Second World War.",
    "Wartime letters describe the Nazis in the valley.",
    # talk about the label
    "The essay warns against facile Nazi analogies.",
    "He explained why the term Nazi is no compliment.",
    "The mayor rejected the Nazi comparison at once.",
    "The council condemned the Nazi slur on its website.",
])
def test_nazi_as_the_historical_party_or_talk_about_the_label_is_no_label(body):
    assert "Nazi" not in terms(body)


@pytest.mark.parametrize("body, expected", [
    ("The blogger called the councillors little Nazis.", "Nazi"),
    ("Critics said the mayor was enabling Nazis.", "Nazi"),
    ("The neo-Nazis marched through the square.", "neo-Nazi"),
    # 'the' without a historical anchor: the label
    ("The columnist said the Nazis in the White House must go.", "Nazi"),
    ("The blogger called the councillors the Nazis of our age.", "Nazi"),
    # a state called Nazi now
    ("The envoy said Freedonia is a Nazi state run by clowns.", "Nazi"),
    ("The envoy said Freedonia had become a Nazi state.", "Nazi"),
    ("The columnist called them the neo-Nazis of the council.", "neo-Nazi"),
    ("The columnist said there are Nazis in the White House.", "Nazi"),
    ("The columnist called them neo Nazis.", "neo-Nazi"),
])
def test_nazi_as_a_label_still_counts(body, expected):
    assert expected in terms(body)


@pytest.mark.parametrize("body", [
    "The course asks students to speak of good and evil.",
    "The course weighs evil and good in equal measure.",
    "Nobody could say whether the act was good or evil.",
    "The sermon told listeners to overcome evil with good.",
    "The pastor read: “Be not overcome of evil, but overcome evil with good.”",
    "The villagers hung charms against the evil eye.",
    "In the film the detective meets his evil twin.",
])
def test_evil_in_moral_discourse_and_fixed_compounds_is_no_verdict(body):
    assert "evil" not in terms(body)


@pytest.mark.parametrize("body", [
    "The columnist called the tax an evil scheme.",
    "The army will overcome evil men who rule the valley.",     # not the proverb
    "This evil regime jailed three reporters.",
])
def test_evil_as_a_verdict_still_counts(body):
    assert "evil" in terms(body)


def test_context_exclude_is_an_entry_key_read_from_a_user_file(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("entries:\n"
                 "  - {term: rebel, category: label, source: test,\n"
                 "     context_exclude: {before: [the], after: [army], anchors: [civil war], years: [1861, 1865]}}\n",
                 encoding="utf-8")
    lex = w.load_loaded_terms(f)
    one = dict(lexicon=lex, tiers=("core",))
    assert terms("The rebels took the fort in 1862.", **one) == []
    assert terms("The rebel army crossed the river in the civil war.", **one) == []
    assert terms("The rebels took the fort in 1990.", **one) == ["rebel"]        # no anchor
    assert terms("Some rebels took the fort in 1862.", **one) == ["rebel"]       # no 'the'
    assert terms("The rebel army crossed the river.", **one) == ["rebel"]


@pytest.mark.parametrize("value, message", [
    ("{before: [the]}", "'context_exclude' must be a mapping"),                  # no anchor
    ("{before: [the], years: [1945]}", "'context_exclude' must be a mapping"),
    ("{before: [the], anchors: [war], near: [x]}", "unknown key(s) near"),
    ("[the]", "'context_exclude' must be a mapping"),
])
def test_a_bad_context_exclude_names_file_and_line(tmp_path, value, message):
    bad = tmp_path / "bad.yaml"
    bad.write_text("entries:\n  - {term: dully, category: intensifier, source: test}\n"
                   f"  - {{term: rebel, category: label, source: test, context_exclude: {value}}}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        w.load_loaded_terms(bad)
    assert "bad.yaml:3: entry 2 ('rebel'): " in str(err.value) and message in str(err.value)


# --------------------------------------------------------------------------- sentence disjuncts

@pytest.mark.parametrize("body", [
    "Incredibly, nobody came to the hearing.",
    "The mayor spoke first. Shockingly, the clerk left the room.",
    "“Incredibly, the bridge stays closed,” the engineer said.",
])
def test_a_sentence_opening_ly_adverb_set_off_by_a_comma_is_a_disjunct_not_counted(body):
    assert terms(body) == []


@pytest.mark.parametrize("body, expected", [
    ("The plan was incredibly stupid.", "incredibly"),
    ("The plan was, incredibly, approved by the board.", "incredibly"),
    ("Incredibly stupid plans were tabled.", "incredibly"),
    ("Shockingly incompetent, the minister resigned.", "shockingly"),   # a degree word, no comma after it
    ("Sadly, the talks ended without a deal.", "sadly"),      # a stance adverb, no amplifier
])
def test_amplifiers_inside_the_sentence_and_stance_entries_still_count(body, expected):
    assert expected in [m.lower() for _, m in hits(body)]


@pytest.mark.parametrize("body, expected", [
    # -ly adverbs of entries that are not degree amplifiers: the writer's verdict, counted
    ("Tragically, the minister lied to the families again.", ("tragic", "Tragically")),
    ("Shamefully, the council ignored the flood victims.", ("shamefully", "Shamefully")),
    ("Laughably, the ministry called the report balanced.", ("laughable", "Laughably")),
    # -ly adjectives opening a sentence
    ("Cowardly, brutal and senseless, the attack killed nine.", ("cowardly", "Cowardly")),
    ("Ugly, divisive slogans covered the walls.", ("ugly", "Ugly")),
])
def test_a_sentence_opening_ly_word_of_an_entry_that_is_no_amplifier_still_counts(body, expected):
    assert expected in hits(body)


def test_amplifier_is_an_entry_key_read_from_a_user_file(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("entries:\n"
                 "  - {term: oddly, category: intensifier, source: test}\n"
                 "  - {term: weirdly, category: intensifier, source: test, amplifier: true}\n", encoding="utf-8")
    lex = w.load_loaded_terms(f)
    assert terms("Oddly, the vote passed.", lexicon=lex, tiers=("core",)) == ["oddly"]
    assert terms("Weirdly, the vote passed.", lexicon=lex, tiers=("core",)) == []
    assert terms("The vote was weirdly quiet.", lexicon=lex, tiers=("core",)) == ["weirdly"]


@pytest.mark.parametrize("line, message", [
    ("amplifier: yes please", "'amplifier' must be true or false"),
    ("disjunct: true", "unknown key 'disjunct'"),          # the key of the first version, replaced
])
def test_a_bad_amplifier_value_or_the_old_key_names_file_and_line(tmp_path, line, message):
    bad = tmp_path / "bad.yaml"
    bad.write_text("entries:\n  - {term: dully, category: intensifier, source: test}\n"
                   f"  - {{term: oddly, category: intensifier, source: test, {line}}}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        w.load_loaded_terms(bad)
    assert f"bad.yaml:3: entry 2 ('oddly'): {message}" in str(err.value)


def test_the_packaged_amplifier_entries_are_the_degree_word_families():
    marked = {e.term for e in w.load_loaded_terms().entries if e.amplifier and not e.derivation}
    assert marked == {"extremely", "shocking"}


# --------------------------------------------------------------------------- titles opening a sentence or quotation

@pytest.mark.parametrize("body", [
    # the word after the hit is a common noun of the document (written lower case elsewhere)
    "The Dictator Mayor even claims the river as his own, the reviewer wrote of the mayor.",
    "Ann Roe wrote in her book, “The Dictator Mayor,” that the mayor obeyed nobody.",
    # or the document writes the same title with a capital 'The' inside a sentence
    "The Dictator Mayor even claims the river. Ann Roe tells it in The Dictator Mayor again.",
])
def test_a_title_case_title_opened_by_a_sentence_initial_determiner_is_no_hit(body):
    assert "dictator" not in terms(body)


@pytest.mark.parametrize("body", [
    "The dictator jailed the mayor.",
    "The Dictator jailed the mayor.",
    "Ann Roe called him “a dictator” in her book.",
    # a name after the hit, not a common noun of the document
    "The Dictator Ruiz jailed the mayor.",
    "“The Tyrant Roe must go,” the crowd chanted.",
    # an opener that is no determiner
    "Under Dictator Roe, the town starved.",
    "Crooked Dictator Roe jailed the mayor.",
    # 'I' is no capitalised title word
    "The Dictator I met jailed the mayor.",
    "A Dictator Ruiz rules the valley.",
    # inside the sentence, after a lower-case word
    "The columnist called Roe a Dictator.",
])
def test_the_word_alone_or_before_a_name_after_a_sentence_opening_capital_still_counts(body):
    assert {"dictator", "tyrant"} & set(terms(body))


@pytest.mark.parametrize("body", [
    "The Traitor-in-Chief spoke again on Monday.",      # a hyphenated nickname: no word after it
    "The traitor-in-chief spoke again on Monday.",
])
def test_a_capitalised_hyphenated_nickname_after_the_opening_the_still_counts(body):
    assert terms(body) == ["traitor"]


# --------------------------------------------------------------------------- candidate tier: voices on the PTC curve

def test_the_ptc_curve_can_count_candidates_in_quoted_voice_too():
    from analysis.evaluate.ptc import GoldSpan, PtcArticle, candidate_curve

    text = "Council vote\n\nThe plan was gloomy and dreary.\n\n“The plan is gloomy and dreary,” the mayor said.\n"
    phrase = "gloomy and dreary"
    spans = tuple(GoldSpan("Loaded_Language", a, a + len(phrase))
                  for a in (text.index(phrase), text.rindex(phrase)))
    art = PtcArticle("1", text, spans)
    kw = dict(min_valences=(1.0,), polarities=("negative",), boosters=(False,))
    narrator = candidate_curve([art], **kw)
    every = candidate_curve([art], voices=("narrator", "quoted", "paraphrase"), **kw)
    assert [r["flagged"] for r in narrator] == [0, 1]           # the packaged setting: narrator only
    assert [r["flagged"] for r in every] == [0, 2]              # and the same word in the quotation
    assert (narrator[1]["recall"], every[1]["recall"]) == (0.5, 1.0)
    assert narrator[1]["precision"] == every[1]["precision"] == 1.0


@pytest.mark.parametrize("voices, message", [
    ("narrator", "non-empty list"),                          # a bare string would be split into letters
    (("narrator", "quotd"), "unknown voice"),                 # a typo
    ((), "non-empty list"),
    (42, "non-empty list"),
])
def test_the_ptc_curve_refuses_voices_outside_the_enum(voices, message):
    from analysis.evaluate.ptc import PtcArticle, candidate_curve

    with pytest.raises(ValueError, match=message):
        candidate_curve([PtcArticle("1", "Council vote\n\nThe plan was dreary.\n", ())], voices=voices)


def _ptc_folder(root):
    text = "Council vote\n\nThe plan was gloomy and dreary.\n\n“The plan is gloomy and dreary,” the mayor said.\n"
    phrase = "gloomy and dreary"
    (root / "articles").mkdir()
    (root / "labels").mkdir()
    (root / "articles" / "article1.txt").write_text(text, encoding="utf-8")
    (root / "labels" / "article1.labels").write_text(
        "".join(f"1\tLoaded_Language\t{a}\t{a + len(phrase)}\n" for a in (text.index(phrase), text.rindex(phrase))),
        encoding="utf-8")
    return root


def test_the_ptc_curve_cli_passes_its_voices_and_checks_them_against_the_enum(tmp_path, capsys):
    from analysis.evaluate import ptc

    folder = str(_ptc_folder(tmp_path))
    assert ptc.main(["curve", folder]) == 0
    narrator = capsys.readouterr().out
    assert ptc.main(["curve", folder, "--voices", "narrator", "quoted", "paraphrase"]) == 0
    every = capsys.readouterr().out

    def flagged(out: str) -> dict[str, int]:
        return {line.rsplit(None, 5)[0]: int(line.split()[-1]) for line in out.splitlines()[1:]}

    one, all_voices = flagged(narrator), flagged(every)
    assert one.keys() == all_voices.keys() and one["no candidates"] == all_voices["no candidates"]
    # the quoted copy of a candidate word is flagged too, in every setting that has it
    assert all(all_voices[k] == 2 * one[k] for k in one) and any(one[k] for k in one)
    with pytest.raises(SystemExit):
        ptc.main(["curve", folder, "--voices", "narator"])
    assert "invalid choice" in capsys.readouterr().err
