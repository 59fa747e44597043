import functools

from django.urls import reverse
from django.utils import translation
from django.utils.functional import SimpleLazyObject

from content.languages import language_codes
from content.page_languages import language_context, same_page_in_every_language

LINK_NAMES = ("language_links", "available_links", "alternates", "canonical_url")


def site_links(request):
    """Default language links for pages that do not compute their own (views override them).

    Lazy, because almost every view does compute its own: working them out here too would
    resolve and reverse the address in four languages for nothing on every page.
    A page that matched no URL (a 404) cannot be translated: its switcher offers each
    language's home page instead, and it claims no canonical address.
    """
    links = functools.cache(lambda: default_links(request))
    return {name: SimpleLazyObject(lambda name=name: links()[name]) for name in LINK_NAMES}


def default_links(request) -> dict:
    if request.resolver_match is None:
        homes = {}
        for code in language_codes():
            with translation.override(code):
                homes[code] = reverse("home")
        context = language_context(request, homes)
        context.update(alternates=[], canonical_url="")
        return context
    return language_context(request, same_page_in_every_language(request), canonical=request.path)
