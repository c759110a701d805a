"""The toolkit's measured accuracy, next to the figures it qualifies.

``framing eval all --write analysis/evaluate/scores.json`` saves the headline
scores (seeds, PolNeAR dev, PTC dev, the invented sets); the report's method section and the
README quote them.  The file holds numbers only (no text from the outside
data) with the date and command that produced them.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any, Mapping

#: Which figures each measured score qualifies: (score key, figures, what it means).
QUALIFIES: tuple[tuple[str, str, str], ...] = (
    ("PTC dev / loaded terms (curated tiers) / Loaded_Language + Name_Calling", "wording",
     "loaded terms found among propaganda spans annotated by professionals in 253 articles of 48 outlets"),
    ("PTC dev / loaded terms (curated + candidate) / Loaded_Language + Name_Calling", "wording (with candidates)",
     "the same, counting the open candidate tier too"),
    ("PolNeAR dev / attribution / speech-verb cues", "quotes, sources, attribution",
     "attributions with a verb of saying, in 84 annotated US political news articles"),
    ("PolNeAR dev / source_overlap / speech-verb cues", "sources, speakers",
     "the speaker span of those attributions"),
    ("PolNeAR dev / source_given_pair_exact / speech-verb cues", "sources, speakers",
     "the speaker span exactly right, when the attribution is found (an accuracy)"),
    ("invented set 31 / quotes / all", "quotes, sources (unseen house styles)",
     "8 invented articles in house styles no rule was written for (a Myanmar exile news site, a Nigerian business "
     "daily, a Japanese TV wide-show recap, a Somali news site, a Mozambican daily's English digest, a Turkish car "
     "magazine, a Hong Kong live blog, a Montevideo legal treaty note), written without seeing the code, sealed through "
     "round 31 and scored once at the start of round 32 with round 31's rules: quote F1 0.95, speaker 0.73 (the honest "
     "figures); the numbers here are after round 32's mends from their errors, so a proxy"),
    ("invented set 31 / loaded terms (curated tiers) / all", "wording (unseen house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.85, precision 0.86 (the "
     "honest figures); the numbers here are after round 32's mends, so a proxy"),
    ("invented set 30 / quotes / all", "quotes, sources (other house styles)",
     "8 invented articles in house styles no rule was written for (a newswire FACTBOX, an Irish regional radio phone-in "
     "summary, a Vietnamese English-language daily, a Malaysian daily, a Swiss daily's Q&A explainer, a Kuwaiti daily, "
     "a Mongolian state news agency's English service, a Russian Far East TV bulletin transcript), written without "
     "seeing the code, sealed through round 30 and scored once at the start of round 31 with round 30's rules: quote "
     "F1 0.93, speaker 0.80 (the honest figures); the numbers here are after round 31's mends from their errors, so a "
     "proxy"),
    ("invented set 30 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.76, precision 0.92 (the "
     "honest figures); the numbers here are after round 31's mends, so a proxy"),
    ("invented set 29 / quotes / all", "quotes, sources (other house styles)",
     "8 invented articles in house styles no rule was written for (a Dutch parliamentary committee summary, wire "
     "flashes with a market wrap, an Angolan weekly's English digest, an Ethiopian/Eritrean diaspora monthly, a "
     "magazine long read, a Thai university student paper, a Costa del Sol expat weekly, a Kerala daily's English "
     "digest), written without seeing the code, sealed through round 29 and scored once at the start of round 30 with "
     "round 29's rules: quote F1 0.95, speaker 0.66 (the honest figures); the numbers here are after round 30's mends "
     "from their errors, so a proxy"),
    ("invented set 29 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.85, precision 0.86 (the "
     "honest figures); the numbers here are after round 30's mends, so a proxy"),
    ("invented set 28 / quotes / all", "quotes, sources (other house styles)",
     "8 invented articles in house styles no rule was written for (a Cypriot daily, a North Korean state weekly, a "
     "Koryo-saram diaspora digest, a financial commentary column, a spaceflight news site, a Slovenian guest op-ed, a "
     "wire SCENARIOS piece, a Russian embassy press release), written without seeing the code, sealed through round 28 "
     "and scored once at the start of round 29 with round 28's rules: quote F1 0.96, speaker 0.78 (the honest "
     "figures); the numbers here are after round 29's mends from their errors, so a proxy"),
    ("invented set 28 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.69, precision 0.76 (the "
     "honest figures); the numbers here are after round 29's mends, so a proxy"),
    ("invented set 27 / quotes / all", "quotes, sources (other house styles)",
     "8 invented articles in house styles no rule was written for (a Bruneian daily, a Macao English daily, an "
     "Algerian state press agency, a Venezuelan state TV site, a wire INSIGHT piece, a Lithuanian daily, a Jordanian "
     "daily, a political-risk morning brief), written without seeing the code, sealed through round 27 and scored "
     "once at the start of round 28 with round 27's rules: quote F1 0.96, speaker 0.74 (the honest figures); the "
     "numbers here are after round 28's mends from their errors, so a proxy"),
    ("invented set 27 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.73, precision 0.74 (the "
     "honest figures); the numbers here are after round 28's mends, so a proxy"),
    ("invented set 26 / quotes / all", "quotes, sources (other house styles)",
     "8 invented articles in house styles no rule was written for (a Croatian daily's English edition, a children's "
     "news site, a think tank's roundtable summary, a far-left party weekly, an international-law blog, a photo "
     "gallery, a Namibian daily, a wire wrap-up), written without seeing the code, sealed through round 26 and scored "
     "once at the start of round 27 with round 26's rules: quote F1 0.95, speaker 0.72 (the honest figures); the "
     "numbers here are after round 27's mends from their errors, so a proxy"),
    ("invented set 26 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.65, precision 0.85 (the "
     "honest figures); the numbers here are after round 27's mends, so a proxy"),
    ("invented set 25 / quotes / all", "quotes, sources (other house styles)",
     "8 invented articles in house styles no rule was written for (a Bulgarian news agency, a Russian business daily "
     "in translation, a Ugandan daily, a Hokkaido regional daily, a travel-trade weekly, a Syrian state agency, a "
     "sports news site, an Icelandic news site), written without seeing the code, sealed through round 25 and scored "
     "once at the start of round 26 with round 25's rules: quote F1 0.95, speaker 0.73 (the honest figures); the "
     "numbers here are after round 26's mends from their errors, so a proxy"),
    ("invented set 25 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.60, precision 0.76 (the "
     "honest figures); the numbers here are after round 26's mends, so a proxy"),
    ("invented set 24 / quotes / all", "quotes, sources (other house styles)",
     "8 invented articles in house styles no rule was written for (a Turkmen state daily, a Myanmar state daily, a "
     "Zimbabwean state-aligned daily, a Moldovan news portal, a wire corrected-update story, an investor-call "
     "transcript, a Belgian cartoon page, a bank's currency research note), written without seeing the code, sealed "
     "through round 24 and scored once at the start of round 25 with round 24's rules: quote F1 0.96, speaker 0.56 "
     "(the honest figures); the numbers here are after round 25's mends from their errors, so a proxy"),
    ("invented set 24 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.58, precision 0.68 (the "
     "honest figures); the numbers here are after round 25's mends, so a proxy"),
    ("invented set 23 / quotes / all", "quotes, sources (other house styles)",
     "8 invented articles in house styles no rule was written for (an Azerbaijani state agency, a Dutch broadsheet's "
     "English edition, a think-tank webinar transcript, a Tanzanian daily, a readers' editor column, an Armenian news "
     "portal, a South Korean progressive daily, a Maltese daily), written without seeing the code, sealed through round "
     "24 and scored once at its end: quote F1 0.95, speaker 0.65 (the honest figures); the numbers here are after "
     "round 24's late mends from their errors, so a proxy"),
    ("invented set 23 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.69, precision 0.83; the "
     "numbers here are after round 24's late mends, so a proxy"),
    ("invented set 22 / quotes / all", "quotes, sources (other house styles)",
     "8 more invented articles (an Uzbek state agency, an annotated press-conference transcript, a law firm's client "
     "alert, a Portuguese news agency ...); scored once before any rule saw them they gave quote F1 0.94, speaker 0.77 "
     "(the honest figures); the numbers here are after round 24's mends from their errors, so a proxy"),
    ("invented set 22 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.65, precision 0.86; the "
     "numbers here are after round 24's mends, so a proxy"),
    ("invented set 21 / quotes / all", "quotes, sources (other house styles)",
     "8 more invented articles (an Ethiopian state agency, a Nepali daily, an encyclopedia entry, a book review, a "
     "Catholic news agency ...); scored once before any rule saw them they gave quote F1 0.94, speaker 0.70 (the honest "
     "figures); the numbers here are after round 23's mends from their errors, so a proxy"),
    ("invented set 21 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.72, precision 0.76; the "
     "numbers here are after round 23's mends, so a proxy"),
    ("invented set 19 / quotes / all", "quotes, sources (other house styles)",
     "8 more invented articles (a Telegram monitoring digest, a Fijian daily, a weekly news quiz, an Australian Senate "
     "Estimates record ...); scored once before any rule saw them they gave quote F1 0.92, speaker 0.69 (the honest "
     "figures); the numbers here are after round 23's mends from their errors, so a proxy"),
    ("invented set 19 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.66, precision 0.81; the "
     "numbers here are after round 23's mends, so a proxy"),
    ("invented set 20 / quotes / all", "quotes, sources (other house styles)",
     "8 more invented articles (a Senegalese daily, a Costa Rican daily, a Peruvian agency, a letter to the editor with "
     "the editor's reply ...); scored once before any rule saw them they gave quote F1 0.90, speaker 0.67 (the honest "
     "figures); the numbers here are after round 22's mends from their errors, so a proxy"),
    ("invented set 20 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.71, precision 0.78; the "
     "numbers here are after round 22's mends, so a proxy"),
    ("invented set 18 / quotes / all", "quotes, sources (other house styles)",
     "5 more invented articles (a New Zealand parliamentary record, a Chilean daily, a Lao daily ...); scored once "
     "before any rule saw them they gave quote F1 0.90, speaker 0.66 (the honest figures); the numbers here are after "
     "round 22's mends from their errors, so a proxy"),
    ("invented set 18 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 5 articles' loaded terms; scored once before any mend they gave recall 0.69, precision 0.86; the "
     "numbers here are after round 22's mends, so a proxy"),
    ("invented set 17 / quotes / all", "quotes, sources (other house styles)",
     "8 more invented articles (an Indonesian state agency, a Pakistani daily, a readers'-questions page, a wire "
     "timeline ...); scored once before any rule saw them they gave quote F1 0.88, speaker 0.78 (the honest figures); "
     "the numbers here are after round 21's mends from their errors, so a proxy"),
    ("invented set 17 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.66, precision 0.90; the "
     "numbers here are after round 21's mends, so a proxy"),
    ("invented set 16 / quotes / all", "quotes, sources (other house styles)",
     "8 more invented articles (a Mexican daily's English edition, a Ghanaian portal, a Kyrgyz state agency, a "
     "business-magazine interview, an obituary ...); scored once before any rule saw them they gave quote F1 0.96, "
     "speaker 0.63 (the honest figures); the numbers here are after round 20's mends from their errors, so a proxy"),
    ("invented set 16 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.79, precision 1.00; "
     "the numbers here are after round 20's mends, so a proxy"),
    ("invented set 15 / quotes / all", "quotes, sources (other house styles)",
     "8 more invented articles (a Nigerian daily, a Polish press-conference transcript, an explainer/FAQ ...); scored "
     "once before any rule saw them they gave quote F1 0.92, speaker 0.83 (the honest figures); the numbers here are "
     "after round 19's mends from their errors, so a proxy"),
    ("invented set 15 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.87, precision 0.82; "
     "round 19 mended no loaded term from them, but the set is a proxy"),
    ("invented set 14 / quotes / all", "quotes, sources (other house styles)",
     "8 more invented articles (a UN meeting summary, a British radio phone-in, a UK court report, a Serbian portal "
     "...); scored once before any rule saw them they gave quote F1 0.95, speaker 0.75 (the honest figures); the "
     "numbers here are after round 18's mends from their errors, so a proxy"),
    ("invented set 14 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.91, precision 0.89; "
     "the numbers here are after round 18's mends, so a proxy"),
    ("invented set 13 / quotes / all", "quotes, sources (other house styles)",
     "8 more invented articles (a Czech public radio service, a Sri Lankan daily, a European Parliament plenary "
     "summary, a Korean TV news script ...); scored once before any rule saw them they gave quote F1 0.97, speaker "
     "0.72 (the honest figures); the numbers here are after round 17's mends from their errors, so a proxy"),
    ("invented set 13 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.91, precision 0.92; "
     "the numbers here are after round 17's mends, so a proxy"),
    ("invented set 12 / quotes / all", "quotes, sources (other house styles)",
     "8 more invented articles (a Japanese business daily, a Swiss daily, a US congressional-hearing write-up, a "
     "social-media roundup, a Georgian portal ...); scored once before any rule saw them they gave quote F1 0.96, "
     "speaker 0.86 (the honest figures); the numbers here are after round 16's mends from their errors, so a proxy"),
    ("invented set 12 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.89, precision 0.91; "
     "the numbers here are after round 16's mends, so a proxy"),
    ("invented set 11 / quotes / all", "quotes, sources (other house styles)",
     "8 more invented articles (a Kenyan daily, a US local TV station site, a TV panel transcript, a Korean-American "
     "weekly, an Irish broadsheet, a Belarusian state agency ...); scored once before any rule saw them they gave "
     "quote F1 0.98, speaker 0.71 (the honest figures); the numbers here are after round 15's mends from their "
     "errors, so a proxy"),
    ("invented set 11 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.97, precision 0.95; "
     "the numbers here are after round 15's mends, so a proxy"),
    ("invented set 10 / quotes / all", "quotes, sources (other house styles)",
     "8 more invented articles (a British tabloid, a Canadian public broadcaster, a Hong Kong daily, a podcast "
     "transcript ...); scored once before any rule saw them they gave quote F1 0.99, speaker 0.79 (the honest "
     "figures); the numbers here are after round 14's mends from their errors, so a proxy"),
    ("invented set 10 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.83, precision 0.77; "
     "the numbers here are after round 14's mends, so a proxy"),
    ("invented set 9 / quotes / all", "quotes, sources (other house styles)",
     "8 more invented articles (a Philippine daily, a Gulf daily, an Australian radio transcript, a New Zealand "
     "parliamentary sketch ...); scored once before any rule saw them they gave quote F1 0.94, speaker 0.72 (the "
     "honest figures); the numbers here are after round 13's mends from their errors, so a proxy"),
    ("invented set 9 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.84, precision 1.00; "
     "the numbers here are after round 13's mends, so a proxy"),
    ("invented set 8 / quotes / all", "quotes, sources (other house styles)",
     "8 more invented articles (a live blog, a fact-check, an Indian wire, a Japanese broadcaster, a Q&A interview "
     "...); scored once before any rule saw them they gave quote F1 0.92, speaker 0.75 (the honest figures); the "
     "numbers here are after round 12's mends from their errors (and round 13's), so a proxy"),
    ("invented set 8 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.79, precision 0.89; "
     "the numbers here are after round 12's mends, so a proxy"),
    ("invented set 7 / quotes / all", "quotes, sources (other house styles)",
     "8 more invented articles (a South African daily, a Malaysian news agency, a press review, a letters page "
     "...); scored once before any rule saw them they gave quote F1 0.92, speaker 0.68 (the honest figures); the "
     "numbers here are after round 11's mends from their errors, so a proxy"),
    ("invented set 7 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.75, precision 0.93; "
     "the numbers here are after round 11's mends, so a proxy"),
    ("invented set 6 / quotes / all", "quotes, sources (other house styles)",
     "8 more invented articles (a State Department briefing transcript, a UK parliamentary report, a newsletter, "
     "a Nigerian daily ...); scored once before any rule saw them they gave quote F1 0.93, speaker 0.74 (the "
     "honest figures); the numbers here are after round 10's mends from their errors, so a proxy"),
    ("invented set 6 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.52, precision 0.93; "
     "the numbers here are after round 10's mends, so a proxy"),
    ("invented set 5 / quotes / all", "quotes, sources (other house styles)",
     "8 more invented articles (a weekly magazine, a TV transcript, a UN meeting story, a fact-check ...); "
     "scored once before any rule saw them they gave quote F1 0.90, speaker 0.67 (the honest figures); the "
     "numbers here are after round 9's mends from their errors, so a proxy"),
    ("invented set 5 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.77, precision 0.74; "
     "the numbers here are after round 9's mends, so a proxy"),
    ("invented set / quotes / all", "quotes, sources (other house styles)",
     "8 articles on the seeds' event written for evaluation in house styles the seeds lack (state "
     "agencies, wires, a Korean daily): a proxy, since later rule mends used their errors"),
    ("invented set / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms: a proxy, since later lexicon mends used their misses"),
    ("invented set 2 / quotes / all", "quotes, sources (other house styles)",
     "8 more invented articles in other styles (a Japanese wire, an Indian daily, a UK tabloid, "
     "an opinion column ...): a proxy, since round 7's mends used their errors"),
    ("invented set 2 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms: a proxy, since round 7's lexicon mends used their misses"),
    ("invented set 3 / quotes / all", "quotes, sources (unseen house styles)",
     "8 more invented articles in other styles (a French wire, a financial daily, a live blog, a nationalist "
     "tabloid ...); scored once before any rule saw them they gave quote F1 0.96, speaker 0.68 (the honest "
     "figures); the numbers here are after round 7's mends from their errors, so a proxy"),
    ("invented set 3 / loaded terms (curated tiers) / all", "wording (unseen house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.73, precision 0.90 "
     "(the honest figures); the numbers here are after round 7's mends, so a proxy"),
    ("invented set 4 / quotes / all", "quotes, sources (other house styles)",
     "8 more invented articles (a Spanish-language wire, a Turkish daily, a podcast Q&A, a think-tank report "
     "story ...); scored once before any rule saw them they gave quote F1 0.94, speaker 0.73 (the honest "
     "figures); the numbers here are after round 8's mends from their errors, so a proxy"),
    ("invented set 4 / loaded terms (curated tiers) / all", "wording (other house styles)",
     "the same 8 articles' loaded terms; scored once before any mend they gave recall 0.83, precision 0.86; "
     "the numbers here are after round 8's mends, so a proxy"),
    ("seeds / quotes / all", "quotes, sources (seed articles only)",
     "our annotation of the five seed articles: conventions, not validity"),
    ("seeds / loaded terms (curated tiers) / all", "wording (seed articles only)",
     "our annotation of the five seed articles: conventions, not validity"),
)


def load_scores(path: str | Path | None = None) -> Mapping[str, Any] | None:
    """The saved scores (``None`` when there are none or the file is unreadable)."""
    try:
        if path is None:
            text = resources.files("analysis.evaluate").joinpath("scores.json").read_text(encoding="utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("scores"), dict) else None


def _num(v: Any) -> str:
    return f"{v:.2f}" if isinstance(v, (int, float)) else "–"


def score_rows(data: Mapping[str, Any]) -> list[list[str]]:
    """Rows (figures, data, precision, recall, F1) for the scores present, in QUALIFIES order."""
    scores = data.get("scores", {})
    rows = []
    for key, figures, meaning in QUALIFIES:
        s = scores.get(key)
        if not isinstance(s, Mapping):
            continue
        rows.append([figures, meaning, _num(s.get("precision")), _num(s.get("recall")), _num(s.get("f1"))])
    return rows


#: The notebooks (figure families) each outside-data score qualifies.
FAMILY_SCORES: dict[str, tuple[str, ...]] = {
    "wording": ("PTC dev / loaded terms (curated tiers) / Loaded_Language + Name_Calling",),
    "attribution": ("PolNeAR dev / attribution / speech-verb cues",),
    "sources": ("PolNeAR dev / attribution / speech-verb cues", "PolNeAR dev / source_overlap / speech-verb cues"),
}


def family_note(data: Mapping[str, Any] | None, notebook_stem: str) -> str | None:
    """One sentence with the outside-data scores that qualify a figure family, or ``None``."""
    if not data:
        return None
    scores = data.get("scores", {})
    parts = []
    for key in FAMILY_SCORES.get(notebook_stem, ()):
        s = scores.get(key)
        meaning = next((m for k, _, m in QUALIFIES if k == key), key)
        if isinstance(s, Mapping):
            parts.append(f"{meaning}: precision {_num(s.get('precision'))}, recall {_num(s.get('recall'))}")
    return ("Measured accuracy on outside data (see Method and limitations): " + "; ".join(parts) + "."
            if parts else None)

