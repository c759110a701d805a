"""Figures: shared plumbing (colours, style, saving, index) re-exported from core.

Family modules with the axes-level plot functions are imported explicitly,
e.g. ``from analysis.plot import wording as wf``.
"""

from analysis.plot.core import (
    FORMATS,
    OKABE_ITO,
    VOICE_COLORS,
    VOICE_HATCHES,
    VOICE_ORDER,
    apply_style,
    caption,
    describe_corpus,
    outlet_hatches,
    outlet_palette,
    read_sidecars,
    render_figure,
    save_figure,
    saver,
    style_path,
    validate_formats,
    write_index,
)

__all__ = [
    "FORMATS", "OKABE_ITO", "VOICE_COLORS", "VOICE_HATCHES", "VOICE_ORDER",
    "apply_style", "caption", "describe_corpus", "outlet_hatches", "outlet_palette",
    "read_sidecars", "render_figure", "save_figure", "saver", "style_path", "validate_formats",
    "write_index",
]
