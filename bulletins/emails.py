"""A bulletin as an email in one reader's language and regions: an HTML part with its CSS
inlined (css-inline, at send time), a real plain-text part, absolute links, and no tracking."""

from dataclasses import dataclass

import css_inline
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from content.xml_text import xml_safe
from events.dates import when_label
from events.wording import languages_sentence, online_sentence, status_sentence

from .models import Bulletin

INLINER = css_inline.CSSInliner(keep_style_tags=False, load_remote_stylesheets=False)


@dataclass(frozen=True)
class EmailParts:
    subject: str
    text: str
    html: str


def absolute(path: str) -> str:
    return path if path.startswith(("http://", "https://")) else settings.SITE_URL + path


def shown_in_other_languages(text) -> dict[str, str]:
    """For each part of a LocalizedText not in the reader's language, the language it is
    shown in: those parts get a marker saying so next to them."""
    return {field: text.lang_of(field) for field in text.untranslated}


def entry(item, language: str) -> dict:
    """What the email shows of one news item or event."""
    text = item.localized(language)
    is_event = item._meta.model_name == "event"
    image = None
    if item.image:
        image = {"url": absolute(item.image.url), "alt": text.image_alt, "width": 552}
    marked = shown_in_other_languages(text)
    # The title's marker speaks for the rest of the item in the same language; a summary
    # in yet another one gets its own.
    if "title" in marked and marked.get("summary") == marked["title"]:
        del marked["summary"]
    return {
        "text": text,
        "untranslated": marked,
        "title": text.title,
        "summary": text.summary,
        "url": absolute(item.get_absolute_url(language)),
        "when": when_label(item) if is_event else "",
        "place": event_place(item) if is_event else "",
        "image": image,
        **(event_lines(item) if is_event else {}),
    }


def event_place(event) -> str:
    return gettext("Online") if event.online_only else ", ".join(event.location_parts)


def event_lines(event) -> dict:
    """What an event's lines say besides when and where: a change of status first (with its
    reason, in the reader's language or the event's original), then how to take part online."""
    note, note_language = event.localized_status_note()
    return {
        "status": status_sentence(event),
        "status_note": note,
        "status_note_language": note_language,
        "cancelled": event.is_cancelled,
        "online": online_sentence(event),
        "languages": languages_sentence(event),
    }


def bulletin_context(bulletin: Bulletin, language: str, reads=None) -> dict:
    """`reads(region)` says whether an item's region is for the reader (all when None)."""
    with translation.override(language):
        text = bulletin.localized(language)
        items = [item for item in bulletin.contents() if reads is None or reads(item.region)]
        return {
            "text": text,
            "untranslated": shown_in_other_languages(text),
            "introduction": bulletin.text_in("introduction", text.language),
            "events": [entry(item, language) for item in items if item._meta.model_name == "event"],
            "news": [entry(item, language) for item in items if item._meta.model_name == "post"],
            "web_url": absolute(bulletin.get_absolute_url(language)),
            "site_url": absolute(f"/{language}/"),
            "LANGUAGE_CODE": language,
        }


def render_email(
    bulletin: Bulletin, language: str, unsubscribe_url: str, reads=None
) -> EmailParts | None:
    """The message, or None when nothing in the bulletin is for the reader's regions."""
    context = bulletin_context(bulletin, language, reads) | {"unsubscribe_url": unsubscribe_url}
    if not (context["events"] or context["news"]):
        return None
    with translation.override(language):
        html = render_to_string("bulletins/email.html", context)
        text = render_to_string("bulletins/email.txt", context)
    # A control character in one title must not reach the message: mail programs show it as
    # garbage or refuse the HTML part, and a line break in the subject makes it unsendable.
    return EmailParts(
        subject=" ".join(xml_safe(context["text"].title).split()),
        text=xml_safe(text).strip() + "\n",
        html=INLINER.inline(xml_safe(html)),
    )
