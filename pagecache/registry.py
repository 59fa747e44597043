"""What the page cache is told by the apps: which models change pages when saved or deleted,
when the next page will change by itself, and the card template of each kind of item.

The cache knows no kind of content. Each app registers its own in `AppConfig.ready()`, as
Wagtail's frontend cache walks the page models it was given; so a new kind of content is
cached, invalidated and shown in lists without a line changed here or in the cache.
"""

from collections.abc import Callable
from datetime import datetime

_invalidating: list[type] = []
_next_changes: list[Callable[[datetime], datetime | None]] = []
_card_templates: dict[type, str] = {}


def invalidates(*models: type) -> None:
    """Saving or deleting an instance of any of `models` (or of a subclass) changes pages."""
    _invalidating.extend(model for model in models if model not in _invalidating)


def invalidating_models() -> tuple[type, ...]:
    return tuple(_invalidating)


def next_change(provider: Callable[[datetime], datetime | None]) -> None:
    """`provider(now)` gives the next moment after `now` at which pages change without an
    edit (an item going live, an event starting), or None when it knows of none."""
    if provider not in _next_changes:
        _next_changes.append(provider)


def next_changes(now: datetime) -> list[datetime]:
    return [moment for provider in _next_changes if (moment := provider(now)) is not None]


def card(model: type, template: str) -> None:
    """Items of `model` are shown in lists with `template`, which gets the item under the
    model's name and `heading` and `position`."""
    _card_templates[model] = template


def card_template(model: type) -> str | None:
    return _card_templates.get(model)
