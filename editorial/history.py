"""History that every editor reads in their own language, showing only what editors know.

Django's admin writes "Changed Status and Start date." into the log with the fields' labels
as they are in English, and translates them when shown only if a label happens to be a
message of its own ("Start date" is not; "start date" is). django-reversion copies that
text, in the saver's language, into each revision's comment: so the history mixed languages.
Here a revision's comment keeps Django's structured message, with the fields' names, and
the history page renders it for whoever reads it, naming each field as its model does in
the reader's language ("título [es]", "fecha de inicio").

The comparison of two versions leaves out the fields the site keeps for itself (translation
fingerprints, edit counters, image sizes, timestamps): an editor never sets them.
"""

import json

from django.core.exceptions import FieldDoesNotExist
from django.utils.text import get_text_list
from django.utils.translation import gettext
from reversion.revisions import is_active, set_comment

# Kept by the site, never typed by an editor: nothing to compare.
INTERNAL_FIELDS = {
    "id", "content_ptr", "translation_state", "translation_sources", "translated_on",
    "edit_version", "sequence", "image_width", "image_height", "image_renditions",
    "created_at", "updated_at", "window_start", "window_end",
}  # fmt: skip


class ReadableHistoryAdmin:
    @property
    def compare_exclude(self):
        return [
            field.name
            for field in self.model._meta.fields
            if field.name in INTERNAL_FIELDS or not field.editable
        ]

    def construct_change_message(self, request, form, formsets, add=False):
        if add:
            return [{"added": {}}]
        model_fields = {field.name for field in form.instance._meta.get_fields()}
        changed = [name for name in form.changed_data if name in model_fields]
        return [{"changed": {"fields": changed}}] if changed else []

    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        self.keep_structured_comment(entry)
        return entry

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        self.keep_structured_comment(entry)
        return entry

    @staticmethod
    def keep_structured_comment(entry) -> None:
        if is_active() and entry.change_message.startswith("["):
            set_comment(entry.change_message)


def readable_comment(comment: str, model) -> str:
    """A revision's comment in the reader's language: structured ones rendered here, plain
    ones (restores, imports) as they were written."""
    if not comment or not comment.startswith("["):
        return comment or ""
    try:
        parts = json.loads(comment)
    except json.JSONDecodeError:
        return comment
    sentences = []
    for part in parts:
        if "added" in part:
            sentences.append(gettext("Added."))
        elif "changed" in part:
            names = [field_label(model, name) for name in part["changed"].get("fields", [])]
            sentences.append(
                gettext("Changed {fields}.").format(fields=get_text_list(names, gettext("and")))
            )
    return " ".join(sentences) or gettext("No fields changed.")


def field_label(model, name: str) -> str:
    try:
        return str(model._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name
