"""RSS and Atom feeds in the visitor's language, shared by news and events.

Each entry is in the feed's language, or, when it has no translation yet, in its original
language and marked so: `xml:lang` on the Atom entry, `dc:language` on the RSS item (RSS has
no per-item language of its own).

Every text reaches the feed through `xml_safe()`: Django's feed writer refuses a character XML
forbids, so one such character in one title would otherwise break the feed for every reader.
"""

from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponseNotAllowed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.functional import Promise

from content.languages import current_language
from content.models import Region
from content.xml_text import xml_safe

DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"


def safe_for_xml(value):
    if isinstance(value, str | Promise):
        return xml_safe(str(value))
    if isinstance(value, list | tuple):  # categories
        return type(value)(safe_for_xml(part) for part in value)
    return value  # dates, enclosures, None


class XmlSafeFeed:
    """Cleans what the feed view hands the writer (feed and item texts) once, for every kind
    of feed, before Django's writer sees it."""

    def __init__(self, *args, **kwargs):
        super().__init__(
            *[safe_for_xml(value) for value in args],
            **{name: safe_for_xml(value) for name, value in kwargs.items()},
        )

    def add_item(self, *args, **kwargs):
        super().add_item(
            *[safe_for_xml(value) for value in args],
            **{name: safe_for_xml(value) for name, value in kwargs.items()},
        )


class RssWithItemLanguage(XmlSafeFeed, Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DUBLIN_CORE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("language"):
            handler.addQuickElement("dc:language", item["language"])


class AtomWithItemLanguage(XmlSafeFeed, Atom1Feed):
    def write_items(self, handler):
        for item in self.items:
            attributes = {"xml:lang": item["language"]} if item.get("language") else {}
            handler.startElement("entry", attributes)
            self.add_item_elements(handler, item)
            handler.endElement("entry")


class ContentFeed(Feed):
    """A feed of published content narrowed by `?region=` (and whatever a subclass adds);
    an unknown value is a 404, not an empty or unfiltered feed."""

    feed_type = RssWithItemLanguage
    filters = {"region": Region.values}
    limit = 30

    @property
    def query_parameters(self) -> frozenset[str]:
        """What the page cache lets through of a query string (pagecache/query.py)."""
        return frozenset(self.filters)

    def __call__(self, request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):  # Django's feeds answer any method
            return HttpResponseNotAllowed(["GET", "HEAD"])
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, *args, **kwargs):
        chosen = {}
        for name, allowed in self.filters.items():
            value = request.GET.get(name)
            if value:
                if value not in allowed:
                    raise Http404
                chosen[name] = value
        self.language = current_language()
        return chosen

    def link(self, filters):
        return self.list_url(filters)

    def item_title(self, item):
        return item.localized().title

    def item_description(self, item):
        return item.localized().summary

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_guid(self, item):
        # Stays the same when an item is retitled or moved, so readers never see it twice.
        return f"urn:iawp:{item._meta.label_lower}:{item.pk}"

    item_guid_is_permalink = False

    def item_extra_kwargs(self, item):
        shown = item.localized().language
        return {"language": shown if shown != self.language else ""}
