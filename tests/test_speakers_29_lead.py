"""Round 29, lead: a description a writer quotes inside a speaker mention leaves its quotation marks out of the
speaker's name (found on set 19's relay frames after round 29's 'cited X as saying' mend, and on PTC dev)."""

from __future__ import annotations

from _attribution_helpers import resolved


def test_a_quoted_description_inside_a_mention_gives_a_name_without_quotation_marks() -> None:
    got = resolved("Tarn Radio cited an unnamed source \u201cclose to the Dale cabinet\u201d as saying the vote was off.\n")
    assert got[-1][1:] == ("Source close to the Dale cabinet", "unnamed")
    got = resolved("The agency quoted an official \"familiar with the talks\" as saying the deal was dead.\n")
    assert got[-1][1:] == ("Official familiar with the talks", "government")
    assert not any(c in name for _, name, _ in got for c in "\"\u201c\u201d")
