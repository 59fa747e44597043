"""The privacy notice's promise: an address is deleted ADDRESSES_KEPT_DAYS after its owner
unsubscribes, and the log of sent messages after as many days; current readers stay."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from post_office.models import STATUS, Email

from bulletins.models import Subscriber

from .conftest import subscriber

pytestmark = pytest.mark.django_db


def test_send_bulletins_forgets_addresses_kept_long_enough(settings):
    settings.ADDRESSES_KEPT_DAYS = 30
    now = timezone.now()
    subscriber("reader@example.org")
    for address, days_ago in (("left-long-ago@example.org", 31), ("left-lately@example.org", 29)):
        Subscriber.objects.filter(pk=subscriber(address).pk).update(
            unsubscribed_at=now - timedelta(days=days_ago)
        )
    sent = {"from_email": "bulletin@globalrec.example", "status": STATUS.sent}
    old = Email.objects.create(to=["x@example.org"], **sent)
    Email.objects.filter(pk=old.pk).update(created=now - timedelta(days=31))
    recent = Email.objects.create(to=["y@example.org"], **sent)
    call_command("send_bulletins", stdout=StringIO())
    assert sorted(Subscriber.objects.values_list("email", flat=True)) == [
        "left-lately@example.org", "reader@example.org",
    ]  # fmt: skip
    assert list(Email.objects.values_list("pk", flat=True)) == [recent.pk]
