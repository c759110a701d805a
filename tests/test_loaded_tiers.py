"""Loaded language beyond the curated list: pattern and candidate tiers, exclusions, PTC scoring.

Every sentence here is written for the test.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import Article
from analysis.evaluate import ptc
from analysis.lexicons import LexiconError
from analysis.measures import wording as w
from analysis.text import parse_article

SHARED_PTC = Path(__file__).resolve().parents[2] / "shared" / "ptc" / "dev"


def doc(body: str):
    return parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))


def hits(body: str, **kw) -> list[tuple[str, str, str]]:
    """(matched text, term, tier) of every hit, default tiers."""
    return [(h.matched_text, h.entry.term, h.entry.tier) for h in w.find_terms(doc(body), **kw)]


def by_text(body: str, **kw) -> dict[str, tuple[str, str]]:
    return {m: (t, tier) for m, t, tier in hits(body, **kw)}


def test_possessive_template_counts_the_head_word_apart():
    got = by_text("The ministry dismissed Moscow's propaganda and their lies about the vote.")
    assert got["Moscow's propaganda"] == ("<possessive> propaganda", "pattern")
    assert got["their lies"] == ("<possessive> lies", "pattern")


def test_template_needs_its_frame():
    # the head noun alone is not a hit of the pattern tier
    assert not [h for h in hits("A museum of wartime propaganda opened in the city.") if h[2] == "pattern"]
    assert not [h for h in hits("Lies and statistics were the theme of the lecture.") if h[2] == "pattern"]


def test_curated_entry_wins_over_the_template():
    # "provocation" is curated (core): the possessive frame does not relabel it
    got = hits("Officials condemned its provocation near the border.")
    assert ("provocation", "provocation", "core") in got


def test_exclusion_holds_alone_but_not_in_the_possessive_or_bloc_frame():
    assert not [h for h in hits("The council discussed aggression under the charter.")
                if "aggression" in h[0].lower()]
    assert ("their aggression", "<possessive> aggression", "pattern") in hits(
        "Neighbours feared their aggression would continue.")
    assert ("Western aggression", "Western aggression", "pattern") in hits(
        "Neighbours feared Western aggression would continue.")


def test_covert_agency_template():
    assert ("orchestrated by", "orchestrated by", "pattern") in hits(
        "The protests were orchestrated by foreign agents, the broadcaster said.")
    assert not [h for h in hits("The orchestra played by the river.") if h[2] == "pattern"]


def test_istic_suffix_rule_with_its_exceptions():
    got = by_text("Critics called the plan imperialistic and militaristic. The realistic forecast cited "
                  "statistics and logistics.")
    assert got["imperialistic"] == ("imperialistic", "pattern")
    assert got["militaristic"] == ("militaristic", "pattern")
    assert not {"realistic", "statistics", "logistics"} & set(got)


def test_hyphenated_compound_rule_takes_any_first_noun():
    got = by_text("Aid reached the drought-stricken province, where cash-starved clinics serve a "
                  "scandal-plagued council.")
    assert got["drought-stricken"] == ("drought-stricken", "pattern")
    assert got["cash-starved"] == ("cash-starved", "pattern")
    assert got["scandal-plagued"] == ("scandal-plagued", "pattern")


def test_compound_rule_needs_a_hyphen_and_skips_its_exceptions():
    # a clause ("the storm ravaged"), a literal compound (cooking) and a listed exception
    assert not [h for h in hits("The storm ravaged the coast. The cafe served beer-battered fish "
                                "to the hard-hit town and the worst-hit suburb.") if h[2] == "pattern"]


def test_incitement_template_needs_its_strife_object():
    got = by_text("The ministry accused the envoy of stoking tensions and sowing discord, and said the "
                  "broadcasts fanned the flames.")
    assert got["stoking tensions"] == ("<incite_verb> tensions", "pattern")
    assert got["sowing discord"] == ("<incite_verb> discord", "pattern")
    assert got["fanned the flames"] == ("<incite_verb> the flames", "pattern")
    # the verbs alone, and the routine 'fuel tensions', are not counted
    assert not [h for h in hits("Farmers sow wheat in spring; an electric fan cooled the hall; "
                                "high prices fuel tensions.") if h[2] == "pattern"]


def test_hostile_intent_idioms_match_their_fixed_part():
    got = by_text("The minister threw his deputy under the bus and called the report a whitewash and a "
                  "smear campaign. Rivals pulled the strings.")
    assert got["under the bus"] == ("under the bus", "core")
    assert got["whitewash"][1] == "core" and got["smear campaign"][1] == "core"
    assert got["pulled the strings"] == ("pull the strings", "core")
    # 'a strong arm' (a literal arm), 'pulled strings' (used influence) are not the idioms
    assert not hits("The pitcher has a strong arm and pulled strings to get a tryout.")


def test_words_of_title_case_names_in_running_text_are_not_hits():
    body = ("He was charged under the Foreign Corrupt Practices Act and reviewed the book The Dictator Pope. "
            "The corrupt official praised the dictator.")
    got = [m for m, _, _ in hits(body)]
    assert got.count("corrupt") == 1 and got.count("dictator") == 1          # the lower-case uses only
    # a headline keeps its capitalised words, and so does a proper-noun term
    assert "Corrupt" in [m for m, _, _ in hits("Corrupt Officials Face New Charges In Capital")]
    assert "Stalinist" in [m for m, _, _ in hits("Critics attacked the North Korean Stalinist system.")]


def test_rogue_label_without_its_literal_senses():
    got = [m for m, _, _ in hits("Diplomats called it a rogue kingdom. A rogue wave hit the ferry and a rogue trader "
                                 "lost millions.")]
    assert got == ["rogue"]


def test_discrediting_verbs_and_rebuttal_labels():
    got = by_text("The spokesman said critics were hyping up the threat out of a Cold War mentality.")
    assert got["hyping up"][1] == "core"
    assert got["Cold War mentality"] == ("Cold War mentality", "core")


def test_compound_rules_with_fixed_first_parts_and_monger_forms():
    got = by_text("The blood-soaked campaign of a hot-headed, hate-filled leader drew fear-mongering "
                  "and hatemongering from rivals.")
    assert got["blood-soaked"] == ("blood-soaked", "pattern")
    assert got["hot-headed"] == ("hot-headed", "pattern")
    assert got["hate-filled"] == ("hate-filled", "pattern")        # 'filled' is keyed 'filed' (spelling folds)
    assert got["fear-mongering"] == ("fear-mongering", "pattern")
    assert got["hatemongering"] == ("hatemongering", "pattern")
    # other first parts describe; trades are not loaded
    assert not [h for h in hits("Rain-soaked, like-minded and red-headed volunteers met the fishmonger and a "
                                "fish-monger near a water-filled tank.") if h[2] == "pattern"]


def test_axis_labels_but_not_the_geometric_axis():
    got = by_text("Analysts described a new anti-Western axis, an axis of autocrats, along the axis of rotation.")
    assert got["anti-Western axis"][1] == "core" and got["axis of autocrats"][1] == "core"
    assert "axis of rotation" not in got and "axis" not in got


def test_curated_compound_stays_curated():
    assert ("Sanctions-hit", "sanctions-hit", "core") in hits("Sanctions-hit economies traded more oil.")


def test_candidates_only_in_the_narrator_voice():
    body = ('The miserable decision shocked the town. "It was a miserable decision," the mayor said.')
    got = [(m, tier, h_voice) for m, tier, h_voice in
           ((h.matched_text, h.entry.tier, h.voice) for h in w.find_terms(doc(body)))]
    assert ("miserable", "candidate", "narrator") in got
    assert not [g for g in got if g[2] == "quoted"]


def test_candidate_carries_its_source_and_plain_degree_words_are_not_candidates():
    d = doc("The thoroughly miserable vote was very close and the result was clear.")
    rows = w.article_terms(d)
    cand = {r["matched_text"]: r for r in rows if r["tier"] == "candidate"}
    assert "very" not in cand and "close" not in cand
    assert "thoroughly" in cand and cand["thoroughly"]["category"] == "intensifier"
    assert "VADER" in cand["thoroughly"]["source"]


def test_adverb_candidate_counts_only_when_it_modifies_an_adjective():
    rows = w.article_terms(doc("The lecture was painfully long. The minister desperately wants a deal."))
    cand = [r["matched_text"] for r in rows if r["tier"] == "candidate"]
    assert "painfully" in cand and "desperately" not in cand


def test_comparatives_and_superlatives_are_not_candidates(tmp_path):
    body = "It was the worst flood in decades and worse than the last one, a miserable week."
    cand = [m for m, _, tier in hits(body) if tier == "candidate"]
    assert cand == ["miserable"]
    f = tmp_path / "mine.yaml"
    f.write_text("candidates: {degree_forms: true}\nentries:\n  - {term: regime, category: label, rationale: t}\n")
    assert {"worst", "worse"} <= {m for m, _, tier in hits(body, lexicon=f) if tier == "candidate"}


def test_adverb_gate_can_be_turned_off(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text("candidates: {adverbs_before: []}\nentries:\n  - {term: regime, category: label, rationale: t}\n")
    got = hits("The minister desperately wants a deal.", lexicon=f)
    assert ("desperately", "desperately", "candidate") in got


def test_rates_count_curated_tiers_and_can_show_candidates_apart():
    d = doc("The miserable regime lied. The regime fell.")
    terms = w.terms_from_rows(w.article_terms(d))
    assert set(terms["tier"]) == {"core", "candidate"}
    arts = pd.DataFrame({"article_id": [d.id], "outlet": ["Wire"], "words": [7]})
    curated = w.term_rates(terms, arts)
    assert curated["hits"].sum() == 2
    by_tier = w.term_rates(terms, arts, by=("outlet", "tier"), tiers=None)
    assert dict(zip(by_tier["tier"], by_tier["hits"])) == {"core": 2, "candidate": 1}


def test_candidates_can_be_turned_off_and_rules_come_from_a_user_file(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text(
        "candidates: false\n"
        "classes:\n  verdict: {words: [ploy, charade], rationale: written for the test}\n"
        "templates:\n  - {pattern: 'a cynical <verdict>', category: emotive, rationale: test}\n"
        "entries:\n  - {term: regime, category: label, rationale: test}\n")
    got = hits("It was a cynical ploy by the regime, and a miserable one.", lexicon=f)
    assert ("a cynical ploy", "a cynical ploy", "pattern") in got
    assert not [h for h in got if h[2] == "candidate"]


@pytest.mark.parametrize("text, message", [
    ("templates:\n  - {pattern: '<nope> x', category: label, rationale: t}\n", "unknown class(es) nope"),
    ("suffixes:\n  - {suffix: 'i(st)+c', category: label, rationale: t}\n", "suffix rule 1"),
    ("candidates: {min_valence: 9}\n", "min_valence"),
    ("compounds:\n  - {heads: [hit], rationale: t}\n", "compound rule 1"),
    ("compounds:\n  - {heads: [hit], only: 3, category: label, rationale: t}\n", "compound rule 1"),
])
def test_bad_rules_name_file_and_line(tmp_path, text, message):
    f = tmp_path / "bad.yaml"
    f.write_text("entries:\n  - {term: x, category: label, rationale: t}\n" + text)
    with pytest.raises(LexiconError) as err:
        w.load_loaded_terms(f)
    assert message in str(err.value) and "bad.yaml" in str(err.value)


# ---------------------------------------------------------------- PTC scoring

def _ptc_folder(tmp_path: Path) -> Path:
    text = "A headline\n\nThe evil plan failed. Reporters called it a plan.\n"
    (tmp_path / "articles").mkdir()
    (tmp_path / "labels").mkdir()
    (tmp_path / "articles" / "article1.txt").write_text(text)
    start = text.index("evil plan")
    rows = [("1", "Loaded_Language", start, start + len("evil plan")),
            ("1", "Doubt", text.index("Reporters"), len(text) - 1),
            ("1", "Name_Calling,Labeling", text.index("headline"), text.index("headline") + 8)]
    (tmp_path / "labels" / "article1.labels").write_text("".join(f"{a}\t{b}\t{c}\t{d}\n" for a, b, c, d in rows))
    return tmp_path


def test_ptc_scores_inside_or_containing_matches(tmp_path):
    articles, problems = ptc.load_ptc(_ptc_folder(tmp_path))
    assert not problems and len(articles) == 1
    text = articles[0].text
    report = ptc.PtcReport()
    flagged = [("evil", text.index("evil")), ("plan", text.rindex("plan")), ("The", 0 + text.index("The"))]
    rows = [{"start": s, "end": s + len(t), "term": t, "tier": "core", "category": "label"} for t, s in flagged]
    ptc.score_article(articles[0], rows, report)
    # "evil" lies inside the Loaded_Language span; the second "plan" only inside Doubt; "The" in none
    assert (report.flagged, report.flagged_in_target, report.flagged_in_any) == (3, 1, 2)
    assert (report.target_spans, report.found_spans) == (2, 1)
    assert report.recall == 0.5 and report.precision == 0.333 and report.precision_any == 0.667
    assert [m["text"] for m in report.misses] == ["headline"]


def test_ptc_precision_by_voice_and_tier(tmp_path):
    articles, _ = ptc.load_ptc(_ptc_folder(tmp_path))
    text = articles[0].text
    report = ptc.PtcReport()
    rows = [{"start": text.index("evil"), "end": text.index("evil") + 4, "term": "evil", "tier": "core",
             "voice": "narrator"},
            {"start": text.rindex("plan"), "end": text.rindex("plan") + 4, "term": "plan", "tier": "general",
             "voice": "paraphrase"}]
    ptc.score_article(articles[0], rows, report)
    d = report.as_dict()
    assert d["by_voice"]["narrator"]["precision"] == 1.0 and d["by_voice"]["paraphrase"]["precision"] == 0.0
    assert d["by_voice"]["paraphrase"]["precision_any"] == 1.0      # inside the Doubt span
    assert set(d["by_tier_voice"]) == {"core/narrator", "general/paraphrase"}


def test_ptc_bad_label_line_is_named(tmp_path):
    folder = _ptc_folder(tmp_path)
    with open(folder / "labels" / "article1.labels", "a") as fh:
        fh.write("1\tLoaded_Language\t5\n")
    _, problems = ptc.load_ptc(folder)
    assert len(problems) == 1 and problems[0].line == 4 and "article1.labels" in problems[0].path


@pytest.mark.skipif(not SHARED_PTC.is_dir(), reason="../shared/ptc not present")
def test_ptc_dev_scores_do_not_fall_back():
    articles, _ = ptc.load_ptc(SHARED_PTC, limit=60)
    report = ptc.evaluate_ptc(articles, tiers=w.CURATED_TIERS)
    assert report.target_spans > 300
    assert report.recall >= 0.1 and report.precision >= 0.2
