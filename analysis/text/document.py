"""The parsed document: one object per article that every measure reads.

Like spaCy's ``Doc``, a :class:`Document` is built once and annotated in
layers.  :func:`parse_article` adds the segmentation layer (paragraphs,
sentences, tokens, quotation spans); :func:`analysis.extract.annotate` adds
the attribution layer (attributions, their resolved speakers and the
paraphrase spans that give every token its voice).  Measures read these
layers; none of them runs another measure's extractor.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

from analysis.text.segment import ParsedText, SegmentationWords, parse_text
from analysis.text.transcript import byline_hosts

if TYPE_CHECKING:  # pragma: no cover
    from analysis.corpus import Article

Span = tuple[int, int]


@dataclass(frozen=True)
class Document:
    """An article with its parsed body and, once annotated, its attribution layer.

    ``attributions``, ``speakers`` (aligned 1:1 with ``attributions``) and
    ``paraphrase`` (sorted, merged reported-clause spans) are ``None`` until
    :func:`analysis.extract.annotate` has run; ``annotation_key`` records the
    lexicons and options they were computed with.
    """

    article: "Article"
    text: ParsedText
    attributions: tuple[Any, ...] | None = None
    speakers: tuple[Any, ...] | None = None
    paraphrase: tuple[Span, ...] | None = None
    annotation_key: str | None = None

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def outlet(self) -> str:
        return self.article.outlet

    @property
    def body(self) -> str:
        return self.article.body

    @property
    def answers(self) -> tuple:
        """An interview transcript's answer turns (:class:`analysis.text.transcript.Turn`: label, span): who
        speaks them is their label; the attribution layer makes no entries inside them."""
        return self.text.answers


def parse_article(article: "Article", *, abbreviations: frozenset[str] | None = None,
                  segmentation_words: SegmentationWords | None = None) -> Document:
    """The segmentation layer of ``article`` (lexicons as in :func:`~analysis.text.parse_text`)."""
    return Document(article, parse_text(article.body, abbreviations=abbreviations,
                                        segmentation_words=segmentation_words,
                                        hosts=byline_hosts(getattr(article, "byline", None))))


def parse_corpus(articles: Iterable["Article"], *, abbreviations: frozenset[str] | None = None,
                 segmentation_words: SegmentationWords | None = None) -> list[Document]:
    return [parse_article(a, abbreviations=abbreviations, segmentation_words=segmentation_words)
            for a in articles]
