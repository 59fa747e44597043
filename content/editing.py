"""Saving an item as an edit, and what one edit records besides the item's own row.

An edit notes which original each translation was made from (translation status), makes the
image's smaller copies (renditions), raises the item's edit number (a form opened before it
is refused; calendars read it as the event's SEQUENCE), keeps an address given up
answering with a redirect (former slugs) and brings the search index up to date. These
are plain functions that every path of an edit calls (the admin's save and bulk actions,
the import of a PO file, a restore, the demo content) rather than work hidden in
`Content.save()`: a data migration, a raw revert or a fixture then writes only the row it
means to, and a preview derives the same texts and states without storing anything. The
stored row is read once per edit, by `StoredItem`.

`Content.save()` keeps only what makes the row consistent by itself (addresses filled from
titles, clean rich text, the image's size, the kind).
"""

from dataclasses import dataclass, field

from content.images import refresh_renditions
from content.languages import localized_field, stored_language_codes
from content.models import FormerSlug
from content.search_index import index_item
from content.translation_status import record_translation_changes, tracked_fields


@dataclass(frozen=True)
class StoredItem:
    """An item's row as stored before this edit: nothing for a new item."""

    values: dict = field(default_factory=dict)

    @classmethod
    def read(cls, item) -> "StoredItem":
        if item.pk is None:
            return cls()
        texts = [
            localized_field(name, code)
            for name in (*tracked_fields(item), "slug")
            for code in stored_language_codes()
        ]
        row = (
            type(item)
            ._base_manager.filter(pk=item.pk)
            .values(*texts, "original_language", "edit_version")
            .first()
        )
        return cls(row or {})

    @property
    def edit_version(self) -> int:
        return self.values.get("edit_version") or 0

    def slug(self, language: str) -> str:
        return self.values.get(localized_field("slug", language)) or ""


def prepare_edit(item, stored: StoredItem, *, make_renditions: bool = True) -> None:
    """Everything an edit derives on the item before it is written, writing nothing but the
    renditions' files (and those only when asked: a preview does not)."""
    item.normalise()
    record_translation_changes(item, stored.values)
    if make_renditions:
        refresh_renditions(item)
    # From the stored number too: a restored revision carries the number it had then.
    item.edit_version = max(item.edit_version, stored.edit_version) + 1


def remember_former_slugs(item, stored: StoredItem) -> None:
    """An address changed: keep the old one answering with a redirect to the new one."""
    for code in stored_language_codes():
        old = stored.slug(code)
        if old and old != item.text_in("slug", code):
            FormerSlug.objects.get_or_create(content=item, language=code, slug=old)


def save_edit(item, **save_options) -> None:
    """Save `item` as one edit, with everything an edit records."""
    stored = StoredItem.read(item)
    prepare_edit(item, stored)
    item.save(**save_options)
    remember_former_slugs(item, stored)
    index_item(item)
