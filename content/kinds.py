"""The kinds of content (news posts, events, ...), each registered by its own app.

A kind is a subclass of `Content` in an app of its own. The app says what it is from its
`AppConfig.ready()` with `register()`; everything that works across kinds (an item's
`specific` self, lists that mix kinds, search's filter, the admin's translation pages, PO
files, backups, the editors' roles, the page cache's cards) asks this registry. So a new kind
is one new app, and nothing below it names it.
"""

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pagecache import registry as page_cache


@dataclass(frozen=True)
class Kind:
    model: type
    # How visitors, file names and filters name the kind: "news", "events".
    name: str
    # The kind in a sentence or a heading, plural ("News", "Events"): a lazy translation.
    label: str
    card_template: str
    # Words a visitor of a language can find the kind's items by, beyond the texts every
    # item has (a document's words inside its files): `search_texts(items, language)` gives
    # {item's number: (words, the language they are written in)}, for many items at once.
    search_texts: Callable[[Iterable, str], dict[int, tuple[str, str]]] | None = None
    # What a search result calls one item: the label of its value of `category_field`, a
    # choice of the kind's own (a post's category), or else `item_label` ("Event").
    category_field: str = ""
    item_label: str = ""

    def category_of(self, item) -> str:
        """The value a search card keeps, for `result_label` to name when shown."""
        return str(getattr(item, self.category_field, "")) if self.category_field else ""

    def result_label(self, category: str) -> str:
        """In the active language: labels are named when shown, so a translation updated
        since the item was indexed is the one read."""
        return str(self._category_labels.get(category, self.item_label or self.label))

    @functools.cached_property
    def _category_labels(self) -> dict[str, str]:
        if not self.category_field:
            return {}
        return dict(self.model._meta.get_field(self.category_field).flatchoices)

    @property
    def model_label(self) -> str:
        """What `Content.kind` stores: "news.post"."""
        return self.model._meta.label_lower

    @property
    def accessor(self) -> str:
        """The name that reaches this kind from its Content row (and select_related takes)."""
        return self.model._meta.model_name


_kinds: dict[str, Kind] = {}


def register(
    model: type,
    *,
    name: str,
    label: str,
    card_template: str,
    search_texts: Callable[[Iterable, str], dict[int, tuple[str, str]]] | None = None,
    category_field: str = "",
    item_label: str = "",
) -> None:
    """Make `model` (a subclass of Content) a kind. `card_template` shows one item in a list;
    it gets the item under the model's name, and `heading` and `position`. `search_texts`,
    when given, adds words of the kind's own to its items' search entries; `category_field`
    or `item_label` say what a search result calls an item (see Kind)."""
    _kinds[name] = Kind(
        model=model,
        name=name,
        label=label,
        card_template=card_template,
        search_texts=search_texts,
        category_field=category_field,
        item_label=item_label,
    )
    page_cache.card(model, card_template)


def all_kinds() -> tuple[Kind, ...]:
    return tuple(_kinds.values())


def named(name: str) -> Kind | None:
    return _kinds.get(name)


def of_label(model_label: str) -> Kind | None:
    return next((kind for kind in _kinds.values() if kind.model_label == model_label), None)


def of_model(model: type) -> Kind | None:
    return next((kind for kind in _kinds.values() if issubclass(model, kind.model)), None)


def kind_choices() -> list[tuple[str, str]]:
    """For a form's choice of kind: [("news", "News"), ...]."""
    return [(kind.name, kind.label) for kind in _kinds.values()]


def accessors() -> list[str]:
    """For `select_related(*accessors())`: a list mixing kinds then reads each item's own
    kind without one query per item."""
    return [kind.accessor for kind in _kinds.values()]


def extra_search_texts(items: Iterable, language: str) -> dict[int, tuple[str, str]]:
    """What each kind adds to search for these items (of any kinds), by item number: one
    call per kind that adds words, whatever the number of items."""
    by_kind: dict[str, list] = {}
    for item in items:
        by_kind.setdefault(item.kind, []).append(item)
    texts = {}
    for label, kind_items in by_kind.items():
        kind = of_label(label)
        if kind is not None and kind.search_texts is not None:
            texts.update(kind.search_texts(kind_items, language))
    return texts
