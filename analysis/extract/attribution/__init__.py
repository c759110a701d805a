"""Attribution: quotations and reported speech with their cue and speaker mention.

:func:`extract_attributions` finds every attribution event in a parsed article,
following the annotation conventions of ``../shared/gold/seeds/SUMMARY.md``:

* ``direct``: the quoted material is a complete clause introduced or closed by
  the cue ("“It is a breakthrough,” Putin said"); ``partial``: a quoted
  fragment inside the outlet's own sentence; ``text`` is exactly what lies
  between the marks (the first part when a quote is split around its cue or
  several fragments share one cue; all pieces are in ``parts``).
* ``indirect``: reported speech without quotation marks ("said (that) ...",
  "..., he said") and speech-act verbs whose object is the content ("thanked
  Kim for ...", "condemned the treaty", "described X as Y", "cast X as Y",
  "attributed X to Y", "blasted X for Y"), a topic ("warned of ...", "spoke out
  in favour of ...", "talked about ..."), a participle after a message noun ("a
  statement saying ...") and a colon closing a paragraph ("X said:" + the next
  paragraph).
* ``according_to``: "according to X"; when the content already has its own cue
  (a quote with "Putin said") the according-to entry is a media relay
  (``relay=True``), as are "..., KCNA said" / "TASS reported" closing a sentence
  that has its own cue, "was quoted as saying by <media>", the agent of a relay
  verb (lexicon ``relay_verbs``) in "<agent> quoted <speaker> as saying ...",
  "<speaker> was quoted by <agent> as saying ..." (the speaker's own entry has the
  cue "as saying") and "<speaker>, (as) quoted by <agent>, said ...".

The speaker mention is the text span naming the speaker, appositive included
("Yu Ji-hoon, research fellow at the Korea Institute for Defense Analyses");
pronouns stay pronouns ("he"); resolving mentions to canonical speakers is
:mod:`analysis.extract.speakers`' job.  Two agentless cues report speech with no
speaker in the text and have no mention (``speaker_start`` None, ``agentless``
True): "it was announced that ..." (expletive "it", a passive and a
that-clause) and a request put to someone ("Asked to name one ferry, the
governor said ...": the request is the content; the answer is the governor's
own entry).  A passive with an agent takes its subject as
content ("The story was first reported by Reuters").  Not attributions:
quotation marks around a term or title with no reporting verb, attitudes
("alarmed"), a question or a refused answer with an interrogative clause ("asked whether ...", "Asked whether
..., X said" (the answer is X's entry), "declined to say who ...": events with no content, lexicon
``question_lemmas`` and ``refusal_verbs``; PolNeAR's scheme keeps a question with its clause), other
agentless passives ("is accused of"; a passive expectation
"is expected to ..." only in PolNeAR's scheme, ``scheme="polnear"``), a question put with only its topic ("when
asked about the pact") and a refusal to comment on a topic ("declined to comment on ...": both PolNeAR only),
conditional or hypothetical cues ("if they agree on it", "will ponder", "would not say"), negated cues
inside another report or a relative clause ("said he had not mentioned it", "who
did not comment"; a negated main report with content is one: "The governor did
not say whether she would run") and noun-phrase attributions ("Putin's statement"), except a possessed
message noun with a that-clause ("Donald Trump's claim that ...": the possessor is
the speaker) outside another cue's content.  Seed scheme only, also not attributions: a generic singular
speaker in the present ("Every treaty says it is defensive"), the clause pro-form "so" ("and said so more
often than his superiors liked"), a direct question put after a colon ("ask one question only: will ...?"),
the exchange an answer belongs to ("answering a question from a correspondent"); in either scheme, nothing in
a standfirst above the byline.

No tagger is available offline, so the rules read token shapes (capitals,
closed-class words, punctuation), the reporting-verb lexicon
(``lexicons/reporting_verbs.yaml``, see :func:`load_reporting_verbs`) and, for a that-less clause's
irregular finite verb ("went", "broke"), the most frequent tag of the Brill lexicon shipped with TextBlob
(:func:`analysis.lexicons.installed.brill_lexicon`).  Offsets
index ``doc.body``: ``body[a.start:a.end] == a.text``.

The package is layered by job; a module imports only from the modules above it
in this list:

* :mod:`.tokens`: the token and cue records, sentence tokens, token tests and shared word sets;
* :mod:`.phrases`: noun phrases and clause shapes;
* :mod:`.relay`: relay frames ("<agent> quoted <speaker> as saying ...");
* :mod:`.cues`: cue candidates and which of them are plausible reports;
* :mod:`.content`: the content after a cue and its kind;
* :mod:`.subjects`: the speaker mention (clause subjects, appositives, antecedents, time phrases);
* :mod:`.resolve`: one sentence's cues with their speakers and contents;
* :mod:`.document`: :class:`Attribution`, :func:`extract_attributions` (quote chains,
  postposed cues, relays) and :func:`paraphrase_spans`.
"""

from __future__ import annotations

from analysis.enums import KINDS
from analysis.extract.reporting_verbs import load_reporting_verbs
# _Tok and _CueCounts are private, re-exported for the tests that import them from here
from analysis.extract.attribution.tokens import _Tok  # noqa: F401
from analysis.extract.attribution.document import (  # noqa: F401
    Attribution, _CueCounts, extract_attributions, paraphrase_spans,
)

__all__ = ["Attribution", "extract_attributions", "paraphrase_spans", "load_reporting_verbs", "KINDS"]
