"""Sending: queued, in batches, each reader in their language and regions, with RFC 8058
headers, retried when the server says "later", never twice, never to who has left."""

from datetime import date, timedelta
from unittest import mock

import lxml.html
import pytest
import time_machine
from django.utils import timezone

from bulletins import sending
from bulletins.models import Delivery
from bulletins.sending import Run, request_sending
from tests.factories import EventFactory, PostFactory

from .conftest import bulletin_with, link_in, part, run_sender, subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture
def bulletin():
    today = timezone.localdate()
    return bulletin_with(
        EventFactory(
            title_en="Assembly in Accra", title_es="Asamblea en Acra", region="africa",
            start_date=today + timedelta(days=20), city="Accra", country="GH",
        ),
        PostFactory(
            title_en="Sorting centre in Pune", title_es="Centro de triaje en Pune",
            region="asia-pacific",
        ),
        PostFactory(
            title_en="Global congress report", title_es="Informe del congreso mundial",
            region="global",
        ),
        title_en="Bulletin of the month", title_es="Boletín del mes",
        introduction_en="What is coming.", introduction_es="Lo que viene.",
    )  # fmt: skip


def titles(message) -> list[str]:
    return lxml.html.fromstring(part(message, "html")).xpath("//h3/a/text()")


def test_nothing_goes_out_until_an_editor_sends_it(bulletin, inbox):
    subscriber("reader@example.org")
    run_sender()
    assert inbox.messages == []


def test_each_reader_gets_their_language_and_regions(bulletin, inbox):
    subscriber("everything@example.org", "en")
    subscriber("africa@example.org", "es", regions=["africa"])
    subscriber("europe@example.org", "en", regions=["europe"])
    left = subscriber("left@example.org", "fr")
    left.unsubscribed_at = timezone.now()
    left.save()
    request_sending(bulletin)
    run_sender()
    assert inbox.recipients() == [
        "africa@example.org",
        "europe@example.org",
        "everything@example.org",
    ]
    (english,) = inbox.to("everything@example.org")
    assert english["Subject"] == "Bulletin of the month"
    assert titles(english) == [
        "Assembly in Accra",
        "Sorting centre in Pune",
        "Global congress report",
    ]
    (spanish,) = inbox.to("africa@example.org")
    assert spanish["Subject"] == "Boletín del mes"
    assert titles(spanish) == ["Asamblea en Acra", "Informe del congreso mundial"]
    assert '<html lang="es"' in part(spanish, "html")
    (europe,) = inbox.to("europe@example.org")  # only global items are for Europe this month
    assert titles(europe) == ["Global congress report"]


def test_the_message_is_fit_for_mail_programs(bulletin, inbox):
    subscriber("reader@example.org", "es")
    request_sending(bulletin)
    run_sender()
    (message,) = inbox.messages[0][1:]
    html, text = part(message, "html"), part(message, "plain")
    assert "<style" not in html and 'style="' in html  # CSS inlined at send time
    assert 'href="/' not in html and 'src="/' not in html  # every link absolute
    assert "https://globalrec.example/es/news/" in text and "Lo que viene." in text
    assert "<" not in text  # a real plain-text part
    unsubscribe = link_in(message, "/unsubscribe/")
    # Long headers are folded onto a second line, hence the strip().
    assert message["List-Unsubscribe"].strip() == f"<https://globalrec.example{unsubscribe}>"
    assert message["List-Unsubscribe-Post"].strip() == "List-Unsubscribe=One-Click"
    for tracker in ("utm_", "pixel", 'width="1"'):
        assert tracker not in html


def test_one_click_unsubscribe_works_without_logging_in(bulletin, inbox, client):
    reader = subscriber("reader@example.org")
    request_sending(bulletin)
    run_sender()
    url = (
        inbox.messages[0][1]["List-Unsubscribe"]
        .strip()
        .strip("<>")
        .removeprefix("https://globalrec.example")
    )
    response = client.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    reader.refresh_from_db()
    assert not reader.is_active


def test_who_leaves_before_their_turn_is_skipped(bulletin, inbox):
    subscriber("first@example.org")
    second = subscriber("second@example.org")
    request_sending(bulletin)
    sending.plan(bulletin)
    second.unsubscribed_at = timezone.now()
    second.save()
    run_sender()
    assert inbox.recipients() == ["first@example.org"]
    assert Delivery.objects.get(subscriber=second).status == Delivery.Status.SKIPPED


def test_a_crash_mid_run_never_sends_a_message_twice(bulletin, inbox):
    for number in range(4):
        subscriber(f"reader{number}@example.org")
    request_sending(bulletin)
    real_finish = Run.finish
    calls = []

    def power_cut_on_the_second(run, delivery, status, **fields):
        calls.append(delivery)
        if len(calls) == 2:
            raise SystemExit("power cut after the message left, before it was recorded")
        return real_finish(run, delivery, status, **fields)

    with mock.patch.object(Run, "finish", power_cut_on_the_second), pytest.raises(SystemExit):
        run_sender()
    run_sender()  # the timer's next run
    with time_machine.travel(timezone.now() + timedelta(hours=1)):
        run_sender()  # and one long after, when the stuck claim has gone stale
    assert inbox.recipients() == [f"reader{number}@example.org" for number in range(4)]
    statuses = sorted(Delivery.objects.values_list("status", flat=True))
    assert statuses == ["interrupted", "sent", "sent", "sent"]


def test_two_runs_at_once_share_the_work(bulletin, inbox):
    for number in range(6):
        subscriber(f"reader{number}@example.org")
    request_sending(bulletin)
    sending.plan(bulletin)
    first, second = Run(batch_size=3), Run(batch_size=3)
    first_batch = sending.next_batch(3, skip=set())
    sending.claim(first_batch[0], first.id)  # the first server is sending its first message
    first.deliver(first_batch[0])
    second.run()  # another server starts meanwhile and takes everything still queued
    for delivery in first_batch[1:]:
        assert not sending.claim(delivery, first.id)
    assert inbox.recipients() == [f"reader{number}@example.org" for number in range(6)]


def test_a_temporary_refusal_is_retried_later(bulletin, inbox):
    reader = subscriber("reader@example.org")
    inbox.refuse_next = ["451 4.3.0 Try again later"]
    request_sending(bulletin)
    run_sender()
    delivery = Delivery.objects.get(subscriber=reader)
    assert (delivery.status, delivery.attempts) == (Delivery.Status.QUEUED, 1)
    run_sender()
    assert inbox.messages == []  # not before its time
    with time_machine.travel(timezone.now() + timedelta(minutes=6)):
        run_sender()
    assert inbox.recipients() == ["reader@example.org"]
    assert Delivery.objects.get(subscriber=reader).status == Delivery.Status.SENT


def test_a_permanent_refusal_is_not_retried(bulletin, inbox):
    reader = subscriber("gone@example.org")
    inbox.refuse_next = ["550 5.1.1 No such mailbox"]
    request_sending(bulletin)
    run_sender()
    assert Delivery.objects.get(subscriber=reader).status == Delivery.Status.FAILED


def test_the_first_bulletin_of_a_month_is_prefilled(inbox):
    from bulletins.composing import prefill
    from bulletins.models import Bulletin

    december = date(2030, 12, 1)
    with time_machine.travel(date(2030, 11, 20)):
        EventFactory(title_en="Late assembly", start_date=date(2030, 12, 1), date_precision="late")
        EventFactory(title_en="Not this month", start_date=date(2031, 1, 10))
        PostFactory(title_en="Fresh news", published_at=timezone.now() - timedelta(days=3))
        PostFactory(title_en="Old news", published_at=timezone.now() - timedelta(days=90))
        bulletin = Bulletin.objects.create(period=december)
        prefill(bulletin)
        chosen = [item.localized().title for item in bulletin.contents()]
    assert chosen == ["Late assembly", "Fresh news"]
    assert bulletin.title_en == "Bulletin: December 2030"


def test_an_unconfirmed_address_gets_only_its_confirmation(bulletin, inbox, client):
    client.post("/en/bulletins/subscribe/", {"email": "maybe@example.org", "language": "en"})
    request_sending(bulletin)
    run_sender()
    (only,) = inbox.to("maybe@example.org")
    assert "/confirm/" in part(only, "plain") and "Bulletin of the month" not in only["Subject"]
