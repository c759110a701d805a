"""Corpus layer: the article model, loading (Markdown folders, CSV/JSONL/Parquet, Media Cloud),
cleaning, import of raw text, and ``framing check``."""

from analysis.corpus.load import (MEDIA_CLOUD_COLUMNS, TABLE_SUFFIXES, TEXT_SUFFIXES, check_corpus, load_corpus,
                                  parse_date, read_article_file, read_table, split_front_matter)
from analysis.corpus.model import (OPTIONAL_KEYS, REQUIRED_KEYS, Article, Corpus, CorpusError, Problem,
                                   article_id)
from analysis.corpus.check import format_table, run_check

__all__ = ["Article", "Corpus", "CorpusError", "MEDIA_CLOUD_COLUMNS", "OPTIONAL_KEYS", "Problem",
           "REQUIRED_KEYS", "TABLE_SUFFIXES", "TEXT_SUFFIXES", "article_id", "check_corpus", "format_table",
           "load_corpus", "parse_date", "read_article_file", "read_table", "run_check", "split_front_matter"]
