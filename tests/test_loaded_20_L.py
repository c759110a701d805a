"""Round 20 (L): loaded language and its voice.

* a magazine interview printed as bold questions and plain answer paragraphs: the answers are the interviewee's own
  words (quoted voice), her reports of someone else's naming or directive are entries;
* (further sections below: lexicon classes of round 20).

Every sentence here is written for the test (invented names, places and outlets).
"""

from __future__ import annotations

import datetime as dt

import pytest

from analysis.corpus import Article
from analysis.extract import annotate
from analysis.measures import wording as w
from analysis.text import parse_article
from analysis.text.segment import parse_text
from analysis.text.transcript import find_bold_interview


def doc(body: str):
    return parse_article(Article(outlet="Wire", title="t", date=dt.date(2024, 1, 1), body=body))


def terms(body: str) -> list[str]:
    return [h.entry.term for h in w.find_terms(doc(body))]


def voices(body: str) -> dict[str, str]:
    return {h.matched_text: h.voice for h in w.find_terms(doc(body))}


# ---------------------------------------------------------------- bold-question interviews

INTERVIEW = (
    "The port economist Lena Varga on what the new canal toll means for freight.\n\n"
    "Ministers in Dorvania have called the toll a tax on trade, and Varga says her inbox is full.\n\n"
    "**What changed this week?**\n\n"
    "Nothing on paper. But every client I have asks whether the toll feeds the war machine of the junta.\n\n"
    "**Which of your clients are most exposed?**\n\n"
    "Shippers first. We see about ten vessels a day turn back. Nobody wants to insure two pariah states. "
    "The harbour board calls it a temporary measure, and the regulator has told insurers to review their cover.\n\n"
    "**What happens next?**\n\n"
    "I expect more diversions before the winter."
)


def test_bold_interview_answers_are_quoted_voice():
    v = voices(INTERVIEW)
    assert v["war machine"] == "quoted"
    assert v["pariah states"] == "quoted"


def test_bold_interview_turns_are_the_answer_paragraphs():
    pt = parse_text(INTERVIEW)
    answers = [INTERVIEW[t.start:t.end] for t in pt.turns if t.role == "answer"]
    assert [a.split(".")[0] for a in answers] == ["Nothing on paper", "Shippers first", "I expect more diversions before the winter"]
    assert all(t.label == "" for t in pt.turns)
    # the intro and the questions are the outlet's own words
    assert not pt.in_answer(INTERVIEW.index("Ministers"))
    assert not pt.in_answer(INTERVIEW.index("Which of your clients"))


def test_bold_interview_reports_of_others_are_entries():
    d = annotate(doc(INTERVIEW))
    got = {(d.text.body[a.cue_start:a.cue_end], d.text.body[a.start:a.end]) for a in d.attributions}
    assert ("calls it", "a temporary measure") in got                 # the harbour board's naming
    assert ("told", "to review their cover") in got                    # the regulator's directive to insurers


def test_a_directive_to_the_interviewee_is_no_entry():
    body = INTERVIEW.replace("the regulator has told insurers to review their cover",
                             "my old boss told me to keep quiet about it")
    d = annotate(doc(body))
    assert not any(d.text.body[a.start:a.end].startswith("to keep quiet") for a in d.attributions)
    assert any(d.text.body[a.cue_start:a.cue_end] == "calls it" for a in d.attributions)


@pytest.mark.parametrize("body", [
    # a FAQ explainer: bold questions answered in the outlet's own voice (no first person)
    "**What was agreed?**\n\nThe two ports agreed to share a pilot service, officials said.\n\n"
    "**Why does it matter?**\n\nThe canal carries a tenth of the region's freight, the ministry said.\n\n"
    "**What next?**\n\nA review is due in March.",
    # one bold question only
    "**Is the toll fair?**\n\nI think it is a tax on trade and we will fight it.\n\nThe mayor disagreed.",
    # bold lines that ask nothing
    "**Key facts**\n\nWe counted ten vessels.\n\n**The toll**\n\nI think it is high.",
])
def test_no_bold_interview(body):
    assert find_bold_interview(body, parse_text(body).paragraphs) == ()


def test_bold_interview_narration_after_last_answer():
    body = INTERVIEW + "\n\nThe ministry said on Friday that the toll would stay."
    pt = parse_text(body)
    assert not pt.in_answer(body.index("The ministry said"))


# ---------------------------------------------------------------- lexicon classes of round 20

def all_terms(body: str) -> list[str]:
    return [h.entry.term for h in w.find_terms(doc(body), tiers=("core", "borderline", "general", "pattern"))]


GENOCIDAL = "<atrocity_adjective> blockade"
CRIMINAL = "criminal blockade"


@pytest.mark.parametrize("body, term", [
    ("Marovia has endured for decades the genocidal blockade imposed by Halvard.", GENOCIDAL),
    ("The foreign ministry denounced the murderous sanctions on the island.", "<atrocity_adjective> sanctions"),
    ("Its envoy called the measures an inhuman embargo against a small nation.", "<atrocity_adjective> embargo"),
    ("The agency called the measures \"a criminal blockade\" that the pact would break.", CRIMINAL),
    ("A columnist wrote that the criminal siege of the port must end.", "criminal siege"),
    ("\"The empire has lost patience with us,\" the minister said.", "empire"),
    ("Speakers at the rally said the empire fears a free Marovia.", "empire"),
    ("She is the junta's most reliable attack dog, critics say.", "attack dog"),
    ("The senator has long served as the party's attack dog on television.", "attack dog"),
])
def test_round20_labels_counted(body, term):
    assert term in terms(body)


@pytest.mark.parametrize("body, term", [
    ("Lawyers said criminal sanctions would follow the audit.", "criminal sanctions"),
    ("Police ended the criminal siege after the gunman freed the hostages.", "criminal siege"),
    ("Murderous embargo runners were caught off the coast.", "<atrocity_adjective> embargo"),
    ("The Ottoman empire lost the province, and the empire never recovered it.", "empire"),
    ("He built a media empire, and the empire now owns six papers.", "empire"),
    ("The founder says the empire of coffee shops will keep growing.", "empire"),
    ("In the film, the empire strikes back at the rebels.", "empire"),
    ("Tourists queued outside the Empire State Building.", "empire"),
    ("The emperor's court moved north and the empire shrank.", "empire"),
    ("Police said the attack dog bit a jogger in the park.", "attack dog"),
    ("The trainer keeps three attack dogs at the kennel.", "attack dog"),
])
def test_round20_literal_senses_not_counted(body, term):
    assert term not in terms(body)


@pytest.mark.parametrize("body, counted", [
    ("\"You cannot keep quiet when two states sign a war pact,\" the senator said.", True),
    ("Critics called the treaty an aggression pact aimed at the south.", True),
    ("The war ended the pact between the two kingdoms.", False),         # no compound: 'war' and 'pact' apart
    ("Negotiators signed the trade war pact in Geneva.", False),          # a pact ending a trade war
    ("The two states signed a non-aggression pact in 1939.", False),
    ("The post-war pact set the border at the river.", False),
    ("Historians still debate the Cold War pact.", False),
])
def test_war_pact_is_core(body, counted):
    # the invented golds disagree (the sixteenth and twenty-fifth sets list it, the tenth and eleventh leave it out):
    # borderline in round 20, core since round 26 (the later sets win)
    assert ("war pact" in terms(body)) is counted


# ---------------------------------------------------------------- the servility template's time adverbial

SERVILITY_OF = "<servility_adjective> tool of"


@pytest.mark.parametrize("body", [
    "Her rivals called the premier a pliant tool of Moscow last year.",
    "Critics said he became a pliant tool of the Kremlin this week.",
    "Opponents called the council an obedient tool of Rome yesterday.",
])
def test_servility_master_followed_by_a_time_adverbial(body):
    assert any(t.startswith("<servility_adjective>") for t in terms(body))


@pytest.mark.parametrize("body", [
    "Critics call him a pliant tool of Moscow elites this year.",
    "The mayor is a pliant tool of Moscow oligarchs, the blogger said.",
])
def test_servility_master_modifying_a_noun_before_a_time_adverbial(body):
    assert not any(t.startswith("<servility_adjective>") for t in terms(body))


# ---------------------------------------------------------------- one court-process list, read by two entries

def test_court_process_anchors_written_once():
    from analysis.measures.wording.lexicon import load_loaded_terms
    lex = load_loaded_terms()
    by_term = {e.term: e for e in lex.entries}
    court = set(lex.rules.classes["court_process_word"])
    assert court <= set(by_term["war criminal"].context_exclude[2])
    assert court == set(by_term["accomplice in war crimes"].context_exclude[2])
    assert "Nuremberg" in by_term["war criminal"].context_exclude[2]


@pytest.mark.parametrize("body, counted", [
    ("A columnist wrote that the regime was an accomplice in war crimes.", True),
    ("He was charged as an accomplice in war crimes at the tribunal.", False),
    ("Prosecutors named the colonel an accomplice in war crimes.", False),
])
def test_court_process_anchor_guard(body, counted):
    assert ("accomplice in war crimes" in terms(body)) is counted


def test_unknown_anchor_class_is_refused(tmp_path):
    from analysis.lexicons import LexiconError
    from analysis.measures.wording.lexicon import load_loaded_terms
    f = tmp_path / "mine.yaml"
    f.write_text("extend: true\nentries:\n  - {term: frobnicator, category: label, source: test,\n"
                 "     context_exclude: {anchors: [\"<no_such_class>\"]}}\n", encoding="utf-8")
    with pytest.raises(LexiconError):
        load_loaded_terms(f)


def test_capitalised_empire_is_a_name():
    assert "empire" not in terms("After Napoleon and the Empire, no restoration was in sight.")


def test_column_with_bold_subheads_is_no_interview():
    body = ("I have covered the canal for ten years.\n\n**Why does the toll matter?**\n\n"
            "I think it is a tax on trade, and the junta's war machine will feed on it.\n\n"
            "**What comes next?**\n\nWe will see more diversions, I expect.")
    assert find_bold_interview(body, parse_text(body).paragraphs) == ()
    assert voices(body)["war machine"] == "narrator"


def test_interview_announced_before_questions_without_second_person():
    body = ("Lena Varga spoke to us about the toll.\n\n**What changed this week?**\n\n"
            "Nothing on paper. I think the junta's war machine will feed on it.\n\n"
            "**What comes next?**\n\nWe will see more diversions, I expect.")
    assert len(find_bold_interview(body, parse_text(body).paragraphs)) == 2


# ---------------------------------------------------------------- a broadcast's cast line names the outlet's side

from analysis.text.transcript import _cast_staff  # noqa: E402

PANEL = (
    "EVENING REVIEW | Harbour TV | 20 June\n\n"
    "Presenters: Ines Marlow and Tobias Kerr. Correspondent: Ada Linde (Tallinn). Guests: Omar Sabry (Cairo), "
    "Lee Ha-eun (Busan).\n\n"
    "INES MARLOW: Good evening. The two leaders signed their pact today.\n\n"
    "TOBIAS KERR: Omar Sabry, is this a real alliance?\n\n"
    "OMAR SABRY: On paper, yes. I think the junta's war machine is the winner.\n\n"
    "INES MARLOW: Lee Ha-eun, how does Busan see it?\n\n"
    "LEE HA-EUN: With alarm. We see a regime that feeds on crises.\n\n"
    "TOBIAS KERR: Ada Linde, what is the mood in Tallinn?\n\n"
    "ADA LINDE: Tobias, the mood here is calm, and the ministry said it would watch closely.\n\n"
    "INES MARLOW: And how do the markets read it?\n\n"
    "OMAR SABRY: Badly. We expect the rouble to slide.\n\n"
    "TOBIAS KERR: Omar Sabry, Lee Ha-eun, thank you."
)


def test_cast_line_staff():
    line = PANEL.split("\n\n")[1]
    assert _cast_staff(line, frozenset({"presenter", "correspondent", "host"})) == {"marlow", "kerr", "linde"}


def test_cast_line_makes_two_presenters_the_outlet_side():
    pt = parse_text(PANEL)
    roles = {(t.label, t.role) for t in pt.turns}
    assert ("OMAR SABRY", "answer") in roles and ("LEE HA-EUN", "answer") in roles
    assert ("INES MARLOW", "question") in roles and ("TOBIAS KERR", "question") in roles
    assert ("ADA LINDE", "question") in roles          # the programme's correspondent: its own narration
    v = voices(PANEL)
    assert v["war machine"] == "quoted" and v["regime"] == "quoted"


def test_guests_line_alone_names_no_staff():
    assert _cast_staff("Guests: Omar Sabry (Cairo) and Lee Ha-eun (Busan).",
                       frozenset({"presenter", "correspondent", "host"})) == set()


# ---------------------------------------------------------------- a record the outlet quotes: every turn is others'

HEARING = (
    "Senators pressed the envoy on the pact. The sharpest exchange came late. From the committee's transcript:\n\n"
    "MARSH: Will the junta send troops, yes or no?\n\n"
    "OKAFOR: Senator, I will not speculate about that in open session.\n\n"
    "MARSH: This regime is a gangster outfit and we keep treating it like a diplomatic problem.\n\n"
    "The envoy later told reporters that the talks would continue, the ministry said."
)


def test_record_transcript_turns_are_all_quoted():
    pt = parse_text(HEARING)
    assert [t.role for t in pt.turns] == ["answer", "answer", "answer"]
    v = voices(HEARING)
    assert v["regime"] == "quoted" and v["gangster"] == "quoted"
    assert not pt.in_answer(HEARING.index("The envoy later"))


@pytest.mark.parametrize("intro", [
    "From our own transcript of the interview:",          # the outlet's own record: its questions are its own
    "Senators pressed the envoy on the pact, according to the transcript.",   # no colon: nothing introduced
    "The sharpest exchange came late:",                   # no record named
    "An edited transcript of the interview follows:",     # an interview's transcript: maybe the outlet's own
])
def test_no_record_intro(intro):
    body = HEARING.replace("Senators pressed the envoy on the pact. The sharpest exchange came late. "
                           "From the committee's transcript:", intro)
    roles = [t.role for t in parse_text(body).turns]
    assert roles[0] == "question"
