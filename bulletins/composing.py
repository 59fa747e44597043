"""A new bulletin starts from what is already published: the upcoming events of its month
and the news since the previous bulletin, in its region scope. The editor then reorders,
drops or adds items."""

from datetime import timedelta

from django.utils import timezone

from events.models import Event
from iawp_site.models import Region
from news.models import Post

from .models import Bulletin, BulletinItem

MAX_NEWS = 12
POSITION_STEP = 10  # gaps, so an editor can slot an item between two others


def in_scope(queryset, region: str):
    """A regional bulletin carries its region's items and the global ones."""
    if region == Region.GLOBAL:
        return queryset
    return queryset.filter(region__in=[region, Region.GLOBAL])


def news_since(bulletin: Bulletin):
    previous = (
        Bulletin.objects.filter(region=bulletin.region, sent_at__isnull=False)
        .exclude(pk=bulletin.pk)
        .order_by("-sent_at")
        .first()
    )
    since = previous.sent_at if previous else timezone.now() - timedelta(days=31)
    return in_scope(Post.objects.published(), bulletin.region).filter(published_at__gt=since)


def prefill(bulletin: Bulletin) -> int:
    """Adds the suggested items (events by date, then news, newest first); returns how many."""
    period = bulletin.period
    events = in_scope(Event.objects.in_month(period.year, period.month), bulletin.region)
    events = events.filter(window_end__gt=timezone.now()).order_by("window_start")
    news = news_since(bulletin).order_by("-published_at")[:MAX_NEWS]
    contents = [*events, *news]
    BulletinItem.objects.bulk_create(
        [
            BulletinItem(
                bulletin=bulletin, content_id=item.pk, position=(index + 1) * POSITION_STEP
            )
            for index, item in enumerate(contents)
        ],
        ignore_conflicts=True,
    )
    return len(contents)
