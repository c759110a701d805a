"""Round 16 lead mends, each with invented sentences."""
from __future__ import annotations

import pytest

from analysis.text import parse_text


@pytest.mark.parametrize("text, n", [
    # 'H.E.' (His/Her Excellency) before a name ends no sentence
    ("The envoy, H.E. Tomas Verhallen, expressed hope that the crossing would reopen. He left.", 2),
    ("Talks with H.E. Mirela Dascu ran late on Friday.", 1),
    # the ordinary full stops around it still split
    ("The envoy arrived. H.E. Tomas Verhallen spoke first.", 2),
    ("Mr. Ostrander said little. He left early.", 2),
])
def test_his_excellency_abbreviation_ends_no_sentence(text: str, n: int) -> None:
    assert len(parse_text(text).sentences) == n
