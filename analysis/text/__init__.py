"""Text layer: offline segmentation (paragraphs, sentences, tokens, quotation spans, voice)
and the parsed :class:`Document` every measure reads."""

from analysis.enums import VOICES, Voice
from analysis.text.transcript import Turn, find_turns
from analysis.text.document import Document, Span, parse_article, parse_corpus
from analysis.text.segment import (ALL_QUOTE_MARKS, Paragraph, ParsedText, Quotation, Sentence,
                                   SegmentationWords, SentenceRules, StrayMark, Token, english_share,
                                   find_quotations, load_abbreviations, load_segmentation_words,
                                   load_sentence_rules, load_title_abbreviations, parse_text,
                                   sentence_tokenizer,
                                   split_paragraphs, split_sentences, tokenize)

__all__ = ["ALL_QUOTE_MARKS", "Document", "Paragraph", "ParsedText", "Quotation", "SegmentationWords",
           "Sentence", "SentenceRules", "Span", "StrayMark", "Token", "Turn", "find_turns", "VOICES", "Voice", "english_share",
           "find_quotations", "load_abbreviations", "load_segmentation_words", "load_sentence_rules",
           "load_title_abbreviations",
           "parse_article", "parse_corpus", "parse_text", "sentence_tokenizer", "split_paragraphs",
           "split_sentences", "tokenize"]
