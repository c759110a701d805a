"""Cleaning rules on inputs they were not written for (not the seed articles)."""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus.cleaning import clean_body, clean_headline, load_cleaning_rules, looks_like_credit, parse_date_line
from analysis.lexicons import LexiconError, packaged_lexicon_text

HEADLINE = "Putin and Kim sign pact"


def reasons(result) -> dict[str, str]:
    return {r.text.strip(): r.reason for r in result.removed}


def test_guardian_caption_share_and_timestamps():
    text = ("Vladimir Putin and Kim Jong-un at the signing ceremony. Photograph: Gavriil Grigorov/AP\n\n"
            "The two leaders met for the first time in 2019.\n\n"
            "Share this article\nShare on Facebook Share on Twitter\n\n"
            "Thursday 20 June 2024 10.32 BST\n\nFirst published on Wed 19 Jun 2024 07.16 BST\n")
    r = clean_body(text, headline=HEADLINE)
    assert r.body == "The two leaders met for the first time in 2019."
    got = reasons(r)
    assert got["Vladimir Putin and Kim Jong-un at the signing ceremony. Photograph: Gavriil Grigorov/AP"] \
        == "photo caption with credit"
    assert got["Share this article"] == got["Share on Facebook Share on Twitter"] == "share widget"
    assert r.metadata["date"] == "2024-06-19"  # the explicit "published" line wins


def test_ap_byline_caption_contributor_and_copyright():
    text = ("By MARI YAMAGUCHI and HYUNG-JIN KIM\n\n"
            "TOKYO (AP) — Japan said on Thursday it was alarmed.\n\n"
            "(AP Photo/Ahn Young-joon)\n\n"
            "FILE - Kim Jong Un speaks. (Korean Central News Agency/Korea News Service via AP, File)\n\n"
            "The talks ended late.\n\n"
            "Associated Press writer Kim Tong-hyung in Seoul contributed to this report.\n\n"
            "Copyright 2024 The Associated Press. All rights reserved.")
    r = clean_body(text)
    assert r.body == "TOKYO (AP) — Japan said on Thursday it was alarmed.\n\nThe talks ended late."
    assert r.metadata["byline"] == "Mari Yamaguchi, Hyung-Jin Kim"
    assert r.metadata["credits"].startswith("Associated Press writer Kim Tong-hyung")
    assert [x.line for x in r.removed] == [1, 5, 7, 11, 13]


def test_afp_getty_credit_lines_and_copyright_symbol():
    text = ("A man watches a TV news broadcast in Seoul on June 19, 2024. - AFP\n"
            "Seoul, South Korea — The summit lasted two days.\n"
            "Getty Images\nAFP via Getty Images\nSTR/AFP\nReuters/Kim Hong-Ji\nPhoto: Reuters\n"
            "© 2024 AFP\nAll rights reserved.")
    r = clean_body(text)
    assert r.body == "Seoul, South Korea — The summit lasted two days."
    got = reasons(r)
    assert got["A man watches a TV news broadcast in Seoul on June 19, 2024. - AFP"] == "photo caption with credit"
    assert {got[k] for k in ("Getty Images", "AFP via Getty Images", "STR/AFP", "Reuters/Kim Hong-Ji")} \
        == {"photo credit"}
    assert got["© 2024 AFP"] == "copyright footer"
    assert len(r.removed) == 8


def test_bbc_image_labels_byline_with_outlet_and_relative_time():
    text = ("Image source, Getty Images\nImage caption, Mr Putin was greeted by Kim Jong Un\n"
            "By Frances Mao & Jean Mackenzie, BBC News\nPublished 19 June 2024\n\n"
            "The visit is Mr Putin's first in 24 years.\nUpdated 2 hours ago")
    r = clean_body(text)
    assert r.body == "The visit is Mr Putin's first in 24 years."
    assert r.metadata["byline"] == "Frances Mao, Jean Mackenzie"  # "BBC News" is not a person
    assert r.metadata["date"] == "2024-06-19"


def test_caption_pair_alt_text_then_caption():
    text = ("First paragraph.\n\n"
            "Troops on parade\nSoldiers march past the leaders on Wednesday - Getty Images Europe\n\n"
            "Second paragraph.")
    r = clean_body(text)
    assert r.body == "First paragraph.\n\nSecond paragraph."
    assert reasons(r)["Troops on parade"].startswith("photo alt text")


def test_wire_credit_tail_ends_article_and_goes_to_metadata():
    text = ("The ministry said talks would continue.\n\n"
            "(Reporting by Jane Doe in Tokyo; Writing by John Roe; Editing by Ed Itor)\n\n"
            "Our Standards: The Thomson Reuters Trust Principles.")
    r = clean_body(text, first_line=2)
    assert r.body == "The ministry said talks would continue."
    assert r.metadata["credits"] == "(Reporting by Jane Doe in Tokyo; Writing by John Roe; Editing by Ed Itor)"
    assert [(x.line, x.reason.split(" (")[0]) for x in r.removed] == [
        (4, "wire credit line"), (6, "after the wire credit line that ends the article")]


def test_content_farm_block_without_copyright_and_repeated_headline():
    text = ("Real article paragraph one.\n\nReal article paragraph two?\n\n"
            f"{HEADLINE} (2023)\n\nFAQs\n\nWhat did Putin sign? ›\n\nA treaty.\n\n"
            "Author information\n\nName: Jane Fake\n\nHobby: Knitting")
    r = clean_body(text, headline=HEADLINE)
    assert r.body == "Real article paragraph one.\n\nReal article paragraph two?"
    assert {x.reason for x in r.removed} == {"content-farm block appended after the article"}
    assert r.removed[0].text == f"{HEADLINE} (2023)"


def test_repeated_headline_caption_and_stray_marks_mid_article():
    text = f"Para one.\n\n{HEADLINE} (3)\n\nAhn Young-joon / AP\n\n/\n\n \u00a0\n\nPara two.\n\n{HEADLINE}"
    r = clean_body(text, headline=HEADLINE)
    assert r.body == "Para one.\n\nPara two."
    got = [x.reason for x in r.removed]
    assert got == ["photo caption (repeated headline)", "photo credit", "line without letters or digits",
                   "whitespace-only line", "photo caption (repeated headline)"]


@pytest.mark.parametrize("line", [
    "By the end of the day, the two men had signed the treaty.",
    'Kim said the pact was "a new high" - a phrase Putin repeated.',
    "AP reported that the talks lasted hours.",
    "June 19, 2024 was a hot day in Pyongyang.",
    "The U.S. / South Korea alliance - which dates to 1953 - remains.",
    "Reuters said it could not verify the report.",
    "Kim Jong Un",
    "Share prices in Seoul fell 2% on the news.",
    "Copyright law was not discussed at the summit.",
    "Copyright Office officials declined to comment in 2023.",
    "What happens next? Analysts are divided.",
    "SEOUL (Reuters) -North Korea and Russia have agreed to provide immediate aid.",
    "The talks were held in Moscow (Russia).",
])
def test_body_lines_are_kept(line):
    r = clean_body(f"Opening paragraph.\n\n{line}\n\nClosing paragraph.", headline=HEADLINE)
    assert r.removed == ()
    assert line in r.body.split("\n")


@pytest.mark.parametrize("line,date", [
    ("Thu Jun 20 2024", dt.date(2024, 6, 20)),
    ("Updated June 20, 2024 at 13:34 PM ET", dt.date(2024, 6, 20)),
    ("June 19, 2024", dt.date(2024, 6, 19)),
    ("19 June 2024", dt.date(2024, 6, 19)),
    ("Wednesday, 19th June 2024 | 08:15 KST", dt.date(2024, 6, 19)),
    ("2024-06-19T08:15:00Z", dt.date(2024, 6, 19)),
    ("Published: 19/06/2024", dt.date(2024, 6, 19)),
    ("June 19, 2024 was hot", None),
    ("June 2024", None),
    ("Feb 30 2024", None),
])
def test_parse_date_line(line, date):
    assert parse_date_line(line) == date


@pytest.mark.parametrize("text,expected", [
    ("AP", True), ("Getty Images", True), ("Ahn Young-joon / AP", True), ("STR/AFP", True),
    ("VLADIMIR SMIRNOV/SPUTNIK/KREMLIN POOL/EPA-EFE/Shutterstock", True), ("(AP Photo/Lee Jin-man)", True),
    ("JOHN SMITH/POOL PHOTO", True),
    ("Reuters said it could not verify the report.", False), ("Kim Jong Un", False),
    ("North Korea / Russia", False), ("AP reported", False),
])
def test_looks_like_credit(text, expected):
    assert looks_like_credit(text) is expected


def test_clean_headline_suffix():
    assert clean_headline("Pact signed (2024)") == ("Pact signed", "(2024)")
    assert clean_headline("Pact signed (1)") == ("Pact signed", "(1)")
    assert clean_headline("Pact signed  in   Pyongyang") == ("Pact signed in Pyongyang", None)


def test_paragraph_structure_and_line_numbers():
    r = clean_body("  First line\nsame paragraph  \n\n\n\nSecond.\nAP\nThird.", first_line=10)
    assert r.body == "First line\nsame paragraph\n\nSecond.\n\nThird."
    assert [(x.line, x.text) for x in r.removed] == [(16, "AP")]


def test_user_rules_file(tmp_path):
    assert load_cleaning_rules().source == "analysis/lexicons/cleaning.yaml"
    base = packaged_lexicon_text("cleaning.yaml")
    custom = tmp_path / "rules.yaml"
    custom.write_text(base.replace("[AP, AP Photo,", "[Daily Bugle Photo Desk, AP, AP Photo,", 1), "utf-8")
    text = "Body.\n\nDaily Bugle Photo Desk"
    assert clean_body(text).removed == ()
    r = clean_body(text, rules=load_cleaning_rules(custom))
    assert [x.reason for x in r.removed] == ["photo credit"]
    bad = tmp_path / "bad.yaml"
    bad.write_text("photo_credits: {entries: [1, 2]}\n", "utf-8")
    with pytest.raises(LexiconError, match=r"bad.yaml:1: 'photo_credits' must hold a list of strings.*entry 1 \(1\)"):
        load_cleaning_rules(bad)
    bad.write_text("photo_credit: {entries: [AP]}\n", "utf-8")
    with pytest.raises(LexiconError, match="bad.yaml: unknown section.s. photo_credit; known: photo_credits"):
        load_cleaning_rules(bad)
    bad.write_text("copyright_patterns:\n  rationale: r\n  entries: ['(unclosed']\n", "utf-8")
    with pytest.raises(LexiconError, match=r"bad.yaml:2: bad regular expression in 'copyright_patterns'"):
        load_cleaning_rules(bad)


# --------------------------------------------------------------------------- properties

from hypothesis import given, settings, strategies as st  # noqa: E402

_LINES = st.sampled_from([
    "", " ", "\u00a0", "AP", "/", "By Jane Doe", "June 19, 2024", "Share this article", "FAQs",
    "What is it? ›", "Copyright 2024 X", "(Reporting by A; Editing by B)", "Name: Fake", HEADLINE,
    f"{HEADLINE} (2024)", "Caption text - Getty Images", "Kim said it was “historic.”",
    "The talks ended.", "Putin arrived in Pyongyang on Wednesday.",
]) | st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), max_size=40)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINES, max_size=30))
def test_every_line_is_kept_or_reported(lines):
    text = "\n".join(lines)
    r = clean_body(text, headline=HEADLINE, first_line=1)
    removed = {x.line for x in r.removed}
    body_lines = r.body.split("\n") if r.body else []
    kept = [ln.strip() for n, ln in enumerate(lines, start=1) if ln.strip() and n not in removed]
    assert [b for b in body_lines if b] == kept  # nothing silently dropped, order kept
    assert all(x.text == lines[x.line - 1] for x in r.removed)
    assert "\n\n\n" not in r.body and r.body == r.body.strip()


def test_credit_line_at_the_top_does_not_end_the_article():
    text = "Compiled by Jane Doe\n\nThe ministry said on Thursday that talks would continue next week.\n\nMore talks."
    r = clean_body(text)
    assert r.body == "The ministry said on Thursday that talks would continue next week.\n\nMore talks."
    assert r.metadata["credits"] == "Compiled by Jane Doe"
    assert [x.line for x in r.removed] == [1]


@pytest.mark.parametrize("line", [
    "Read also: Minister urges allies to send more air defence",
    "READ MORE: Inside the leader's armoured train",
    "Also Read | Opposition walks out of budget debate",
    "Related: Ten things to know about the port deal",
    "RELATED COVERAGE",
    "See more » Photos from the summit",
    "Follow our live coverage of the summit for the latest updates.",
    "Follow Harbour Radio's live blog for updates.",
    "Sign up for our Asia briefing newsletter",
    "Click here to read the full text",
    "Recommended for you",
    "Suggested reading: How the port was built",
    "Read more - Inside the leader's armoured train",
])
def test_links_to_other_stories_are_removed(line):
    r = clean_body(f"The minister spoke on Monday.\n\n{line}\n\nShe left on Tuesday.", headline=HEADLINE)
    assert reasons(r) == {line: "link to another story or live coverage"}
    assert r.body == "The minister spoke on Monday.\n\nShe left on Tuesday."


@pytest.mark.parametrize("line", [
    "Read more of the minister's remarks below, she said.",
    "Related talks in Geneva stalled on Tuesday.",
    "Follow-up talks are planned for July.",
    "Subscribers to the newspaper complained about the price.",
    "See also how the port was built: a story of three decades.",
    "Recommended reading for new council members includes the 1998 flood report, the mayor said.",
    "Suggested reading lists were removed from school libraries last year.",
    "Suggested stories about the fire spread online before police could respond.",
    "Sign up for the flood alerts rose sharply after the storm, officials said.",
    "Sign up numbers for the government's text alerts fell by half in a year.",
    "Click here, the phishing email told staff, and the bank's system froze.",
    "Tap here to pay, the sign on the bus said, but the readers did not work.",
    "Follow the leader's live coverage on state television, the order said, or face fines.",
    "Read more — and read carefully — the judge told jurors before they retired.",
    "Also read - carefully - the small print, consumer groups warn.",
])
def test_body_sentences_like_link_labels_are_kept(line):
    r = clean_body(f"The minister spoke on Monday.\n\n{line}\n\nShe left on Tuesday.", headline=HEADLINE)
    assert r.removed == ()
