"""Loaded-term matching, voice, naming rules, rates and KWIC on small hand-made texts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analysis.corpus import Article
from analysis.text import parse_article
from analysis.measures import wording as w


def doc(body: str, outlet: str = "Wire", title: str = "t"):
    return parse_article(Article(outlet=outlet, title=title, date=dt.date(2024, 1, 1), body=body))


def terms(body: str, **kw) -> list[tuple[str, str]]:
    d = doc(body)
    return [(h.entry.term, h.matched_text) for h in w.find_terms(d, paraphrase_spans=[], **kw)]


# ----------------------------------------------------------------------------- matching

def test_multiword_and_inflections():
    assert terms("He called them rogue states.") == [("rogue state", "rogue states")]
    assert terms("The minister was lashing out at critics.") == [("lash out", "lashing out")]
    assert terms("They showed off the missile.") == [("show off", "showed off")]
    assert terms("Sanctions emboldened the mercenaries.") == [("embolden", "emboldened"),
                                                             ("mercenary", "mercenaries")]


def test_hyphen_space_closed_and_spelling_variants():
    assert terms("a war torn country") == [("war-torn", "war torn")]
    assert terms("a known war-monger and a warmonger") == [("warmonger", "war-monger"), ("warmonger", "warmonger")]
    assert terms("Troops neutralized the target.") == [("neutralise", "neutralized")]
    assert terms("Switzerland stayed neutral.") == []
    assert terms("U.S.-led hegemony") == [("hegemony", "hegemony")]


def test_strict_hyphen_does_not_match_clauses():
    assert terms("Sanctions-hit North Korea needs goods.") == [("sanctions-hit", "Sanctions-hit")]
    assert terms("The sanctions hit the economy and the war depleted reserves.") == []


def test_context_rules_for_technical_senses():
    assert terms("The UN sanctions regime and the non-proliferation regime held.") == []
    assert terms("The regime of sanctions held.") == []
    assert terms("The Kim regime fired a missile.") == [("regime", "regime")]
    assert terms("It launched three spy satellites.") == []
    assert terms("the United States and its satellites") == [("satellites", "satellites")]
    assert terms("He hails from Ohio and hailed the deal.", tiers=("core", "borderline")) == [("hailed", "hailed")]


def test_borderline_tier_is_opt_in():
    assert terms("A landmark pact.") == []
    assert terms("A landmark pact.", tiers=("core", "borderline")) == [("landmark", "landmark")]


def test_possessive_personalisation_and_no_double_counting():
    assert terms("support for Putin’s war with Ukraine") == [("Putin's war", "Putin’s war")]
    # the longer variant wins and the span is counted once
    assert terms("It could become a vassal state.") == [("vassal", "vassal state")]


def test_offsets_always_slice_the_body():
    body = "“The brazen, blatant nullification,” he said of the war-torn, cash-strapped vassal state."
    d = doc(body)
    hits = w.find_terms(d, paraphrase_spans=[])
    assert [h.matched_text for h in hits] == ["brazen", "blatant", "war-torn", "cash-strapped", "vassal state"]
    assert all(body[h.start:h.end] == h.matched_text for h in hits)


# ----------------------------------------------------------------------------- voice

def test_voice_quoted_paraphrase_narrator():
    body = ('Putin lashed out at “the imperialist policy of the United States.” '
            'A spokesman said the two rogue states were a threat. '
            'Both deny a swap, but the treaty could embolden them.')
    d = doc(body)
    spans = w.approximate_paraphrase_spans(d)
    got = {h.matched_text: h.voice for h in w.find_terms(d, paraphrase_spans=spans)}
    assert got == {"lashed out": "narrator", "imperialist": "quoted", "rogue states": "paraphrase",
                   "embolden": "narrator"}


def test_trailing_cue_makes_content_paraphrase():
    d = doc("The pact is a brazen provocation, he said.")
    spans = w.approximate_paraphrase_spans(d)
    assert {h.voice for h in w.find_terms(d, paraphrase_spans=spans)} == {"paraphrase"}


# ----------------------------------------------------------------------------- naming

def mentions(body: str) -> list[tuple[str, str, str]]:
    return [(m.actor.name, m.label, m.matched_text) for m in w.find_mentions(body)]


def test_longest_label_first_and_no_double_counting():
    got = mentions("North Korean leader Kim Jong Un met Vladimir Putin. Kim’s aide and the Kim-Putin summit.")
    assert got == [("Kim Jong Un", "North Korean leader Kim Jong Un", "North Korean leader Kim Jong Un"),
                   ("Vladimir Putin", "Vladimir Putin", "Vladimir Putin"),
                   ("Kim Jong Un", "Kim", "Kim"),
                   ("Kim Jong Un", "Kim", "Kim"), ("Vladimir Putin", "Putin", "Putin")]


def test_other_kims_are_not_kim_jong_un():
    body = ("By Jack Kim and Ju-min Park. Additional reporting by Cynthia Kim; editing by Kim Coghill. "
            "Dancers filled Kim Il Sung Square. Kim Yo Jong spoke. Later, Kim said nothing.")
    kims = [m for m in w.find_mentions(body) if m.actor.name == "Kim Jong Un"]
    assert [(m.label, m.start) for m in kims] == [("Kim", body.index("Kim said"))]


def test_titles_typos_and_brackets():
    body = "President Putin met North Korean leaderKim Jong Un. “Moscow and Kim Jong [Un] are allies,” he said. Mr. Kim left."
    got = [(a, l) for a, l, _ in mentions(body)]
    assert got == [("Vladimir Putin", "President Putin"), ("Kim Jong Un", "North Korean leader Kim Jong Un"),
                   ("Russia", "Moscow"), ("Kim Jong Un", "Kim Jong Un"), ("Kim Jong Un", "Mr Kim")]


def test_country_labels_respect_name_shape():
    body = "The North fired. The North Korean state media and the North Atlantic alliance. Seoul National University."
    assert mentions(body) == [("North Korea", "the North", "The North")]


def test_first_word_scanner_finds_what_a_longest_first_alternation_finds():
    import re
    words = ["us", "u.s.", "u.s", "united", "unit", "the", "then", "kim", "kim-jong"]
    flat = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(x) for x in sorted(words, key=len, reverse=True))
                      + r")(?!\w)", re.I)
    trie = re.compile(r"(?<!\w)(?:" + w._trie_pattern(words) + r")(?!\w)", re.I)
    text = "The U.S. and the US-led unit; THEN the United Nations, Kim-Jong Un, theme, U.S-made, units."
    got = [m.group(0) for m in trie.finditer(text)]
    assert got == [m.group(0) for m in flat.finditer(text)]
    assert got == ["The", "U.S.", "the", "US", "unit", "THEN", "the", "United", "Kim-Jong", "U.S"]


def test_naming_table_counts_per_article():
    d1, d2 = doc("Kim met Putin. Kim left. Mr Kim returned.", outlet="A"), doc("Kim Jong-un spoke.", outlet="B")
    t = w.naming_table([d1, d2])
    assert list(t.columns) == ["article_id", "outlet", "actor", "label", "count"]
    kim = t[t.actor == "Kim Jong Un"].set_index(["outlet", "label"])["count"].to_dict()
    assert kim == {("A", "Mr Kim"): 1, ("A", "Kim"): 2, ("B", "Kim Jong-un"): 1}


# ----------------------------------------------------------------------------- tables

def test_terms_table_columns_and_kwic_offsets():
    d = doc("First paragraph.\n\nThe brazen move angered the reclusive state.")
    t = w.terms_table([d])
    assert list(t.columns[:10]) == ["article_id", "outlet", "term", "matched_text", "category", "voice",
                                    "neutral_alternative", "start", "end", "sentence"]
    assert t["term"].tolist() == ["brazen", "reclusive"]
    assert t["sentence"].iloc[0] == "The brazen move angered the reclusive state."
    k = w.kwic_table(t, [d], width=10)
    assert k[["left", "match", "right"]].values.tolist() == [["The ", "brazen", " move ange"],
                                                             ["gered the ", "reclusive", " state."]]
    for r in k.itertuples():
        assert d.body[r.start:r.end] == r.match


def test_term_rates_zero_fill_and_per_thousand_words():
    a = doc("The brazen regime. " + "word " * 96, outlet="A")       # 99 words + 0
    b = doc("Nothing loaded here at all.", outlet="B")
    t = w.terms_table([a, b])
    r = w.term_rates(t, [a, b])
    assert len(r) == 6  # 2 outlets x 3 voices
    row = r[(r.outlet == "A") & (r.voice == "narrator")].iloc[0]
    assert row.hits == 2 and row.words == a.article.words
    assert row.rate == pytest.approx(2 * 1000 / a.article.words)
    assert r[r.outlet == "B"]["hits"].sum() == 0 and (r[r.outlet == "B"]["rate"] == 0).all()


def test_alternatives_table_counts_loaded_vs_neutral():
    a = doc("The regime said the government of Iran and the government of Iraq met.", outlet="A")
    b = doc("The government met.", outlet="B")
    t = w.alternatives_table([a, b])
    row = t[(t.outlet == "A") & (t.term == "regime")].iloc[0]
    assert (row.loaded, row.neutral) == (1, 2)
    row_b = t[(t.outlet == "B") & (t.term == "regime")].iloc[0]
    assert (row_b.loaded, row_b.neutral, row_b.loaded_share) == (0, 1, 0.0)


# ----------------------------------------------------------------------------- lexicon files

def test_packaged_lexicon_is_documented_and_general():
    lex = w.load_loaded_terms()
    assert len(lex) >= 150 or sum(1 + len(e.variants) for e in lex) >= 250
    assert all(e.source or e.rationale for e in lex)
    assert {"label", "speech_verb", "intensifier", "descriptor", "euphemism", "emotive"} <= {e.category for e in lex}


def test_user_lexicon_replace_and_extend(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("entries:\n  - {term: frenemy, category: label, neutral_alternative: [rival], rationale: test}\n")
    only = w.load_loaded_terms(f)
    assert [e.term for e in only] == ["frenemy"]
    both = w.load_loaded_terms(f, extend=True)
    assert "frenemy" in {e.term for e in both} and "rogue state" in {e.term for e in both}
    assert terms("a frenemy and a rogue state", lexicon=both) == [("frenemy", "frenemy"), ("rogue state", "rogue state")]


def test_bad_lexicon_names_file_and_line(tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text("entries:\n  - {term: ok, category: label, rationale: r}\n  - {term: x, tier: maybe}\n")
    with pytest.raises(w.LexiconError) as err:
        w.load_loaded_terms(f)
    msg = str(err.value)
    assert f"{f}:3" in msg and "category" in msg and "tier" in msg
    g = tmp_path / "broken.yaml"
    g.write_text("entries:\n  - {term: [unclosed\n")
    with pytest.raises(w.LexiconError, match=r"broken.yaml:\d+: invalid YAML"):
        w.load_loaded_terms(g)


def test_actors_file_format():
    actors = w.load_actors()
    kim = next(a for a in actors if a.name == "Kim Jong Un")
    assert kim.kind == "person" and kim.country == "North Korea" and "Kim" in kim.labels
    assert {"North Korea", "Russia", "United States", "NATO", "United Nations"} <= {a.name for a in actors}


def test_naming_words_are_data_with_a_rationale_per_section():
    import yaml as _yaml
    from analysis.measures.wording import naming_words
    words = naming_words()
    # YAML would read On/No/Yes as booleans: the file quotes them, so they stay words
    assert {"On", "No", "Yes"} <= words.function_words
    assert {"President", "Minister"} <= words.titles and {"Mr", "Dr"} <= words.title_abbreviations
    assert {"Monday", "Jan"} <= words.calendar
    raw = _yaml.safe_load((Path(__file__).resolve().parents[1] / "analysis/lexicons/naming_words.yaml").read_text())
    assert all(section.get("rationale") for section in raw.values())


def test_a_title_before_a_surname_keeps_the_mention_another_given_name_does_not():
    from analysis.measures.wording import find_mentions
    actors = {"actors": [{"name": "Kim Jong Un", "kind": "person", "labels": ["Kim"]}]}
    assert [m.matched_text for m in find_mentions("President Kim arrived.", actors=actors)] == ["Kim"]
    assert find_mentions("Jack Kim arrived.", actors=actors) == []
    assert [m.matched_text for m in find_mentions("Kim Monday said no.", actors=actors)] == ["Kim"]
