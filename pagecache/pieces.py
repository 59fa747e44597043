"""Pieces of pages worked out once per page version and then reused: list cards, the count
of a list, a month's grid.

A list page shows twenty cards; rendering each through Django's template engine is most of
the page's cost. The cards are fetched from the shared cache in one round trip and only the
missing ones are rendered. Every key carries the page version of `page_cache`, which any
change to content and any scheduled moment (an event starting, say) bumps, and the release,
so a piece is never older than the page around it. While the shared cache does not
answer there is no version (`page_version` gives None) and every piece is made afresh: one
kept under no version would outlive any edit.
"""

import pickle
from collections.abc import Sequence
from functools import cached_property

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe

from adapters.django_private import uncounted_count
from pagecache.keys import piece_key
from pagecache.local_copy import local_pieces
from pagecache.middleware import page_version
from pagecache.registry import card_template


def reusing(request) -> bool:
    """Whether pieces are reused for this request: on, and under a known version."""
    return (
        settings.PAGE_PIECES_ENABLED and request is not None and page_version(request) is not None
    )


def fetch_pieces(keys: list[str]) -> dict:
    """The pieces stored under `keys`: from this process's memory first, then the shared
    cache. Safe without any invalidation: every key names the page version it was made
    under, so a piece kept here is never older than a page that asks for it."""
    local = local_pieces()
    found = {}
    if local is not None:
        for key in keys:
            kept = local.get(key)
            if kept is not None:
                found[key] = kept if isinstance(kept, str) else pickle.loads(kept)
    missing = [key for key in keys if key not in found]
    if missing:
        shared = cache.get_many(missing)
        if local is not None:
            keep_locally(local, shared)
        found.update(shared)
    return found


def keep_pieces(pieces: dict) -> None:
    cache.set_many(pieces, settings.PAGE_CACHE_MAX_SECONDS)
    local = local_pieces()
    if local is not None:
        keep_locally(local, pieces)


def keep_locally(local, pieces: dict) -> None:
    for key, value in pieces.items():
        # Anything but text is kept pickled, so that a page changing what it was given
        # (a list, say) cannot change it for the next page, as with the shared cache.
        kept = value if isinstance(value, str) else pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        local.put(key, kept, len(kept) + 100)


def concrete(item):
    """An item of a kind with a card (see cache_registry.card), given either the item or the
    shared `Content` row of one."""
    if card_template(type(item)) is None:
        item = item.specific
        if card_template(type(item)) is None:
            raise ValueError(f"{item!r} is of no kind with a card")
    return item


def render_card(item, heading: int, position: int | None, extra: dict | None = None) -> str:
    template = get_template(card_template(type(item)))
    context = {**(extra or {}), item._meta.model_name: item, "heading": heading}
    context["position"] = position
    return template.render(context)


def render_cards(
    request,
    items,
    heading: int = 2,
    first_position: int | None = None,
    extra: dict | None = None,
) -> SafeString:
    """The cards of `items` in order; `first_position` numbers them so that only the first
    image of a page loads eagerly. `extra` holds what else the cards show depends on (the
    time zone a visitor chose, say): names and values go into the pieces' names."""
    extra = {name: value for name, value in (extra or {}).items() if value}
    variant = ",".join(f"{name}={value}" for name, value in sorted(extra.items()))

    def position(index: int) -> int | None:
        return None if first_position is None else first_position + index

    def make(item, index: int) -> str:
        return render_card(item, heading, position(index), extra)

    if not reusing(request):
        return mark_safe("".join(make(concrete(item), index) for index, item in enumerate(items)))
    if is_unread_list(items) and is_card_kind(items.model):
        cards = pieces_for_items(
            request,
            items,
            f"card:{heading}:{variant}",
            make=make,
            variant=lambda index: str(position(index) == 1),
        )
        return mark_safe("".join(cards))

    version = page_version(request)
    entries = []
    for index, item in enumerate(items):
        item = concrete(item)
        name = f"card:{heading}:{variant}:{item._meta.model_name}:{item.pk}:{position(index) == 1}"
        key = piece_key(version, name)
        entries.append((key, item, index))
    stored = fetch_pieces([key for key, _item, _index in entries])
    made = {key: make(item, index) for key, item, index in entries if key not in stored}
    if made:
        keep_pieces(made)
    return mark_safe("".join(stored.get(key) or made[key] for key, _item, _index in entries))


def is_unread_list(items) -> bool:
    if isinstance(items, PageItemsPiece):
        return True
    return isinstance(items, QuerySet) and items._result_cache is None


def pieces_for_items(request, items, name: str, make, variant=lambda index: "") -> list:
    """`make(item, index)` for each item of a list not read yet (a PageItemsPiece or a
    queryset), reusing what was made under this page version. The list's keys need only the
    numbers of its items, and the items themselves are read, in one query, only for the
    pieces not made yet (usually none): making twenty objects of some hundred columns each
    is most of what a list page costs otherwise. `name` and `variant(index)` must say
    everything else a piece depends on; the language is added here."""
    if not reusing(request):
        return [make(item, index) for index, item in enumerate(items)]
    if isinstance(items, PageItemsPiece):
        numbers = items.numbers()
    else:
        numbers = list(items.values_list("pk", flat=True))
    model = items.model
    return pieces_for_numbers(
        request,
        numbers,
        f"{name}:{model._meta.model_name}",
        load=model._default_manager.in_bulk,
        make=make,
        variant=variant,
    )


def pieces_for_numbers(request, numbers: list[int], name: str, *, load, make, variant) -> list:
    """`make(item, index)` for the items numbered `numbers`, reusing what was made under this
    page version; `load(numbers)` reads the items not made yet, as a dict by number (one
    query), and an item it does not return is left out. `name` and `variant(index)` must say
    everything a piece depends on besides the item and the language."""
    if not reusing(request):
        found = load(numbers) if numbers else {}
        return [make(found[n], index) for index, n in enumerate(numbers) if n in found]
    version = page_version(request)
    keys = [
        piece_key(version, f"each:{name}:{number}:{variant(index)}")
        for index, number in enumerate(numbers)
    ]
    stored = fetch_pieces(keys)
    missing = [number for key, number in zip(keys, numbers, strict=True) if key not in stored]
    objects = load(missing) if missing else {}
    made = {
        key: make(objects[number], index)
        for index, (key, number) in enumerate(zip(keys, numbers, strict=True))
        if key not in stored and number in objects
    }
    if made:
        keep_pieces(made)
    found = {**stored, **made}
    return [found[key] for key in keys if key in found]


def is_card_kind(model) -> bool:
    return card_template(model) is not None


def reuse_piece(request, name: str, compute):
    """`compute()`, or what it gave under this page version: for values that only a change
    of content or a scheduled moment can change. `name` must say everything they depend on."""
    if not reusing(request):
        return compute()
    key = piece_key(page_version(request), name, any_language=True)
    value = fetch_pieces([key]).get(key)
    if value is None:
        value = compute()
        keep_pieces({key: value})
    return value


class PiecePaginator(Paginator):
    """Counts a list once per page version instead of on every page of it: at thousands of
    items the count is the list's slowest query. `name` says which list, with its filters."""

    def __init__(self, *args, request=None, name: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.request, self.name = request, name

    @cached_property
    def count(self) -> int:
        return reuse_piece(self.request, f"count:{self.name}", lambda: uncounted_count(self))

    def _get_page(self, object_list, number, paginator):
        items = PageItemsPiece(object_list, self.request, f"numbers:{self.name}:{number}")
        return super()._get_page(items, number, paginator)


class PageItemsPiece(Sequence):
    """The items of one page of a list (or of a short list such as the home page's). Which
    items they are is reused per page version, so that a far page (500, say) does not
    make the database skip thousands of rows each time; the items themselves are read only
    if something asks for them (cards are usually made already: see render_cards).
    `name` must say which list and which page."""

    def __init__(self, queryset: QuerySet, request, name: str):
        self.queryset, self.request, self.name = queryset, request, name
        self.model = queryset.model

    def numbers(self) -> list[int]:
        return reuse_piece(
            self.request, self.name, lambda: list(self.queryset.values_list("pk", flat=True))
        )

    @cached_property
    def items(self) -> list:
        return list(self.queryset)

    def __getitem__(self, index):
        return self.items[index]

    def __len__(self) -> int:
        return len(self.numbers())


class DeferredQuerySet:
    """A list's queryset, built only when something reads it. Its count and the items of
    each of its pages are reused per page version, so on most requests nothing does;
    anything a queryset has is passed on to the built one."""

    # The paginator warns about unordered lists by asking this, which would build the
    # query; the lists given here are all ordered (by their model or explicitly).
    ordered = True

    def __init__(self, model, build, window: slice | None = None):
        self.model, self.build, self.window = model, build, window

    @cached_property
    def built(self) -> QuerySet:
        queryset = self.build()
        return queryset[self.window] if self.window is not None else queryset

    def __getitem__(self, key):
        if isinstance(key, slice) and self.window is None:
            return DeferredQuerySet(self.model, self.build, key)
        return self.built[key]

    def __getattr__(self, name):
        if name.startswith("__") or name in ("model", "build", "window"):
            raise AttributeError(name)  # not set yet (copying, unpickling): nothing to build
        return getattr(self.built, name)

    def count(self) -> int:
        return self.built.count()

    def __iter__(self):
        return iter(self.built)

    def __len__(self) -> int:
        return len(self.built)

    def __bool__(self) -> bool:
        return bool(self.built)
