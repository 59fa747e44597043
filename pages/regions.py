"""Region pages: the list of regions (in the main menu) and a page per region with its
upcoming events, soonest first, then its news, newest first; its feed of both, and its
calendar (the events' calendar narrowed to the region). Here, not in an app of one kind,
because a region's page knows what an event and a news post are."""

from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import ListView, TemplateView

from content import kinds
from content.feeds import AtomWithItemLanguage, ContentFeed
from content.models import Content, Region
from content.page_languages import language_context, same_page_in_every_language
from content.views import PiecedListMixin
from directory.models import Organisation, Topic
from events.models import Event
from news.models import Post
from pagecache.pieces import PageItemsPiece

# What a region's first page lists of its upcoming events; its calendar holds them all.
UPCOMING_ON_PAGE = 20


def region_named(code: str) -> Region:
    try:
        return Region(code)
    except ValueError:
        raise Http404 from None


def region_title(region: Region) -> str:
    return _("International Alliance of Waste Pickers: %(region)s") % {"region": region.label}


class RegionListView(TemplateView):
    """Every region, with a line on what its page holds: the menu's way in."""

    template_name = "regions/region_list.html"
    query_parameters = frozenset()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            language_context(self.request, same_page_in_every_language(self.request)),
            regions=Region,
        )
        return context


class RegionView(PiecedListMixin, ListView):
    """One region: its upcoming events first, soonest first, then its news, newest first
    (paged). Past events are one link away, on the events list narrowed to the region."""

    template_name = "regions/region_detail.html"
    context_object_name = "news"
    paginate_by = settings.NEWS_PER_PAGE
    query_parameters = frozenset({"page"})

    def get_region(self) -> Region:
        return region_named(self.kwargs["region"])

    def get_queryset(self):
        return (
            Post.objects.published()
            .filter(region=self.get_region())
            .order_by("-published_at", "-pk")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        region = self.get_region()
        page = context["page_obj"]
        first_page = page is None or page.number == 1
        upcoming = Event.objects.upcoming().filter(region=region)[:UPCOMING_ON_PAGE]
        urls = same_page_in_every_language(self.request)
        query = "" if first_page else f"?page={page.number}"
        context.update(
            language_context(self.request, urls, canonical=self.request.path + query),
            region=region,
            regions=Region,
            upcoming_events=(
                PageItemsPiece(upcoming, self.request, f"region-upcoming:{region}")
                if first_page
                else []
            ),
            first_page=first_page,
            filter_query="",
        )
        return context


class RegionFeed(ContentFeed):
    """The news and events of a region, newest first."""

    filters = {}

    def get_object(self, request, region):
        super().get_object(request)
        return region_named(region)

    def title(self, region):
        return region_title(region)

    def description(self, region):
        return _("News and events of waste picker organisations: %(region)s.") % {
            "region": region.label
        }

    def link(self, region):
        return reverse("regions:detail", args=[region.value])

    def items(self, region):
        not_news_or_events = [Organisation._meta.label_lower, Topic._meta.label_lower]
        items = (
            Content.objects.published()
            .filter(region=region)
            .exclude(kind__in=not_news_or_events)
            .select_related(*kinds.accessors())
            .order_by("-published_at", "-pk")
        )
        return [item.specific for item in items[: self.limit]]


class RegionAtomFeed(RegionFeed):
    feed_type = AtomWithItemLanguage
    subtitle = RegionFeed.description
