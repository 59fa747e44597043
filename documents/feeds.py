from django.urls import reverse
from django.utils.feedgenerator import Enclosure
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from content.feeds import AtomWithItemLanguage, ContentFeed
from content.models import Region

from .models import Document


class DocumentFeed(ContentFeed):
    """New documents, each with its file in the feed's language (or in its original
    language) as the enclosure, so a podcast-style reader can fetch it."""

    filters = {**ContentFeed.filters, "document_type": Document.Type.values}

    def title(self, filters):
        parts = [_("International Alliance of Waste Pickers: documents")]
        if "region" in filters:
            parts.append(str(Region(filters["region"]).label))
        if "document_type" in filters:
            parts.append(str(Document.Type(filters["document_type"]).label))
        return " · ".join(parts)

    def description(self, filters):
        return _("Resolutions, reports, position papers and statements of the Alliance.")

    def list_url(self, filters):
        query = urlencode(filters)
        return reverse("documents:list") + (f"?{query}" if query else "")

    def items(self, filters):
        return (
            Document.objects.published()
            .filter(**filters)
            .newest_first()
            .prefetch_related("files")[: self.limit]
        )

    def item_categories(self, item):
        return [item.get_document_type_display(), item.get_region_display()]

    def item_enclosures(self, item):
        files = {f.language: f for f in item.files.all()}
        chosen = files.get(self.language) or files.get(item.original_language)
        if chosen is None:
            return []
        url = self.request.build_absolute_uri(chosen.get_absolute_url())
        return [Enclosure(url, str(chosen.size), chosen.media_type)]

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return super().get_object(request, *args, **kwargs)


class DocumentAtomFeed(DocumentFeed):
    feed_type = AtomWithItemLanguage
    subtitle = DocumentFeed.description
