"""Speakers, round 8 (c): mends after the review of round 8's coreference and type rules.  Articles,
people, outlets and organisations are invented for the tests; speaker mentions are given as the
attribution layer should give them (``locate_gold``)."""

from __future__ import annotations

import pytest

from analysis.evaluate.speakers import locate_gold
from analysis.extract.speakers import Actor, resolve_speakers
from test_speakers_names import _doc

_PACT = Actor("Harbour Pact", "document", "document", None, None, ("Harbour Pact", "the pact"))


def _resolve(body: str, quotes: list[tuple[str, str, str]], actors=None):
    doc = _doc(body)
    attrs = locate_gold(doc, [{"text": t, "cue": c, "speaker_mention": m, "kind": "indirect"} for t, c, m in quotes])
    assert all(a is not None for a in attrs), attrs
    return resolve_speakers(doc, attrs, actors=[] if actors is None else actors)


def _names(body, quotes, actors=None):
    return [sp.name for sp in _resolve(body, quotes, actors)]


# ------------------------------------------------------------------ 1. many "Article N says"
def test_many_bare_articles_each_name_the_document_named_before():
    paras = ["Arden and Dale signed a pact on Monday."] + \
        [f"Boats sailed from pier {i}. The parties will help crew {i}, Article {i % 7 + 1} says." for i in range(60)]
    quotes = [(f"The parties will help crew {i}", "says", f"Article {i % 7 + 1}") for i in range(60)]
    assert set(_names("\n\n".join(paras), quotes, actors=[_PACT])) == {"Harbour Pact"}


def test_an_article_of_another_document_named_before_stays_that_documents():
    body = ("Arden and Dale signed a pact on Monday. Article 3 of the Fishing Code limits nets.\n\n"
            "Boats must carry lights, Article 3 says.\n\n"
            "The parties will share the quay, the document says.")
    names = _names(body, [("Boats must carry lights", "says", "Article 3"),
                          ("The parties will share the quay", "says", "the document")], actors=[_PACT])
    assert names[0] != "Harbour Pact" and names[1] == "Harbour Pact"


# ------------------------------------------------------------------ 2./3. pronoun gender
def test_a_pronoun_in_a_sentence_naming_another_person_is_no_evidence():
    body = ("Tom Lee closed the quay, and Ann Roe said he was wrong. Later Ben Kay left, and Roe said he was rude.\n\n"
            '"The quay is full," said Ann Roe, a dock manager.\n\n'
            '"It will close," she said.')
    assert _names(body, [("The quay is full", "said", "Ann Roe, a dock manager"),
                         ("It will close", "said", "she")])[-1] == "Ann Roe"


def test_many_speakers_of_the_other_gender_before_a_pronoun():
    paras = []
    quotes = []
    for i in range(40):
        sur = "Lee" + "abcdefghijklmnopqrstuvwxyz"[i % 26] + "abcdefghijklmnopqrstuvwxyz"[i // 26]
        paras.append(f'"The pier is busy," said Tom {sur.capitalize()}, a dock worker. '
                     f'{sur.capitalize()} said he would stay. {sur.capitalize()} said his boat was late.')
        quotes.append(("The pier is busy", "said", f"Tom {sur.capitalize()}, a dock worker"))
    body = '"The quay is full," said Ann Roe, a dock manager.\n\n' + "\n\n".join(paras) + \
        '\n\n"We are ready," she said.'
    quotes = [("The quay is full", "said", "Ann Roe, a dock manager")] + quotes + [("We are ready", "said", "she")]
    # the woman is many paragraphs back: no one fits nearby, so no one named is taken
    assert _names(body, quotes)[-1] in ("Ann Roe", "Unknown person")


# ------------------------------------------------------------------ 7. "the source"
@pytest.mark.parametrize("first, mention, expected", [
    ("A port worker, who asked not to be named, said the quay was shut.", "A port worker", "Port worker"),
    ("A port worker said on condition of anonymity that the quay was shut.", "A port worker", "Port worker"),
    ("A police officer said the quay was shut.", "A police officer", None),
    ("A man in the crowd said the quay was shut.", "A man in the crowd", None),
])
def test_the_source_is_an_unnamed_person_given_as_a_source(first, mention, expected):
    body = f"{first}\n\nThe pier will reopen on Monday, according to the source."
    names = _names(body, [("the quay was shut", "said", mention),
                          ("The pier will reopen on Monday", "according to", "the source")])
    if expected is None:
        assert names[1] != names[0]
    else:
        assert names[1] == names[0]


@pytest.mark.parametrize("first", [
    "A port worker, who was not authorized to speak publicly, said the quay was shut.",
    "A port worker, who did not want to speak on the record, said the quay was shut.",
    "A port worker, who declined to be named, said the quay was shut.",
])
def test_the_source_after_other_anonymity_formulas(first):
    body = f"{first}\n\nThe pier will reopen on Monday, according to the source."
    names = _names(body, [("the quay was shut", "said", "A port worker"),
                          ("The pier will reopen on Monday", "according to", "the source")])
    assert names[1] == names[0]


# ------------------------------------------------------------------ 4. "the <noun>" and named persons
_FULL = '"The quay is full," said '


@pytest.mark.parametrize("first, second, mention", [
    ("Arden Vice President Ann Roe", None, "the president"),          # another office with the noun
    ("former Arden president Tom Lee", None, "the president"),          # a former holder
    ("Tom Lee, the deputy minister", None, "the minister"),
    # two rivals carrying the noun, for different bodies or in different roles: the article does not say
    ("Ann Roe, a spokesperson for the Arden foreign ministry", "Tom Lee, a spokesperson for the Dale Fishing Union",
     "the spokesperson"),
    ("District Judge Ann Roe", "Tom Lee, a figure-skating judge", "the judge"),
])
def test_the_noun_is_not_a_named_person_of_another_office_or_one_of_two_rivals(first, second, mention):
    body = _FULL + first + ".\n\n" + (f'"The nets are torn," said {second}.\n\n' if second else "") + \
        f"The appeal was late, {mention} said."
    quotes = [("The quay is full", "said", first)] + ([("The nets are torn", "said", second)] if second else []) + \
        [("The appeal was late", "said", mention)]
    names = _names(body, quotes)
    assert names[-1] not in ("Ann Roe", "Tom Lee")


@pytest.mark.parametrize("first, mention", [
    ("Ann Roe, a spokesperson for the Arden foreign ministry", "the spokesperson"),
    ("District Judge Ann Roe", "the judge"),
])
def test_the_noun_still_names_the_one_person_described_so(first, mention):
    body = _FULL + first + ".\n\n" + f"The appeal was late, {mention} said."
    assert _names(body, [("The quay is full", "said", first), ("The appeal was late", "said", mention)])[-1] == "Ann Roe"


# ------------------------------------------------------------------ 6. the issuer after "by"
@pytest.mark.parametrize("agent, expected", [
    ("Dale police", "Dale police"),                    # the whole noun phrase, not 'Dale'
    ("the Lee campaign", "Lee campaign"),
    ("Ann Roe's lawyers", None),                       # a possessive of a common noun
    ("Tom Lee and two colleagues", None),              # the first conjunct of a common-noun group
    ("Tom Lee", None),                                 # a person never quoted nor registered
])
def test_the_issuer_after_by_is_the_whole_agent(agent, expected):
    body = f"Dale closed the pier, citing a report released Monday by {agent}.\n\nThe report said the nets were cut."
    name = _names(body, [("the nets were cut", "said", "The report")])[-1]
    if expected is None:
        assert name in ("the report",)
    else:
        assert name == expected


def test_a_named_body_is_the_issuer_after_by():
    body = "A report released Monday by the Harrow Institute found the nets were cut.\n\nThe report said the quay was unsafe."
    assert _names(body, [("the quay was unsafe", "said", "The report")])[-1] == "Harrow Institute"


def test_a_quoted_person_is_the_issuer_after_by():
    body = ('"The quay is full," said Tom Lee, a dock worker.\n\n'
            "A report released Monday by Tom Lee found the nets were cut.\n\nThe report said the quay was unsafe.")
    assert _names(body, [("The quay is full", "said", "Tom Lee, a dock worker"),
                         ("the quay was unsafe", "said", "The report")])[-1] == "Tom Lee"


# ------------------------------------------------------------------ 5. "the text", "Article N" of another document
@pytest.mark.parametrize("before, quote, cue, mention, expected", [
    ("Roe wrote the text of her speech herself.", "The parties must share the quay", "says", "the text", False),
    ("Dale invoked the Fishing Code's Article 5 last year.", "The parties must share the quay", "says", "Article 5", False),
    ("Dale published the full text.", "The parties must share the quay", "according to", "the text", True),
    ("The text of the pact is short.", "The parties must share the quay", "says", "the text", True),
    ("The quay is old.", "The parties must share the quay", "says", "Article 5", True),
])
def test_the_text_and_a_bare_article_of_another_document(before, quote, cue, mention, expected):
    body = f"Arden and Dale signed a pact on Monday. {before}\n\n{quote}, {mention} {cue}."
    if cue == "according to":
        body = f"Arden and Dale signed a pact on Monday. {before}\n\n{quote}, according to {mention}."
    name = _names(body, [(quote, cue, mention)], actors=[_PACT])[-1]
    assert (name == "Harbour Pact") is expected


# ------------------------------------------------------------------ 10. guards that bite
_VALEN = [Actor("Tor Valen", "person", "principal", "Arden government", "Arden", ("Tor Valen", "Valen"), "male")]


def test_a_namesake_named_but_never_quoted_leaves_the_surname_to_the_registry_person():
    # the namesake rule takes the latest person QUOTED with the surname; one only named is not
    body = ('Arden leader Tor Valen signed the pact on Monday. His niece Mia Valen, 40, runs a bakery in Dale.\n\n'
            '"It is too much," Valen said.')
    assert _names(body, [("It is too much", "said", "Valen")], actors=_VALEN)[-1] == "Tor Valen"


@pytest.mark.parametrize("evidence", [
    '"Roe said he was wrong," a clerk recalled.',          # evidence inside a quotation does not count
    "Mr. Roe left early. Roe said she was tired.",          # conflicting evidence: unknown
])
def test_no_gender_from_quoted_conflicting_or_object_evidence(evidence):
    body = ('"The quay is full," said Ann Roe, a dock manager.\n\n'
            f"{evidence}\n\n"
            '"It will close," she said.')
    names = _names(body, [("The quay is full", "said", "Ann Roe, a dock manager"), ("It will close", "said", "she")])
    assert names[-1] == "Ann Roe"


def test_her_with_no_noun_after_it_is_an_object_no_evidence():
    body = ('"The quay is full," said Tom Roe, a dock manager.\n\n'
            "Roe told her that the quay was empty.\n\n"
            '"It will close," he said.')
    names = _names(body, [("The quay is full", "said", "Tom Roe, a dock manager"), ("It will close", "said", "he")])
    assert names[-1] == "Tom Roe"


# ------------------------------------------------------------------ 8. "my colleague" only
def _resolve_bylined(byline, body, quotes):
    import datetime as dt
    from analysis.corpus import Article
    from analysis.text import parse_article
    doc = parse_article(Article("Dale Review", "t", dt.date(2024, 6, 20), body, byline=byline))
    attrs = locate_gold(doc, [{"text": t, "cue": c, "speaker_mention": m, "kind": "indirect"} for t, c, m in quotes])
    return resolve_speakers(doc, attrs, actors=[])


@pytest.mark.parametrize("mention, expected", [
    ("My colleague Tom Lee", "expert_academic"),
    ("My editor Tom Lee", "media"),                 # the outlet's journalist whoever writes
    ("Our correspondent Tom Lee", "media"),
])
def test_only_a_colleague_takes_the_academic_bylines_type(mention, expected):
    body = f"I think the port matters. {mention} estimates that the quay will close."
    [sp] = _resolve_bylined("Ann Roe, Senior Lecturer in Maritime Law, University of Dale", body,
                            [("that the quay will close", "estimates", mention)])
    assert (sp.name, sp.speaker_type) == ("Tom Lee", expected)


# ------------------------------------------------------------------ 9. one honorific -> gender map (roles.yaml)
@pytest.mark.parametrize("title, pronoun, fits", [
    ("Mme", "he", False), ("Mlle", "he", False), ("Mme", "she", True), ("Mr.", "she", False), ("Dr", "he", True),
])
def test_a_courtesy_title_in_the_roles_map_gives_the_gender(title, pronoun, fits):
    body = ('"The tax is fair," said Jo Hale.\n\n'
            f"{title} Hale chairs the committee.\n\n"
            f'"It will pass," {pronoun} said.')
    name = _names(body, [("The tax is fair", "said", "Jo Hale"), ("It will pass", "said", pronoun)])[-1]
    assert (name == "Jo Hale") is fits


@pytest.mark.parametrize("verb", ["released", "put out", "issued"])
def test_a_product_issued_by_a_body_is_the_body_for_every_issuing_verb(verb):
    # the participles come from speaker_words.yaml issued_documents issuing, as the issuer rule reads them
    mention = f"A report {verb} Tuesday by the Harrow Institute"
    body = f"{mention} found the nets were cut.\n\nThe report said the quay was unsafe."
    names = _names(body, [("the nets were cut", "found", mention), ("the quay was unsafe", "said", "The report")])
    assert names == ["Harrow Institute", "Harrow Institute"]
