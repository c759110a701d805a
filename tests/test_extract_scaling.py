"""The attribution layer's indexed paths give what the per-attribution rescans gave.

Speaker resolution and attribution extraction keep indexes built once per
document (name registry by prefix/suffix, country mentions, sentence starts,
resolved-speaker history, cue counts per sentence) instead of rescanning the
body for every attribution.  These tests pin the behaviour of each indexed
construct, mostly against a straightforward re-implementation of the rescan
(the code the indexes replaced), on small documents; they never assert timings.
"""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from analysis.corpus import Article
from analysis.extract import annotate
from analysis.extract import speakers as S
from analysis.extract.attribution import extract_attributions
from analysis.text import parse_article


def make_doc(body: str):
    return parse_article(Article("Test", "t", dt.date(2024, 6, 20), body))


def layer(body: str) -> list[tuple[str, bool, str, str]]:
    """(kind, relay, cue, speaker name) of each attribution of ``body``."""
    doc = annotate(make_doc(body))
    return [(a.kind, a.relay, a.cue, s.name) for a, s in zip(doc.attributions, doc.speakers)]


def resolver(body: str) -> S._Resolver:
    return S._Resolver(make_doc(body), S.load_source_cues(), S.load_gazetteer(), S.load_actors_for_sources())


# --------------------------------------------------------------------------- reference rescans

def ref_find_keys(text: str, keys) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for k in sorted(keys, key=len, reverse=True):
        if not k:
            continue
        for m in re.finditer(r"(?<![\w-])" + re.escape(k) + r"(?![\w-])", text):
            if all(m.end() <= s or m.start() >= e for s, e, _ in found):
                found.append((m.start(), m.end(), k))
    return sorted(found)


def ref_person_name_from_run(r: S._Resolver, run: str) -> tuple[str | None, str]:
    toks = run.replace("\u00a0", " ").split()
    cues, gaz = r.ctx.cues, r.ctx.gaz
    pre: list[str] = []
    changed = True
    while toks and changed:
        changed = False
        joined = " ".join(toks)
        for title in cues.titles:
            if joined == title or joined.startswith(title + " "):
                n = len(title.split())
                pre.extend(toks[:n])
                toks = toks[n:]
                changed = True
                break
        if changed:
            continue
        for lexicon in (gaz.demonyms, gaz.places, cues.international, cues.outlets,
                        gaz.institutions, gaz.organisations):
            for key in sorted(lexicon, key=len, reverse=True):
                k = key.split()
                if toks[:len(k)] == k or (toks[:len(k) - 1] == k[:-1] and len(toks) >= len(k)
                                          and S._possessive_free(toks[len(k) - 1]) == k[-1]):
                    pre.extend(toks[:len(k)])
                    toks = toks[len(k):]
                    changed = True
                    break
            if changed:
                break
    if len(toks) < 1:
        return None, " ".join(pre)
    name = " ".join(toks)
    low = name.lower()
    if any(S._contains_phrase(low, w) for w, _ in cues.org_types) or \
            any(S._contains_phrase(low, w) for w in cues.document_words) or \
            any(w.lower() in {"north", "south", "east", "west", "the", "and", "of"} for w in toks) or \
            any(S._possessive_free(w) in cues.non_person for w in toks):
        return None, " ".join(pre)
    if name in gaz.places or name in gaz.metonyms or name in gaz.demonyms:
        return None, " ".join(pre)
    if not all(S._NAME_TOKEN.match(t) for t in toks):
        return None, " ".join(pre)
    return re.sub(r"[’']s$", "", name).rstrip("."), " ".join(pre)


def ref_recent_countries(r: S._Resolver, off: int, n: int) -> list[str]:
    gaz = r.ctx.gaz
    body = r.ctx.body[:off]
    keys = {**gaz.metonyms, **gaz.demonyms}
    hits = [h for h in ref_find_keys(body, keys) if not any(q0 <= h[0] < q1 for q0, q1 in r.ctx.quoted)]
    para_starts = [m.end() for m in re.finditer(r"\n\s*\n", body)]
    window_start = para_starts[-3] if len(para_starts) >= 3 else 0
    for (s1, e1, k1), (s2, e2, k2) in zip(reversed(hits[:-1]), reversed(hits[1:])):
        if s1 < window_start:
            break
        c1, c2 = keys[k1], keys[k2]
        if c1 != c2 and re.fullmatch(r"[’']?s?\s+and\s+", body[e1:s2]):
            return [c1, c2]
    counts: dict[str, int] = {}
    for _, _, k in hits:
        counts[keys[k]] = counts.get(keys[k], 0) + 1
    return sorted(counts, key=lambda c: -counts[c])[:n]


def ref_last(entries, pred, offset, paragraph, max_back):
    for off, para, sp in reversed(entries):
        if off > offset:
            continue
        if paragraph is not None and para >= 0 and paragraph - para > max_back:
            return None
        if pred(sp):
            return sp
    return None


def ref_expand_name(r: S._Resolver, name: str, offset: int) -> tuple[str, str]:
    toks = name.split()
    best = None
    for off, full, pre in r.ctx.names:
        if off >= offset and best is not None:
            break
        ft = full.split()
        if len(ft) <= len(toks):
            continue
        if ft[-len(toks):] == toks or ft[:len(toks)] == toks:
            if off < offset or best is None:
                best = (off, full, pre)
    if best is None:
        for known in reversed([n for n, sp in r.persons.items() if not sp.plural]):   # joint speakers never
            kt = known.split()
            if len(kt) > len(toks) and (kt[-len(toks):] == toks or kt[:len(toks)] == toks):
                return known, ""
        return name, ""
    return best[1], best[2]


# --------------------------------------------------------------------------- speakers: values

def test_surname_expands_to_the_full_name_given_paragraphs_earlier():
    body = ("Artyom Lukin, a professor at Far Eastern Federal University, said the talks were useful.\n\n"
            "The weather was cold.\n\nLukin said the pact would last.")
    doc = annotate(make_doc(body))
    assert [(s.name, s.speaker_type, s.role, s.affiliation) for s in doc.speakers] == [
        ("Artyom Lukin", "expert_academic", "professor", "Far Eastern Federal University")] * 2


def test_pronouns_resolve_to_the_latest_fitting_speaker():
    assert layer("Maria Petrova, a research fellow at the Brookings Institution, spoke first.\n\n"
                 "She said the talks were over.") == [("indirect", False, "said", "Maria Petrova")]
    assert layer("Russia and North Korea signed a treaty.\n\nBoth countries said the treaty was defensive.") \
        == [("indirect", False, "said", "Russian and North Korean governments")]
    assert layer("Putin said the deal was good, according to TASS.") == [
        ("according_to", True, "according to", "TASS"), ("indirect", False, "said", "Vladimir Putin")]


def test_name_after_a_long_run_of_places_is_found():
    run = " ".join(["Moscow", "Seoul", "Tokyo", "Berlin", "Paris"] * 40)
    body = f"{run} Pavel Orlov\n\nOrlov said the talks would continue."
    assert layer(body) == [("indirect", False, "said", "Pavel Orlov")]
    r = resolver(body)
    assert [(full, pre) for _, full, pre in r.ctx.names] == [("Pavel Orlov", run)]


# --------------------------------------------------------------------------- speakers: indexes vs rescans

@pytest.mark.parametrize("run", [
    "Russian Foreign Minister Sergei Lavrov", "North Korean leader Kim Jong Un", "Seoul National University",
    "Russia’s Vladimir Putin", "UN Secretary General Antonio Guterres", "KCNA", "Moscow Seoul Tokyo",
    "President Joe Biden", "Far Eastern Federal University", "Kremlin Spokesman Dmitry Peskov",
    "Chinese Foreign Ministry", "Moscow Seoul Tokyo Berlin Paris Pavel Orlov",
    " ".join(["Washington", "Beijing", "Ukraine’s", "North Korean", "Russian"] * 30) + " Maria Petrova",
])
def test_name_from_a_capitalised_run_matches_the_rescan(run):
    r = resolver("Nothing here.")
    assert r._person_name_from_run(run) == ref_person_name_from_run(r, run)


def test_name_registry_and_expansion_match_the_rescan():
    body = ("“It is an alliance,” says Artyom Lukin, a political scientist at Far Eastern Federal "
            "University in Vladivostok, Russia.\n\n“Risky,” says Chang Yong Seok, a researcher at Seoul "
            "National University.\n\nLukin argues that it was planned. Chang says that it could escalate. "
            "Maria Petrova and Viktor Orlov met. The two leaders said they agreed.\n\nPetrova said so, "
            "and Maria Petrova said it again, and Viktor Orlov agreed.")
    doc = make_doc(body)
    attrs = extract_attributions(doc)
    r = S._Resolver(doc, S.load_source_cues(), S.load_gazetteer(), S.load_actors_for_sources())
    for a in sorted(attrs, key=lambda a: a.speaker_start if a.speaker_start is not None else a.start):
        r.resolve(a.speaker_mention, a.speaker_start, a.paragraph, a.speaker_start or a.start)
    assert r.persons                              # some people resolved, so the fallback is exercised
    for name in ["Lukin", "Chang", "Yong Seok", "Petrova", "Maria Petrova", "Orlov", "Seok", "Kim", "Maria"]:
        for offset in range(0, len(body) + 1, 7):
            assert r._expand_name(name, offset) == ref_expand_name(r, name, offset), (name, offset)


def test_resolved_persons_expand_a_surname_to_the_latest_longer_name():
    r = resolver("Nothing here.")                 # no name registry: the resolved persons decide
    for name in ["Maria Petrova", "Maria Petrova and Viktor Orlov", "Anna Petrova and Maria Petrova",
                 "Maria Petrova", "Viktor Orlov"]:
        r._add_person(S.Speaker(name, None, "other"))
    assert list(r.persons) == r._person_order
    assert r._expand_name("Maria Petrova", 0) == ("Anna Petrova and Maria Petrova", "")
    assert r._expand_name("Maria", 0) == ("Maria Petrova and Viktor Orlov", "")
    assert r._expand_name("Orlov", 0) == ("Viktor Orlov", "")
    for name in ["Petrova", "Maria", "Orlov", "Viktor Orlov", "Maria Petrova", "and", "Kim",
                 " ".join(["x"] * 40), "Maria Petrova and Viktor"]:
        assert r._expand_name(name, 0) == ref_expand_name(r, name, 0), name


def test_find_keys_on_a_prefix_matches_the_rescan_of_the_prefix():
    gaz = S.load_gazetteer()
    keys = {**gaz.metonyms, **gaz.demonyms}
    rng = random.Random(5)
    words = ["Russia", "Russian", "North Korea", "North Korean", "Korea", "South", "Seoul", "and", "US",
             "U.S.", "Moscow’s", "-", "Korea-Russia", "the", "Washington", "New York", "York"]
    for _ in range(40):
        text = " ".join(rng.choice(words) for _ in range(30))
        order = S._by_length(keys)
        assert S._find_keys(text, keys) == ref_find_keys(text, keys)
        for end in range(0, len(text) + 1, 3):
            assert S._greedy_keys(text, order, endpos=end) == ref_find_keys(text[:end], keys), (text, end)


def test_recent_countries_match_the_rescan_at_every_offset():
    body = ("Russia and North Korea signed a pact in Pyongyang.\n\n“China and Japan,” he said, “are "
            "worried.”\n\nMoscow’s and Seoul’s envoys met. Both countries said it was fine.\n\n\n"
            "The North Korean and Russian leaders spoke; US and Chinese officials did not.\n\n"
            "Tokyo said Korea-Russia ties were strong. Russia, Russia and Russia again.")
    r = resolver(body)
    r._recent_countries(0, 2)                     # builds the index
    for off in range(len(body) + 2):
        assert r._recent_countries(off, 2) == ref_recent_countries(r, off, 2), off


def test_recent_countries_inside_a_paragraph_break():
    # a text ending inside "\n\n\n" has one more paragraph break than the whole body has there,
    # which moves the window past "Russia and China"
    body = ("Russia and China met.\n\nJapan spoke. Germany spoke. Japan spoke again.\n\nGermany and nobody "
            "else.\n\n\nThen France spoke.")
    r = resolver(body)
    cut = body.index("\n\n\n") + 2
    assert r._recent_countries(cut, 2) == ref_recent_countries(r, cut, 2) == ["Japan", "Germany"]
    assert r._recent_countries(cut + 1, 2) == ref_recent_countries(r, cut + 1, 2)


def test_history_lookups_match_the_rescan():
    # Only the in-order history is compared with the rescan: out of order, _History itself
    # falls back to the rescan, so comparing it with ref_last would compare a copy with itself.
    rng = random.Random(11)
    kinds = ["person", "government", "document", "organisation", "group"]
    for monotone in (True,):
        entries: list = []
        hist = S._History(entries)
        off = 0
        for n in range(300):
            off = off + rng.randint(0, 30) if monotone else rng.randint(0, 5000)
            para = rng.choice([-1, off // 200, off // 200])
            sp = S.Speaker(f"S{rng.randint(0, 9)}", None, "other", kind=rng.choice(kinds),
                           plural=rng.random() < 0.3, named=rng.random() < 0.7)
            hist.append(off, para, sp)
            for _ in range(3):
                q = rng.randint(0, off + 50)
                p = rng.choice([None, q // 200, rng.randint(0, 30)])
                back = rng.choice([1, 2, 3, 6])
                for key, pred in (("any", S._any_speaker), ("person", S._one_person), ("it", S._fits_it),
                                  ("plural", S._plural)):
                    assert hist.last(key, pred, q, p, back) is ref_last(entries, pred, q, p, back)
        assert hist.monotone is monotone


def test_history_out_of_order_finds_the_latest_entry_before_the_offset():
    hist = S._History([])
    a, b, c = (S.Speaker(n, None, "other", kind="person") for n in ("A", "B", "C"))
    hist.append(500, 5, a)
    hist.append(100, 1, b)          # out of text order (a later sentence resolved first)
    hist.append(300, 3, c)
    assert hist.monotone is False
    assert hist.last("person", S._one_person, 350, None, 6) is c
    assert hist.last("person", S._one_person, 200, None, 6) is b
    assert hist.last("person", S._one_person, 600, None, 6) is c     # the most recently added wins
    assert hist.last("person", S._one_person, 50, None, 6) is None
    assert hist.last("person", S._one_person, 350, 9, 2) is None     # paragraph 3 is too far back


def test_min_tree_finds_the_last_value_below_a_threshold():
    rng = random.Random(3)
    tree, values = S._MinTree(), []
    for _ in range(200):
        v = rng.choice([rng.randint(0, 50), S._INF])
        tree.append(v)
        values.append(v)
        for _ in range(5):
            hi, t = rng.randint(0, len(values)), rng.randint(0, 60)
            expect = max((i for i in range(hi) if values[i] < t), default=-1)
            assert tree.last_below(hi, t) == expect


def test_sentence_lookup_by_bisection_matches_the_scan():
    r = resolver("One. Two and three!\n\nFour? “Five,” he said.  Six")
    for off in range(-1, len(r.ctx.body) + 2):
        expect = next((s.index for s in r.ctx.sentences if s.start <= off < s.end), None)
        assert r._sentence_index(off) == expect


# --------------------------------------------------------------------------- attribution: one sentence, many cues

def test_according_to_with_only_pronoun_speakers_inside_is_the_same_source():
    assert layer("It specifies that the parties will cooperate, according to a treaty text.") == [
        ("indirect", False, "specifies", "Unknown")]


def test_a_weak_verb_inside_reported_content_is_not_a_cue():
    assert layer("Putin said the officials believed that the pact was fair.") == [
        ("indirect", False, "said", "Vladimir Putin")]
    assert layer("Putin told reporters that the officials estimated that costs rose.") == [
        ("indirect", False, "told", "Vladimir Putin")]


def test_a_speech_act_inside_reported_content_is_not_a_cue():
    assert layer("Trump said they welcomed attention from the press.") == [
        ("indirect", False, "said", "Donald Trump")]
    assert layer("Clinton said he thanked Kim for the visit.") == [("indirect", False, "said", "Clinton")]


def test_cue_counts_match_the_scan_over_the_sentence():
    from analysis.extract.attribution import _CueCounts, _Tok

    class Cue:
        def __init__(self, i, before, spk):
            self.i, self.before, self.spk = i, before, spk

    rng = random.Random(2)
    words = ["he", "she", "officials", "it", "Putin", "they", "TASS"]
    for _ in range(50):
        toks = [_Tok(k, k + 1, w, w.lower(), False) for k, w in enumerate(rng.choice(words) for _ in range(60))]
        cues = [Cue(i, rng.choice([None, (0, i), (0, rng.randint(0, 60)), (i // 2, i)]),
                    rng.choice([None, (i - 1, i), (i + 1, i + 2)])) for i in sorted(rng.sample(range(1, 59), 12))]
        counts = _CueCounts(cues, toks)
        for c in cues:
            if c.before is None:
                continue
            inner = [d for d in cues if d is not c and d.before != c.before and c.before[0] <= d.i < c.before[1]]
            spk = [toks[d.spk[0]:d.spk[1]] for d in inner if d.spk is not None]
            got = counts.within(*c.before)
            shared = counts.shared(c.before)
            got = tuple(x - y for x, y in zip(got, shared.within(*c.before))) if shared is not None else got
            # the third count: speakers that are the one token "it" (since 1d401de; not every subject pronoun)
            assert got == (len(inner), len(spk), sum(len(w) == 1 and w[0].low == "it" for w in spk))


def test_a_long_sentence_of_cues_gives_each_cue_once():
    one = "Maria Petrova said the talks would continue, according to TASS"
    body = "Officials met on Monday, " + ", ".join([one] * 50) + "."
    got = layer(body)
    assert len(got) == 100
    assert got[:50] == [("according_to", True, "according to", "TASS")] * 50
    assert got[50:] == [("indirect", False, "said", "Maria Petrova")] * 50


# --------------------------------------------------------------------------- lexicons loaded once

def test_lexicon_files_are_read_again_when_their_content_changes(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text("actors:\n  - {name: Ann Vale, kind: person, labels: [Vale]}\n", "utf-8")
    first = S.load_actors_for_sources(path)
    assert S.load_actors_for_sources(str(path)) == first == [
        S.Actor("Ann Vale", "person", "principal", None, None, ("Ann Vale", "Vale"))]
    path.write_text("actors:\n  - {name: Bob Vale, kind: person, labels: [Vale]}\n", "utf-8")   # same size, same second
    assert [a.name for a in S.load_actors_for_sources(path)] == ["Bob Vale"]
    assert S.load_source_cues() is S.load_source_cues() and S.load_gazetteer() is S.load_gazetteer()


def test_a_surname_never_expands_to_a_joint_speaker():
    # "Ryan" is not "Donald Trump and Paul Ryan": joint names would snowball otherwise
    body = ("Donald Trump and Paul Ryan said the meeting went well.\n\n"
            "Ryan said the party would unite.\n\n"
            "Trump and Ryan said they would meet again.")
    doc = annotate(make_doc(body))
    names = [s.name for s in doc.speakers]
    # "Paul Ryan" is a name of its own in the list "Donald Trump and Paul Ryan"
    assert names == ["Donald Trump and Paul Ryan", "Paul Ryan", "Donald Trump and Paul Ryan"]
    assert all(len(n) < 40 for n in names)
