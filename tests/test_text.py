"""Value tests for analysis.text: paragraphs, sentences, tokens, quotation spans, voice."""

from __future__ import annotations

import pytest

from analysis.text import (
    ParsedText, SentenceRules, find_quotations, load_abbreviations, load_sentence_rules,
    parse_text, split_paragraphs, split_sentences, tokenize,
)


def _check_spans(p: ParsedText) -> None:
    for coll in (p.paragraphs, p.sentences, p.tokens, p.quotations):
        for x in coll:
            assert p.body[x.start:x.end] == x.text
    for q in p.quotations:
        para = p.paragraphs[q.paragraph]
        assert para.start <= q.open_at < q.start < q.end <= para.end
        if q.close_at is not None:
            assert q.end <= q.close_at


def parsed(body: str) -> ParsedText:
    p = parse_text(body)
    _check_spans(p)
    return p


def sents(body: str) -> list[str]:
    return [s.text for s in parsed(body).sentences]


def quotes(body: str) -> list[str]:
    return [q.text for q in parsed(body).quotations]


# --------------------------------------------------------------------------- paragraphs

def test_paragraphs_split_on_blank_lines_including_whitespace_only_lines():
    body = "  First para.\nsame para.\n\nSecond.\n \u00a0\nThird.\n\n\n"
    ps = split_paragraphs(body)
    assert [p.text for p in ps] == ["First para.\nsame para.", "Second.", "Third."]
    assert all(body[p.start:p.end] == p.text for p in ps)
    assert [p.index for p in ps] == [0, 1, 2]


def test_empty_and_blank_bodies():
    for body in ("", "\n\n", "   "):
        p = parsed(body)
        assert p.paragraphs == () and p.sentences == () and p.tokens == () and p.quotations == ()


# --------------------------------------------------------------------------- sentences

@pytest.mark.parametrize("body", [
    "He met Mr. Smith and Mrs. Jones at the U.N. headquarters in New York.",
    "J. R. Smith said N. Korea would respond to Gen. Kim on Jan. 5 and Sept. 9.",
    "He said the U.S. Army and the U.N. Security Council would act.",
    "The U.S. and the U.K. agreed with Lt. Gen. Park, Dr. Lee and Prof. Cho.",
    "Mr Kim met Mrs May in St. Petersburg on Feb. 3 at No. 10 Downing Street.",
    "Washington, D.C. officials and Acme Inc. executives met in the U.S. capital.",
])
def test_abbreviations_and_initials_do_not_end_sentences(body):
    assert sents(body) == [body]


@pytest.mark.parametrize("body, expected", [
    ("He arrived in the U.S. The next day he left.", ["He arrived in the U.S.", "The next day he left."]),
    ("The talks ended at 5 p.m. The leaders then ate.", ["The talks ended at 5 p.m.", "The leaders then ate."]),
    ("He works for Acme Inc. He said so.", ["He works for Acme Inc.", "He said so."]),
    ("Seoul consulted the U.N. But nothing came of it.", ["Seoul consulted the U.N.", "But nothing came of it."]),
    ("North Korea said no. The talks ended.", ["North Korea said no.", "The talks ended."]),
    ("He met Malcolm X. He left.", ["He met Malcolm X.", "He left."]),
    # an initial before a one-letter word does not split: "J. A. Smith"
    ("J. A. Smith spoke.", ["J. A. Smith spoke."]),
])
def test_sentence_final_abbreviation_before_sentence_starter_splits(body, expected):
    assert sents(body) == expected


def test_ordinary_sentences_numbers_and_quotes():
    assert sents("The pact was signed in 1961. The new one differs. Is it real? Yes!") == [
        "The pact was signed in 1961.", "The new one differs.", "Is it real?", "Yes!"]
    assert sents('He said: "Go." Then he left.') == ['He said: "Go."', "Then he left."]
    assert sents("“It is over,” he said. “We won.”") == ["“It is over,” he said.", "“We won.”"]


def test_question_inside_quote_followed_by_lowercase_cue_is_one_sentence():
    assert sents("“Will you go?” she asked. “No!” he replied.") == [
        "“Will you go?” she asked.", "“No!” he replied."]
    assert sents('"Why?" he asked.') == ['"Why?" he asked.']
    # an unknown abbreviation followed by a lower-case word does not end the sentence
    assert sents("He owns 5 p.c. of it. He left.") == ["He owns 5 p.c. of it.", "He left."]
    # eBay-like names are not lower-case continuations
    assert sents("Sales fell. eBay said so.") == ["Sales fell.", "eBay said so."]


def test_a_closing_bracket_or_comma_after_an_abbreviation_goes_on_the_sentence():
    # US party tags end in an abbreviation's period: Punkt cut "(D-R.I.), said" after "R.I."
    assert sents("Sen. Ann Lee (D-R.I.), said the bill would pass. Others agreed.") == [
        "Sen. Ann Lee (D-R.I.), said the bill would pass.", "Others agreed."]
    assert sents("They met in Washington, D.C.; talks went on. It ended.") == [
        "They met in Washington, D.C.; talks went on.", "It ended."]
    # a sentence after an abbreviation still starts where a capital follows
    assert sents("They live in the U.S. They like it.") == ["They live in the U.S.", "They like it."]


@pytest.mark.parametrize("body", [
    'Rep. Ann C. "Bunny" Lee said the bill was dead.',
    "As a result, Tom ‘Tig’ Roe was hurt.",
    "Gov. C.L. “Butch” Otter (R-Idaho) said so.",
    "The physicist George \u201cJay\u201d Keyworth. He left.",
])
def test_a_quoted_nickname_inside_a_name_is_no_quotation(body):
    assert list(parsed(body).quotations) == []


@pytest.mark.parametrize("body, quoted", [
    ("Trump Invokes ‘Pervert’ Anthony Weiner In A Speech", ["Pervert"]),   # Title Case headline
    ('He called it "Crooked" Hillary.', ["Crooked"]),                     # no given name before it
    ("Implement a Concrete “Countering-Jihad” Strategy.", ["Countering-Jihad"]),  # an article before
    ("It Is The “Great Satan”\n\nAn asteroid came.", ["Great Satan"]),       # the name would cross a line
    ('"Bobby" Scott said it.', ["Bobby"]),
])
def test_a_capitalised_quote_that_is_not_a_nickname_stays_a_quotation(body, quoted):
    assert [q.text for q in parsed(body).quotations] == quoted


def test_sentences_never_cross_paragraphs():
    body = "He said the pact was a\n\nbreakthrough. It is."
    p = parsed(body)
    assert [s.text for s in p.sentences] == ["He said the pact was a", "breakthrough.", "It is."]
    assert [s.paragraph for s in p.sentences] == [0, 1, 1]


def test_lists_interviews_and_headline_lines_split_at_line_breaks():
    assert sents("Key points:\n- one thing\n- another thing") == [
        "Key points:", "- one thing", "- another thing"]
    assert sents("1. First item\n2. Second item") == ["1. First item", "2. Second item"]
    assert sents("Q: Will you go?\nA: Yes, I will.") == ["Q: Will you go?", "A: Yes, I will."]
    assert sents("— Will you go?\n— Yes, I will.\n— When?") == [
        "— Will you go?", "— Yes, I will.", "— When?"]
    assert sents("RUSSIA SIGNS PACT\nThe deal was signed today.") == [
        "RUSSIA SIGNS PACT", "The deal was signed today."]
    # hard-wrapped prose (long line, lower-case or mid-sentence continuation) is one sentence
    wrapped = ("This is a hard wrapped line of prose that goes on for quite a while and\n"
               "Then continues here in the same sentence.")
    assert sents(wrapped) == [wrapped]
    assert sents("The leaders of the two countries met on Wednesday in\nPyongyang, officials said.") == [
        "The leaders of the two countries met on Wednesday in\nPyongyang, officials said."]


def test_a_wrapped_line_ending_inside_a_name_is_no_headline():
    # ten words, no final punctuation, a capital next: but it runs to the wrap width
    wrapped = ("The pact was signed on Tuesday by Ruritanian President Anna\n"
               "Lindqvist and her Freedonian counterpart in Oslo.")
    assert sents(wrapped) == [wrapped]
    # a short line, or a Title Case one, before a longer line is still a headline
    assert sents("Defence pact signed\nThe two countries signed a pact on Tuesday in Oslo.") == [
        "Defence pact signed", "The two countries signed a pact on Tuesday in Oslo."]
    assert sents("Speaking with One Voice on the Climate Crisis\nTalks start.") == [
        "Speaking with One Voice on the Climate Crisis", "Talks start."]


def test_user_sentence_rules_and_abbreviations():
    body = "He met Foo. The talks went on."
    assert len(sents(body)) == 2
    abbrevs = load_abbreviations() | {"foo"}
    assert [s.text for s in split_sentences(body, abbreviations=abbrevs)] == [body]
    rules = SentenceRules(final=frozenset({"foo"}), starters=frozenset({"The"}))
    assert len(split_sentences(body, abbreviations=abbrevs, sentence_rules=rules)) == 2


@pytest.mark.parametrize("body, expected", [
    ("Asked whether he would sign, he said no. Kim left the room.",
     ["Asked whether he would sign, he said no.", "Kim left the room."]),
    ("The senator fell ill. Jones took over.", ["The senator fell ill.", "Jones took over."]),
    ("They met at No. 10 Downing Street.", ["They met at No. 10 Downing Street."]),
    ("It was no. 5 on the list.", ["It was no. 5 on the list."]),
    ("Mr. Kim met Miss. Park.", ["Mr. Kim met Miss. Park."]),
])
def test_an_abbreviation_written_in_lower_case_is_the_word(body, expected):
    # "No", "Ill" are listed with their capital: "no." and "ill." in lower case end a sentence
    assert sents(body) == expected


def test_user_abbreviation_file(tmp_path):
    f = tmp_path / "abbr.yaml"
    f.write_text("mine: [Xyz]\nsentence_final: [Xyz]\nsentence_starters: [The]\n", encoding="utf-8")
    assert load_abbreviations(str(f)) == frozenset({"xyz"})
    rules = load_sentence_rules(str(f))
    assert rules.final == frozenset({"xyz"}) and rules.starters == frozenset({"The"})
    assert rules.capitalised == frozenset({"xyz"})
    # starters are not abbreviations in the packaged list
    assert "the" not in load_abbreviations()
    assert {"u.s", "u.n", "mr", "mrs", "gen", "jan", "sept"} <= load_abbreviations()


# --------------------------------------------------------------------------- quotations

def test_straight_and_curly_double_quotes():
    assert quotes('He said "it is over" today.') == ["it is over"]
    assert quotes("He said “it is over” today.") == ["it is over"]
    p = parsed("“It is a deal,” he said.")
    q = p.quotations[0]
    assert (q.text, q.mark, q.depth, q.closed, q.open_at, q.close_at) == (
        "It is a deal,", "double", 0, True, 0, 14)
    assert (q.outer_start, q.outer_end) == (0, 15)


def test_single_quotes_as_quotation_marks():
    p = parsed("Russia offered ‘military assistance’ to the North.")
    assert [(q.text, q.mark) for q in p.quotations] == [("military assistance", "single")]
    assert quotes("'Fine,' she said. 'Really.'") == ["Fine,", "Really."]


def test_nested_quotes():
    p = parsed("“It is a ‘most honest friend’ of ours,” he said.")
    assert [(q.text, q.depth) for q in p.quotations] == [
        ("It is a ‘most honest friend’ of ours,", 0), ("most honest friend", 1)]
    # British style: single outside, double inside
    p = parsed("He said: ‘I said “no” twice.’")
    assert [(q.text, q.mark, q.depth) for q in p.quotations] == [
        ("I said “no” twice.", "single", 0), ("no", "double", 1)]


def test_mixed_pair_curly_open_straight_close():
    assert quotes('“It is a deal," said NPR\'s source.') == ["It is a deal,"]


def test_marks_glued_to_neighbouring_text():
    assert quotes("He adds,“and it may be the kind of outcome,” later.") == [
        "and it may be the kind of outcome,"]
    assert quotes('He said,"yes,"and left.') == ["yes,"]
    assert quotes('Asked:"Why?"he left.') == ["Why?"]
    # Documented limitation: a straight mark with letters on both sides ('said"yes"and')
    # is neither an opening nor a closing mark; it is reported, never fatal.
    p = parsed('He said"yes"and left.')
    assert p.quotations == () and len(p.stray_marks) == 2


@pytest.mark.parametrize("body", [
    "Korea's and Korea’s and don't and won’t.",
    "Rock 'til dawn, rock ’til dawn.",
    "The ’90s and the '90s and the 1990s' boom.",
    "The countries’ relationship and the leaders' meeting.",
    "Rock ’n’ roll and rock 'n' roll.",
    "Tell 'em, tell ’em.",
])
def test_apostrophes_are_not_quotes(body):
    p = parsed(body)
    assert p.quotations == ()
    assert p.stray_marks == ()
    assert all(t.voice == "narrator" for t in p.tokens)


def test_plural_possessive_inside_single_quotes():
    assert quotes("‘The countries’ relationship is good,’ he said.") == [
        "The countries’ relationship is good,"]
    # but a single-quoted word followed by a lower-case word still closes
    assert quotes("He called them ‘traitors’ and left.") == ["traitors"]
    assert quotes("He called them ‘traitors’ and the countries’ leaders agreed.") == ["traitors"]


def test_quote_continuing_across_paragraphs():
    body = "“This is the first part.\n\n“This is the second part,” he said.\n\nNarrator."
    p = parsed(body)
    a, b = p.quotations
    assert (a.text, a.continues, a.continued, a.closed, a.paragraph) == (
        "This is the first part.", True, False, False, 0)
    assert (b.text, b.continues, b.continued, b.closed, b.paragraph) == (
        "This is the second part,", False, True, True, 1)
    assert p.stray_marks == ()
    assert [t.voice for t in p.tokens if t.text == "Narrator"] == ["narrator"]


def test_three_paragraph_quote_in_single_marks():
    body = "‘We will not stop,’ said Mr Kim.\n\n‘It goes on.\n\n‘And it ends here,’ he added."
    p = parsed(body)
    assert [(q.text, q.continues, q.continued) for q in p.quotations] == [
        ("We will not stop,", False, False), ("It goes on.", True, False),
        ("And it ends here,", False, True)]


def test_unclosed_quote_never_swallows_the_next_paragraph():
    body = 'He said "we will win.\n\nThe next paragraph is narration.'
    p = parsed(body)
    assert [q.text for q in p.quotations] == ["we will win."]
    assert p.quotations[0].paragraph == 0 and not p.quotations[0].closed
    assert [(s.offset, s.reason) for s in p.stray_marks] == [(8, "quote not closed before paragraph end")]
    assert all(t.voice == "narrator" for t in p.tokens if t.start > p.paragraphs[1].start)


def test_stray_straight_quote_does_not_swallow_rest_of_long_paragraph():
    body = ('She said "hello there and then walked away. Then another long sentence follows '
            'here, and another one after it. The end.')
    p = parsed(body)
    assert [q.text for q in p.quotations] == ["hello there and then walked away."]
    later = [t for t in p.tokens if t.text in ("another", "end")]
    assert later and all(t.voice == "narrator" for t in later)


def test_paragraph_opening_quote_left_open_runs_to_paragraph_end():
    p = parsed('"We will fight. We will win.\n\nHe left.')
    assert [q.text for q in p.quotations] == ["We will fight. We will win."]


def test_stray_and_unbalanced_marks_never_raise():
    cases = ['"', "“", "”", "'", "‘’", '""', '" "', "”Backwards“ marks.", 'He is 6\'2" tall.',
             "A stray \" mark, then “a quote” later.", "«", "»«", "„", "‚", "\n\n\"\n\n"]
    for body in cases:
        parsed(body)
    p = parsed("A stray \" mark, then “a quote” later.")
    assert [q.text for q in p.quotations] == ["a quote"]
    assert [s.mark for s in p.stray_marks] == ['"']
    p = parsed('He is 6\'2" tall and said "fine".')
    assert [q.text for q in p.quotations] == ["fine"]


def test_same_kind_reopening_abandons_the_earlier_mark():
    p = parsed('He said "hello and she said "goodbye" to him. Then narration.')
    assert [(q.text, q.closed) for q in p.quotations] == [
        ("hello and she said", False), ("goodbye", True)]
    assert any("abandoned" in s.reason for s in p.stray_marks)


def test_french_guillemets_and_german_marks():
    # content excludes the spaces French typography puts inside « »
    assert quotes("Il a dit « nous allons gagner » hier.") == ["nous allons gagner"]
    assert quotes("Er sagte „wir kommen“ und ging.") == ["wir kommen"]
    assert quotes("Er sagte »wir kommen« und ging.") == ["wir kommen"]
    # Documented limitation: German single ‚...‘ nested inside „...“ pairs by context
    # alone; it is found, but only because the closing ‘ is followed by a space.
    assert quotes("„Er sagte ‚nein‘ dazu“, sagte sie.") == ["Er sagte ‚nein‘ dazu", "nein"]


@pytest.mark.parametrize("body, expected", [
    ("« Nous refusons », a déclaré le ministre.", ["Nous refusons"]),
    ("Le ministre a dit « non ».", ["non"]),
    ("‹ Oui ›, dit-il.", ["Oui"]),
    ("Er sagte »nein«, und ging.", ["nein"]),       # German »...«: » opens before a word
])
def test_a_spaced_closing_guillemet_before_punctuation_closes(body, expected):
    # French sets a space before the closing » even when a comma or period follows it
    p = parsed(body)
    assert [q.text for q in p.quotations] == expected
    assert all(q.closed for q in p.quotations) and not p.stray_marks


def test_empty_quotation_is_a_stray_not_a_span():
    p = parsed('The "" empty.')
    assert p.quotations == () and [s.reason for s in p.stray_marks] == ["empty quotation"]


def test_find_quotations_standalone_matches_parse_text():
    body = "“A ‘b’ c,” he said.\n\n“D.\n\n“E,” she said."
    qs, strays = find_quotations(body)
    assert qs == list(parse_text(body).quotations) and strays == []


# --------------------------------------------------------------------------- tokens and voice

def test_tokens_with_offsets():
    body = "The U.S. paid $1,402.5 in 2024, Korea’s share was 5%."
    toks = tokenize(body)
    assert [t for _, _, t in toks] == ["The", "U.S.", "paid", "$", "1,402.5", "in", "2024", ",",
                                       "Korea’s", "share", "was", "5%", "."]
    assert all(body[s:e] == t for s, e, t in toks)
    assert [t for _, _, t in tokenize("U.S.-led talks ... and Kim Jong-un")] == [
        "U.S.-led", "talks", "...", "and", "Kim", "Jong-un"]


def test_token_voice_narrator_and_quoted():
    p = parsed("Putin said the “imperialist” policy was wrong.")
    voice = {t.text: t.voice for t in p.tokens}
    assert voice["imperialist"] == "quoted"
    assert voice["policy"] == voice["Putin"] == "narrator"
    assert voice["“"] == voice["”"] == "narrator"   # the marks themselves are not quoted words


def test_voice_of_with_paraphrase_spans():
    body = "The spokesman said rogue states were to blame, calling it “blatant”."
    p = parsed(body)
    s = body.index("rogue states")
    e = s + len("rogue states")
    assert p.voice_of(s, e) == "narrator"
    assert p.voice_of(s, e, paraphrase_spans=[(s - 1, e + 20)]) == "paraphrase"
    b = body.index("blatant")
    assert p.voice_of(b, b + 7, paraphrase_spans=[(0, len(body))]) == "quoted"
    assert p.is_quoted(b, b + 7) and not p.is_quoted(s, e)


def test_lookups_by_offset():
    body = "First one. Second “two”.\n\nThird."
    p = parsed(body)
    assert p.sentence_at(body.index("Second")).text == "Second “two”."
    assert p.paragraph_at(body.index("Third")).index == 1
    assert p.sentence_at(body.index("\n")) is None
    assert [q.text for q in p.quotations_at(body.index("two"))] == ["two"]
    assert all(t.sentence == p.sentence_at(t.start).index for t in p.tokens)


def test_seed_like_paragraph():
    body = ("The treaty upgrades the countries' relationship to a “comprehensive strategic "
            "partnership.” It specifies that if either side goes to war, “the other side shall "
            "provide military and other assistance,” according to a treaty text.")
    p = parsed(body)
    assert [q.text for q in p.quotations] == [
        "comprehensive strategic partnership.", "the other side shall provide military and other assistance,"]
    assert [s.text[:20] for s in p.sentences] == ["The treaty upgrades ", "It specifies that if"]


@pytest.mark.parametrize("body, n_quotations, n_sentences", [
    ("“‘" * 20000, 20000, 1),                   # every mark opens: abandoned quotes pile up
    ("‘a " + "boys’ toys " * 20000, 1, 1),      # plural possessives inside an open single quote
    ("x.y" * 30000 + ". The end.", 0, 2),       # one huge word before a sentence-final check
])
def test_pathological_inputs_parse_whole(body, n_quotations, n_sentences):
    # values only (tests assert no timings); their growth is benchmarks/hostile.py's (unbalanced_quotes, huge_token)
    p = parse_text(body)
    assert (len(p.quotations), len(p.sentences)) == (n_quotations, n_sentences)
    _check_spans(p)


@pytest.mark.parametrize("body, quoted", [
    ('"We will not back down on this, " the mayor said.', ["We will not back down on this,"]),
    ("\"They call it 'a fair deal,' \" the farmer told reporters.",
     ["They call it 'a fair deal,'", "a fair deal,"]),
    ('The coach praised the "quick " defenders and "the bench."', ["quick", "the bench."]),
])
def test_straight_close_after_space_pairs_when_paragraph_is_balanced(body, quoted):
    qs, strays = find_quotations(body)
    assert [body[q.start:q.end].strip() for q in qs] == quoted
    assert strays == []


def test_straight_mark_after_space_does_not_close_an_odd_paragraph():
    body = 'She left " early, and the "talks went on.'
    qs, _ = find_quotations(body)
    assert all(not body[q.start:q.end].startswith(" early") for q in qs)


@pytest.mark.parametrize("body, quoted", [
    ("''The levy is unfair,'' the farmer said.", ["The levy is unfair,"]),
    ("She called the plan ''a fair deal.''", ["a fair deal."]),
    ("''They keep saying, 'the road is safe,''' the driver said.",
     ["They keep saying, 'the road is safe,'", "the road is safe,"]),
])
def test_two_apostrophes_act_as_one_double_mark(body, quoted):
    qs, strays = find_quotations(body)
    assert [body[q.start:q.end] for q in qs] == quoted
    assert strays == []
