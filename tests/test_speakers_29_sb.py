"""Round 29 (helper SB, bodies, groups and issuers): groups named whole when a country's and a region's adjectives
are coordinated or a quantifier opens them; a placed group without its quantifier; a firm's analysts named by the
firm an appositive describes.  Every sentence is invented (names, places, bodies and wording)."""

from __future__ import annotations

from _attribution_helpers import resolved as _resolved


def _pairs(body: str) -> list[tuple[str, str]]:
    return [(n, t) for _, n, t in _resolved(body)]


# ---------------------------------------------------------------- coordinated groups

def test_a_country_and_a_region_coordinated_before_officials_are_one_group() -> None:
    assert _pairs("Portuguese and European officials said the shipments were \"a violation\".\n") == \
        [("Portuguese and European officials", "government")]


def test_a_quantifier_opening_a_coordinated_group_is_no_part_of_its_name() -> None:
    assert _pairs("Certain French and Italian newspapers claimed that the summit had failed.\n") == \
        [("French and Italian newspapers", "media")]


def test_two_countries_officials_still_one_group() -> None:
    assert _pairs("Chilean and Peruvian officials said the talks were \"frank\".\n") == \
        [("Chilean and Peruvian officials", "government")]


# ---------------------------------------------------------------- placed groups

def test_a_placed_group_loses_its_quantifier() -> None:
    assert _pairs("Some observers in Lisbon said the plan was \"reckless\".\n") == [("Observers in Lisbon", "unnamed")]


def test_a_bare_quantified_group_keeps_its_quantifier() -> None:
    assert _pairs("Some analysts said the plan was \"reckless\".\n") == [("Some analysts", "unnamed")]


# ---------------------------------------------------------------- a firm's analysts

def test_analysts_at_a_firm_described_as_a_consultancy_are_the_firm() -> None:
    assert _pairs("Analysts at Bramble Advisory, a Madrid consultancy, said the sanctions would \"bite hard\".\n") == \
        [("Bramble Advisory", "other")]


def test_analysts_at_a_think_tank_stay_the_think_tank() -> None:
    assert _pairs("Analysts at the Corvel Institute, a Madrid think tank, said the sanctions would \"bite hard\".\n") == \
        [("Corvel Institute", "expert_think_tank")]


# ---------------------------------------------------------------- missions and governments named by a capital

def test_a_consulate_general_of_a_state_in_a_city_is_that_states_consulate_there() -> None:
    assert _pairs("The Consulate General of the Republic of Chile in Lyon said the meeting was \"productive\".\n") == \
        [("Chilean Consulate General in Lyon", "government")]


def test_an_embassy_of_a_state_keeps_its_host_country_reading() -> None:
    assert _pairs("The Embassy of the Republic of Chile in Lyon said the meeting was \"productive\".\n") == \
        [("Chilean Embassy in France", "government")]


def test_a_ministry_of_a_regime_named_by_its_capital_is_that_countrys_ministry() -> None:
    assert _pairs("The foreign ministry of the Minsk regime said the strike was \"a crime\".\n") == \
        [("Belarusian foreign ministry", "government")]


def test_a_ministry_of_a_government_named_by_its_demonym_is_that_countrys_ministry() -> None:
    assert _pairs("The defence ministry of the Chilean government said the drill was \"routine\".\n")[0][0] in \
        ("Chilean defence ministry", "Chilean Defence Ministry", "Chilean Ministry of Defence")


def test_a_ministry_of_a_city_regime_outside_the_gazetteer_stays_as_written() -> None:
    got = _pairs("The foreign ministry of the Tarnvik regime said the strike was \"a crime\".\n")
    assert got[0][0] != "Belarusian foreign ministry" and "Tarnvik" in got[0][0]


# ---------------------------------------------------------------- people in a place

def test_students_at_an_unnamed_college_in_a_city_are_students_in_the_city_and_one_of_them_too() -> None:
    got = _pairs("Students of Portuguese literature at a college in Lyon, who asked not to be named, said the plan "
                 "was \"strange\". One of them said it was \"sad\".\n")
    assert got == [("Students in Lyon", "unnamed"), ("Students in Lyon", "unnamed")]


# ---------------------------------------------------------------- issuers of texts; a body's short name

def test_a_seat_of_governments_transcript_speaks_for_the_seat() -> None:
    # the paraphrase with a quoted label keeps its own entry too (round 29 QA: only a cue after its words makes the
    # record a mere medium), so two entries; the transcript's is the Kremlin's
    assert _pairs("The visitor called the pact \"a new chapter\", according to a Kremlin transcript.\n") == \
        [("Kremlin", "government"), ("Visitor", "unnamed")]


def test_a_bare_statement_in_a_sentence_whose_subject_is_a_body_is_the_bodys() -> None:
    assert _pairs("The Chilean Space Agency blamed the failure on a faulty valve, according to a statement.\n") == \
        [("Chilean Space Agency", "government")]


def test_a_short_name_keeps_the_country_its_owner_possessive_gave_the_body() -> None:
    got = _pairs("Chile's National Rocket Technology Administration (NRTA) blamed the failure on a faulty valve, "
                 "according to a statement carried by local media. Later, NRTA said it would try \"soon\".\n")
    assert got[-1] == ("Chilean National Rocket Technology Administration", "government")


# ---------------------------------------------------------------- a national body in a capital's sentence

def test_the_treasury_after_a_sentence_opened_by_washington_is_the_us_treasury() -> None:
    got = _resolved("Washington has noticed. Secretary of State Ann Roe said the pact was \"of concern\", and the "
                    "Treasury warned banks on Thursday that any bank risked \"losing access to the dollar system\".\n",
                    country="United Kingdom")
    assert [(n, t) for _, n, t in got][-1] == ("US Department of the Treasury", "government")


def test_a_capital_opening_the_sentence_before_gives_a_bare_national_body_its_country() -> None:
    # two other countries named before and the outlet's home elsewhere: only the capital opening the sentence
    # before gives the ministry Japan (without that rule it is a bare "Foreign ministry"; review RV2 finding 14)
    got = _resolved("Peru and Bolivia signed the pact in May, and Peru hailed it. Tokyo has noticed. The foreign "
                    "ministry said the pact was \"of concern\".\n", country="Chile")
    assert got[-1][1:] == ("Japanese foreign ministry", "government")


# ---------------------------------------------------------------- "<Demonym> side"

def test_a_countrys_side_is_its_government() -> None:
    assert _pairs("The Peruvian side expressed \"gratitude\" for the visit.\n") == [("Peruvian government", "government")]


def test_a_countrys_side_is_its_ministry_named_in_the_sentence_before() -> None:
    got = _pairs("On 20 June, the envoy informed the Ministry of Foreign Affairs, Regional Integration and Trade of the "
                 "Republic of Mauritius of the outcome of the visit. The Mauritian side expressed interest in "
                 "further talks.\n")
    assert got[-1][0].startswith("Mauritian") and "Ministry" in got[-1][0] and got[-1][1] == "government"


def test_a_side_after_no_demonym_is_not_a_government() -> None:
    got = _pairs("The home side expressed \"gratitude\" for the visit.\n")
    assert all(not n.endswith("government") for n, _ in got)


# ---------------------------------------------------------------- a body described after its name; "the group"

def test_an_analysis_by_a_name_described_as_a_non_profit_is_the_body_and_the_group_refers_back() -> None:
    got = _pairs("New images show construction at the site, according to an analysis by Tarn Space Watch, a "
                 "Lyon-based non-profit that tracks rocket launches.\n\nIn a note published on Friday, the group "
                 "argued that the pact gives both sides \"plausible cover\".\n")
    assert [n for n, _ in got] == ["Tarn Space Watch", "Tarn Space Watch"]


def test_the_group_with_no_body_quoted_before_stays_a_description() -> None:
    # the non-profit is named but never quoted: "the group" is no body the history holds (review RV2 finding 14)
    got = _pairs("Tarn Space Watch, a Lyon-based non-profit, opened an office in March. In a note published on "
                 "Friday, the group argued that the pact gives both sides \"plausible cover\".\n")
    assert got == [("Group", "unnamed")]


def test_a_study_by_a_person_described_as_a_professor_is_not_read_as_a_body() -> None:
    # "professor" is no body's kind noun: the study stays the description it is (review RV2 finding 14)
    got = _pairs("Prices will rise, according to a study by Ana Roe, a professor at Lyon University.\n")
    assert got == [("Study by Ana Roe", "unnamed")]
    # with no phrase after it the appositive's head is "professor" itself, still no body's kind noun
    assert _pairs("Prices will rise, according to a study by Ana Roe, a professor.\n") == \
        [("Study by Ana Roe", "unnamed")]


def test_a_non_profit_that_tracks_a_subject_is_a_think_tank_and_so_is_the_group() -> None:
    got = _pairs("New images show construction at the site, according to an analysis by Tarn Space Watch, a "
                 "Lyon-based non-profit that tracks rocket launches.\n\nIn a note published on Friday, the group "
                 "argued that the pact gives both sides \"plausible cover\".\n")
    assert got == [("Tarn Space Watch", "expert_think_tank"), ("Tarn Space Watch", "expert_think_tank")]


def test_a_non_profit_that_runs_shelters_is_no_think_tank() -> None:
    got = _pairs("Demand rose, according to an analysis by Tarn Home Aid, a Lyon-based non-profit that runs "
                 "shelters.\n")
    assert got == [("Tarn Home Aid", "other")]
