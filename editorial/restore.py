"""Restoring an old version without losing what was written since in other languages.

django-reversion restores a version whole: every language's texts go back to that moment.
An editor undoing a careless edit to the Spanish text would also wipe the Portuguese
translation a translator imported the day after, and with its slug, the address visitors
had. Here the revert form lists, per language, the fields the restore would change, and
the editor chooses which languages go back. By default the item's original language does,
and so does any language that has no text now (a deleted translation comes back); every
other language keeps its current text. Addresses given up by the restore keep answering,
with a redirect to the new ones.

How: before reversion reverts the revision, the current texts are noted; once it has, the
kept languages' texts are written back into the row (inside reversion's transaction), so
the form shows exactly what the save will store.
"""

from dataclasses import dataclass

from django.contrib.admin.utils import unquote
from django.utils.http import urlencode
from modeltranslation.translator import translator

from content.languages import localized_field, native_name, stored_language_codes
from content.models import Content, FormerSlug

# Per-language bookkeeping kept as {language: ...} in JSON fields: it follows the texts.
PER_LANGUAGE_RECORDS = ("translation_sources", "translated_on")


def translated_field_names(model) -> list[str]:
    return sorted(translator.get_options_for_model(model).all_fields)


def texts_of(item) -> dict:
    """Every language's texts of an item, and its per-language records, as stored now."""
    model = type(item)
    columns = [
        localized_field(name, code)
        for name in translated_field_names(model)
        for code in stored_language_codes()
    ]
    row = model._base_manager.filter(pk=item.pk).values(
        *columns, *PER_LANGUAGE_RECORDS, "edit_version"
    )
    return row.first() or {}


@dataclass
class LanguageChange:
    code: str
    name: str
    fields: list[str]  # the names an editor knows, in their language
    restore: bool
    toggle_url: str = ""


def language_changes(model, before: dict, restored: dict) -> dict[str, list[str]]:
    """Per language, the fields whose text the restore would change."""
    changes = {}
    for code in stored_language_codes():
        fields = [
            str(model._meta.get_field(name).verbose_name)
            for name in translated_field_names(model)
            if (before.get(localized_field(name, code)) or "")
            != (restored.get(localized_field(name, code)) or "")
        ]
        if fields:
            changes[code] = fields
    return changes


def default_languages(model, original_language: str, before: dict) -> set[str]:
    """The original language, and any language with no text at all now."""
    empty = {
        code
        for code in stored_language_codes()
        if not any(
            before.get(localized_field(name, code)) for name in translated_field_names(model)
        )
    }
    return {original_language} | empty


def chosen_languages(request, defaults: set[str]) -> set[str]:
    """What the editor chose: carried in the revert form's address (the per-language links)
    and in its hidden fields once posted; the defaults until they choose."""
    source = request.POST if request.method == "POST" else request.GET
    if "restore_choice" not in source:
        return defaults
    return {code for code in source.getlist("restore") if code in stored_language_codes()}


def keep_current_texts(model, pk, before: dict, languages: set[str]) -> None:
    """Write the noted texts and records of `languages` back over the reverted row."""
    if not languages:
        return
    values = {
        localized_field(name, code): before.get(localized_field(name, code))
        for name in translated_field_names(model)
        for code in languages
    }
    restored = model._base_manager.filter(pk=pk).values(*PER_LANGUAGE_RECORDS).first() or {}
    for record in PER_LANGUAGE_RECORDS:
        merged = dict(restored.get(record) or {})
        for code in languages:
            if code in (before.get(record) or {}):
                merged[code] = before[record][code]
            else:
                merged.pop(code, None)
        values[record] = merged
    # A Post's texts live in its parent's table (Content) and an Event's organisers in its
    # own: each table is updated through the model that owns the columns.
    tables = {}
    for column, value in values.items():
        tables.setdefault(model._meta.get_field(column).model, {})[column] = value
    for owner, columns in tables.items():
        owner._base_manager.filter(pk=pk).update(**columns)


def keep_edit_number(pk, before: dict) -> None:
    """The reverted row carries the edit number it had then: put the current one back, so a
    form opened before the restore is refused and an event's SEQUENCE never goes down (the
    save that completes the restore raises it, editing.save_edit)."""
    number = before.get("edit_version") or 0
    Content._base_manager.filter(pk=pk, edit_version__lt=number).update(edit_version=number)


class KeepLaterTranslationsAdmin:
    """The revert form of news and events, restoring only the languages the editor chose."""

    revision_form_template = "admin/content_revision_form.html"

    def revision_view(self, request, object_id, version_id, extra_context=None):
        item = self.get_object(request, unquote(object_id))
        if item is not None:
            request.texts_before_restore = texts_of(item)
        return super().revision_view(request, object_id, version_id, extra_context)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        before = getattr(request, "texts_before_restore", None)
        if before is not None and object_id:
            extra_context = {
                **(extra_context or {}),
                **self.apply_language_choice(request, unquote(object_id), before),
            }
        return super().changeform_view(request, object_id, form_url, extra_context)

    def apply_language_choice(self, request, pk, before: dict) -> dict:
        model = self.model
        restored_item = model._base_manager.get(pk=pk)
        restored = texts_of(restored_item)
        changes = language_changes(model, before, restored)
        chosen = chosen_languages(
            request, default_languages(model, restored_item.original_language, before)
        )
        keep_current_texts(model, pk, before, set(changes) - chosen)
        keep_edit_number(pk, before)
        rows = []
        for code, fields in changes.items():
            toggled = sorted(chosen ^ {code})
            query = urlencode({"restore_choice": 1, "restore": toggled}, doseq=True)
            rows.append(
                LanguageChange(
                    code=code,
                    name=native_name(code),
                    fields=fields,
                    restore=code in chosen,
                    toggle_url=f"{request.path}?{query}",
                )
            )
        request.slugs_before_restore = {
            code: before.get(localized_field("slug", code)) or ""
            for code in stored_language_codes()
        }
        return {"restore_languages": rows, "restore_chosen": sorted(chosen & set(changes))}

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        for code, slug in getattr(request, "slugs_before_restore", {}).items():
            if slug and slug != obj.text_in("slug", code):
                # The address visitors had before the restore now redirects to the new one.
                FormerSlug.objects.get_or_create(content=obj, language=code, slug=slug)
