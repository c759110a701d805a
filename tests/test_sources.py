"""Speaker resolution, source types and the quotes/sources/prominence tables."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus import Article
from analysis.evaluate.speakers import locate_gold, score_speakers, speaker_matches
from analysis.extract.speakers import resolve_speakers
from analysis.measures.sources import (
    PROMINENCE_COLUMNS, QUOTES_COLUMNS, SOURCES_COLUMNS, article_quotes, prominence_table, quotes_from_rows,
    quotes_table, sources_table,
)
from analysis.text import parse_article

DATA = Path(__file__).parent / "data"
GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seeds"
needs_gold = pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/gold/seeds not present")

ACTORS = [
    {"name": "Kim Jong Un", "kind": "person", "speaker_type": "principal",
     "affiliation": "North Korean government", "country": "North Korea",
     "labels": ["Kim Jong Un", "Kim Jong-un", "Mr Kim", "Kim"]},
    {"name": "Vladimir Putin", "kind": "person", "speaker_type": "principal",
     "affiliation": "Russian government", "country": "Russia", "labels": ["Vladimir Putin", "Putin"]},
]


def make_doc(body: str, outlet: str = "Test", title: str = "t"):
    return parse_article(Article(outlet, title, dt.date(2024, 6, 20), body))


def resolve(body: str, quotes: list[tuple[str, str, str]], *, actors=ACTORS):
    """quotes: (text, cue, mention) located in body in order."""
    doc = make_doc(body)
    attrs = locate_gold(doc, [{"text": t, "cue": c, "speaker_mention": m, "kind": "indirect"}
                              for t, c, m in quotes])
    assert all(a is not None for a in attrs)
    return resolve_speakers(doc, attrs, actors=actors)


# --------------------------------------------------------------------------- names

def test_surname_expands_to_full_name_in_either_order():
    body = ("“It is an alliance,” says Artyom Lukin, a political scientist at Far Eastern Federal "
            "University in Vladivostok, Russia.\n\n"
            "“Risky,” says Chang Yong Seok, a researcher at Seoul National University’s Institute for "
            "Peace and Unification Studies.\n\n"
            "Lukin argues that it was planned.\n\nChang says that it could escalate.")
    sp = resolve(body, [("It is an alliance,", "says", "Artyom Lukin, a political scientist at Far Eastern "
                         "Federal University in Vladivostok, Russia"),
                        ("Risky,", "says", "Chang Yong Seok, a researcher at Seoul National University’s "
                         "Institute for Peace and Unification Studies"),
                        ("it was planned", "argues", "Lukin"), ("it could escalate", "says", "Chang")])
    assert [s.name for s in sp] == ["Artyom Lukin", "Chang Yong Seok", "Artyom Lukin", "Chang Yong Seok"]
    assert sp[0].affiliation == "Far Eastern Federal University" and sp[0].country == "Russia"
    assert sp[0].speaker_type == "expert_academic" and sp[0].role == "political scientist"
    # a university's institute is academic, its country comes from the city in its name
    assert sp[1].affiliation == "Seoul National University Institute for Peace and Unification Studies"
    assert sp[1].speaker_type == "expert_academic" and sp[1].country == "South Korea"
    assert sp[3].affiliation == sp[1].affiliation and sp[3].named


def test_title_resolves_through_actors():
    sp = resolve("Mr Kim said the pact was historic.", [("the pact was historic", "said", "Mr Kim")])
    assert sp[0].name == "Kim Jong Un" and sp[0].speaker_type == "principal" and sp[0].country == "North Korea"


def test_pronouns_pick_most_recent_fitting_speaker():
    body = ("Hong Min, a North Korea expert at the Korea Institute for National Unification, a Seoul-based "
            "government think tank, said the deal was a barter.\n\n"
            "The agreement says the sides will help each other.\n\n"
            "He said Moscow would pay in kind. It says that aid is immediate.")
    sp = resolve(body, [("the deal was a barter", "said", "Hong Min, a North Korea expert at the Korea "
                         "Institute for National Unification, a Seoul-based government think tank"),
                        ("the sides will help each other", "says", "The agreement"),
                        ("Moscow would pay in kind", "said", "He"),
                        ("aid is immediate", "says that", "It")])
    assert sp[0].name == "Hong Min" and sp[0].speaker_type == "expert_think_tank"
    assert sp[0].affiliation == "Korea Institute for National Unification" and sp[0].country == "South Korea"
    assert sp[1].speaker_type == "document"
    assert sp[2].name == "Hong Min"          # he -> the last person, not the agreement
    assert sp[3].name == sp[1].name          # it -> the document, not Hong Min


def test_nominal_mention_with_name_in_apposition():
    body = "Seoul would add export bans, the national security advisor, Chang Ho-jin, told a news conference."
    sp = resolve(body, [("Seoul would add export bans", "told a news conference",
                         "the national security advisor, Chang Ho-jin")])
    assert sp[0].name == "Chang Ho-jin" and sp[0].speaker_type == "government"
    assert sp[0].role == "national security advisor"


def test_titles_stripped_and_international_org():
    body = "NATO Secretary General Jens Stoltenberg said the pact showed authoritarian powers aligning."
    sp = resolve(body, [("the pact showed authoritarian powers aligning", "said",
                         "NATO Secretary General Jens Stoltenberg")], actors=[])
    assert sp[0].name == "Jens Stoltenberg"
    assert sp[0].speaker_type == "international_org" and sp[0].affiliation == "NATO" and sp[0].country is None


# --------------------------------------------------------------------------- governments

def test_countries_and_capitals_become_governments():
    body = ("South Korea said it would consider arms. Moscow expressed gratitude for support. "
            "Washington and Seoul have accused them of trading arms. The Kremlin was quoted as saying it "
            "was pleased.")
    sp = resolve(body, [("it would consider arms", "said", "South Korea"),
                        ("gratitude for support", "expressed", "Moscow"),
                        ("trading arms", "have accused them of", "Washington and Seoul"),
                        ("it was pleased", "was quoted as saying", "The Kremlin")], actors=[])
    assert sp[0].name == "South Korean government" and sp[0].affiliation == "Government of South Korea"
    assert sp[1].name == "Russian government" and sp[1].country == "Russia"
    assert sp[2].name == "US and South Korean governments"
    assert sp[2].country == "United States and South Korea" and sp[2].plural
    assert sp[3].name == "Kremlin" and sp[3].speaker_type == "government" and sp[3].country == "Russia"
    assert all(s.named for s in sp)


def test_both_countries_uses_coordination_nearby():
    body = ("The aid must follow Russian and North Korean national laws.\n\n"
            "Both countries publicly deny such a swap.")
    sp = resolve(body, [("such a swap", "publicly deny", "Both countries")], actors=[])
    assert sp[0].name == "Russian and North Korean governments"
    assert speaker_matches(sp[0].name, "North Korean and Russian governments")


# --------------------------------------------------------------------------- types

@pytest.mark.parametrize("mention, name, typ, named, vague, country", [
    ("Analysts", "Analysts", "unnamed", False, True, None),
    ("Some experts", "Some experts", "unnamed", False, True, None),
    ("Other analyses", "Other analyses", "unnamed", False, True, None),
    ("Ukrainian officials", "Ukrainian officials", "government", False, True, "Ukraine"),
    ("Russian news agencies", "Russian news agencies", "media", False, True, "Russia"),
    ("KCNA", "KCNA", "state_media", True, False, "North Korea"),
    ("Russia’s TASS news agency", "TASS", "state_media", True, False, "Russia"),
    ("A spokesperson for China's foreign ministry", "Chinese foreign ministry spokesperson", "government",
     False, False, "China"),
    ("A US State Department spokesman", "US State Department spokesman", "government", False, False,
     "United States"),
    ("Vladimir Tikhonov, a professor of Korean Studies at the University of Oslo", "Vladimir Tikhonov",
     "expert_academic", True, False, "Norway"),
])
def test_type_classification(mention, name, typ, named, vague, country):
    body = f"{mention} said the treaty was important."
    sp = resolve(body, [("the treaty was important", "said", mention)], actors=[])[0]
    assert (sp.name, sp.speaker_type, sp.named, sp.vague, sp.country) == (name, typ, named, vague, country)


def test_documents():
    body = ("Article 4 of the agreement says aid is immediate. Nato’s Article 5 says an attack on one is an "
            "attack on all.")
    sp = resolve(body, [("aid is immediate", "says", "Article 4 of the agreement"),
                        ("an attack on one is an attack on all", "says", "Nato’s Article 5")], actors=[])
    assert sp[0].speaker_type == "document" and sp[0].name == "the agreement"
    assert sp[1].name == "NATO Article 5" and sp[1].affiliation == "NATO"


def test_speaker_matches_gold_conventions():
    assert speaker_matches("TASS", "TASS (Russian state news agency)")
    assert speaker_matches("Observers", "Observers (unnamed)")
    assert speaker_matches("the treaty", "Russia–North Korea Treaty on Comprehensive Strategic Partnership")
    assert not speaker_matches("the treaty", "NATO Article 5 (North Atlantic Treaty text)")
    assert not speaker_matches("Lukin", "Artyom Lukin")


# --------------------------------------------------------------------------- seed gold

def _seed_doc(stem: str):
    g = json.loads((GOLD / f"{stem}.json").read_text("utf-8"))
    text = "\n".join((DATA / "seeds" / f"{stem}.txt").read_text("utf-8").split("\n")[1:])
    if g.get("body_ends_before"):
        text = text[:text.index(g["body_ends_before"])]
    skip = set(g["non_body_lines"])
    body = "\n\n".join(ln.strip() for ln in text.split("\n") if ln.strip() and ln.strip() not in skip)
    return make_doc(body, outlet=g["outlet"], title=g["headline"]), g


@needs_gold
def test_seed_gold_speaker_accuracy():
    stems = sorted(p.stem for p in GOLD.glob("*.json"))
    assert len(stems) == 5
    pairs = []
    for stem in stems:
        doc, g = _seed_doc(stem)
        located = locate_gold(doc, g["quotes"])
        assert sum(a is None for a in located) == 0
        speakers = resolve_speakers(doc, located)     # packaged actors.yaml
        pairs += list(zip(speakers, g["quotes"]))
    scores = score_speakers(pairs)
    assert scores["n"] == 107
    assert scores["speaker"] >= 0.95
    assert scores["speaker_type"] >= 0.9
    assert scores["named"] >= 0.95


# --------------------------------------------------------------------------- tables

def _quotes_for(docs_and_quotes):
    docs, attrs = [], {}
    for doc, qs in docs_and_quotes:
        docs.append(doc)
        attrs[doc.id] = locate_gold(doc, qs)
    return docs, attrs


def test_quotes_sources_prominence_tables():
    d1 = make_doc("Putin said the treaty was a breakthrough.\n\n“Nothing is off the table,” said Artyom Lukin, "
                  "a professor at Far Eastern Federal University.\n\nLukin said Russia would help.",
                  outlet="A", title="a")
    d2 = make_doc("Analysts suggest the sanctions are failing.", outlet="B", title="b")
    docs, attrs = _quotes_for([
        (d1, [{"text": "the treaty was a breakthrough", "cue": "said", "speaker_mention": "Putin", "kind": "indirect"},
              {"text": "Nothing is off the table,", "cue": "said", "kind": "direct",
               "speaker_mention": "Artyom Lukin, a professor at Far Eastern Federal University"},
              {"text": "Russia would help", "cue": "said", "speaker_mention": "Lukin", "kind": "indirect"}]),
        (d2, [{"text": "the sanctions are failing", "cue": "suggest", "speaker_mention": "Analysts",
               "kind": "indirect"}])])
    q = quotes_table(docs, attributions=attrs, actors=ACTORS)
    assert list(q.columns)[:17] == list(QUOTES_COLUMNS)[:17]
    assert len(q) == 4
    bodies = {d.id: d.body for d in docs}
    assert all(bodies[r.article_id][r.start:r.end] == r.text for r in q.itertuples())
    assert q["speaker"].tolist() == ["Vladimir Putin", "Artyom Lukin", "Artyom Lukin", "Analysts"]
    assert q["paragraph"].tolist() == [0, 1, 2, 0]

    s = sources_table(q)
    assert list(s.columns) == list(SOURCES_COLUMNS)
    lukin = s[(s.outlet == "A") & (s.speaker == "Artyom Lukin")].iloc[0]
    assert lukin.quotes == 2 and lukin.quoted_words == 5 + 3 and lukin.first_paragraph == 1
    assert lukin.speaker_type == "expert_academic" and lukin.country == "Russia"
    assert not s[s.speaker == "Analysts"].iloc[0].named

    p = prominence_table(q)
    assert list(p.columns) == list(PROMINENCE_COLUMNS)
    a = p[p.outlet == "A"].set_index("speaker")
    assert a.loc["Artyom Lukin", "rank"] == 1 and a.loc["Vladimir Putin", "rank"] == 2
    assert bool(a.loc["Vladimir Putin", "quoted_first"]) and not bool(a.loc["Artyom Lukin", "quoted_first"])
    assert a["share_attributions"].sum() == pytest.approx(1.0)


# --------------------------------------------------------------------------- bad input

def test_empty_inputs_give_empty_tables_with_columns():
    assert list(quotes_table([], attributions={}).columns) == list(QUOTES_COLUMNS)
    quiet = make_doc("No one is quoted here at all.")
    empty = quotes_table([quiet], attributions={quiet.id: []})
    assert list(empty.columns) == list(QUOTES_COLUMNS)
    assert list(sources_table(empty.iloc[0:0]).columns) == list(SOURCES_COLUMNS)
    assert list(prominence_table(empty.iloc[0:0]).columns) == list(PROMINENCE_COLUMNS)
    doc = make_doc("Nothing here.")
    assert resolve_speakers(doc, []) == []


def test_missing_mention_and_odd_input_never_crash():
    doc = make_doc("“Yes,” he said. “No.”\n\n“Unbalanced quote said the man.")
    attrs = [{"speaker_start": None, "speaker_end": None, "speaker_mention": None, "start": 1, "end": 4},
             {"speaker_start": 9, "speaker_end": 11, "speaker_mention": "he", "start": 1, "end": 4}]
    sp = resolve_speakers(doc, attrs)
    assert len(sp) == 2 and sp[0].name == "Unknown" and not sp[0].named


def test_non_english_and_unbalanced_warn():
    doc = make_doc("Путин заявил, что договор важен. «Это прорыв", outlet="X", title="x")
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        q = quotes_table([doc], attributions={doc.id: []})
    assert len(q) == 0 and list(q.columns) == list(QUOTES_COLUMNS)
    msgs = " ".join(str(x.message) for x in w)
    assert "non-English" in msgs and "unbalanced" in msgs


def test_long_body_warns():
    para = "Officials met again on Tuesday to discuss the plan. " * 20
    body = "\n\n".join([para] * 1000)  # ~200,000 words
    doc = make_doc("Lukin said it works.\n\n" + body)
    attrs = [{"speaker_start": 0, "speaker_end": 5, "speaker_mention": "Lukin", "start": 11, "end": 19,
              "kind": "indirect", "paragraph": 0}] * 50
    with pytest.warns(UserWarning, match="very long body"):
        q = quotes_table([doc], attributions={doc.id: attrs})
    assert len(q) == 50 and (q["speaker"] == "Lukin").all()


def test_non_english_body_warns_and_english_does_not():
    import datetime as dt
    import warnings as _w

    from analysis.corpus import Article
    from analysis.text import english_share, parse_corpus
    german = ("Der Präsident sagte am Mittwoch, dass die Lage sehr ernst sei. Die Regierung wies "
              "die Vorwürfe zurück und kündigte neue Gespräche mit den Nachbarländern an. Beobachter "
              "halten eine Einigung bis zum Ende des Monats für unwahrscheinlich, sagte ein Sprecher.")
    english = ("The president said on Wednesday that the situation was very serious. The government "
               "rejected the accusations and announced new talks with its neighbours. Observers think "
               "an agreement by the end of the month is unlikely, a spokesman said.")
    assert english_share(german) < 0.15 < 0.3 < english_share(english)
    docs = parse_corpus([Article("DE", "t", dt.date(2024, 1, 1), german),
                         Article("EN", "t", dt.date(2024, 1, 1), english)])
    with _w.catch_warnings(record=True) as caught:
        _w.simplefilter("always")
        quotes_table(docs)
    messages = [str(w.message) for w in caught if "non-English" in str(w.message)]
    assert len(messages) == 1 and messages[0].startswith(docs[0].id)


# --------------------------------------------------------------------------- map / reduce

@pytest.fixture(scope="module")
def seed_docs(seed_corpus):
    from analysis.extract import annotate
    from analysis.text import parse_corpus
    return [annotate(d) for d in parse_corpus(seed_corpus)]


def test_article_rows_reduce_to_the_quotes_table_and_survive_json(seed_docs, monkeypatch):
    import analysis.extract

    table = quotes_table(seed_docs)
    monkeypatch.setattr(analysis.extract, "annotate", lambda *a, **k: pytest.fail("annotated twice"))
    rows = [r for d in seed_docs for r in article_quotes(d)]
    assert len(table) == len(rows) == 107 and table["article_id"].nunique() == 5
    assert all(type(v) in (str, int, float, bool, type(None)) for r in rows for v in r.values())
    pd.testing.assert_frame_equal(quotes_from_rows(rows), table)
    pd.testing.assert_frame_equal(quotes_from_rows(json.loads(json.dumps(rows, allow_nan=False))), table)
    assert list(quotes_from_rows([]).columns) == list(QUOTES_COLUMNS)


def _hand_annotated(doc, key):
    from analysis.extract.attribution import Attribution
    from analysis.extract.speakers import Speaker

    body = doc.body
    text, cue, mention = "The harvest will be late", "said", "the minister"
    start, c0, m0 = body.index(text), body.index(cue), body.index(mention)
    attr = Attribution(0, "indirect", start, start + len(text), text, c0, c0 + len(cue), cue, "say", "past",
                       "neutral", m0, m0 + len(mention), mention, 1, 1)
    speaker = Speaker("Zelda Hand", mention, "government", "Ministry of Harvests", "Nowhere", True, "minister")
    return dataclasses.replace(doc, attributions=(attr,), speakers=(speaker,), paraphrase=((start, start + len(text)),),
                               annotation_key=key)


def test_rows_are_read_from_the_documents_attribution_layer():
    from analysis.extract import annotation_key

    doc = make_doc("Officials met on Tuesday.\n\nThe harvest will be late, the minister said on Monday.",
                   outlet="Planet")
    hand = _hand_annotated(doc, annotation_key())
    start = doc.body.index("The harvest")
    assert article_quotes(hand) == [{
        "article_id": doc.id, "outlet": "Planet", "quote_id": f"{doc.id}:0", "kind": "indirect",
        "text": "The harvest will be late", "start": start, "end": start + 24, "cue": "said",
        "cue_category": "neutral", "speaker": "Zelda Hand", "speaker_mention": "the minister",
        "speaker_type": "government", "affiliation": "Ministry of Harvests", "country": "Nowhere", "named": True,
        "paragraph": 1, "role": "minister", "vague": False, "relay": False, "agentless": False, "words": 5,
        "full_text": "The harvest will be late"}]
    # annotated with other lexicons: the measure annotates it again with its own options
    redone = article_quotes(hand, actors=ACTORS)
    assert redone and "Zelda Hand" not in {r["speaker"] for r in redone}


def test_article_warnings_are_one_line_with_article_what_and_why():
    doc = make_doc("Путин заявил, что договор важен. «Это прорыв", outlet="X", title="x")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article_quotes(doc)
    messages = [str(w.message) for w in caught]
    ours = [m for m in messages if "non-English" in m or "unbalanced" in m]
    assert len(ours) == 2
    for m in ours:
        assert m.startswith(f"{doc.id}: ") and "; " in m and "\n" not in m
