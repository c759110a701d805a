"""Round 27 (helper L): loaded-language classes of the twenty-sixth invented set's misses (a proxy since round 27), and
the guards for two of its extras (a denied 'pawn', a paraphrased 'lecture'); the possessive 'aggression' stays counted (the
issue names the frame).

Sentences written for these tests (invented names, places and outlets): each label in the narrator's, a paraphrase's
and a quotation's voice, and each word's plain sense not counted."""

from __future__ import annotations

import pytest

from _loaded_helpers import voiced_hits as hits, voiced_spans as spans


@pytest.mark.parametrize("body, span, term, voice", [
    # profiteer, profiteering
    ("Grain dealers in Velmora made fortunes from profiteering during the siege.", "profiteering", "profiteer", "narrator"),
    ('"They are war profiteers," the mayor of Brela said of the traders.', "profiteers", "profiteer", "quoted"),
    ("The union said the shipping firms were profiteering from the blockade.", "profiteering", "profiteer",
     "paraphrase"),
    # fence-sitting and the idiom
    ("The fence-sitting of the Dorn cabinet has lasted a year.", "fence-sitting", "fence-sitter", "narrator"),
    ("The senator said the cabinet in Dorn was sitting on the fence over the embargo.", "sitting on the fence",
     "fence-sitter", "paraphrase"),
    # coy about information
    ("The treasury in Ostrava stays coy about the size of the loan.", "coy", "coy", "narrator"),
    ('"The ministry is being coy," the analyst from Pella said.', "coy", "coy", "quoted"),
    # sanctions war
    ("The farmers' union said the sanctions war had emptied its members' barns.", "sanctions war", "sanctions war",
     "paraphrase"),
    ('"This war of sanctions hurts farmers most," the governor of Kelmar said.', "war of sanctions",
     "sanctions war", "quoted"),
    # licence for <harm noun>
    ('"This accord is a licence for aggression," a law lecturer in Pella wrote.',
     "licence for aggression", "licence for aggression", "quoted"),
    ("The new decree is a licence for impunity in the border districts.", "licence for impunity",
     "licence for impunity", "narrator"),
    ("The envoy said the pact gave Dravik a license for war.", "license for war", "licence for war", "paraphrase"),
    # <reasoning adjective> <contortion noun>
    ("Varn's treasury needed legal contortions to call the loan a grant.", "legal contortions",
     "<reasoning_adjective> contortions", "narrator"),
    ('"It takes real mental gymnastics to call this a defensive pact," the professor said.', "mental gymnastics",
     "<reasoning_adjective> gymnastics", "quoted"),
    ("Critics said the spokesman's verbal acrobatics hid the truth.", "verbal acrobatics",
     "<reasoning_adjective> acrobatics", "paraphrase"),
    # <staging participle> <staged feeling noun>
    ("The general's birthday parade ended in choreographed adulation at the stadium.",
     "choreographed adulation", "<staging_participle> adulation", "narrator"),
    ('"This is manufactured enthusiasm," the minister of Pella said.', "manufactured enthusiasm",
     "<staging_participle> enthusiasm", "quoted"),
    ("The opposition said the rally's orchestrated applause fooled no one.", "orchestrated applause",
     "<staging_participle> applause", "paraphrase"),
    # propaganda <artefact>
    ("Dorn's rail stations now carry a propaganda poster of the new bridge.", "propaganda poster",
     "propaganda poster", "narrator"),
    ('"That is a propaganda video, nothing more," the envoy said.', "propaganda video", "propaganda video", "quoted"),
])
def test_label_counted(body: str, span: str, term: str, voice: str) -> None:
    assert (span, term, voice) in hits(body)


@pytest.mark.parametrize("body, word", [
    # the statute's offence, not the verdict
    ("The anti-profiteering authority in Kelmar fined two retailers.", "profiteering"),
    # a bird or a cat on a real fence
    ("A crow was sitting on the fence by the garden gate in Brela.", "sitting on the fence"),
    # the idiom inside quotation marks labels no actor with a charged pejorative (narrator and paraphrase only)
    ('The envoy said Dorn "cannot sit on the fence much longer".', "fence"),
    # the shy or flirtatious sense of 'coy'
    ("The actress gave a coy smile to the photographers in Pella.", "coy"),
    ("She was coy and flirtatious in the film's first scene.", "coy"),
    # economics' plain 'trade war'
    ("Exporters in Varn fear a trade war with the bloc.", "trade war"),
    # permits of trade and broadcasting
    ("The firm holds a licence for the export of grain from Dorn.", "licence for"),
    # gymnasts and acrobats
    ("She won gold in rhythmic gymnastics at the games in Ostrava.", "gymnastics"),
    ("The circus troupe's aerial acrobatics drew a crowd.", "acrobatics"),
    ("The yoga teacher's contortions amazed the class.", "contortions"),
    # a choreographed dance, a staged protest
    ("The troupe performed a choreographed dance at the festival.", "choreographed"),
    ("Workers staged protests outside the plant in Tessa.", "staged"),
    # a past regime's posters in a museum or a history
    ("The museum in Kelmar shows Soviet propaganda posters from the 1930s.", "propaganda posters"),
])
def test_plain_sense_not_counted(body: str, word: str) -> None:
    assert not [s for s in spans(body) if word.lower() in s.lower()]


@pytest.mark.parametrize("body", [
    # the label denied or refused asserts agency
    'The scholar said the summit showed that Dravik was "a player, not a pawn" in the region.',
    '"Velmora does not want to be a pawn of Dravik or of anyone," the senator said.',
    "The president of Tarvia said his country refused to be a pawn of anyone.",
])
def test_denied_pawn_not_counted(body: str) -> None:
    assert "pawn" not in [t for _, t, _ in hits(body)]


def test_pawn_label_still_counted() -> None:
    assert ("pawn", "pawn", "narrator") in hits("Tarvia has become a pawn of its larger neighbour.")


def test_lecture_not_counted_in_paraphrase() -> None:
    body = 'The consulate in Brela said rich nations should not lecture other countries on how to vote.'
    assert not [t for _, t, _ in hits(body) if "lecture" in t]


@pytest.mark.parametrize("body, voice", [
    ("Ostrava keeps lecturing other countries about their elections.", "narrator"),
    ('"They lecture other countries every day," the envoy of Pella said.', "quoted"),
])
def test_lecture_counted_outside_paraphrase(body: str, voice: str) -> None:
    assert [v for _, t, v in hits(body) if "lecture" in t] == [voice]


@pytest.mark.parametrize("body", [
    'The cabinet in Tarvia said every shipment of shells "feeds Dravik\'s aggression against our towns".',
    "The council said Velmora's aggression against its neighbour must end.",
])
def test_possessive_aggression_still_counted(body: str) -> None:
    # the issue names "possessive + aggression" as a pattern; kept although sets 24 and 26 leave the quoted formula out
    assert [s for s in spans(body) if "aggression" in s]


def test_bloc_aggression_still_counted() -> None:
    assert ("Western aggression", "Western aggression", "narrator") in hits(
        "The region has paid for decades of Western aggression.")


# 'lavish' (round 27): listed again, as the later nineteenth and twenty-sixth invented sets list it


@pytest.mark.parametrize("body, span, voice", [
    ("Dorn laid on a lavish banquet for the trade delegation from Tarvia.", "lavish", "narrator"),
    ("State television lavished praise on the visitor from Pella.", "lavished", "narrator"),
    ("The opposition said the summit's lavish pomp cost the treasury dearly.", "lavish", "paraphrase"),
])
def test_lavish_counted_in_the_outlets_voice(body: str, span: str, voice: str) -> None:
    assert (span, "lavish", voice) in hits(body)


@pytest.mark.parametrize("body", [
    '"Our hosts were lavish with their gifts," the envoy of Tarvia said.',
    "The couple held a lavish wedding at a hotel in Kelmar.",
    "The cookbook is lavishly illustrated with photographs of Brela.",
    "The opera's lavish production opened in Ostrava on Friday.",
])
def test_lavish_not_counted(body: str) -> None:
    assert "lavish" not in [t for _, t, _ in hits(body)]
