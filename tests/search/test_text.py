"""Search terms, the prefix stem used where there is no stemmer, highlighting and excerpts."""

import pytest

from search.text import MAX_TERMS, Segment, excerpt, highlight, prefix_stem, prefix_stems, search_terms


def test_terms_are_runs_of_letters_and_digits():
    assert search_terms('"Human-rights" defenders, 2011!') == ["Human", "rights", "defenders", "2011"]


def test_terms_drop_search_engine_syntax():
    assert search_terms("title:minsk* NEAR(a b) 'x' \\ _ & |") == ["title", "minsk", "NEAR", "a", "b", "x"]


def test_terms_are_not_repeated_whatever_their_case():
    assert search_terms("Minsk minsk MINSK court") == ["Minsk", "court"]


def test_terms_are_limited():
    assert len(search_terms(" ".join(f"word{number}" for number in range(50)))) == MAX_TERMS


def test_decomposed_letters_are_composed_first():
    # "й" typed as "и" followed by a combining breve is one letter, not a word break.
    assert search_terms("Бялацки\u0306 суд") == ["Бялацкй", "суд"]


@pytest.mark.parametrize(
    ("term", "stem"),
    [
        ("салідарнасць", "салідарнасц"),
        ("Мінск", "Мінск"),
        ("назіральная", "назіральн"),
        ("солідарності", "солідарност"),
        ("правоў", "прав"),
        ("суд", "суд"),
        ("мира", "мир"),
        ("observation", "observation"),
    ],
)
def test_prefix_stem_drops_at_most_two_soft_endings(term, stem):
    assert prefix_stem(term) == stem


@pytest.mark.parametrize(
    ("term", "stems"),
    [
        ("солідарність", ["солідарніст", "солідарност", "солідарнест"]),
        ("Київ", ["Київ", "Києв"]),
        ("Мінск", ["Мінск", "Монск", "Менск"]),
        ("политзаключенных", ["политзаключенных", "политзаключённых"]),
        ("Ёлка", ["Ёлк", "Елк"]),
        ("берега", ["берег", "бёрег", "берёг"]),
        ("салідарнасць", ["салідарнасц"]),
        ("Бяляцький", ["Бяляцьк"]),
        ("рік", ["рік"]),
    ],
)
def test_prefix_stems_add_other_spellings(term, stems):
    assert prefix_stems(term) == stems


def test_highlight_marks_words_that_start_like_a_term():
    assert highlight("Observers observe; the observed.", ["observe"]) == [
        Segment("Observers", True),
        Segment(" ", False),
        Segment("observe", True),
        Segment("; the ", False),
        Segment("observed", True),
        Segment(".", False),
    ]


def test_highlight_does_not_mark_the_middle_of_a_word():
    assert highlight("preobserve", ["observe"]) == [Segment("preobserve", False)]


def test_highlight_marks_other_forms_of_a_cyrillic_word():
    segments = highlight("Дзень салідарнасці з Беларуссю", ["салідарнасць"])
    assert Segment("салідарнасці", True) in segments


def test_highlight_marks_ukrainian_forms_with_another_vowel():
    segments = highlight("Дня солідарності в Києві", ["солідарність", "Київ"])
    assert [segment.text for segment in segments if segment.is_match] == ["солідарності", "Києві"]


def test_highlight_keeps_html_as_text():
    assert "".join(segment.text for segment in highlight("<b>x</b> x", ["x"])) == "<b>x</b> x"


def test_excerpt_starts_near_the_first_match():
    text = "Intro words. " * 40 + "The verdict was read. " + "More words. " * 40
    result = excerpt(text, ["verdict"], length=120)
    assert "The verdict was read." in result
    assert result.startswith("… ")
    assert result.endswith(" …")
    assert len(result) <= 124


def test_short_text_is_its_own_excerpt():
    assert excerpt("A  short\ntext.", ["x"]) == "A short text."
