"""WordPress's stored post text made into the markup this site keeps.

WordPress stores what its editors typed, not what it shows: the classic editor's text has no
paragraphs (WordPress adds them as it displays a post, "autop"), shortcodes stand for markup
made at display time, and the block editor leaves comments around every block. This module
turns each into plain markup, or drops it and says so; images and links are handed to the
importer (`place_image`, `new_link`), which knows the uploads and the new addresses. The
result is then cleaned as every save is (content/rich_text.py).
"""

import html
import re
from collections.abc import Callable

from django.utils.translation import gettext_lazy as _

BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:.*?-->", re.DOTALL)
# [name attributes]content[/name], or a lone [name attributes] / [name attributes /].
ENCLOSING = re.compile(r"\[([a-zA-Z_][\w-]*)(\s[^\]]*)?\](.*?)\[/\1\]", re.DOTALL)
LONE = re.compile(r"\[([a-zA-Z_][\w-]*)(\s[^\]]*?)?\s*/?\]")
# Shortcodes WordPress and its common plugins have with no closing tag; any other lone
# [word] is left as text: "[sic]" is not a shortcode.
LONE_SHORTCODES = {
    "gallery", "playlist", "audio", "video", "embed", "contact-form", "contact-form-7",
    "wpforms", "ninja_form", "gravityform", "pdf-embedder", "youtube", "vimeo", "ngg",
    "slideshow", "soundcloud", "polldaddy", "wp_caption",
}  # fmt: skip
LINKED_MEDIA = {"embed", "video", "audio", "youtube", "vimeo", "soundcloud"}
IMAGE_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
LINK_START = re.compile(r"<a\b[^>]*>", re.IGNORECASE)
LINK_AROUND_IMAGE = re.compile(r"<a\b[^>]*>\s*(<img\b[^>]*>)\s*</a>", re.IGNORECASE)
ATTRIBUTE = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
URL = re.compile(r"https?://[^\s\"'<>\]]+")
BLOCK_TAGS = re.compile(r"<(p|div|h[1-6]|ul|ol|blockquote|figure|table|pre|hr)\b", re.IGNORECASE)


def attributes(tag: str) -> dict[str, str]:
    return {
        name.lower(): html.unescape(next(value for value in values if value is not None))
        for name, *values in ATTRIBUTE.findall(tag)
    }


def convert(
    text: str,
    *,
    place_image: Callable[[str, str], str],
    new_link: Callable[[str], str | None],
    note: Callable[..., None],
) -> str:
    """`place_image(source, alt)` gives the markup of an image (empty when it cannot be
    found); `new_link(href)` the new address of an imported post's old one (None to keep
    the link, "" to take it away and leave its text); `note(message, **values)` records what
    was dropped (a lazy translation, worded when the report is shown)."""
    text = BLOCK_COMMENT.sub("", text)
    text = ENCLOSING.sub(lambda match: enclosing_shortcode(match, place_image, note), text)
    text = LONE.sub(lambda match: lone_shortcode(match, note), text)
    if not BLOCK_TAGS.search(text):
        text = paragraphs(text)
    text = LINK_AROUND_IMAGE.sub(lambda match: unlinked_image(match, new_link), text)
    text = IMAGE_TAG.sub(lambda match: image(match.group(0), place_image), text)
    return LINK_START.sub(lambda match: link(match.group(0), new_link), text)


def enclosing_shortcode(match, place_image, note) -> str:
    name, attribute_text, inner = match.group(1).lower(), match.group(2) or "", match.group(3)
    if name in ("caption", "wp_caption"):
        return figure(inner, attributes(attribute_text), place_image)
    if name in LINKED_MEDIA and (address := URL.search(inner) or URL.search(attribute_text)):
        url = html.escape(address.group(0))
        note(_("[%(name)s] became a link to %(address)s"), name=name, address=address.group(0))
        return f'<p><a href="{url}">{url}</a></p>'
    note(_("[%(name)s] removed; its text was kept"), name=name)
    return inner


def figure(inner: str, given: dict, place_image) -> str:
    """[caption]<a><img></a> The caption[/caption] as a figure with its caption."""
    found = IMAGE_TAG.search(inner)
    caption_text = given.get("caption") or re.sub(r"<[^>]+>", "", IMAGE_TAG.sub("", inner))
    caption_text = " ".join(caption_text.split())
    if not found:
        return f"<p>{html.escape(caption_text)}</p>" if caption_text else ""
    image_tag = attributes(found.group(0))
    placed = place_image(image_tag.get("src", ""), image_tag.get("alt", "") or caption_text)
    if not placed:
        return f"<p>{html.escape(caption_text)}</p>" if caption_text else ""
    caption = f"<figcaption>{html.escape(caption_text)}</figcaption>" if caption_text else ""
    # Marked, so that the pass over the remaining images leaves this one as it is.
    placed = placed.replace("<img", "<img data-placed", 1)
    return f"<figure>{placed}{caption}</figure>"


def lone_shortcode(match, note) -> str:
    name = match.group(1).lower()
    if name not in LONE_SHORTCODES:
        return match.group(0)
    if name in LINKED_MEDIA and (address := URL.search(match.group(2) or "")):
        url = html.escape(address.group(0))
        note(_("[%(name)s] became a link to %(address)s"), name=name, address=address.group(0))
        return f'<p><a href="{url}">{url}</a></p>'
    note(_("[%(name)s] removed"), name=name)
    return ""


def paragraphs(text: str) -> str:
    """WordPress's autop, for text with no block markup: blank lines part paragraphs, a line
    break inside one is kept."""
    parts = [part.strip() for part in re.split(r"\n\s*\n", text.replace("\r\n", "\n"))]
    return "".join(f"<p>{part.replace(chr(10), '<br>')}</p>" for part in parts if part)


def unlinked_image(match, new_link) -> str:
    """An image linked to its own file (WordPress's default) is shown without the link."""
    href = attributes(LINK_START.match(match.group(0)).group(0)).get("href", "")
    if re.search(r"\.(jpe?g|png|gif|webp)$", href, re.IGNORECASE) or "attachment" in href:
        return match.group(1)
    return match.group(0)


def image(tag: str, place_image) -> str:
    if tag.startswith("<img data-placed"):
        return tag.replace(" data-placed", "", 1)
    given = attributes(tag)
    return place_image(given.get("src", ""), given.get("alt", ""))


def link(tag: str, new_link) -> str:
    href = attributes(tag).get("href", "")
    address = new_link(href) if href else None
    if address is None:
        return tag

    def replace(found) -> str:
        if found.group(1).lower() != "href":
            return found.group(0)
        # An <a> without an address is plain text to readers and to the cleaning that follows.
        return f'href="{html.escape(address)}"' if address else ""

    return ATTRIBUTE.sub(replace, tag)
