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


# ---------------------------------------------------------------- he/she in a transcript turn

_OPEN = "Mara Lindqvist: Welcome back to the harbour hour.\n\n"


@pytest.mark.parametrize("turn, expected", [
    # the host speaks of a guest her colleague met: "she" is the guest, never the host
    ("Mara Lindqvist: Earlier this week a colleague met a former border guard from Tarnia, who asked us "
     "to keep her identity private. She said that the checkpoints \"have never been busier\" this spring.\n",
     "Former border guard"),
    ("Mara Lindqvist: Yesterday I spoke with Oskar Brenn, who runs the ferry. He told me the boats "
     "\"run empty\" in winter.\n", "Oskar Brenn"),
    # an appositive after a name is that person, no one new
    ("Mara Lindqvist: We spent a day at the harbour with Oskar Brenn, a ferry captain. He said the "
     "boats \"run empty\" in winter.\n", "Oskar Brenn"),
])

def test_a_pronoun_in_a_transcript_turn_is_not_the_turns_own_speaker(turn, expected):
    got = _typed(_OPEN + turn)
    mention = next(k for k in got if k in ("He", "She"))
    assert got[mention][0] == expected


@pytest.mark.parametrize("body", [
    # no transcript: the person just named is the antecedent
    "Mara Lindqvist said the port was \"quiet\". She added that a storm was coming.\n",
    # a one-off label is no transcript turn
    "Update: Mara Lindqvist told a meeting that the port was \"quiet\". She said a storm was coming.\n",
])
def test_a_pronoun_outside_its_own_speakers_turn_keeps_its_antecedent(body):
    got = _typed(body)
    mention = next(k for k in got if k in ("She",))
    assert got[mention][0] == "Mara Lindqvist"


# ---------------------------------------------------------------- a fronted appositive before the subject

_VALE = "Ada Corrin Vale spoke to students on Monday. "


@pytest.mark.parametrize("sentence", [
    "Now the state's top prosecutor, Vale rose from a small town. \"Speak up,\" Vale said.\n",
    "Once a deputy governor of the province, Vale writes a column now. \"Speak up,\" Vale said.\n",
])
def test_an_appositive_fronted_before_the_subject_gives_its_role(sentence):
    assert _typed(_VALE + sentence)["Vale"] == ("Ada Corrin Vale", "government")


@pytest.mark.parametrize("sentence", [
    # a comment clause after the fronted subject: no appositive
    "The plan, Vale said, was \"a start\".\n",
    "The minister, Vale said, had \"no plan\".\n",
    # a time adverbial, no role noun
    "The day after the vote, Vale said the plan was \"a start\".\n",
    # an appositive with a private person's noun gives no office
    "A former coal miner, Vale runs a bakery now. \"Speak up,\" Vale said.\n",
])
def test_a_fronted_phrase_that_is_no_role_of_the_subject_gives_none(sentence):
    got = _typed(_VALE + sentence)
    assert got["Vale"] == ("Ada Corrin Vale", "other")



def test_the_host_named_in_a_guests_turn_is_the_guests_she():
    # the labelled guest speaks of the host: "she" is the host, not the turn's own speaker
    body = (_OPEN + "Oskar Brenn: Thanks for having me.\n\nOskar Brenn: Mara Lindqvist visited the port "
            "last spring. She said the boats \"run empty\" in winter.\n")
    assert _typed(body)["She"][0] == "Mara Lindqvist"
