"""Pieces of pages worked out once per page version and then reused: list cards, the count
of a list, a month's grid.

A list page shows twenty cards; rendering each through Django's template engine is most of
the page's cost. The cards are fetched from the shared cache in one round trip and only the
missing ones are rendered. Every key carries the page version of `page_cache`, which any
change to content and any scheduled moment (an event starting, say) bumps, and the release,
so a piece is never older than the page around it.
"""

import hashlib
from functools import cached_property

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ObjectDoesNotExist
from django.core.paginator import Paginator
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe

from .languages import current_language
from .page_cache import page_version
from .release import release_stamp

CARD_TEMPLATES = {"post": "includes/post_card.html", "event": "includes/event_card.html"}


def concrete(item):
    """A news item or an event, given either or the shared `Content` row of one."""
    if item._meta.model_name in CARD_TEMPLATES:
        return item
    for kind in CARD_TEMPLATES:
        try:
            return getattr(item, kind)
        except ObjectDoesNotExist:
            continue
    raise ValueError(f"{item!r} is neither a news item nor an event")


def render_card(item, heading: int, position: int | None) -> str:
    kind = item._meta.model_name
    template = get_template(CARD_TEMPLATES[kind])
    return template.render({kind: item, "heading": heading, "position": position})


def render_cards(request, items, heading: int = 2, first_position: int | None = None) -> SafeString:
    """The cards of `items` in order; `first_position` numbers them so that only the first
    image of a page loads eagerly."""
    cards = []
    for offset, item in enumerate(items):
        position = None if first_position is None else first_position + offset
        cards.append((concrete(item), position))
    if not (settings.FRAGMENT_CACHE_ENABLED and request is not None):
        return mark_safe("".join(render_card(item, heading, position) for item, position in cards))

    prefix = f"card:{release_stamp()}:{page_version(request)}:{current_language()}:{heading}"
    keys = [
        f"{prefix}:{item._meta.model_name}:{item.pk}:{position == 1}" for item, position in cards
    ]
    stored = cache.get_many(keys)
    made = {}
    html = []
    for key, (item, position) in zip(keys, cards, strict=True):
        if key not in stored:
            made[key] = render_card(item, heading, position)
        html.append(stored.get(key) or made[key])
    if made:
        cache.set_many(made, settings.PAGE_CACHE_MAX_SECONDS)
    return mark_safe("".join(html))


def remembered(request, name: str, compute):
    """`compute()`, or what it gave under this page version: for values that only a change
    of content or a scheduled moment can change. `name` must say everything they depend on."""
    if not (settings.FRAGMENT_CACHE_ENABLED and request is not None):
        return compute()
    digest = hashlib.sha256(name.encode()).hexdigest()[:32]  # names may hold visitors' text
    key = f"piece:{release_stamp()}:{page_version(request)}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.PAGE_CACHE_MAX_SECONDS)
    return value


class RememberedCountPaginator(Paginator):
    """Counts a list once per page version instead of on every page of it: at thousands of
    items the count is the list's slowest query. `name` says which list, with its filters."""

    def __init__(self, *args, request=None, name: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.request, self.name = request, name

    @cached_property
    def count(self) -> int:
        return remembered(self.request, f"count:{self.name}", lambda: Paginator.count.func(self))
