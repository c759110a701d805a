"""Word choice: loaded vs neutral terms, naming of actors, and KWIC evidence.

Two measures over parsed documents (:class:`analysis.text.Document`):

* **Loaded terms** (:func:`find_terms`, :func:`terms_table`): entries of a YAML
  lexicon (``lexicons/loaded_terms.yaml``, documented in its header) matched on
  the word tokens of each sentence.  Multiword terms, hyphen/space/closed-up
  variants, British/American spellings and regular inflections are handled by
  one matcher; overlapping hits are resolved longest first.  Every hit carries
  its voice (narrator | quoted | paraphrase); paraphrase comes from the
  document's attribution layer (``doc.paraphrase``, made by
  :func:`analysis.extract.annotate`; a bare parsed document is annotated with
  the packaged lexicons when it has a hit).
* **Naming** (:func:`naming_mentions`, :func:`naming_table`): which label of an
  actor (``lexicons/actors.yaml``) each article uses, longest label first, no
  span counted twice, and general name-shape rules so that other people who
  share a surname ("Jack Kim") or longer names ("Kim Il Sung Square") are not
  counted.

Aggregates: :func:`term_rates` (per 1,000 words by outlet and voice),
:func:`alternatives_table` (loaded term vs its neutral alternatives per
outlet) and :func:`kwic_table` (keyword in context for any table of hits,
from the documents or just their bodies).

Every table is a per-article map and a reduce, so a pipeline can run the map
in worker processes and cache its JSON-serialisable result per article:

* terms.csv: :func:`article_terms` -> :func:`terms_from_rows`;
* naming.csv: :func:`article_naming` -> :func:`naming_from_rows`;
* naming mentions: :func:`article_mentions` -> :func:`mentions_from_rows`;
* alternatives: :func:`article_alternatives` -> :func:`alternatives_from_rows`.

``x_table(docs)`` is the reduce over the map of every document.  Matchers are
compiled once per lexicon (cached by its content or file path).  Functions
do no I/O except reading a lexicon file when given a path.

The code lives in one module per job (moved unchanged from the former single module
``wording.py``); every name that module defined or re-exported is importable from here:

* :mod:`.columns`: table columns and lexicon tiers (:func:`curated_rows`);
* :mod:`.lexicon`: the loaded-terms lexicon files and their validation (:func:`load_loaded_terms`,
  :func:`as_lexicon`, :class:`Lexicon`, :class:`DerivationRule`);
* :mod:`.stream`: spelling keys, inflections and the word stream the matcher runs on;
* :mod:`.matcher`: the term matcher (patterns compiled once per lexicon and tiers, context guards);
* :mod:`.voice`: reported spans (:func:`reported_spans`, :func:`approximate_paraphrase_spans`);
* :mod:`.terms`: loaded-term hits and the terms table (:func:`find_terms`, :func:`terms_table`);
* :mod:`.rates`: :func:`term_rates` and the alternatives table (:class:`AlternativeCounts`);
* :mod:`.kwic`: :func:`kwic_table`;
* :mod:`.naming`: actor mentions and the naming tables (:func:`find_mentions`, :func:`naming_table`).
"""

from __future__ import annotations

# names the former module imported and its users read from it (``w.LexiconError``, ``wording.Actor``)
from analysis.enums import VOICES  # noqa: F401
from analysis.corpus import Problem  # noqa: F401
from analysis.extract import paraphrase_of  # noqa: F401
from analysis.measures.evaluative import (BOOSTER_SOURCE, CompoundRule, Rules, brill_tag, candidate_words,
                                          compound_word, expand_templates, parse_rules, suffix_word)  # noqa: F401
from analysis.lexicons import (LexiconError, bool_hint as _bool_hint, check_top_keys, entry_key_lines, file_stamp,
                               is_scalar_text as _is_scalar_text, read_lexicon, str_list as _str_list,
                               unknown_entry_keys)  # noqa: F401
from analysis.lexicons.actors import Actor, as_actors, load_actors  # noqa: F401
from analysis.lexicons.actors import read_actors  # noqa: F401
from analysis.text import Document, ParsedText, split_paragraphs, split_sentences  # noqa: F401

# every name of the former module, public and private (tests and tools import private ones)
from analysis.measures.wording.columns import (ALTERNATIVE_COLUMNS, curated_rows, CURATED_TIERS, DEFAULT_TIERS,
                                               MENTION_COLUMNS, NAMING_COLUMNS, Span, TERM_COLUMNS, TIERS)  # noqa: F401
from analysis.measures.wording.lexicon import (as_lexicon, DerivationRule, Lexicon, LexiconEntry, LexiconLike,
                                               load_loaded_terms, PACKAGED_FILES, _assemble, _CONTEXT_KEYS,
                                               _DEGREE_HEAD_TAGS, _DERIVATION_KEYS, _derived_entries,
                                               _DERIVED_TIERS, _ENDING, _ENTRY_KEY_ORDER, _literal_problem,
                                               _load_terms_cached, _memo_hash, _Packaged, _packaged,
                                               _packaged_exists, _packaged_sources, _parse_context,
                                               _parse_derivations, _parse_entries, _read_part, _read_yaml,
                                               _REGEX_CHARS, _sources, _strip_lines, _TERMS_FILE_KEYS)  # noqa: F401
from analysis.measures.wording.stream import (_ACRONYM, _BREAK, _doc_stream, _FUNCTION_WORDS, _HYPHEN,
                                              _inflections, _key, _KEY_CACHE, _LAST_STREAM, _Part, _PARTS_CACHE,
                                              _POSS, _SPACE, _SPELLING_ANY, _spelling_key, _SPELLING_RULES,
                                              _split_word, _START, _Stream, _stream, _token_parts)  # noqa: F401
from analysis.measures.wording.matcher import (_candidate_entries, _compile, _compile_patterns, _context_excluded,
                                               _context_keys, _context_matches, _folded, _match_stream, _Matcher,
                                               _Pattern, _phrase_parts, _phrase_parts_general, _PLAIN_PHRASE,
                                               _sep_ok)  # noqa: F401
from analysis.measures.wording.voice import (approximate_paraphrase_spans, reported_spans, _attributions_for,
                                             _CLAUSE_BREAK, _given_spans, _LETTERS, _REPORTING_FORMS,
                                             _THAT_OR_COMMA, _TRAILING_CUE)  # noqa: F401
from analysis.measures.wording.terms import (article_terms, CONTEXT_CHARS, find_terms, sentence_context, TermHit,
                                             terms_from_rows, terms_table, _article_terms, _headline,
                                             _hits_of_tiers, _in_title_case_name, _LAST_HITS, _sentence_disjunct,
                                             _term_hits, _term_row, _TITLE_DETERMINERS, _title_goes_on,
                                             _TITLE_SMALL)  # noqa: F401
from analysis.measures.wording.rates import (AlternativeCounts, alternatives_from_rows, alternatives_table,
                                             article_alternatives, term_rates, _Alternatives, _alternatives,
                                             _article_frame, _count, _countable)  # noqa: F401
from analysis.measures.wording.kwic import Bodies, kwic_table, _kwic_sources, _KwicSource  # noqa: F401
from analysis.measures.wording.naming import (article_mentions, article_naming, find_mentions, Mention,
                                              mentions_from_rows, naming_from_rows, naming_mentions, naming_table,
                                              naming_words, NamingWords, _actor_index, _actors_file_index,
                                              _alternation, _article_mentions, _extend_form, _FIRST_WORD,
                                              _gazetteer_country_words, _label_regex, _label_rules, _LabelIndex,
                                              _LabelRule, _mention_row, _name_shape_ok, _NAMING_SECTIONS,
                                              _NEXT_WORD, _prefix_opens_phrase, _prefix_rules, _PrefixRules,
                                              _PREV_WORD, _trie_pattern, _WORD_BEFORE, _word_regex)  # noqa: F401
