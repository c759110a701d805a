"""The toolkit's enumerations, each defined once: voices, attribution kinds, reporting-verb
stance categories, speaker types and name orders.  Every layer (text, extract, measures, plot) imports
them from here, so a new value is added in one place.  Orders are the reading orders used
in tables and figures."""

from __future__ import annotations

from typing import Literal

Voice = Literal["narrator", "quoted", "paraphrase"]

#: Whose words a token is: the outlet's own, inside quotation marks, or a reported clause.
VOICES: tuple[str, ...] = ("narrator", "quoted", "paraphrase")

#: How an attribution reports speech (quotes.csv ``kind``).
KINDS: tuple[str, ...] = ("direct", "partial", "indirect", "according_to")

#: Stance of the reporting verb (quotes.csv ``cue_category``; lexicons/reporting_verbs.yaml).
CUE_CATEGORIES: tuple[str, ...] = (
    "neutral", "endorsing", "distancing", "tentative", "concessive", "oppositional",
    "confrontational", "directive", "expressive", "discourse",
)

#: What kind of source a speaker is (quotes.csv ``speaker_type``); ``other``: a named person
#: with no cue to their role anywhere in the article.
SPEAKER_TYPES: tuple[str, ...] = (
    "principal", "government", "international_org", "state_media", "media",
    "expert_academic", "expert_think_tank", "document", "unnamed", "other",
)

#: How a person's name written family name first is given in tables (``name_order``):
#: ``given_first`` turns "Hayashi Yoshimasa" into "Yoshimasa Hayashi" on the article's evidence
#: (analysis.extract.speakers.name_order), ``as_written`` keeps each outlet's order.
NAME_ORDERS: tuple[str, ...] = ("given_first", "as_written")

__all__ = ["CUE_CATEGORIES", "KINDS", "NAME_ORDERS", "SPEAKER_TYPES", "VOICES", "Voice"]
