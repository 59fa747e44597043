"""Reading WordPress's export file (WXR 1.1 and 1.2, as Tools → Export writes it), with the
language data Polylang and WPML add, into plain records. Nothing here touches the database.

The file is checked before it is believed: a size limit, no DTD (an export never has one,
and entity declarations are how an XML file is made to eat memory), well-formed to its last
tag (a cut-off download fails here, with the line where it stops), and WordPress's own
version element. Element names are read without their namespaces' versions, so 1.1 and 1.2
read alike.
"""

import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from xml.parsers import expat

from django.utils.translation import gettext_lazy as _

from wordpress.report import Said

SUPPORTED_VERSIONS = ("1.1", "1.2")
NAMESPACES = {
    "http://purl.org/rss/1.0/modules/content/": "content_",
    "http://purl.org/dc/elements/1.1/": "dc_",
    "http://wellformedweb.org/CommentAPI/": "wfw_",
}
WORDPRESS_NAMESPACE = re.compile(r"^http://wordpress\.org/export/1\.\d+/(excerpt/)?$")


class NotAnExport(Exception):
    """The file cannot be imported; the message says why, for whoever runs the import."""


@dataclass
class Term:
    domain: str  # category, post_tag, language, post_translations...
    slug: str
    name: str


@dataclass
class TermDefinition:
    """A term as the export's channel lists it (<wp:category>, <wp:tag>, <wp:term>): what
    items carry is only its slug and name; Polylang's groups of translated terms need its id
    and description."""

    id: int
    taxonomy: str  # category, post_tag, term_translations...
    slug: str
    name: str
    description: str


@dataclass
class Attachment:
    id: int
    url: str
    file: str  # its path under wp-content/uploads, e.g. 2011/11/photo.jpg
    title: str
    alt: str
    caption: str


@dataclass
class Entry:
    """One post, page or attachment of the export: in Polylang and WPML, one per language."""

    id: int
    guid: str
    post_type: str
    title: str
    link: str
    slug: str
    status: str
    body: str
    excerpt: str
    author: str
    published: datetime
    modified: datetime
    parent: int
    terms: list[Term] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)

    def terms_of(self, domain: str) -> list[Term]:
        return [term for term in self.terms if term.domain == domain]


@dataclass
class Export:
    version: str
    site_url: str
    language: str  # the channel's <language>, e.g. en-US
    authors: dict[str, str]  # login -> display name
    entries: list[Entry]
    attachments: dict[int, Attachment]
    terms: list[TermDefinition] = field(default_factory=list)


def read_export(path: Path, *, max_bytes: int) -> Export:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise NotAnExport(Said(_("The file cannot be read: %(error)s"), error=error)) from None
    if size > max_bytes:
        raise NotAnExport(
            Said(
                _("The file is %(size)s MB; at most %(limit)s MB can be imported at once."),
                size=round(size / 1024 / 1024, 1),
                limit=round(max_bytes / 1024 / 1024),
            )
        )
    data = path.read_bytes()
    check_well_formed(data)
    root = ElementTree.fromstring(data)
    strip_namespaces(root)
    channel = root.find("channel")
    version = (channel.findtext("wp_wxr_version") or "").strip() if channel is not None else ""
    if root.tag != "rss" or channel is None or not version:
        raise NotAnExport(_("This is not a WordPress export (WXR) file."))
    if version not in SUPPORTED_VERSIONS:
        raise NotAnExport(
            Said(
                _(
                    "This export is in WXR version %(version)s; versions 1.1 and 1.2 can be "
                    "imported."
                ),
                version=version,
            )
        )
    authors = {
        text(author, "wp_author_login"): text(author, "wp_author_display_name")
        or text(author, "wp_author_login")
        for author in channel.findall("wp_author")
    }
    entries, attachments = [], {}
    for element in channel.findall("item"):
        entry = read_entry(element)
        if entry.post_type == "attachment":
            attachments[entry.id] = Attachment(
                id=entry.id,
                url=text(element, "wp_attachment_url"),
                file=entry.meta.get("_wp_attached_file", ""),
                title=entry.title,
                alt=entry.meta.get("_wp_attachment_image_alt", ""),
                caption=entry.excerpt,
            )
        else:
            entries.append(entry)
    return Export(
        version=version,
        site_url=text(channel, "wp_base_blog_url") or text(channel, "link"),
        language=text(channel, "language"),
        authors=authors,
        entries=entries,
        attachments=attachments,
        terms=read_terms(channel),
    )


def read_terms(channel) -> list[TermDefinition]:
    """The channel's terms; WordPress names each element's parts after its taxonomy."""
    shapes = [  # element, its taxonomy (or the element that says it), slug, name, description
        ("wp_category", "category", "wp_category_nicename", "wp_cat_name",
         "wp_category_description"),
        ("wp_tag", "post_tag", "wp_tag_slug", "wp_tag_name", "wp_tag_description"),
        ("wp_term", None, "wp_term_slug", "wp_term_name", "wp_term_description"),
    ]  # fmt: skip
    terms = []
    for element_name, taxonomy, slug, name, description in shapes:
        for element in channel.findall(element_name):
            terms.append(
                TermDefinition(
                    id=number(text(element, "wp_term_id")),
                    taxonomy=taxonomy or text(element, "wp_term_taxonomy"),
                    slug=text(element, slug),
                    name=text(element, name),
                    description=text(element, description),
                )
            )
    return terms


def check_well_formed(data: bytes) -> None:
    def refuse(*_args):
        raise NotAnExport(_("The file declares a DTD or entities, which an export never has."))

    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        if not data.strip():
            raise NotAnExport(_("The file is empty.")) from None
        raise NotAnExport(
            Said(
                _(
                    "The file is not complete XML (%(error)s, line %(line)s): it may have been cut "
                    "off while downloading. Export it again."
                ),
                error=expat.errors.messages[error.code],
                line=error.lineno,
            )
        ) from None


def strip_namespaces(root) -> None:
    """`{http://wordpress.org/export/1.2/}post_id` as `wp_post_id`, and so on."""
    for element in root.iter():
        if not isinstance(element.tag, str) or not element.tag.startswith("{"):
            continue
        namespace, _brace, name = element.tag[1:].partition("}")
        if match := WORDPRESS_NAMESPACE.match(namespace):
            prefix = "excerpt_" if match.group(1) else "wp_"
        else:
            prefix = NAMESPACES.get(namespace, "other_")
        element.tag = prefix + name


def text(element, name: str) -> str:
    return (element.findtext(name) or "").strip()


def read_entry(element) -> Entry:
    meta = {
        text(pair, "wp_meta_key"): text(pair, "wp_meta_value")
        for pair in element.findall("wp_postmeta")
    }
    published = wordpress_time(text(element, "wp_post_date_gmt")) or wordpress_time(
        text(element, "wp_post_date")
    )
    if published is None:
        published = rss_time(text(element, "pubDate")) or datetime(1970, 1, 1, tzinfo=UTC)
    return Entry(
        id=number(text(element, "wp_post_id")),
        guid=text(element, "guid"),
        post_type=text(element, "wp_post_type") or "post",
        title=text(element, "title"),
        link=text(element, "link"),
        slug=text(element, "wp_post_name"),
        status=text(element, "wp_status") or "publish",
        body=element.findtext("content_encoded") or "",
        excerpt=(element.findtext("excerpt_encoded") or "").strip(),
        author=text(element, "dc_creator"),
        published=published,
        modified=wordpress_time(text(element, "wp_post_modified_gmt")) or published,
        parent=number(text(element, "wp_post_parent")),
        terms=[
            Term(
                domain=category.get("domain", "category"),
                slug=category.get("nicename", ""),
                name=(category.text or "").strip(),
            )
            for category in element.findall("category")
        ],
        meta=meta,
    )


def number(value: str) -> int:
    return int(value) if value.isascii() and value.isdigit() else 0


def wordpress_time(value: str) -> datetime | None:
    """ "2011-11-13 10:00:00", read as UTC; WordPress writes 0000-00-00 for drafts never saved
    with a date."""
    try:
        moment = datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.year > 1 else None


def rss_time(value: str) -> datetime | None:
    try:
        return parsedate_to_datetime(value).astimezone(UTC)
    except (TypeError, ValueError, IndexError):
        return None
