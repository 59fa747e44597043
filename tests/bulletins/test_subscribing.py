"""Subscribing: double opt-in through a signed, expiring link; the same answer for every
address; consent recorded; attempts limited; bad links get a clear page."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from bulletins.models import Subscriber
from tests.reading import parse

from .conftest import link_in, run_sender

pytestmark = pytest.mark.django_db


def subscribe(client, address="reader@example.org", language="es", regions=(), form="page"):
    return client.post(
        "/es/bulletins/subscribe/",
        {"email": address, "language": language, "regions": list(regions), "form": form},
    )


def test_nothing_is_stored_or_sent_until_the_address_confirms(client, inbox):
    response = subscribe(client, regions=["africa"])
    assert response.status_code == 303
    assert response["Location"] == "/es/bulletins/subscribe/check-your-inbox/"
    assert "Revisa tu correo" in client.get(response["Location"]).content.decode()
    assert not Subscriber.objects.exists()

    run_sender()
    (message,) = inbox.to("reader@example.org")
    assert "Confirma" in message["Subject"]  # in the language asked for
    confirm = link_in(message, "/confirm/")
    assert parse(client.get(confirm)).xpath("string(//main//button)").strip()
    assert not Subscriber.objects.exists()  # opening the link (a mail scanner) is not enough

    client.post(confirm)
    reader = Subscriber.objects.get()
    assert (reader.email, reader.language, reader.regions) == (
        "reader@example.org",
        "es",
        ["africa"],
    )
    assert reader.consent_form == "page" and reader.consent_wording and reader.consent_given_at


def test_the_answer_is_the_same_for_known_and_unknown_addresses(client, inbox):
    subscribe(client, "known@example.org")
    run_sender()
    client.post(link_in(inbox.to("known@example.org")[0], "/confirm/"))
    known, unknown = subscribe(client, "known@example.org"), subscribe(client, "new@example.org")
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])


def test_the_footer_form_is_on_every_page_and_records_itself(client, inbox):
    page = parse(client.get("/fr/news/"))
    (form,) = page.xpath("//footer//form[@class='subscribe']")
    assert form.xpath("string(.//select[@name='language']/option[@selected]/@value)") == "fr"
    subscribe(client, form="footer")
    run_sender()
    client.post(link_in(inbox.messages[0][1], "/confirm/"))
    assert Subscriber.objects.get().consent_form == "footer"


def test_an_expired_or_altered_link_gets_a_clear_page(client, inbox):
    subscribe(client)
    run_sender()
    confirm = link_in(inbox.messages[0][1], "/confirm/")
    with time_machine.travel(timezone.now() + timedelta(days=4)):
        expired = client.post(confirm)
    assert expired.status_code == 400 and "caducado" in expired.content.decode()
    altered = client.get(confirm.replace("/confirm/", "/confirm/x"))
    assert altered.status_code == 400
    assert client.get("/en/bulletins/unsubscribe/not-a-token/").status_code == 400
    assert not Subscriber.objects.exists()


def test_a_bad_address_is_explained(client):
    response = subscribe(client, address="not an address")
    assert response.status_code == 400
    assert parse(response).xpath("//main//*[@aria-invalid='true']/@name") == ["email"]


def test_attempts_are_limited(client, inbox, settings):
    settings.BULLETIN_SUBSCRIBE_LIMITS = {"per_address_per_day": 2, "per_client_per_hour": 5}
    for _ in range(4):
        assert subscribe(client, "same@example.org").status_code == 303
    run_sender()
    assert len(inbox.to("same@example.org")) == 2  # silently, so nobody learns anything
    assert subscribe(client, "other@example.org").status_code == 303
    assert subscribe(client, "another@example.org").status_code == 429


def test_unsubscribing_takes_effect_at_once(client, inbox):
    subscribe(client)
    run_sender()
    client.post(link_in(inbox.messages[0][1], "/confirm/"))
    from bulletins.tokens import unsubscribe_url

    url = unsubscribe_url(Subscriber.objects.get()).removeprefix("https://globalrec.example")
    assert client.get(url).status_code == 200
    assert Subscriber.objects.get().is_active  # a GET (a link preview) changes nothing
    client.post(url)
    assert not Subscriber.objects.get().is_active


def test_behind_the_proxy_each_visitor_has_their_own_limit(client, settings):
    settings.BULLETIN_SUBSCRIBE_LIMITS = {"per_address_per_day": 5, "per_client_per_hour": 1}
    settings.TRUSTED_PROXIES = ["127.0.0.1"]

    def from_visitor(address):
        return client.post(
            "/en/bulletins/subscribe/",
            {"email": "someone@example.org", "language": "en"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=f"203.0.113.9, {address}",  # the first hop is made up
        )

    assert from_visitor("198.51.100.1").status_code == 303
    assert from_visitor("198.51.100.2").status_code == 303
    assert from_visitor("198.51.100.1").status_code == 429
