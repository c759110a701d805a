"""Round 29 (helper L): loaded-language classes of the twenty-eighth invented set's misses (a proxy since round 29) and
the voice of the object of a naming frame ('described X as Y').

Sentences written for these tests (invented names, places and outlets): each label in the voices it counts in, and
each word's literal or neutral sense not counted."""

from __future__ import annotations

from _loaded_helpers import voiced_hits as hits


def spans(body: str) -> list[str]:
    return [s for s, _, _ in hits(body)]


def test_object_of_a_naming_frame_is_the_narrators():
    # 'described X as "Y"': the reporter names X; Y is the speaker's
    got = hits('A student in Brela described the reclusive republic as "a museum of Stalinism with tanks".')
    assert ("reclusive", "reclusive", "narrator") in got


def test_complement_of_a_naming_frame_stays_paraphrase():
    got = hits("The senator described the regime as reclusive.")
    assert ("reclusive", "reclusive", "paraphrase") in got
