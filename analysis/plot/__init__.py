"""Plotting: axes-level plot functions per figure family, plus shared colours and style.

Family modules are imported explicitly, e.g. ``from analysis.plot import wording as wf``.
Saving figures is :mod:`analysis.publish.figures`.
"""

from analysis.plot.core import (
    OKABE_ITO,
    VOICE_COLORS,
    VOICE_HATCHES,
    VOICE_ORDER,
    apply_style,
    caption,
    describe_corpus,
    outlet_hatches,
    outlet_palette,
    style_path,
)

__all__ = [
    "OKABE_ITO", "VOICE_COLORS", "VOICE_HATCHES", "VOICE_ORDER", "apply_style", "caption",
    "describe_corpus", "outlet_hatches", "outlet_palette", "style_path",
]
