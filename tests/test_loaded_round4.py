"""Loaded language, round 4: general rules measured on PTC dev (hostility compounds, literal-sense
guards, the evaluator's boilerplate option).  Every sentence here is written for the test."""

from __future__ import annotations

import datetime as dt

from analysis.corpus import Article
from analysis.measures import wording as w
from analysis.text import parse_article


def doc(body: str):
    return parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))


def by_text(body: str, **kw) -> dict[str, tuple[str, str]]:
    return {h.matched_text: (h.entry.term, h.entry.tier) for h in w.find_terms(doc(body), **kw)}


def test_hostility_compounds_are_labels_whatever_their_object():
    got = by_text("The band-hating critics and the tax-bashing mayor traded barbs with the club-baiters.")
    assert got["band-hating"] == ("band-hating", "pattern")
    assert got["tax-bashing"] == ("tax-bashing", "pattern")
    assert got["club-baiters"] == ("club-baiters", "pattern")
    assert w.find_terms(doc("The band-hating critics left."))[0].entry.category == "label"


def test_hostility_compound_needs_the_hyphen_and_skips_self():
    assert "self-loathing" not in by_text("He wrote about his self-loathing in a memoir.")
    assert "self-hating" not in by_text("The novel's self-hating hero returns.")
    # a clause, not a compound
    assert not [m for m in by_text("Critics hating the band left early.") if "hating" in m]


def _ptc_article(ident: str, text: str, spans=()):
    from analysis.evaluate import ptc
    return ptc.PtcArticle(ident, text, tuple(ptc.GoldSpan(t, a, b) for t, a, b in spans))


def test_boilerplate_lines_are_lines_shared_by_enough_articles():
    from analysis.evaluate import ptc
    poll = "Do you think the council is a corrupt and crazy bunch?"
    arts = [_ptc_article(str(i), f"Title {i}\n\nThe mayor opened bridge number {i}.\n{poll}\nShort.\n")
            for i in range(4)]
    assert ptc.boilerplate_lines(arts, min_articles=4) == frozenset({poll})
    assert ptc.boilerplate_lines(arts, min_articles=5) == frozenset()     # 'Short.' is under 20 characters anyway


def test_evaluation_skips_terms_on_boilerplate_lines_only_when_asked():
    from analysis.evaluate import ptc
    poll = "Do you think the council is a corrupt and crazy bunch?"
    arts = []
    for i in range(3):
        body = f"Title {i}\n\nMayor {i} called the plan absurd nonsense.\n{poll}\n"
        at = body.index("absurd")
        arts.append(_ptc_article(str(i), body, [("Loaded_Language", at, at + len("absurd nonsense"))]))
    plain = ptc.evaluate_ptc(arts, tiers=("core", "general", "pattern"))
    skipped = ptc.evaluate_ptc(arts, tiers=("core", "general", "pattern"), skip_boilerplate=3)
    assert plain.recall == skipped.recall == 1.0
    assert plain.flagged > skipped.flagged and skipped.flagged_in_target == skipped.flagged
    assert skipped.precision == 1.0 and plain.precision < 1.0
    assert skipped.info["boilerplate"] == {"min_articles": 3, "lines": 1,
                                           "flagged_terms_skipped": plain.flagged - skipped.flagged}


def test_plague_as_the_disease_is_not_loaded_but_the_figure_is():
    terms = lambda body: [h.entry.term for h in w.find_terms(doc(body), tiers=("general",))]
    assert terms("Officials counted new cases of plague and a plague outbreak in the port.") == []
    assert terms("The black plague killed a third of the town; doctors treated patients infected with plague.") == []
    assert terms("A plague of new rules has descended on the market.") == ["plague"]
    assert terms("The club has been plagued by infighting.") == ["plague"]


def test_plague_after_of_is_the_disease_only_after_a_case_word_or_die():
    terms = lambda body: [h.entry.term for h in w.find_terms(doc(body), tiers=("general",))]
    assert terms("The council called the new tax a kind of plague on the city.") == ["plague"]
    assert terms("The scandal became a sort of plague for the party.") == ["plague"]
    assert terms("Two herders died of plague; a strain of plague was found in rats.") == []
    assert terms("Doctors reported an outbreak of plague in the valley.") == []


def test_evaluate_ptc_refuses_a_boilerplate_count_of_one_or_below_zero():
    import pytest
    from analysis.evaluate import ptc
    arts = [_ptc_article("1", "Title\n\nThe plan was absurd.\n")]
    for bad in (1, -1, -5):
        with pytest.raises(ValueError, match=r"skip_boilerplate needs N >= 2"):
            ptc.evaluate_ptc(arts, skip_boilerplate=bad)
    assert ptc.evaluate_ptc(arts, skip_boilerplate=0).flagged == ptc.evaluate_ptc(arts, skip_boilerplate=2).flagged


def test_candidate_curve_rows_equal_runs_with_those_settings():
    from analysis.evaluate import ptc
    body = "Title\n\nThe burdensome plan was thoroughly miserable.\n"
    at = body.index("miserable")
    arts = [_ptc_article("1", body, [("Loaded_Language", at, at + len("miserable"))])]
    rows = {r["setting"]: r for r in ptc.candidate_curve(arts, min_valences=(1.5, 2.0), polarities=("negative",),
                                                         boosters=(True, False))}
    default = ptc.evaluate_ptc(arts)           # the packaged setting: 1.5, negative, boosters
    cur = rows["min_valence 1.5 polarity negative boosters true"]
    assert (cur["flagged"], cur["precision"], cur["recall"]) == (default.flagged, default.precision, default.recall)
    assert cur["flagged"] == rows["no candidates"]["flagged"] + 3         # burdensome, thoroughly, miserable
    assert rows["min_valence 2.0 polarity negative boosters true"]["flagged"] == cur["flagged"] - 1   # burdensome: |valence| < 2
    assert rows["min_valence 1.5 polarity negative boosters false"]["flagged"] == cur["flagged"] - 1  # thoroughly
    assert rows["no candidates"]["recall"] == 0.0 and cur["recall"] == 1.0


def test_no_hand_picked_hate_compound_template():
    # review R1: the "hate <noun>" template's nouns were a closed list picked with PTC dev hits in
    # view and no published class, so it was removed; "hate" + a noun is no pattern-tier phrase
    got = by_text("Activists called the club a hate group and its forum one of the hate sites.")
    assert not [m for m, (_, tier) in got.items() if tier == "pattern"]
    assert not [m for m in got if m.lower() in ("hate group", "hate sites")]
    body = "Police recorded a hate crime, and the bill on hate speech passed."
    assert not [m for m in by_text(body) if "hate" in m.lower()]


def test_eval_ptc_command_reports_the_skipped_site_furniture(tmp_path, capsys):
    import argparse
    from analysis.evaluate import ptc
    (tmp_path / "articles").mkdir()
    (tmp_path / "labels").mkdir()
    poll = "Do you think the council is a corrupt and crazy bunch?"
    for i in range(3):
        body = f"Title {i}\n\nMayor {i} called the plan absurd nonsense.\n{poll}\n"
        at = body.index("absurd")
        (tmp_path / "articles" / f"article{i}.txt").write_text(body, encoding="utf-8")
        (tmp_path / "labels" / f"article{i}.labels").write_text(f"{i}\tLoaded_Language\t{at}\t{at + 6}\n",
                                                                 encoding="utf-8")
    args = argparse.Namespace(path=str(tmp_path), tiers=["core", "general", "pattern"], skip_boilerplate=3)
    assert ptc.run_eval_ptc(args) == 0
    out = capsys.readouterr().out
    assert "site furniture: 1 lines found in >= 3 articles; 6 flagged terms on them not scored" in out
    assert ptc.run_eval_ptc(argparse.Namespace(path=str(tmp_path), skip_boilerplate=1)) == 2


def test_maximiser_before_a_negative_is_emphasis_not_loaded():
    terms = lambda body: [h.matched_text for h in w.find_terms(doc(body), tiers=("general",))]
    assert terms("The firm had absolutely no contact with him and knew utterly nothing.") == []
    assert terms("Absolutely nobody came, and she went utterly nowhere.") == []   # only nobody / nowhere exclude these
    assert terms("Absolutely nobodies came.") == ["Absolutely"]                    # a noun, not the negative
    assert terms("The claim is absolutely false and utterly unworkable.") == ["absolutely", "utterly"]
