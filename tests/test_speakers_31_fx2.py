"""Round 31 (helper FX2): mends of reviewer RV1's speaker findings, on sentences written here (invented names,
bodies and places; real banks' and leaders' name forms only where the finding is about that form)."""

from __future__ import annotations

from tests._attribution_helpers import resolved


def _names(body: str, **kw) -> list[str]:
    return [name for _, name, _ in resolved(body, **kw)]


# ---------------------------------------------------------------- RV1 11: family-first names
def test_a_family_first_name_with_its_own_country_is_turned_for_cross_outlet_identity():
    # the default canonical form is given-first so that one person is one name across outlets
    assert _names("Hungarian Foreign Minister Halmos Gergely said the barges would sail on Monday.") \
        == ["Gergely Halmos"]
    assert _names("Japanese Trade Minister Morikawa Hiroshi said the tariffs would stay.") == ["Hiroshi Morikawa"]
