"""The exact fast paths of analysis.measures.sentiment give the libraries' values bit for bit.

Every comparison is on ``(type, float.hex())`` pairs: ``==`` plus the sign of zero,
which ``==`` cannot see but a CSV shows (``-0.0``).
"""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from textblob import TextBlob
from textblob.en import sentiment as library_pattern
from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE, SPECIAL_CASES, SentimentIntensityAnalyzer

from analysis.measures.sentiment import (_Memo, _pattern_words, pattern_sentiment, sentence_sentiment,
                                         vader_analyzer, vader_compound)

VADER = SentimentIntensityAnalyzer()       # a fresh analyzer, not the module's


def bits(*values: float) -> list[tuple[type, str]]:
    return [(type(v), float(v).hex()) for v in values]


def library(text: str) -> tuple[float, float, float]:
    blob = TextBlob(text).sentiment
    return blob.polarity, blob.subjectivity, VADER.polarity_scores(text)["compound"]


def library_words(text: str) -> list[str]:
    """The words ``Sentiment.__call__`` assesses for a string."""
    return [w.lower() for w in " ".join(library_pattern.tokenizer(text)).split()]


def assert_exact(text: str) -> None:
    want = library(text)
    assert bits(*pattern_sentiment(text)) == bits(*want[:2]), text
    assert bits(vader_compound(text)) == bits(want[2]), text
    assert bits(*sentence_sentiment(text)) == bits(*want), text
    assert _pattern_words()(text) == library_words(text), text


RULES = [
    # negation (pattern: no/not/never; VADER: its NEGATE list, n't, at distance 1-3)
    "This is not good.", "It was not a good idea.", "Not bad at all.", "I don't like it.",
    "He never was happy.", "She isn't horrible.", "It ain't great, nor is it awful.",
    "Nothing good came of it.", "The plan was good, without doubt.", "Without a doubt, an excellent idea.",
    "It has never been so good.", "It has never been this bad.", "It was never this bad.", "Never so very good.",
    "They rarely seem happy and seldom win.", "Despite good reviews, it failed.",
    # "no" rules
    "No problem.", "No.", "There is no good answer.", "no good or bad", "no way or great",
    "no, not nor happy", "no money nor good", "no money or good", "It is no better or worse.", "no no no",
    # "not very" and intensifiers / dampeners
    "not very good", "not really good", "really not good", "very not good", "so not good", "really is a good plan", "really not a good plan",
    "very very good", "extremely bad", "absolutely terrible", "quite nice", "hardly good", "barely acceptable",
    "It was slightly bad.", "marginally better", "The deal was only kind of good.", "sort of bad", "kinda nice",
    "kind of", "it is kind", "a kind man", "KIND OF good", "He was kind of the good sort of man.", "just enough good",
    "totally and utterly wonderful", "remarkably unusually especially bad",
    # ALL CAPS with mixed case
    "VADER is VERY SMART, handsome, and FUNNY.", "VERY GOOD", "THIS IS ALL CAPS AND HAPPY", "Today SUX!",
    "It is ABSOLUTELY terrible.", "The GREAT news is NOT bad.", "I am SO happy", "A Good DAY",
    # "but"
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "good good but good bad", "not good but not bad", "good but bad but good", "but good", "good but",
    "Good, BUT bad.", "nice nice nice but awful awful",
    # "least"
    "the least bad option", "at least it is good", "very least good", "least good", "It is the least compelling.",
    "Roger Dodger is at least compelling as a variation on the theme.",
    # exclamation and question marks
    "Great!", "Great!!!", "Great!!!!!!", "Is it good??", "Is it good????", "What?!", "Terrible!?!?",
    "good !", "not good !", "! good", "(!)", "Wow ( ! ) great", "Sure (!) it works", "( !) and (! )",
    # emoticons and emoji
    ":) smile", "Make sure you :) or :D today!", ": ) spaced", ": - ) more spaced", "I love it <3",
    "8-) cool", "> . > suspicious", ">.> suspicious", "box D", "xD", "XD lol", "o.O", "o_O", ":'(", ":'''(",
    ";) wink", ";-) wink", "=) ok", ":-. hmm", ":-/ meh", ":\\ meh", "very :) good", "not :( bad",
    "It was 10: 3 times", "°O° wow", "♥ love", "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "😁😁", "good😁", "😁 good", "© 2024 Reuters", "Ⓜ metro", "I ❤ it", "Terrible 😭😭😭!",
    # idioms
    "With VADER, sentiment analysis is the shit!", "This is the bomb", "On the other hand, VADER is quite bad ass",
    "VADER is such a badass!", "yeah right", "the kiss of death", "a cake to die for", "a beating heart",
    "the bus stop was bad", "cut the mustard", "in the red", "under the weather", "the shit is bad ass",
    # abbreviations, ellipses, contractions, quotes (pattern's tokenizer)
    "Mr. Smith is good.", "The U.S. is great.", "T. De Smedt wrote it, etc.", "Wait... what? Good...",
    "Dr. No is bad.", "e.g. good", "It's good.", "He's not bad.", "I'd love to.", "I'll go.", "We've won.",
    "They're great.", "I'm happy.", "can't stand it", "won't do", "“Quoted” text ‘here’ is good",
    "\"Quoted,\" he said, 'is good.'", "''good''", "(good)", "[bad]", "{ugly}", "--great--",
    "It was good...bad", "A.B.C. good", "Mr.Good", "good.bad", "#good @bad $great",
    # line breaks, END-OF-SENTENCE, tabs, odd whitespace
    "Sentence one.\n\nSentence two is great.", "good\r\n\r\nbad", "good\nbad", "good\tbad\u00a0great",
    "END-OF-SENTENCE good", "good END-OF-SENTENCE bad", "good\u2028bad\u3000nice",
    # punctuation only, empty, whitespace
    "", " ", "   \n ", ".", "...", "!!!", "?", "?!?!", "—", "()", ":", "' '", '"',
    # non-ASCII
    "Café très bon, naïve good.", "ΣΟΦΟΣ ΛΟΓΟΣ good", "ΟΔΟΣ bad", "İyi good", "Straße gut", "ﬁne good",
    "日本語のテキスト good", "مرحبا good", "good\u200bbad", "GOOD Ǆ bad",
]


@pytest.mark.parametrize("text", RULES)
def test_equal_to_the_libraries_on_every_rule(text):
    assert_exact(text)


def test_very_long_sentences():
    words = "the not very good but really bad and NOT so happy :) deal was kind of great !".split()
    assert_exact(" ".join(words * 60))
    assert_exact(" ".join(["great"] * 2000) + " but " + " ".join(["awful"] * 2000))
    assert_exact("no " * 500 + "good")


def test_known_values():
    """The values themselves, as the libraries documented them."""
    assert pattern_sentiment("This is a terrible, awful deal.") == (-1.0, 1.0)
    assert pattern_sentiment("not good") == (-0.35, 0.6000000000000001)
    assert vader_compound("VADER is smart, handsome, and funny.") == 0.8316
    assert vader_compound("The book was good.") == 0.4404
    assert vader_compound("") == 0.0
    assert pattern_sentiment("") == (0.0, 0.0)


def test_zero_scores_are_positive_zero_as_in_the_libraries():
    # "not" before a word of polarity 0.0 gives -0.0 in pattern; "not no good" a -0.0 valence in
    # VADER: both libraries add to an int 0, so the sums (and the values) are +0.0
    for text in ("not average", "not about", "not no good", "nice but bad", "no no"):
        assert_exact(text)
        assert bits(*sentence_sentiment(text))[1:] != [(float, "-0x0.0p+0")] * 2


def test_one_shared_analyzer():
    assert vader_analyzer() is vader_analyzer()
    assert vader_analyzer().lexicon == VADER.lexicon


def test_unverified_library_versions_use_the_library_calls(monkeypatch):
    from analysis.measures import sentiment as module
    monkeypatch.setattr(module, "VERIFIED_VERSIONS", {"textblob": ("0.0",), "vaderSentiment": ()})
    monkeypatch.setattr(module, "_pattern_tables", lambda: pytest.fail("pattern fast path used"))
    monkeypatch.setattr(module, "_vader_item", lambda raw: pytest.fail("VADER fast path used"))
    module._pattern_scorer.cache_clear()
    module._vader_scorer.cache_clear()
    try:
        assert not module._verified("textblob") and not module._verified("vaderSentiment")
        text = "This is not a very good deal, but I LOVE it :) !"
        assert bits(*sentence_sentiment(text)) == bits(*library(text))
    finally:
        module._pattern_scorer.cache_clear()
        module._vader_scorer.cache_clear()


def test_installed_versions_are_the_verified_ones():
    from analysis.measures import sentiment as module
    assert module._verified("textblob") and module._verified("vaderSentiment")


def test_memo_is_bounded():
    calls: list[str] = []
    memo = _Memo(lambda k: calls.append(k) or k.upper(), limit=2)
    assert [memo["a"], memo["b"], memo["a"]] == ["A", "B", "A"]
    assert calls == ["a", "b"]
    assert memo["c"] == "C" and list(memo) == ["c"]        # full: cleared before adding
    assert calls == ["a", "b", "c"]


# --------------------------------------------------------------------------- random text

def _vocabulary() -> list[str]:
    len(library_pattern)                                    # load the lazy lexicon
    pattern_words = sorted(dict.keys(library_pattern))
    vader_words = sorted(VADER.lexicon)
    emoji = sorted(VADER.emojis)
    extra = ["but", "not", "no", "never", "least", "at", "very", "kind", "of", "sort", "or", "nor", "so", "this",
             "without", "doubt", "the", "a", "is", "it", "n't", "'s", "END-OF-SENTENCE", "(!)", "(", ")", "!",
             "?", ".", "...", ",", ";", ":", "-", "'", '"', "“", "”", "‘", "’", "8", "3", "D", "O", "o", "x", "X",
             "<", ">", "=", "^", "*", "_", "/", "\\", "[", "]", "{", "}", "°", "♥", "Mr.", "U.S.", "etc.", "a."]
    return (pattern_words[::7] + vader_words[::9] + emoji[::40] + sorted(BOOSTER_DICT) + NEGATE
            + sorted(SPECIAL_CASES) + extra)


VOCABULARY = _vocabulary()
SEPARATORS = [" ", " ", " ", "  ", "", "\n", "\n\n", "\t", "\r\n", "\u00a0", "! ", ", ", ". ", "? ", "'", "-"]
CASES = [str, str, str, str.upper, str.capitalize, str.title]


@st.composite
def sentences(draw) -> str:
    n = draw(st.integers(0, 40))
    parts = []
    for _ in range(n):
        word = draw(st.sampled_from(CASES))(draw(st.sampled_from(VOCABULARY)))
        parts.append(word + draw(st.sampled_from(SEPARATORS)))
    return "".join(parts)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentences())
@example("very :) good but not : ) bad!!")
@example("8 - ) cool ( ! ) box D")
def test_equal_on_random_sentences_of_lexicon_words(text):
    assert_exact(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
       | st.text(alphabet=string.printable + "“”‘’♥°😁💘", max_size=80))
def test_equal_on_arbitrary_text(text):
    assert_exact(text)
