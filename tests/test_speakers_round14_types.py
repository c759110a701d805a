"""Round 14 (speakers, person types and back-references): a party-labelled definite description
that refers back to the legislator just quoted, an opposition party's portfolio critic typed as a
legislator, and a pronoun in a transcript turn that does not refer to the turn's own speaker.
Every sentence is invented (names, places, wording and structure); each positive case fails
without its rule, and the negative cases hold the sentences the rule must leave alone."""

from __future__ import annotations

import pytest

from tests.test_speakers_round10_bodies import _typed


# ---------------------------------------------------------------- "the <Party> politician"

_VARGA = "Ilse Varga, who sits on the parliament's budget committee, said the levy was \"a trap\".\n\n"


@pytest.mark.parametrize("second", [
    "\"Nobody voted for this,\" the Harbour Alliance politician said.\n",
    "\"Nobody voted for this,\" the Harbour Alliance lawmaker said.\n",
    "The Harbour Alliance veteran added that the vote \"was rushed\".\n",
])
def test_a_party_labelled_description_refers_back_to_the_legislator_just_quoted(second):
    got = _typed(_VARGA + second)
    mention = next(k for k in got if "Harbour" in k)
    assert got[mention] == ("Ilse Varga", "government")


@pytest.mark.parametrize("body", [
    # the legislator names a party of her own: the description is someone else
    "Green Party MP Ilse Varga said the levy was \"a trap\".\n\n"
    "\"Nobody voted for this,\" the Harbour Alliance lawmaker said.\n",
    # the latest person quoted is a scholar, no office holder
    "Professor Ilse Varga of Dunmore University said the levy was \"a trap\".\n\n"
    "\"Nobody voted for this,\" the Harbour Alliance politician said.\n",
    # too far back: two paragraphs of other matter between
    _VARGA + "Rents rose again in the spring. Shops closed early.\n\nPrices fell in the north.\n\n"
    "\"Nobody voted for this,\" the Harbour Alliance politician said.\n",
    # an indefinite description introduces a new person
    _VARGA + "\"Nobody voted for this,\" a Harbour Alliance politician said.\n",
    # "leader" names an office the legislator was not given
    _VARGA + "\"Nobody voted for this,\" the Harbour Alliance leader said.\n",
])
def test_a_party_labelled_description_stays_when_no_legislator_fits(body):
    got = _typed(body)
    mention = next(k for k in got if "Harbour" in k)
    assert got[mention][0] != "Ilse Varga"


# ---------------------------------------------------------------- an opposition portfolio critic

@pytest.mark.parametrize("body, mention", [
    ("Liberal health critic Maren Oduya said the plan was \"reckless\".\n\n\"We warned them,\" Oduya said.\n",
     "Oduya"),
    ("Maren Oduya, the Liberals' health critic, said the plan was \"reckless\".\n",
     "Maren Oduya, the Liberals' health critic"),
    ("Harbour Party defence critic Maren Oduya said the plan was \"reckless\".\n",
     "Harbour Party defence critic Maren Oduya"),
    ("The plan is \"reckless\", opposition finance critic Maren Oduya told reporters.\n",
     "opposition finance critic Maren Oduya"),
])
def test_a_partys_portfolio_critic_is_a_legislator(body, mention):
    assert _typed(body)[mention] == ("Maren Oduya", "government")


@pytest.mark.parametrize("body, mention", [
    ("Art critic Maren Oduya said the show was \"dull\".\n", "Art critic Maren Oduya"),
    ("Theatre critic Maren Oduya said the show was \"dull\".\n", "Theatre critic Maren Oduya"),
    ("Conservative film critic Maren Oduya said the movie was \"dull\".\n", "Conservative film critic Maren Oduya"),
    # a portfolio word without a party, "opposition" or "shadow": left as written
    ("Health critic Maren Oduya said the plan was \"reckless\".\n", "Health critic Maren Oduya"),
    ("Maren Oduya, a restaurant critic, said the menu was \"tired\".\n", "Maren Oduya, a restaurant critic"),
])
def test_a_critic_of_the_arts_or_without_a_party_is_no_legislator(body, mention):
    assert _typed(body)[mention] == ("Maren Oduya", "other")
