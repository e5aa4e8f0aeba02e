"""The phone page's tables of words (resources/phone/words.js) against each other: every
language has every key of the English table and no other, with the same {placeholders}
and the same kind of entry (a sentence, or forms by number); French has its no-break
spaces; and the page has a table for every language the app ships."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.phone_page.words import page_words
from workshop.i18n import shipped_languages
from workshop.phones.page_files import PAGE_LANGUAGES

WORDS = page_words()
TRANSLATIONS = sorted(set(WORDS) - {"en"})
#: Forms by number a table may use (Intl.PluralRules' categories); "other" is required.
PLURAL_FORMS = {"zero", "one", "two", "few", "many", "other"}


def sentences(entry: Any) -> list[str]:
    return list(entry.values()) if isinstance(entry, dict) else [entry]


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


def test_the_page_has_a_table_for_every_language_the_app_speaks() -> None:
    assert set(WORDS) == set(PAGE_LANGUAGES)
    assert set(shipped_languages()) <= set(WORDS), "the app ships a language the page lacks"
    assert TRANSLATIONS == ["de", "es", "fr"]


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_a_table_has_every_english_key_and_no_other(language: str) -> None:
    table = WORDS[language]
    assert sorted(set(WORDS["en"]) - set(table)) == [], "missing"
    assert sorted(set(table) - set(WORDS["en"])) == [], "not in English"


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_a_translation_keeps_the_placeholders_and_the_forms(language: str) -> None:
    for key, english in WORDS["en"].items():
        entry = WORDS[language][key]
        assert isinstance(entry, dict) == isinstance(english, dict), key
        if isinstance(entry, dict):
            assert "other" in entry and set(entry) <= PLURAL_FORMS, key
        wanted = set().union(*(placeholders(s) for s in sentences(english)))
        for sentence in sentences(entry):
            assert isinstance(sentence, str) and sentence.strip(), key
            assert placeholders(sentence) == wanted, (key, sentence)


def test_every_english_sentence_by_number_says_the_number() -> None:
    for key, english in WORDS["en"].items():
        if isinstance(english, dict):
            assert set(english) == {"one", "other"}, key
            assert all("{n}" in s for s in english.values()), key


def test_french_has_a_no_break_space_before_its_high_punctuation() -> None:
    for key, entry in WORDS["fr"].items():
        for sentence in sentences(entry):
            for found in re.finditer(r"[:;?!»]", sentence):
                before = sentence[found.start() - 1] if found.start() else ""
                assert before == "\u00a0", (key, sentence)
            for found in re.finditer("«", sentence):
                assert sentence[found.end() : found.end() + 1] == "\u00a0", (key, sentence)


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_a_translation_is_not_left_in_english(language: str) -> None:
    """Only the app's name, units, and words the language shares (French "(photo)") may
    read as they do in English."""
    same = {key for key, english in WORDS["en"].items() if WORDS[language][key] == english}
    shared = {"fr": {"sentPhoto"}}.get(language, set())
    assert same <= {"pageTitle", "appName", "sizeMB", "sizeKB"} | shared, same
