"""Corpus layer: the article model, loading (Markdown folders, CSV/JSONL/Parquet, Media Cloud),
streaming (:func:`iter_articles`), cleaning, import of raw text, and ``framing check``."""

from analysis.corpus.load import (MEDIA_CLOUD_COLUMNS, TABLE_SUFFIXES, TEXT_SUFFIXES, check_corpus,
                                  iter_articles, load_corpus, parse_date, read_article_file, read_table,
                                  split_front_matter)
from analysis.corpus.model import (OPTIONAL_KEYS, REQUIRED_KEYS, Article, Corpus, CorpusError, Problem,
                                   article_id, article_sort_key)
from analysis.corpus.check import escape_controls, format_table, run_check

__all__ = ["Article", "Corpus", "CorpusError", "MEDIA_CLOUD_COLUMNS", "OPTIONAL_KEYS", "Problem",
           "REQUIRED_KEYS", "TABLE_SUFFIXES", "TEXT_SUFFIXES", "article_id", "article_sort_key", "check_corpus",
           "escape_controls", "format_table", "iter_articles", "load_corpus", "parse_date",
           "read_article_file", "read_table", "run_check", "split_front_matter"]
