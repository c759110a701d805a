"""Round 24 (T): the minister title patterns ("Minister of X", "Minister for X", "X Minister") are defined once, in
analysis.extract.speakers.helpers, and read there by the descriptions, the resolver and the group rules."""

from analysis.extract.speakers import descriptions, groups, helpers, resolver
from analysis.extract.speakers.descriptions import minister_first


def test_each_user_reads_the_one_definition():
    assert descriptions._MINISTER_OF_RE is helpers._MINISTER_OF_RE
    assert resolver._MINISTER_PORTFOLIO_RE is helpers._MINISTER_PORTFOLIO_RE
    assert groups._MINISTER_TITLE_RE is helpers._MINISTER_TITLE_RE
    assert not hasattr(resolver._Resolver, "_MINISTER_PORTFOLIO_RE")
    assert not hasattr(groups._GroupRules, "_MINISTER_TITLE_RE")


def test_minister_of_or_for_a_portfolio_is_written_portfolio_first():
    short = {"Foreign Affairs": "Foreign"}
    assert minister_first("Minister of Foreign Affairs of Velland", short) == "Foreign Minister of Velland"
    assert minister_first("minister for the fisheries", short) == "fisheries minister"
    assert minister_first("Ministry of Harbours", short) == "Ministry of Harbours"     # a ministry, not a minister


def test_the_portfolio_after_a_minister_s_or_ministry_s_title_is_its_capitalised_words():
    found = helpers._MINISTER_PORTFOLIO_RE.search("the Minister for Canals and Inland Ports, Hon. Ada Vell, said")
    assert found.group("portfolio") == "Canals and Inland Ports"
    assert helpers._MINISTER_PORTFOLIO_RE.search("the Ministry of the Coast said").group("portfolio") == "Coast"


def test_the_portfolio_before_minister_is_up_to_four_capitalised_words_or_two_lower_case_ones():
    assert helpers._MINISTER_TITLE_RE.search("said Deputy Canal Minister Ada Vell").group("words") == "Deputy Canal "
    assert helpers._MINISTER_TITLE_RE.search("Velland's canal minister spoke").group("low") == "Velland's canal "
    assert helpers._MINISTER_TITLE_RE.search("The Swedish minister spoke") is None     # no lower-case portfolio
