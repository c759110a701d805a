"""Quotation pairing in the house styles of British, US, European and East Asian outlets.

Every body here is invented for the test.  Each case gives the spans the segmenter must
yield: (content, mark, depth, closed), in text order.  Whether a quote is speech or a title
is a later layer's business; here only that the marks pair right.
"""

from __future__ import annotations

import pytest

from analysis.text import parse_text


def spans(body: str) -> list[tuple[str, str, int, bool]]:
    return [(q.text, q.mark, q.depth, q.closed) for q in parse_text(body).quotations]


D, S = "double", "single"


# --------------------------------------------------------------------------- British: single quotes first

@pytest.mark.parametrize("body, expected", [
    ("The minister said: ‘We will not accept a “deal at any price” from anyone.’ He left.",
     [("We will not accept a “deal at any price” from anyone.", S, 0, True), ("deal at any price", D, 1, True)]),
    ("‘It is over,’ she said. ‘The talks have failed.’",
     [("It is over,", S, 0, True), ("The talks have failed.", S, 0, True)]),
    # a plural possessive inside single quotes is no closing mark
    ("‘The workers’ union is strong,’ he said.", [("The workers’ union is strong,", S, 0, True)]),
    ("Officials called it ‘the harbours’ best chance’ of peace, the envoy’s aide said.",
     [("the harbours’ best chance", S, 0, True)]),
    ("‘I told him “no”,’ she said.", [("I told him “no”,", S, 0, True), ("no", D, 1, True)]),
    # straight single quotes as the primary mark, apostrophes inside and around them
    ("'It's the Joneses' car,' he said. 'The states' rights are clear.'",
     [("It's the Joneses' car,", S, 0, True), ("The states' rights are clear.", S, 0, True)]),
    ("He called the plan 'a disaster' and said: 'We can't go on like this.'",
     [("a disaster", S, 0, True), ("We can't go on like this.", S, 0, True)]),
])
def test_british_single_quotes_as_primary(body, expected):
    assert spans(body) == expected


# --------------------------------------------------------------------------- straight marks and apostrophes

@pytest.mark.parametrize("body, expected", [
    ("He said \"rock 'n' roll is back\" and the '90s were 'great', at Jones' car with O'Neill.",
     [("rock 'n' roll is back", D, 0, True), ("great", S, 0, True)]),
    ("\"We're in the '90s again,\" he said. \"It's rock 'n' roll.\"",
     [("We're in the '90s again,", D, 0, True), ("It's rock 'n' roll.", D, 0, True)]),
    ("The leaders' talks, the officials' view and the boys' club.", []),
    ("Moon said, \"I hope the summit will be 'a turning point' for peace.\" The aides' plan was secret.",
     [("I hope the summit will be 'a turning point' for peace.", D, 0, True), ("a turning point", S, 1, True)]),
    # a straight mark glued between a sentence's period and the next word opens
    ("He said.\"We are ready.\" Then he left.", [("We are ready.", D, 0, True)]),
    ("He said:\"We are ready.\"", [("We are ready.", D, 0, True)]),
    # ... but a mark after '=' (markup attributes) still opens nothing
    ('<tweet id="123" author="someone">', []),
])
def test_straight_marks_mixed_with_apostrophes(body, expected):
    assert spans(body) == expected


# --------------------------------------------------------------------------- guillemets, low marks, CJK

@pytest.mark.parametrize("body, expected", [
    ("Le ministre a dit : « nous sommes prêts ». Then «Another one» came, and »German style« too.",
     [("nous sommes prêts", D, 0, True), ("Another one", D, 0, True), ("German style", D, 0, True)]),
    ("He said: «we reject the ‹deal› outright».",
     [("we reject the ‹deal› outright", D, 0, True), ("deal", S, 1, True)]),
    ("The paper wrote „the talks are dead“ and quoted ‚a senior aide‘ as well.",
     [("the talks are dead", D, 0, True), ("a senior aide", S, 0, True)]),
    ("The agency said the leader called it 「a great victory」 and 『a new era』, the report added.",
     [("a great victory", D, 0, True), ("a new era", S, 0, True)]),
    ("The statement read: 「We reject the so-called 『deal』 outright.」",
     [("We reject the so-called 『deal』 outright.", D, 0, True), ("deal", D, 0, True)][:1]
     + [("deal", S, 1, True)]),
    ("The envoy said 〝we are ready〞 on Monday.", [("we are ready", D, 0, True)]),
    ("The envoy said ＂we are ready＂ on Monday, and ＇soon＇.", [("we are ready", D, 0, True), ("soon", S, 0, True)]),
    # Swedish and Danish styles
    ("”We are ready,” he said. »Very ready», she said.", [("We are ready,", D, 0, True), ("Very ready", D, 0, True)]),
    # corner brackets pair only with each other
    ("He called it 「historic” and left.", [("historic” and left.", D, 0, False)]),
])
def test_guillemets_low_marks_and_corner_brackets(body, expected):
    assert spans(body) == expected


def test_corner_brackets_in_agency_copy_are_quoted_voice():
    body = "SEOUL, May 2 -- The envoy said 「talks will resume」 soon."
    p = parse_text(body)
    voices = {t.text: t.voice for t in p.tokens}
    assert voices["talks"] == voices["resume"] == "quoted" and voices["soon"] == "narrator"


# --------------------------------------------------------------------------- across paragraphs, left open

def test_quote_left_open_at_paragraph_end_and_reopened():
    body = "“We will fight on,” he said. “There is no retreat.\n\n“We will win in the end.”\n\nThe crowd cheered."
    qs = parse_text(body).quotations
    assert [(q.text, q.continues, q.continued, q.closed) for q in qs] == [
        ("We will fight on,", False, False, True),
        ("There is no retreat.", True, False, False),
        ("We will win in the end.", False, True, True)]


def test_british_quote_reopened_in_next_paragraph():
    body = "‘We will fight on,’ he said. ‘There is no retreat.\n\n‘We win.’"
    assert [(q.text, q.continues, q.continued) for q in parse_text(body).quotations] == [
        ("We will fight on,", False, False), ("There is no retreat.", True, False), ("We win.", False, True)]


@pytest.mark.parametrize("body, expected", [
    # introduced by a colon or comma, capitalised, nothing after it: its closing mark was lost at the end
    ("Intro paragraph here.\n\nThe minister said: “The talks will resume next week. We expect progress.",
     [("The talks will resume next week. We expect progress.", D, 0, False)]),
    ("He said, “We will fight on. There is no retreat.",
     [("We will fight on. There is no retreat.", D, 0, False)]),
    ("He said: ‘We will fight on. There is no retreat.", [("We will fight on. There is no retreat.", S, 0, False)]),
    # a partial quote opened mid-clause stays within its sentence
    ("The minister said the talks would “resume next week. We expect progress.",
     [("resume next week.", D, 0, False)]),
    # a quote left open when another mark follows in its paragraph stays within its sentence
    ("“We will fight on,” he said. “There is no retreat. Then he “left”.",
     [("We will fight on,", D, 0, True), ("There is no retreat.", D, 0, False), ("left", D, 0, True)]),
    # a straight single mark left open is an apostrophe
    ("He said: 'We will fight on.", []),
])
def test_quote_left_open_at_the_end(body, expected):
    assert spans(body) == expected


def test_unclosed_quote_never_crosses_its_paragraph():
    body = "He said: “We will fight on.\n\nThe crowd cheered."
    q, = parse_text(body).quotations
    assert q.text == "We will fight on." and not q.continues


# --------------------------------------------------------------------------- interruptions, strays, brackets

@pytest.mark.parametrize("body, expected", [
    ("“We will,” he said, “win.”", [("We will,", D, 0, True), ("win.", D, 0, True)]),
    ("“We will — if we must — win,” he said.", [("We will — if we must — win,", D, 0, True)]),
    ("“We will—” he began. “We must win.”", [("We will—", D, 0, True), ("We must win.", D, 0, True)]),
    ("“We will…” he said, “…win.”", [("We will…", D, 0, True), ("…win.", D, 0, True)]),
    # a stray closing mark in a headline pairs with nothing
    ("Leaders meet” in the capital\n\nThe leaders met on Thursday. “It went well,” one said.",
     [("It went well,", D, 0, True)]),
    ("The agency (which called the talks “very productive”) said more was to come.",
     [("very productive", D, 0, True)]),
    ("The statement (“We reject it”) was read out. (“No,” he said.)",
     [("We reject it", D, 0, True), ("No,", D, 0, True)]),
    # titles pair like speech
    ("She sang “Imagine” and read ‘War and Peace’ before the talk, called “A New Dawn,” began.",
     [("Imagine", D, 0, True), ("War and Peace", S, 0, True), ("A New Dawn,", D, 0, True)]),
    ("She sang \"Imagine\" and read 'War and Peace' before the talk.",
     [("Imagine", D, 0, True), ("War and Peace", S, 0, True)]),
    # an inch mark after feet is no closing mark
    ("“He is 6’2”,” she said.", [("He is 6’2”,", D, 0, True)]),
])
def test_interruptions_strays_brackets_titles(body, expected):
    assert spans(body) == expected


# --------------------------------------------------------------------------- the same mark nested

@pytest.mark.parametrize("body, expected", [
    ("He wrote, “People wearing “Vote Now” shirts were there.” Then he left.",
     [("People wearing “Vote Now” shirts were there.", D, 0, True), ("Vote Now", D, 1, True)]),
    ('Officials said the "so-called "deal" was dead".',
     [('so-called "deal" was dead', D, 0, True), ("deal", D, 1, True)]),
    # not enough closing marks: the first quote lost its closing mark and ends where the next opens
    ("“We will fight on. “No retreat,” he said.",
     [("We will fight on.", D, 0, False), ("No retreat,", D, 0, True)]),
    # a mark typed twice is one mark, not a nested quote
    ("He said \"“We are ready,” and left.", [("We are ready,", D, 0, True)]),
    # ... even when enough closing marks follow to close a nested quote
    ("She said ““We are ready” to the crowd,” he wrote.", [("We are ready", D, 0, True)]),
])
def test_same_kind_nesting_only_when_closing_marks_follow(body, expected):
    assert spans(body) == expected


# --------------------------------------------------------------------------- scraped text: one paragraph per line

@pytest.mark.parametrize("body, expected", [
    # a quote left open at a line ending in final punctuation stops there, not at the blob's end
    ("The envoy told reporters: “Talks will resume soon.\nOfficials declined to comment on the date.",
     [("Talks will resume soon.", D, 0, False)]),
    # same-kind nesting needs its closing marks in the same line
    ("“We will come back.\nHe called it a “new start” and left.",
     [("We will come back.", D, 0, False), ("new start", D, 0, True)]),
    # hard-wrapped prose keeps its quote over the line break
    ("He said: “We will come\nback soon. We promise.",
     [("We will come\nback soon. We promise.", D, 0, False)]),
    # each line counts its own closing marks: the last line's stray closing mark does not let the
    # first line's quote nest the later ones
    ("“We will come back.\nHe called it a “new start” and left.\nFans waved “flags” at the end.”\n",
     [("We will come back.", D, 0, False), ("new start", D, 0, True), ("flags", D, 0, True)]),
    # a hard-wrapped line ending in an abbreviation goes on: no sentence ends there
    ("He said: “The talks with the U.S.\nwill resume next week. We expect progress.",
     [("The talks with the U.S.\nwill resume next week. We expect progress.", D, 0, False)]),
    ("“We spoke to Mr.\nLee and he agreed. Then we left.",
     [("We spoke to Mr.\nLee and he agreed. Then we left.", D, 0, False)]),
    ("She said: “We met J.\nR. Smith there.\nOfficials declined to comment.",
     [("We met J.\nR. Smith there.", D, 0, False)]),
    # a sentence-final abbreviation before a sentence starter still ends the line's unit
    ("She said: “We met in the U.S.\nThe talks went on without us.",
     [("We met in the U.S.", D, 0, False)]),
])
def test_line_units_bound_unclosed_quotes(body, expected):
    assert spans(body) == expected


@pytest.mark.parametrize("body", [
    "The scholar Abd al-‘Aziz spoke first. Later he left.",
    "The network’s ‘ live feed ended. Nobody said why.",
])
def test_an_unclosed_opening_single_mark_inside_a_word_is_no_quote(body):
    assert spans(body) == []


@pytest.mark.parametrize("body, expected", [
    # a space inside straight marks, typed in some wire copy: a balanced pair still pairs
    ('Says the president, " We will rebuild the bridges, one by one."',
     [("We will rebuild the bridges, one by one.", D, 0, True)]),
    ('He said " we will win " and left.', [("we will win", D, 0, True)]),
    ('The "A" and " B" and "C".', [("A", D, 0, True), ("B", D, 0, True), ("C", D, 0, True)]),
    # a closing mark after a comma is still a closing mark, not the opening of a spaced pair
    ('He said, "I like it," you know, "and I mean it."', [("I like it,", D, 0, True), ("and I mean it.", D, 0, True)]),
    # a spaced mark before punctuation closes: no quote opens with a period
    ('He said " yes " and she said " no ".', [("yes", D, 0, True), ("no", D, 0, True)]),
    # a spaced straight mark after a number is an inch mark, not a quotation mark
    ('Rainfall: Monday 2 " and Tuesday 1 " in the city.', []),
    ('The pipe is 5 " wide and the hose is 3 " long.', []),
    ('Item  qty\nbolts  4 " long\nnuts  2 " wide', []),
])
def test_spaced_straight_marks(body, expected):
    assert spans(body) == expected
