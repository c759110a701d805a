"""Round 29 (helper P): PolNeAR attributions not found at all (cues.py, content.py, resolve.py, subjects.py),
sentences written for these tests."""

from __future__ import annotations

from tests._attribution_helpers import doc
from analysis.extract.attribution import extract_attributions


def _found(body: str, scheme: str = "seeds") -> dict[str, tuple[str | None, str]]:
    return {a.cue: (a.speaker_mention, a.text) for a in extract_attributions(doc(body), scheme=scheme)}


# ---- an evaluative participle after a message noun ("ads attacking rivals")

def test_message_noun_then_attacking_an_object() -> None:
    # a message attacks only in words: the ad is the speaker, its object the content
    for scheme in ("seeds", "polnear"):
        found = _found("The union ran radio ads attacking the harbour board across the county.", scheme)
        assert found["attacking"] == ("radio ads", "the harbour board across the county")


def test_message_noun_then_praising_or_condemning() -> None:
    assert _found("Last week the guild placed a letter praising the night nurses in two papers.")["praising"][1] \
        == "the night nurses in two papers"
    assert _found("The mayors published statements condemning the closure.")["condemning"] == \
        ("The mayors", "the closure")


def test_message_noun_after_a_preposition_is_the_speaker() -> None:
    # "went to ads ...": the ads speak, not the prepositional phrase
    found = _found("Most of the fund went to ads mocking the county clerk.")
    assert found["mocking"] == ("ads", "the county clerk")


def test_no_message_noun_keeps_the_literal_sense() -> None:
    assert "attacking" not in _found("The rebels kept attacking the depot at dawn.")
    assert "attacked" not in _found("Two gunmen attacked the depot at dawn.")
    # a participle with no object noun phrase after the message noun is no evaluation
    assert "attacking" not in _found("He read the memo attacking in the morning.")


# ---- a restrictive "whose" clause between the subject and its cue

def test_whose_clause_before_the_cue() -> None:
    for scheme in ("seeds", "polnear"):
        found = _found("The growers whose orchards froze in April say the insurance scheme failed them.", scheme)
        assert found["say"] == ("The growers", "the insurance scheme failed them")
    found = _found("A ferry captain whose licence was suspended said the inspectors had lied.")
    assert found["said"] == ("A ferry captain", "the inspectors had lied")


def test_whose_clause_set_off_by_commas_keeps_the_appositive() -> None:
    found = _found("The harbour master, whose budget was halved, said the quay would close.")
    assert found["said"] == ("The harbour master, whose budget was halved", "the quay would close")


# ---- a subject relative clause's object ends at the main clause's reporting verb

def test_relative_clause_object_ends_at_the_main_verb() -> None:
    for scheme in ("seeds", "polnear"):
        found = _found("Two clerks who described the audit said the ledgers were missing.", scheme)
        assert found["described"] == ("who", "the audit")
        assert found["said"] == ("Two clerks", "the ledgers were missing")
    found = _found("Parents who criticized the timetable say it will shorten lunch.")
    assert found["criticized"][1] == "the timetable"
    assert found["say"] == ("Parents", "it will shorten lunch")


def test_relative_clause_object_runs_on_without_a_main_report() -> None:
    # no reporting verb of the main clause after the object: the object keeps its complement
    found = _found("Two clerks who described the audit as rushed left the firm in May.")
    assert found["described"][1].startswith("the audit as rushed")
    assert "said" not in found


# ---- the subject of an object relative clause with an appositive ("which the chief, Tim Cole, called ...")

def test_object_relative_subject_with_an_appositive() -> None:
    for scheme in ("seeds", "polnear"):
        found = _found('They toured Dovren, a port that the former governor, Lia Brandt, called "our best harbour."',
                       scheme)
        assert found["called"][0] == "the former governor, Lia Brandt"
    found = _found('Given the levy -- which the ferry chief, Ola Berg, called "plain theft" -- fares rose.')
    assert found["called"] == ("the ferry chief, Ola Berg", "plain theft")
    found = _found('They toured Dovren, a port that Lia Brandt, the former governor, called "our best harbour."')
    assert found["called"][0] == "Lia Brandt, the former governor"


def test_that_clause_subject_with_an_appositive_is_no_speaker() -> None:
    # a complementizer "that" opens the reported clause: its subject does not speak
    found = _found("He said that the mayor, Ana Sol, had resigned.")
    assert found == {"said": ("He", "the mayor, Ana Sol, had resigned")}


# ---- a gapped contact clause whose subject opens with "the" or a possessive ("a levy the mayor said is ...")

def test_gapped_contact_clause_with_a_definite_subject() -> None:
    for scheme in ("seeds", "polnear"):
        found = _found("The board passed a toll the harbour master said is meant to punish fishermen.", scheme)
        assert found["said"] == ("the harbour master", "is meant to punish fishermen")
    found = _found("Voters rejected a scheme her advisers say was drawn up in haste.")
    assert found["say"] == ("her advisers", "was drawn up in haste")


def test_contact_clause_with_its_own_subject_is_unchanged() -> None:
    # a subject after the cue: no gap, the speaker is the clause's subject as before
    found = _found("The harbour master said the toll is meant to punish fishermen.")
    assert found["said"] == ("The harbour master", "the toll is meant to punish fishermen")


# ---- a dash appositive after a bare plural subject; a closed non-restrictive "which" clause

def test_dash_appositive_after_a_bare_plural_subject() -> None:
    found = _found("After the vote, growers in three valleys — Arno, Pel and Sava — said the levy was unfair.")
    assert found["said"] == ("growers in three valleys — Arno, Pel and Sava", "the levy was unfair")


def test_closed_which_clause_gives_the_antecedent() -> None:
    # PolNeAR keeps "which" as the relative clause's source; the main cue after the closing comma is the
    # antecedent's own report
    found = _found("The guild, which has endorsed Ms. Varga, said the strike would end.", "polnear")
    assert found["endorsed"][0] == "which"
    assert found["said"] == ("The guild", "the strike would end")


# ---- an object relative pronoun inside a longer segment before the appositive chain

def test_object_relative_after_a_conjunction_clause() -> None:
    body = ("It may be ironic, but given the port's plans to expand -- which Dovren's harbour chief, Ola Berg, "
            "called ''pure folly'' -- the question remains.")
    for scheme in ("seeds", "polnear"):
        assert _found(body, scheme)["called"] == ("Dovren's harbour chief, Ola Berg", "pure folly")
