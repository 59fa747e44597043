"""How long addresses stay: the privacy notice promises that an address is deleted within
ADDRESSES_KEPT_DAYS of unsubscribing, and the log of sent messages (which holds addresses,
confirmation requests never confirmed included) after as many days. `send_bulletins`, run
every minute, keeps that promise."""

from datetime import datetime, timedelta

from django.conf import settings
from post_office.models import STATUS, Email

from bulletins.models import Subscriber


def forget_old_addresses(*, now: datetime) -> dict[str, int]:
    """Delete subscribers who left more than ADDRESSES_KEPT_DAYS ago (until then an old
    confirmation link must not subscribe them again: bulletins.views) and older sent
    messages. Returns how many of each were deleted."""
    before = now - timedelta(days=settings.ADDRESSES_KEPT_DAYS)
    subscribers, _ = Subscriber.objects.filter(unsubscribed_at__lt=before).delete()
    old_messages = Email.objects.filter(created__lt=before).exclude(status=STATUS.queued)
    messages, _ = old_messages.delete()
    return {"subscribers": subscribers, "messages": messages}
