"""Topics (campaigns and themes): their list, and a page per topic mixing the news and events
that name it; its feeds and its calendar file. Here, not in the directory, because a topic's
page knows what an event is (upcoming ones come first) and what a news post is."""

from django.http import Http404
from django.urls import reverse
from django.views.generic import ListView

from content.feeds import AtomWithItemLanguage, ContentFeed
from content.languages import current_language
from content.page_languages import language_context, same_page_in_every_language
from content.views import ContentDetailView
from directory.models import Topic
from directory.relations import items_naming
from editorial.previews import ContentPreviewView
from events.links import topic_calendar_name
from events.models import Event
from events.views import calendar_feed_response
from news.models import Post
from pagecache.pieces import PageItemsPiece

# What a topic's page lists of each part; its feeds and calendar carry on from there.
UPCOMING_ON_PAGE = 20
NEWS_ON_PAGE = 20
PAST_ON_PAGE = 10


class TopicListView(ListView):
    template_name = "topics/topic_list.html"
    context_object_name = "topics"
    query_parameters = frozenset()

    def get_queryset(self):
        return Topic.objects.published().order_by("-published_at", "-pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(language_context(self.request, same_page_in_every_language(self.request)))
        return context


class TopicDetailView(ContentDetailView):
    """Upcoming events first, soonest first; then news, newest first; then past events."""

    model = Topic
    template_name = "topics/topic_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        topic, request = self.object, self.request
        context.update(
            upcoming_events=PageItemsPiece(
                Event.objects.upcoming().filter(topics=topic)[:UPCOMING_ON_PAGE],
                request,
                f"topic-upcoming:{topic.pk}",
            ),
            news=PageItemsPiece(
                Post.objects.published()
                .filter(topics=topic)
                .order_by("-published_at", "-pk")[:NEWS_ON_PAGE],
                request,
                f"topic-news:{topic.pk}",
            ),
            past_events=PageItemsPiece(
                Event.objects.past().filter(topics=topic)[:PAST_ON_PAGE],
                request,
                f"topic-past:{topic.pk}",
            ),
            feed_slug=topic.slug_for(current_language()),
            calendar_path=reverse("topics:ics", args=[topic.slug_for(current_language())]),
        )
        return context


class TopicPreviewView(ContentPreviewView, TopicDetailView):
    pass


def published_topic(slug: str) -> Topic:
    topic = Topic.objects.published().find_by_slug(slug, current_language())
    if topic is None:
        raise Http404
    return topic


class TopicFeed(ContentFeed):
    """The news and events that name a topic, newest first."""

    filters = {}

    def get_object(self, request, slug):
        self.language = current_language()
        return published_topic(slug)

    def title(self, topic):
        return topic_calendar_name(topic)  # the feeds and the calendar share one name

    def description(self, topic):
        return topic.localized().summary

    def link(self, topic):
        return topic.get_absolute_url()

    def items(self, topic):
        return [item.specific for item in items_naming(topic)[: self.limit]]


class TopicAtomFeed(TopicFeed):
    feed_type = AtomWithItemLanguage
    subtitle = TopicFeed.description


def topic_calendar(request, slug):
    """The topic's events as a calendar to subscribe to, in the visitor's language."""
    topic = published_topic(slug)
    return calendar_feed_response(
        request,
        Event.objects.in_calendar_feed().filter(topics=topic),
        name=topic_calendar_name(topic),
        list_name=f"topic-calendar:{topic.pk}",
        filename=f"{slug}.ics",
    )


topic_calendar.query_parameters = frozenset()
