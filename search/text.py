"""Turning what a visitor typed into search terms, and marking those terms in a text.

Shared by the view, the search backends and the highlighter so that all three agree on
what a "word" is: a run of letters and digits. Everything else (quotes, operators of the
full-text engines, control characters) only separates words and never reaches SQL.
"""

import re
import unicodedata
from dataclasses import dataclass

# One word: a run of letters and digits (Python's \w without the underscore).
WORD_RE = re.compile(r"[^\W_]+")
# More terms than this add nothing to a site search and only make the query slower.
MAX_TERMS = 12
# Endings dropped before a prefix match, so that "салідарнасць" also finds "салідарнасці"
# and "Мінск" finds "Мінску". Cyrillic vowels, soft sign, й and ў; other scripts are untouched.
SOFT_ENDINGS = frozenset("аеёиоуыэюяіїєўьй")
MIN_STEM_LENGTH = 3
CYRILLIC_VOWELS = frozenset("аеёиоуыэюяіїє")
# Ukrainian turns the і or ї of a word's last syllable into о, е or є in its other forms:
# солідарність, солідарності; Київ, Києва. Both spellings of the stem are searched.
ALTERNATIONS = {"і": ("о", "е"), "ї": ("є",)}
# Russian writers often type е for ё; the index keeps the letter the editor wrote.
MAX_YO_POSITIONS = 3


def search_terms(text):
    """The words of ``text`` (NFC-normalised), at most ``MAX_TERMS`` of them, in order, without repeats."""
    terms = []
    for word in WORD_RE.findall(unicodedata.normalize("NFC", text)):
        if word.casefold() not in (term.casefold() for term in terms):
            terms.append(word)
        if len(terms) == MAX_TERMS:
            break
    return terms


def prefix_stem(term):
    """``term`` without up to two soft endings, for matching any word that starts with it.

    A light stand-in for a stemmer where the database has none (SQLite, and PostgreSQL's
    ``simple`` configuration used for Belarusian and Ukrainian).
    """
    stem = term
    for _ in range(2):
        if len(stem) > MIN_STEM_LENGTH and stem[-1].lower() in SOFT_ENDINGS:
            stem = stem[:-1]
    return stem


def prefix_stems(term):
    """``prefix_stem(term)`` and its other spellings: Ukrainian vowel changes, е and ё.

    Used where the database has no stemmer; PostgreSQL's Russian stemmer already treats ё as е.
    """
    stem = prefix_stem(term)
    stems = [stem]
    vowels = [index for index, char in enumerate(stem.lower()) if char in CYRILLIC_VOWELS]
    if len(stem) > MIN_STEM_LENGTH and vowels and vowels[-1] < len(stem) - 1:
        index = vowels[-1]
        for replacement in ALTERNATIONS.get(stem[index].lower(), ()):
            stems.append(stem[:index] + _same_case(replacement, stem[index]) + stem[index + 1 :])
    if "ё" in stem.lower():
        stems.append("".join(_same_case("е", char) if char in "ёЁ" else char for char in stem))
    else:
        positions = [index for index, char in enumerate(stem) if char in "еЕ"][:MAX_YO_POSITIONS]
        stems += [stem[:index] + _same_case("ё", stem[index]) + stem[index + 1 :] for index in positions]
    return stems


def _same_case(letter, like):
    return letter.upper() if like.isupper() else letter


def _stems_pattern(terms, *, whole_words):
    stems = sorted({stem for term in terms for stem in prefix_stems(term)}, key=len, reverse=True)
    if not stems:
        return None
    tail = r"\w*" if whole_words else ""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(stem) for stem in stems) + ")" + tail, re.IGNORECASE)


@dataclass(frozen=True)
class Segment:
    text: str
    is_match: bool


def highlight(text, terms):
    """``text`` cut into segments, with the words that start like one of ``terms`` marked.

    The template escapes every segment; nothing here produces HTML.
    """
    pattern = _stems_pattern(terms, whole_words=True)
    if not text or pattern is None:
        return [Segment(text, False)] if text else []
    segments = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            segments.append(Segment(text[position : match.start()], False))
        segments.append(Segment(match.group(), True))
        position = match.end()
    if position < len(text):
        segments.append(Segment(text[position:], False))
    return segments


def excerpt(text, terms, *, length=240):
    """About ``length`` characters of ``text`` around the first word that matches ``terms``."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    start = 0
    pattern = _stems_pattern(terms, whole_words=False)
    if pattern is not None:
        match = pattern.search(text)
        if match:
            start = max(0, match.start() - length // 3)
            # Start at a word boundary.
            if start:
                space = text.find(" ", start)
                start = space + 1 if 0 <= space < match.start() else start
    end = start + length
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    return ("… " if start else "") + text[start:end].strip() + (" …" if end < len(text) else "")
