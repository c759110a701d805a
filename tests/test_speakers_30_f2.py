"""Round 30 (fixer F2): mends of reviewer RV1's findings on SA's titles, brackets and pronoun rules, on
sentences written here (invented names, places and bodies)."""

from __future__ import annotations

from tests._attribution_helpers import resolved


def _names(body: str) -> list[str]:
    return [name for _, name, _ in resolved(body)]


# ---------------------------------------------------------------- finding 2: 'Abba' a title only among clergy
def test_abba_before_a_layman_s_name_is_his_given_name():
    body = ("Abba Tandari, chief of staff to the governor, said the road was ready. "
            "Tandari said the bridge would wait.")
    assert _names(body) == ["Abba Tandari"] * 2


def test_abba_before_a_minister_s_name_is_his_given_name():
    assert _names("Abba Lerner-Oz, the foreign minister, said the talks would go on.") == ["Abba Lerner-Oz"]


def test_abba_before_a_monk_s_name_is_his_title():
    body = ("Abba Gebre Tesfaye, a monk at the Debre Selam monastery, said the pilgrims were afraid. "
            "Gebre Tesfaye said they would stay.")
    assert _names(body) == ["Gebre Tesfaye"] * 2


def test_abba_before_a_priest_s_name_in_a_church_sentence_is_his_title():
    body = "Abba Tekle Haymanot said at the Orthodox church in Gondar that the fast would end."
    assert _names(body) == ["Tekle Haymanot"]


# ---------------------------------------------------------------- finding 9: a bracketed label is a party by its words
def test_a_campaign_movement_in_brackets_is_no_party():
    body = "Ann Roe (Students for Clean Rivers Movement) said the plan was weak."
    assert [t for _, _, t in resolved(body)] != ["government"]


def test_a_trade_union_in_brackets_is_no_party():
    body = "Ann Roe (Dale Dockers Union) said the plan was weak."
    assert [t for _, _, t in resolved(body)] != ["government"]


def test_a_movement_with_a_political_word_in_brackets_is_a_party():
    body = "Ann Roe (Movement for Democratic Change) said the plan was weak."
    assert [(n, t) for _, n, t in resolved(body)] == [("Ann Roe", "government")]


def test_a_campaign_union_or_coalition_in_brackets_is_no_party():
    for label in ("Dale Dockers Union", "Coalition for Clean Air", "Students for Clean Rivers Movement"):
        assert [t for _, _, t in resolved(f"Ann Roe ({label}) said the plan was weak.")] != ["government"]


# ---------------------------------------------------------------- finding 10: male nouns are whole words
def test_a_demonym_ending_in_man_is_no_male_noun():
    body = ("Anna Volkova, deputy head of the district, said money was promised.\n\n"
            "A lawyer for the German embassy was blunt: she said the deal was dead.")
    assert resolved(body)[1][1] != "Anna Volkova"


def test_human_rights_is_no_male_noun():
    body = ("Tom Vale, the minister, said the deal was done.\n\n"
            "A human rights lawyer in Arden was sceptical: she said the deal would fail.")
    assert resolved(body)[1][1] != "Tom Vale"


def test_a_chairman_is_still_marked_male():
    body = ("Anna Volkova, deputy head of the district, said money was promised.\n\n"
            "A chairman of the Dale Rail company was more cautious: she said volumes had fallen.")
    assert _names(body)[1] == "Anna Volkova"


# ---------------------------------------------------------------- finding 11: the name before an appositive
def _name_before(body: str, mention: str) -> str | None:
    from analysis.extract.speakers.resolver import _name_before_appositive
    found = _name_before_appositive(body, body.index(mention))
    return found.group("name") if found is not None else None


def test_a_name_opening_the_body_before_an_appositive_is_found():
    body = "Ann Roe, a trade analyst at the Dale Institute, put it bluntly: \"The line is everything.\""
    assert _name_before(body, "a trade analyst") == "Ann Roe"


def test_a_name_after_a_closing_quote_and_a_paragraph_break_is_found():
    body = "\"No.\"\n\nAnn Roe, a trade analyst at the Dale Institute, put it bluntly: \"The line is everything.\""
    assert _name_before(body, "a trade analyst") == "Ann Roe"


def test_a_time_or_place_adverbial_is_no_name():
    assert _name_before("The port reopened. On Monday, a spokesman said it.", "a spokesman") is None
    assert _name_before("The port reopened. Last Tuesday, a spokesman said it.", "a spokesman") is None
    assert _name_before("Prices rose. In Tarvos Harbour, a trader said so.", "a trader") is None


def test_as_after_a_paragraph_break_is_no_part_of_the_name():
    body = "\"Oil is what crosses.\"\n\nAs Ann Roe, a trade analyst at the Dale Institute, put it: \"Slowly.\""
    assert _name_before(body, "a trade analyst") == "Ann Roe"
