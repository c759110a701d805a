"""Plotting: axes-level plot functions per figure family, plus shared colours and style.

Family modules are imported explicitly, e.g. ``from analysis.plot import wording as wf``.
Saving figures is :mod:`analysis.publish.figures`.
"""

from analysis.plot.core import (
    ACCENT,
    MANY_OUTLETS,
    OKABE_ITO,
    VOICE_COLORS,
    VOICE_HATCHES,
    VOICE_ORDER,
    Palette,
    apply_style,
    caption,
    contrast_ratio,
    default_palette,
    describe_corpus,
    labels_note,
    outlet_palette,
    style_path,
    text_colour,
)

__all__ = [
    "ACCENT", "MANY_OUTLETS", "OKABE_ITO", "Palette", "VOICE_COLORS", "VOICE_HATCHES", "VOICE_ORDER", "apply_style",
    "caption", "contrast_ratio", "default_palette", "describe_corpus", "labels_note", "outlet_palette", "style_path",
    "text_colour",
]
