"""Which translations exist, which are unfinished, and which fell behind their original.

Per field, a translation is *missing* when the field has text in the original and none in
that language, and *outdated* when the original text of the field changed after the field's
translation was last saved. On every save we keep, per language and field, a short
fingerprint of the original text the translation was made from; comparing it with the
original's current fingerprint tells, per field, whether the translation is still current.
The per-language summary is stored (`translation_state`) so the admin can filter on it: missing
when any field is still to translate (a title and summary alone leave the body missing),
otherwise outdated when any field fell behind.

Written here rather than taken from a library: modeltranslation stores the texts but keeps
no history of which original a translation was made from.
"""

import hashlib

from django.utils import timezone

from content.languages import localized_field, stored_language_codes

ORIGINAL, TRANSLATED, OUTDATED, MISSING = "original", "translated", "outdated", "missing"
NEEDS_WORK = (OUTDATED, MISSING)
# The translated fields (see models.TRANSLATED_FIELDS) whose translation can fall behind
# its original: a slug or a translator's name has no original to follow.
TRACKED_FIELDS = ("title", "summary", "body", "image_alt", "image_caption")


def fingerprint(text: str) -> str:
    return hashlib.sha256((text or "").strip().encode()).hexdigest()[:16]


def tracked_fields(item) -> tuple[str, ...]:
    return tuple(field for field in TRACKED_FIELDS if hasattr(item, localized_field(field, "en")))


def record_translation_changes(item, before: dict) -> None:
    """Before an edit is saved: note the original each changed translation was made from,
    then recompute every language's state. `before` is the stored row (editing.StoredItem),
    empty for a new item."""
    original = item.original_language
    original_changed = before and before.get("original_language") != original
    sources = item.translation_sources if isinstance(item.translation_sources, dict) else {}
    dates = item.translated_on if isinstance(item.translated_on, dict) else {}
    today = timezone.localdate().isoformat()
    for code in stored_language_codes():
        if code == original:
            sources.pop(code, None)
            continue
        language_sources = sources.setdefault(code, {})
        for field in tracked_fields(item):
            column = localized_field(field, code)
            text = getattr(item, column) or ""
            if not text:
                language_sources.pop(field, None)
                continue
            if original_changed or field not in language_sources or text != before.get(column):
                language_sources[field] = fingerprint(item.text_in(field, original))
                dates[code] = today
        if not language_sources:
            sources.pop(code, None)
            dates.pop(code, None)
    item.translation_sources, item.translated_on = sources, dates
    item.translation_state = {code: language_state(item, code) for code in stored_language_codes()}


def field_states(item, language: str) -> dict[str, str]:
    """Per field of one language: translated, outdated or missing (or original)."""
    states = {}
    for field in tracked_fields(item):
        original_text = item.text_in(field, item.original_language)
        if language == item.original_language:
            states[field] = ORIGINAL
        elif not item.text_in(field, language):
            states[field] = MISSING if original_text else TRANSLATED
        else:
            source = item.translation_sources.get(language, {}).get(field)
            states[field] = TRANSLATED if source == fingerprint(original_text) else OUTDATED
    return states


def language_state(item, language: str) -> str:
    if language == item.original_language:
        return ORIGINAL
    states = set(field_states(item, language).values())
    if MISSING in states or not item.text_in("title", language):
        return MISSING
    return OUTDATED if OUTDATED in states or language in own_outdated(item) else TRANSLATED


def own_outdated(item) -> set[str]:
    """Languages in which a part a kind has of its own (a document's file) fell behind its
    original: a kind says so with `outdated_languages()`; the fields are checked here."""
    outdated = getattr(item, "outdated_languages", None)
    return outdated() if outdated is not None else set()
