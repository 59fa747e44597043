"""Subscribing, attacked: old confirmation links replayed after unsubscribing, one address
spelt many ways to slip past its limit, addresses that cannot be on the internet, and
inputs too long to be addresses at all."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from bulletins.forms import SubscribeForm
from bulletins.models import Subscriber
from bulletins.tokens import unsubscribe_url
from tests.reading import parse

from .conftest import link_in, run_sender

pytestmark = pytest.mark.django_db


def subscribe(client, address="reader@example.org", regions=(), page_language="en"):
    return client.post(
        f"/{page_language}/bulletins/subscribe/",
        {"email": address, "language": page_language, "regions": list(regions), "form": "page"},
    )


def address_error(response) -> str:
    return parse(response).xpath("string(//main//p[@id='page-email-error'])")


def confirmation_link(client, inbox, address="reader@example.org", **choices) -> str:
    assert subscribe(client, address, **choices).status_code == 303
    run_sender()
    return link_in(inbox.to(address)[-1], "/confirm/")


def unsubscribe(client):
    url = unsubscribe_url(Subscriber.objects.get()).removeprefix("https://globalrec.example")
    client.post(url)
    assert not Subscriber.objects.get().is_active


# --- an old confirmation link after unsubscribing ------------------------------------------


def test_a_confirmation_link_older_than_the_unsubscribing_does_not_subscribe_again(client, inbox):
    first = confirmation_link(client, inbox)
    spare = confirmation_link(client, inbox)  # asked twice; both links still valid
    client.post(first)
    unsubscribe(client)

    shown = client.get(spare)
    assert shown.status_code == 400
    assert not parse(shown).xpath("//main//form//button")  # nothing to press
    replayed = client.post(spare)
    assert replayed.status_code == 400
    page = parse(replayed)
    assert page.xpath("//main//a[@href='/en/bulletins/subscribe/']")  # subscribe again
    assert "no longer valid: you unsubscribed" in page.xpath("string(//main)")
    assert not Subscriber.objects.get().is_active


def test_a_link_asked_for_after_unsubscribing_subscribes_again(client, inbox):
    client.post(confirmation_link(client, inbox))
    unsubscribe(client)
    with time_machine.travel(timezone.now() + timedelta(minutes=1)):
        again = confirmation_link(client, inbox)
        assert client.post(again).status_code == 200
    assert Subscriber.objects.get().is_active


def test_an_older_link_does_not_undo_a_newer_choice(client, inbox):
    old = confirmation_link(client, inbox, regions=["africa"])
    with time_machine.travel(timezone.now() + timedelta(minutes=1)):
        client.post(confirmation_link(client, inbox, regions=["europe"]))
        client.post(old)
    assert Subscriber.objects.get().regions == ["europe"]


# --- one address, many spellings, one limit -------------------------------------------------


def test_spellings_of_one_address_share_its_limit(client, inbox, settings):
    settings.BULLETIN_SUBSCRIBE_LIMITS = {"per_address_per_day": 1, "per_client_per_hour": 50}
    spellings = [
        "same@example.org",
        "Same@EXAMPLE.org",
        " same@Example.Org ",
        "same+bulletin@example.org",
        "SAME+x@example.org",
    ]
    for address in spellings:
        assert subscribe(client, address).status_code == 303
    run_sender()
    assert len(inbox.messages) == 1


def test_an_international_domain_is_one_address_in_either_form(client, inbox, settings):
    settings.BULLETIN_SUBSCRIBE_LIMITS = {"per_address_per_day": 1, "per_client_per_hour": 50}
    for address in ("reader@bücher.org", "reader@BÜCHER.org", "reader@xn--bcher-kva.org"):
        assert subscribe(client, address).status_code == 303
    run_sender()
    assert inbox.recipients() == ["reader@xn--bcher-kva.org"]


def test_the_limit_identity_is_canonical():
    from bulletins.forms import address_for_limits

    assert address_for_limits("Same+Tag@example.org") == address_for_limits("same@example.org")
    assert address_for_limits("a.b@example.org") != address_for_limits("ab@example.org")


def test_a_quoted_address_is_refused_with_a_clear_message(client, inbox):
    for address in ('"same"@example.org', '"same.person"@example.org'):
        response = subscribe(client, address)
        assert response.status_code == 400
        assert parse(response).xpath("//main//*[@aria-invalid='true']/@name") == ["email"]
        assert "quotation marks" in address_error(response)
    run_sender()
    assert inbox.messages == []


# --- addresses that cannot be on the internet -----------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "root@localhost",
        "root@[127.0.0.1]",
        "root@[::1]",
        "someone@printer.local",
        "someone@site.localhost",
        "someone@example.test",
        "someone@nowhere.invalid",
        "someone@globalrec.example",
        "someone@hidden.onion",
        "someone@router.home.arpa",
        "someone@server.internal",
    ],
)
def test_an_address_off_the_internet_is_refused_and_never_queued(client, inbox, address):
    response = subscribe(client, address)
    assert response.status_code == 400
    assert "internet domain" in address_error(response)
    run_sender()
    assert inbox.messages == []


def test_documentation_domains_still_work():
    for address in ("reader@example.org", "reader@example.com", "reader@sub.example.net"):
        form = SubscribeForm({"email": address, "language": "en"})
        assert form.is_valid(), form.errors


# --- inputs too long to be addresses --------------------------------------------------------


def test_an_over_long_address_is_refused_and_not_echoed(client, inbox):
    address = "a" * 300 + "@example.org"
    response = subscribe(client, address)
    assert response.status_code == 400
    page = parse(response)
    (field,) = page.xpath("//main//input[@name='email']")
    assert field.get("value") == ""
    assert "a" * 300 not in response.content.decode()
    assert "254" in address_error(response)
    run_sender()
    assert inbox.messages == []


def test_a_one_megabyte_address_is_cut_before_the_form_reads_it(client, inbox):
    response = subscribe(client, "a" * 1_000_000 + "@example.org")
    assert response.status_code == 413
    assert len(response.content) < 50_000
    assert parse(response).xpath("//main//*[@role='alert']")
    run_sender()
    assert inbox.messages == []


def test_a_short_invalid_address_is_still_shown_for_correcting(client):
    response = subscribe(client, "reader@example")
    assert response.status_code == 400
    (field,) = parse(response).xpath("//main//input[@name='email']")
    assert field.get("value") == "reader@example"
