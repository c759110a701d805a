"""Extraction layer: attributions (cue, content, speaker mention) and resolved speakers.

:func:`annotate` adds the attribution layer to a parsed :class:`~analysis.text.Document`
once; every measure reads ``doc.attributions``, ``doc.speakers`` and
``doc.paraphrase`` from it (:func:`annotated` annotates a document that has
not been annotated yet, with the packaged lexicons or the ones named).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from analysis.text import Document


#: The lexicon options the attribution layer reads (each ``None``: the packaged file).
ANNOTATION_OPTIONS: tuple[str, ...] = ("actors", "verbs", "cues", "gazetteer", "roles", "speaker_words")


def annotation_key(*, actors: Any = None, verbs: Any = None, cues: Any = None, gazetteer: Any = None,
                   roles: Any = None, speaker_words: Any = None, name_order: str | None = None) -> str:
    """Which lexicons (paths, or ``packaged``) and name order an annotation used; see
    :attr:`Document.annotation_key`."""
    def name(v: Any) -> str:
        return "packaged" if v is None else (str(v) if isinstance(v, (str, bytes)) or hasattr(v, "__fspath__")
                                              else f"object:{id(v)}")
    return "|".join(f"{k}={name(v)}" for k, v in
                    (("actors", actors), ("verbs", verbs), ("cues", cues), ("gazetteer", gazetteer))) + \
        (f"|roles={name(roles)}" if roles is not None else "") + \
        (f"|speaker_words={name(speaker_words)}" if speaker_words is not None else "") + \
        (f"|name_order={name_order}" if name_order is not None else "")


def annotate(doc: Document, *, actors: Any = None, verbs: Any = None, cues: Any = None,
             gazetteer: Any = None, roles: Any = None, speaker_words: Any = None,
             name_order: str | None = None) -> Document:
    """``doc`` with its attribution layer: attributions, speakers (1:1) and paraphrase spans.

    Each option is a path to the user's file, a loaded lexicon, or ``None`` for the packaged one
    (``speaker_words``: :func:`analysis.extract.speakers.load_speaker_words`).  The segmenter's
    words are read when the document is parsed (:func:`analysis.text.parse_article`).
    ``name_order``: ``"given_first"`` (``None``, the default) or ``"as_written"``, the order of a
    person's name written family name first (:mod:`analysis.extract.speakers.name_order`)."""
    from analysis.extract.attribution import extract_attributions, paraphrase_spans
    from analysis.extract.speakers import resolve_speakers

    attrs = extract_attributions(doc, verbs=verbs) if verbs is not None else extract_attributions(doc)
    speakers = resolve_speakers(doc, attrs, actors=actors, cues=cues, gazetteer=gazetteer, roles=roles,
                                speaker_words=speaker_words,
                                **({} if name_order is None else {"name_order": name_order}))
    spans = paraphrase_spans(doc, attributions=attrs)
    return dataclasses.replace(doc, attributions=tuple(attrs), speakers=tuple(speakers),
                               paraphrase=tuple(spans),
                               annotation_key=annotation_key(actors=actors, verbs=verbs, cues=cues,
                                                             gazetteer=gazetteer, roles=roles,
                                                             speaker_words=speaker_words, name_order=name_order))


def annotated(doc: Document, **options: Any) -> Document:
    """``doc`` with its attribution layer, computed at most once.

    Without options, a document already annotated is returned as it is,
    whatever lexicons it was annotated with (the pipeline annotates with the
    study's lexicons once; measures only read the layer).  With options, the
    document is annotated again only if it was annotated with other ones.
    """
    if doc.attributions is not None and (
            not any(v is not None for v in options.values()) or doc.annotation_key == annotation_key(**options)):
        return doc
    return annotate(doc, **options)


def paraphrase_of(doc: Document) -> tuple[tuple[int, int], ...]:
    """The paraphrase spans of ``doc``'s attribution layer (annotated first if it has none)."""
    return tuple(annotated(doc).paraphrase or ())


__all__ = ["ANNOTATION_OPTIONS", "annotate", "annotated", "annotation_key", "paraphrase_of"]
