"""Round 15 (P3): "the <Party> politician" back-reference only when one party-less office holder fits."""
from tests.test_speakers_round10_bodies import _typed


def test_two_partyless_office_holders_make_party_label_ambiguous():
    got = _typed("Water commissioner Odile Marsk said the canal toll was \"a burden\". Deputy Governor Piet Auber "
                 "called it \"overdue\".\n\n\"We were never asked,\" the Lowland Union politician said.\n")
    assert got["the Lowland Union politician"][0] not in {"Odile Marsk", "Piet Auber"}


def test_two_office_holders_across_paragraphs_ambiguous():
    got = _typed("Deputy Governor Piet Auber said the bridge fund was \"empty\".\n\nTreasury minister Runa Vell "
                 "said talks \"will resume\". The Coastal Front lawmaker added: \"It is far too late.\"\n")
    assert got.get("The Coastal Front lawmaker", ("", ""))[0] not in {"Piet Auber", "Runa Vell"}


def test_rival_naming_own_party_does_not_block():
    got = _typed("Green Party MP Lior Dant said the tariff was \"theft\". Deputy Governor Piet Auber said it "
                 "\"keeps the lights on\".\n\n\"Nobody voted for this,\" the Lowland Union politician said.\n")
    assert got["the Lowland Union politician"][0] == "Piet Auber"


def test_single_office_holder_still_resolves():
    got = _typed("Deputy Governor Piet Auber said the bridge fund was \"empty\".\n\n"
                 "\"We will refill it,\" the Lowland Union politician said.\n")
    assert got["the Lowland Union politician"][0] == "Piet Auber"
