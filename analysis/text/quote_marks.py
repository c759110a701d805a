"""The quotation marks of the toolkit, defined once.

The segmenter (:mod:`analysis.text.segment`) pairs these marks into quotations; the
attribution extractor (:mod:`analysis.extract.reporting_verbs`) builds its sets of opening and
closing marks from the same strings, so a mark the segmenter knows is a mark the extractor knows.

* ``DOUBLE_MARKS`` / ``SINGLE_MARKS``: the double and single marks, typographic and straight
  (〝〞〟: CJK double prime marks; ＂ ＇: full-width straight marks).
* ``CORNER_MARKS`` / ``WHITE_CORNER_MARKS``: CJK corner brackets, found in English agency copy from
  East Asia: 「」 the primary pair, 『』 the white pair nested inside it (reported as ``double`` and
  ``single``).  Their shape says open or close; they pair only with each other.
* ``OPENING_SHAPES`` / ``CLOSING_SHAPES``: marks whose shape alone says open or close.
* ``STRAIGHT_MARKS``: the marks of no direction (" ' ＂ ＇), either opening or closing.
"""

from __future__ import annotations

DOUBLE_MARKS = "\"“”„‟«»〝〞〟＂"
SINGLE_MARKS = "'‘’‚‛‹›＇"
CORNER_MARKS = "「」"
WHITE_CORNER_MARKS = "『』"
OPENING_SHAPES = "“„‟«‘‚‛‹「『〝"
CLOSING_SHAPES = "”»’›」』〞〟"
ALL_QUOTE_MARKS = DOUBLE_MARKS + SINGLE_MARKS + CORNER_MARKS + WHITE_CORNER_MARKS
STRAIGHT_MARKS = "".join(c for c in ALL_QUOTE_MARKS if c not in OPENING_SHAPES + CLOSING_SHAPES)

__all__ = ["ALL_QUOTE_MARKS", "CLOSING_SHAPES", "CORNER_MARKS", "DOUBLE_MARKS", "OPENING_SHAPES", "SINGLE_MARKS",
           "STRAIGHT_MARKS", "WHITE_CORNER_MARKS"]
