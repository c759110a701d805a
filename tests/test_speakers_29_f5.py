"""Round 29 (fixer F5, mends of reviewer RV2's findings 1, 2, 3, 10, 12 on helper SB's speaker rules): a bare
"a statement" is the body that is its sentence's active subject only; "<Demonym> side" is a government only in a
diplomatic context; only a body or office "of the <capital> regime" is rewritten to the country; a news outlet's
transcript does not make the outlet the speaker.  Every sentence is invented (names, places, bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved


def _pairs(body: str) -> list[tuple[str, str]]:
    return [(n, t) for _, n, t in _resolved(body)]


# ---------------------------------------------------------------- finding 1: the subject's bare statement

def test_a_bare_report_after_a_body_subject_stays_a_document() -> None:
    got = _pairs("The Bolivian Mining Agency hid the spill for weeks, according to a report.\n")
    assert got[0] == ("the report", "document")


def test_a_bare_account_after_a_body_subject_is_not_the_body() -> None:
    got = _pairs("The Bolivian Mining Agency misled its lenders about the costs, according to an account.\n")
    assert got[0][0] != "Bolivian Mining Agency"


def test_a_passive_subject_does_not_issue_the_statement() -> None:
    got = _pairs("The Bolivian Mining Agency was fined by the Chilean regulator, according to a statement.\n")
    assert got[0] == ("the statement", "document")


def test_a_body_in_a_fronted_subordinate_clause_does_not_issue_the_statement() -> None:
    got = _pairs("After the Bolivian Mining Agency closed the pit, the contractor blamed a broken pump, according to "
                 "a statement.\n")
    assert got[0] == ("the statement", "document")


def test_the_first_of_two_coordinated_bodies_does_not_issue_the_statement_alone() -> None:
    got = _pairs("The Bolivian Mining Agency and the Chilean navy signed a pact, according to a statement.\n")
    assert got[0] == ("the statement", "document")


def test_a_bare_communique_after_an_active_body_subject_is_the_bodys() -> None:
    assert _pairs("The Bolivian Mining Agency blamed the spill on a broken pump, according to a communique.\n") == \
        [("Bolivian Mining Agency", "government")]


def test_a_bare_statement_after_an_active_body_subject_is_still_the_bodys() -> None:
    assert _pairs("The Bolivian Mining Agency blamed the spill on a broken pump, according to a statement.\n") == \
        [("Bolivian Mining Agency", "government")]


# ---------------------------------------------------------------- finding 2: "<Demonym> side"

def test_a_national_side_in_sport_is_no_government() -> None:
    got = _pairs("The Bolivian side won 2-0 in La Paz. The Bolivian side said the referee had been unfair.\n")
    assert got == [("Bolivian side", "unnamed")]


def test_a_side_of_a_joint_venture_is_no_government() -> None:
    got = _pairs("Fiat and Chery run a plant in Wuhu. The Chinese side said it wanted a larger stake.\n")
    assert got == [("Chinese side", "unnamed")]


def test_a_side_after_talks_in_the_sentence_before_is_the_government() -> None:
    got = _pairs("The two foreign ministers held talks in Lima on Monday. The Bolivian side said the meeting was "
                 "\"useful\".\n")
    assert got == [("Bolivian government", "government")]


# ---------------------------------------------------------------- finding 3: "<noun> of the <capital> regime"

def test_a_critic_of_a_regime_named_by_its_capital_keeps_the_regime() -> None:
    got = _pairs("A critic of the Havana regime said the verdict was \"a farce\".\n")
    assert got == [("Havana regime critic", "unnamed")]


def test_opponents_of_a_regime_named_by_its_capital_keep_the_regime() -> None:
    got = _pairs("The opponents of the Caracas regime said the vote was \"rigged\".\n")
    assert got == [("Caracas regime opponents", "unnamed")]


def test_a_spokesman_of_a_regime_named_by_its_capital_is_that_countrys() -> None:
    got = _pairs("The spokesman of the Caracas regime said the vote was \"fair\".\n")
    assert got == [("Venezuelan spokesman", "government")]


# ---------------------------------------------------------------- finding 10: a transcript

def test_a_news_outlets_transcript_does_not_make_the_outlet_the_speaker() -> None:
    got = _resolved("The senator called the bill \"a disgrace\", according to a BBC transcript.\n")
    assert all(n != "BBC" and t != "media" for _, n, t in got)


def test_a_seat_of_governments_transcript_still_speaks_for_the_seat() -> None:
    got = _pairs("The envoy called the accord \"a fresh start\", according to a Kremlin transcript.\n")
    assert got[0] == ("Kremlin", "government")


def test_a_news_outlets_transcript_in_the_possessive_does_not_make_the_outlet_the_speaker() -> None:
    got = _resolved("The senator called the bill \"a disgrace\", according to the BBC's transcript.\n")
    assert all(n != "BBC" and t != "media" for _, n, t in got)


# ---------------------------------------------------------------- finding 12: a capital as the sentence's subject

def test_a_capital_as_subject_of_the_sentence_before_outweighs_the_home_country_named_earlier() -> None:
    got = _resolved("Britain has said nothing so far.\n\nTokyo has noticed. The foreign ministry said the pact was "
                    "\"of concern\".\n", country="United Kingdom")
    assert [(n, t) for _, n, t in got] == [("Japanese foreign ministry", "government")]
