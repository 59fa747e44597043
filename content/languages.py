"""The site's languages, in one place.

Everything that loops over languages (translated fields, the switcher, hreflang links, the
missing-translation notice) reads them from settings.LANGUAGES through these helpers, so that
adding a language is a settings change, a migration and a locale folder.
"""

import functools

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info, pgettext_lazy
from modeltranslation.utils import build_localized_fieldname


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def stored_language_codes() -> list[str]:
    """The languages the database has columns for (modeltranslation builds them at start-up).
    Equal to language_codes() once a new language's migration has run; code that reads or
    writes columns loops over these, so a language enabled before its migration breaks
    nothing: it is shown in each item's original language until it is translated."""
    from modeltranslation.settings import AVAILABLE_LANGUAGES

    return list(AVAILABLE_LANGUAGES)


def current_language() -> str:
    """The active language as one of settings.LANGUAGES (never a bare variant like 'pt')."""
    active = (get_language() or settings.LANGUAGE_CODE).lower()
    return active if active in language_codes() else settings.LANGUAGE_CODE


def localized_field(field: str, language: str) -> str:
    """The column modeltranslation made for a field in a language: title + pt-br -> title_pt_br."""
    return build_localized_fieldname(field, language)


def native_name(language: str) -> str:
    """A language's name in itself ("Español"), as the switcher shows it."""
    return dict(settings.LANGUAGES)[language]


# Language names as they read inside a sentence of the visitor's language ("disponible en
# español"). Django's own translated names are capitalised for menus ("Español"), which is
# wrong mid-sentence in Spanish, French and Portuguese.
NAMES_IN_SENTENCE = {
    "en": pgettext_lazy("language name inside a sentence", "English"),
    "es": pgettext_lazy("language name inside a sentence", "Spanish"),
    "fr": pgettext_lazy("language name inside a sentence", "French"),
    "pt-br": pgettext_lazy("language name inside a sentence", "Brazilian Portuguese"),
}


def translated_name(language: str) -> str:
    """A language's name in the visitor's language ("inglés" for an English item on /es/).
    A language added later without an entry above falls back to Django's name for it."""
    if language in NAMES_IN_SENTENCE:
        return str(NAMES_IN_SENTENCE[language])
    return str(get_language_info(language)["name_translated"])


def url_in_language(path: str, language: str) -> str:
    """The same page, query string included, under another language prefix. The query
    string is put back as it was (as translate_url does), so that the addresses worked out
    for a path serve all its queries: every search has its own."""
    address, question_mark, query = path.partition("?")
    return translated_url(address, language, current_language()) + question_mark + query


@functools.lru_cache(maxsize=4096)
def translated_url(path: str, language: str, active_language: str) -> str:
    # Resolving and reversing an address four times was a tenth of a list page; the answer
    # depends only on the URL patterns and the language the path is resolved in.
    return translate_url(path, language)
