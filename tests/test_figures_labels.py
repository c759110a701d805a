"""Short outlet labels for figures: given, automatic, always unique (analysis.corpus.labels)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analysis.corpus import Article, load_corpus
from analysis.corpus.labels import MAX_CHARS, outlet_groups, outlet_labels, short_label


@pytest.mark.parametrize("name, label", [
    ("Reuters", "Reuters"),                                         # short names are kept as written
    ("Unidentified outlet", "Unidentified outlet"),
    ("dpa (Deutsche Presse-Agentur), as distributed by MIA (North Macedonia's state news agency)", "dpa"),
    ("Xinhua News Agency, via Getty Images", "Xinhua News Agency"),  # distribution clause dropped
    ("Kyodo News, as carried by The Japan Times", "Kyodo News"),
    ("BBC News (British Broadcasting Corporation)", "BBC News"),      # parenthetical dropped
    ("Korean Central News Agency (KCNA)", "KCNA"),                  # the name's own acronym
    ("Deutsche Welle (DW), English service", "DW"),
    ("The New York Times International Edition", "New York Times\u2026"),   # cut at a word, ellipsis
    ("Radio Free Europe/Radio Liberty", "Radio Free Europe\u2026"),
    ("Frankfurter Allgemeine Zeitung", "Frankfurter Allgeme\u2026"),   # no word boundary late enough
])
def test_short_label(name, label):
    assert short_label(name) == label
    assert len(short_label(name)) <= MAX_CHARS


def test_the_seed_outlets_keep_their_names(corpus_dir):
    labels = outlet_labels(load_corpus(corpus_dir))
    assert labels == {o: o for o in labels} and len(labels) == 5


def test_labels_are_unique_and_say_what_differs():
    names = ["dpa, as distributed by MIA", "dpa, as distributed by Tanjug", "dpa",
             "Reuters (United Kingdom edition)", "Reuters (United States edition)", "X", "x"]
    labels = outlet_labels(names)
    assert labels["dpa, as distributed by MIA"] == "dpa (MIA)"
    assert labels["dpa, as distributed by Tanjug"] == "dpa (Tanjug)"
    assert labels["dpa"] == "dpa"
    assert labels["Reuters (United Kingdom edition)"] == "Reuters (Kingdom)"
    assert labels["Reuters (United States edition)"] == "Reuters (States)"
    assert labels["X"] == "X" and labels["x"] == "x (2)"        # differ only in case: numbered
    assert len({v.casefold() for v in labels.values()}) == len(names)
    assert outlet_labels(names) == labels                        # deterministic


def _article(outlet, label=None, **kw):
    return Article(outlet=outlet, title="t", date=dt.date(2031, 3, 4), body="b", label=label, **kw)


def test_given_labels_win_front_matter_then_argument():
    arts = [_article("Korean Central News Agency (KCNA)", "Pyongyang wire"),
            _article("Korean Central News Agency (KCNA)", "ignored: the first label given counts"),
            _article("Agence France-Presse"), _article("NPR")]
    assert outlet_labels(arts) == {"Korean Central News Agency (KCNA)": "Pyongyang wire",
                                   "Agence France-Presse": "Agence France-Presse", "NPR": "NPR"}
    over = outlet_labels(arts, labels={"Agence France-Presse": "AFP", "not an outlet": "x"})
    assert over["Agence France-Presse"] == "AFP" and "not an outlet" not in over
    # a given label that collides with another outlet's automatic one keeps its text; the other is told apart
    clash = outlet_labels([_article("NPR", "Reuters"), _article("Reuters")])
    assert clash["NPR"] == "Reuters" and clash["Reuters"] == "Reuters (2)"


def test_articles_table_label_column_gives_the_same_labels():
    table = pd.DataFrame({"outlet": ["Korean Central News Agency (KCNA)", "NPR", "NPR"],
                          "label": [None, "National Public Radio", None]})
    assert outlet_labels(table) == {"Korean Central News Agency (KCNA)": "KCNA", "NPR": "National Public Radio"}


def test_front_matter_label_is_read_and_in_the_articles_table(tmp_path):
    from analysis.study import open_study

    (tmp_path / "a.md").write_text("---\noutlet: Korean Central News Agency (KCNA)\ntitle: T\ndate: 2031-03-04\n"
                                   "label: Pyongyang wire\nownership: state\n---\nKim met Putin.\n")
    (tmp_path / "b.md").write_text("---\noutlet: National Public Radio (NPR)\ntitle: U\ndate: 2031-03-04\n---\n"
                                   "Putin met Kim.\n")
    corpus = load_corpus(tmp_path)
    assert [a.label for a in corpus] == ["Pyongyang wire", None]
    assert "label" not in corpus.articles[0].extra
    study = open_study(tmp_path, cache=False)
    assert list(study.articles["label"].fillna("")) == ["Pyongyang wire", ""]
    assert study.labels == {"Korean Central News Agency (KCNA)": "Pyongyang wire",
                            "National Public Radio (NPR)": "NPR"}
    assert outlet_groups(corpus, key="ownership") == {"Korean Central News Agency (KCNA)": "state",
                                                      "National Public Radio (NPR)": None}


def test_a_changed_label_changes_the_cache_key():
    from analysis.study.cache import article_fingerprint

    assert article_fingerprint(_article("NPR", "A")) != article_fingerprint(_article("NPR", "B"))


def test_label_notes_name_inconsistent_and_shared_labels():
    import datetime as dt
    from analysis.corpus import Article
    from analysis.corpus.labels import label_notes

    def art(outlet, label, n):
        return Article(outlet=outlet, title=f"t{n}", date=dt.date(2024, 1, 1), body="b", label=label)
    notes = label_notes([art("Daily Planet", "Planet", 1), art("Daily Planet", "DP", 2),
                         art("Planet Weekly", "planet", 3), art("Metro", None, 4)])
    assert len(notes) == 2
    assert "'Daily Planet': its articles give 2 labels ('Planet', 'DP'); figures use the first" in notes[0]
    assert "given to 2 outlets ('Daily Planet', 'Planet Weekly')" in notes[1]
    assert label_notes([art("Metro", "M", 1), art("Metro", "M", 2)]) == []
