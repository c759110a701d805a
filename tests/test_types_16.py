"""Round 16 (T1): source types of opponents, supranational legislators, online users and private bodies.

Every sentence is invented (names, places, bodies, platforms); each rule has its negatives beside it."""
import pytest

from tests.test_speakers_round10_bodies import _typed


def _type(body: str, mention: str) -> str:
    return _typed(body)[mention][1]


# ------------------------------------------------------- "a critic of the government": what one opposes

@pytest.mark.parametrize("body, mention", [
    ('Tamsin Kell, a vocal critic of the government, told the rally the levy was "theft".',
     "Tamsin Kell, a vocal critic of the government"),
    ('"Nothing has changed," said Brann Oduya, a longtime opponent of the government.',
     "Brann Oduya, a longtime opponent of the government"),
    ('Ilse Varga, a persistent detractor of the cabinet, wrote that the scheme "cannot last".',
     "Ilse Varga, a persistent detractor of the cabinet"),
])
def test_opponent_of_a_state_body_is_not_a_government_source(body, mention):
    assert _type(body, mention) == "other"


@pytest.mark.parametrize("body, mention", [
    ('Tamsin Kell, an adviser to the government, told the forum the levy was "fair".',
     "Tamsin Kell, an adviser to the government"),
    ('Tamsin Kell, a spokeswoman for the government, told reporters the levy was "fair".',
     "Tamsin Kell, a spokeswoman for the government"),
    ('Brann Oduya, a critic of the old regime who now serves as interior minister, said the levy was "fair".',
     "Brann Oduya, a critic of the old regime who now serves as interior minister"),
    ('Ilse Varga, the deputy finance minister, said the critics of the scheme were "wrong".',
     "Ilse Varga, the deputy finance minister"),
])
def test_office_holders_beside_opponent_words_stay_government(body, mention):
    assert _type(body, mention) == "government"


# ------------------------------------------------------- members of a supranational parliament

@pytest.mark.parametrize("body, mention", [
    ('Marek Dalo, a Velish member of the European Parliament, said the deal was "reckless".',
     "Marek Dalo, a Velish member of the European Parliament"),
    ('Marek Dalo, a Velish MEP, said the deal was "reckless".', "Marek Dalo, a Velish MEP"),
])
def test_member_of_supranational_parliament_is_a_legislator(body, mention):
    assert _type(body, mention) == "government"


@pytest.mark.parametrize("body, mention", [
    ('A spokesman for the European Parliament said the vote was "valid".', "A spokesman for the European Parliament"),
    ('Marek Dalo, a member of the European Commission, said the deal was "reckless".',
     "Marek Dalo, a member of the European Commission"),
    ('Marek Dalo, president of the European Parliament, said the deal was "reckless".',
     "Marek Dalo, president of the European Parliament"),
])
def test_staff_and_officers_of_international_bodies_stay_international(body, mention):
    assert _type(body, mention) == "international_org"


# ------------------------------------------------------- anonymous accounts online

@pytest.mark.parametrize("body, mention, name", [
    ('"Nobody signs these things," one user replied.', "one user", "User"),
    ('"Nobody signs these things," one Velnet user replied on Sunday.', "one Velnet user", "Velnet user"),
    ('"Pure theatre," one commenter wrote under the clip.', "one commenter", "Commenter"),
    ('"Pure theatre," a social media user wrote.', "a social media user", "Social media user"),
])
def test_one_online_account_is_unnamed(body, mention, name):
    assert _typed(body)[mention] == (name, "unnamed")


@pytest.mark.parametrize("body, mention", [
    ('"The ramps are far too steep," a wheelchair user said at the station.', "a wheelchair user"),
    ('"The fares doubled," one ferry commuter said.', "one ferry commuter"),
    ('"The fares doubled," a dock worker said.', "a dock worker"),
])
def test_private_persons_by_what_they_do_stay_other(body, mention):
    assert _type(body, mention) == "other"


# ------------------------------------------------------- private bodies' officials and spokespeople

@pytest.mark.parametrize("body, mention", [
    ('An official at the Dorn Valley Chamber of Industry, speaking on condition of anonymity, said the quotas were '
     '"unworkable".', "An official at the Dorn Valley Chamber of Industry"),
    ('An official at the Ostmark Federation of Employers said the quotas were "unworkable".',
     "An official at the Ostmark Federation of Employers"),
    ('A spokesman for Grell Logistics Ltd said the depot "will stay open".', "A spokesman for Grell Logistics Ltd"),
    ('A spokeswoman for the Harbour Porters Union said the stoppage "goes on".',
     "A spokeswoman for the Harbour Porters Union"),
    ('Odo Marn, a spokesman for the Dorn Valley Chamber of Industry, said the quotas were "unworkable".',
     "Odo Marn, a spokesman for the Dorn Valley Chamber of Industry"),
])
def test_private_bodies_spokespeople_are_other(body, mention):
    assert _type(body, mention) == "other"


@pytest.mark.parametrize("body, mention", [
    ('An official at the Ostmark Ministry of Trade said the quotas were "workable".',
     "An official at the Ostmark Ministry of Trade"),
    ('An official at the Ostmark Chamber of Deputies said the quotas were "workable".',
     "An official at the Ostmark Chamber of Deputies"),
    ('A spokesman for the Ostmark Federal Customs Service said the depot "will close".',
     "A spokesman for the Ostmark Federal Customs Service"),
    ('Nina Falk spoke on Monday. A spokeswoman for Nina Falk said the claim was "false".',
     "A spokeswoman for Nina Falk"),
    ('Odo Marn, chairman of the Ostmark State Business Council, said the quotas were "workable".',
     "Odo Marn, chairman of the Ostmark State Business Council"),
])
def test_state_bodies_and_persons_spokespeople_stay_government(body, mention):
    assert _type(body, mention) == "government"


# ------------------------------------------------------- members of a national legislature's committee

@pytest.mark.parametrize("body, mention", [
    ('Imam Tariq Osei, a member of the Oskan National Assembly Defence Committee, said the deal was "a trap".',
     "Imam Tariq Osei, a member of the Oskan National Assembly Defence Committee"),
    ('Reverend Alma Voss, a member of the Senate budget committee, said the deal was "a trap".',
     "Reverend Alma Voss, a member of the Senate budget committee"),
])
def test_member_of_a_legislature_committee_is_a_legislator(body, mention):
    assert _type(body, mention) == "government"


@pytest.mark.parametrize("body, mention", [
    ('Imam Tariq Osei, a member of the Dorn Chess Club, said the deal was "a trap".',
     "Imam Tariq Osei, a member of the Dorn Chess Club"),
    ('Imam Tariq Osei, a preacher in Dorn, said the deal was "a trap".', "Imam Tariq Osei, a preacher in Dorn"),
    ('Tariq Osei, a member of the National Assembly staff union, said the canteen was "a scandal".',
     "Tariq Osei, a member of the National Assembly staff union"),
])
def test_clerics_and_members_without_a_seat_stay_other(body, mention):
    assert _type(body, mention) == "other"


# ------------------------------------------------------- "called a party": apposition or predicate only

@pytest.mark.parametrize("text, name", [
    ("The Ostland Awami League, the main opposition party, said it would boycott the vote.", "Ostland Awami League"),
    ("The Ostland Awami League is the largest opposition party.", "Ostland Awami League"),
    ("Leaders of the Ostland Awami League party met on Friday.", "Ostland Awami League"),
    ("Officials of the ruling Ostland Awami League declined to comment.", "Ostland Awami League"),
])
def test_a_body_the_article_calls_a_party(text, name):
    from analysis.extract.speakers.affiliations import _called_a_party_in
    assert _called_a_party_in(text, name)


@pytest.mark.parametrize("text, name", [
    ("The judges overturned a ruling the Dry Creek Alliance had sought for years.", "Dry Creek Alliance"),
    ("Despite fierce opposition the Tenant Rights League kept campaigning.", "Tenant Rights League"),
    ("Members packed the Tenant Rights League's party in June.", "Tenant Rights League"),
    ("The Tenant Rights League, a group that once threw a party for donors, said rents were high.",
     "Tenant Rights League"),
    ("The Tenant Rights League, the party's oldest ally, said rents were high.", "Tenant Rights League"),
    ("The Tenant Rights League, the opposition party's main donor, said rents were high.", "Tenant Rights League"),
])
def test_a_ruling_an_opposition_or_a_celebration_is_no_party(text, name):
    from analysis.extract.speakers.affiliations import _called_a_party_in
    assert not _called_a_party_in(text, name)
