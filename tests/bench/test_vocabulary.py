"""The benchmark's texts have a vocabulary of a real size in each language (bench/vocabulary.py),
so that a search matches few items or many, as on the real site."""

import random

from bench.vocabulary import LANGUAGES, is_accented, vocabulary, without_accents


def test_each_language_has_ten_thousand_words_and_some_with_accents():
    for language in LANGUAGES:
        words = vocabulary(language).words
        assert len(set(words)) >= 10_000
        assert any(is_accented(word) for word in words)


def test_the_same_seed_gives_the_same_words_and_another_seed_others():
    assert vocabulary("pt-br", seed=7).words == vocabulary("pt-br", seed=7).words
    assert vocabulary("pt-br", seed=8).words[100:200] != vocabulary("pt-br", seed=7).words[100:200]


def test_texts_draw_frequent_words_far_more_often_than_rare_ones():
    spanish = vocabulary("es")
    drawn = spanish.draw(random.Random(1), 200_000)
    frequent, rare = spanish.words[30], spanish.words[15_000]
    assert drawn.count(frequent) > 100 * max(drawn.count(rare), 1)
    assert len(set(drawn)) > 10_000


def test_queries_can_be_typed_without_accents():
    assert without_accents("São Paulo") == "Sao Paulo"
    assert without_accents("recuperación") == "recuperacion"
