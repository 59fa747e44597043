"""A new bulletin starts from what is already published: the upcoming events of its month
and the news since the previous bulletin (from the month before at the earliest), in its
region scope. The editor then reorders, drops or adds items."""

from datetime import date, datetime, time

from django.utils import timezone

from events.models import Event
from news.models import Post

from .models import Bulletin, BulletinItem, regions_in_scope

MAX_NEWS = 12
POSITION_STEP = 10  # gaps, so an editor can slot an item between two others


def in_scope(queryset, region: str):
    """A regional bulletin carries its region's items and the global ones."""
    regions = regions_in_scope(region)
    return queryset if regions is None else queryset.filter(region__in=regions)


def month_start(day: date, months_later: int = 0) -> datetime:
    """Midnight on the first of `day`'s month, or of a month before or after it, in the
    site's time zone, where the pages date the news: not the composing editor's own."""
    index = day.year * 12 + day.month - 1 + months_later
    first = date(index // 12, index % 12 + 1, 1)
    return timezone.make_aware(datetime.combine(first, time.min), timezone.get_default_timezone())


def news_window(bulletin: Bulletin) -> tuple[datetime, datetime]:
    """When the suggested news were published: since the scope's previous bulletin went
    out, but never before the month preceding the bulletin's, and not after its month.

    An editor composes a month's bulletin in the days before it or early in it, so what its
    readers have not had yet is last month's news and this month's. Further back they are no
    longer news: after a pause of the bulletin, "since the last one" would bring back years
    of items and crowd out the month's own."""
    earliest = month_start(bulletin.period, months_later=-1)
    until = month_start(bulletin.period, months_later=1)
    previous = (
        Bulletin.objects.sent()
        .filter(region=bulletin.region, period__lt=bulletin.period)
        .exclude(pk=bulletin.pk)
        .order_by("-sent_at")
        .first()
    )
    since = max(previous.sent_at, earliest) if previous else earliest
    return since, until


def news_since(bulletin: Bulletin):
    since, until = news_window(bulletin)
    return in_scope(Post.objects.published(), bulletin.region).filter(
        published_at__gte=since, published_at__lt=until
    )


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
