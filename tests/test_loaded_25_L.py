"""Round 25 (helper L): naming forms with titles before a full name, and loaded-language classes.

Sentences written for these tests (invented names, places and outlets)."""

from __future__ import annotations

import pytest

from analysis.measures.wording import find_mentions


def _forms(text: str, actor: str = "Kim Jong Un") -> list[str]:
    return [m.matched_text for m in find_mentions(text) if m.actor.name == actor]


@pytest.mark.parametrize("text, form", [
    # stacked courtesy styles are one form
    ("The letter was addressed to His Excellency Mr Kim Jong Un in Wonsan.", "His Excellency Mr Kim Jong Un"),
    ("Greetings were sent to Her Excellency Dr Kim Jong Un.", "Her Excellency Dr Kim Jong Un"),
    # a capitalised office right before the full name
    ("The envoy thanked President Kim Jong Un for the talks.", "President Kim Jong Un"),
    ("Gifts went to Vice President Kim Jong Un yesterday.", "Vice President Kim Jong Un"),
    # a lower-case role word with the country that opens its phrase
    ("The pact was sealed by Putin and North Korean ruler Kim Jong Un on Tuesday.", "North Korean ruler Kim Jong Un"),
    ("Observers in Lagos watched North Korea's ruler Kim Jong Un arrive.", "North Korea's ruler Kim Jong Un"),
])
def test_title_before_full_name_is_part_of_the_form(text: str, form: str) -> None:
    assert _forms(text) == [form]


@pytest.mark.parametrize("text, form", [
    ("Kim Jong Un, Chairman of State Affairs, spoke first.", "Kim Jong Un"),       # title after a comma
    ("It was the federal judge Kim Jong Un was referring to.", "Kim Jong Un"),     # no country before the role
    ("Voters may want a new President Kim Jong Un would not like.", "Kim Jong Un"),  # indefinite: names no holder
    ("The respected Comrade Kim Jong Un arrived.", "respected Comrade Kim Jong Un"),  # honorific keeps its epithet
    ("The memo praised Prime Kim Jong Un.", "Kim Jong Un"),                         # a modifier is no office alone
])
def test_forms_without_a_title(text: str, form: str) -> None:
    assert _forms(text) == [form]


def test_other_person_takes_a_title_too() -> None:
    assert _forms("Talks with Russian President Vladimir Putin ended.", "Vladimir Putin") == [
        "Russian President Vladimir Putin"]
