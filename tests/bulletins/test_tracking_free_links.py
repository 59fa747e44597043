"""The bulletin carries tracking-free addresses only: the site's own links, and any address
an editor writes in its introduction, reach readers without utm_*, fbclid, mc_cid..."""

import re
from urllib.parse import parse_qsl, urlsplit

import lxml.html
import pytest

from bulletins.sending import request_sending
from content.links import is_tracking
from tests.factories import EventFactory, PostFactory

from .conftest import bulletin_with, part, run_sender, subscriber

pytestmark = pytest.mark.django_db
PASTED = "https://example.org/report?id=3&utm_source=newsletter&utm_medium=email&fbclid=IwAR0"


def tracking_in(address: str) -> list[str]:
    return [name for name, _value in parse_qsl(urlsplit(address).query) if is_tracking(name)]


@pytest.fixture
def bulletin():
    return bulletin_with(
        PostFactory(title_en="Sorting centre opens", slug_en="sorting-centre"),
        EventFactory(title_en="Regional assembly"),
        title_en="Bulletin of the month",
        introduction_en=f"Read the report ({PASTED}). Also https://example.org/?mc_cid=1&mc_eid=2.",
    )


def test_an_address_pasted_into_the_introduction_loses_its_tracking(bulletin):
    assert bulletin.introduction_en == (
        "Read the report (https://example.org/report?id=3). Also https://example.org/."
    )


def test_every_address_in_a_sent_bulletin_is_tracking_free(bulletin, inbox):
    subscriber("reader@example.org")
    request_sending(bulletin)
    run_sender()
    ((_recipients, message),) = inbox.messages
    html, text = part(message, "html"), part(message, "plain")
    hrefs = lxml.html.fromstring(html).xpath("//@href")
    written = re.findall(r"https?://\S+", text)
    assert any("/en/news/sorting-centre/" in href for href in hrefs)
    assert any("/en/news/sorting-centre/" in address for address in written)
    assert "https://example.org/report?id=3" in text
    addresses = hrefs + written + re.findall(r"https?://[^\s<\"]+", html)
    assert [address for address in addresses if tracking_in(address)] == []
    assert [address for address in addresses if "utm_" in address or "clid" in address] == []


def test_the_bulletins_page_is_tracking_free_too(bulletin, client):
    request_sending(bulletin)
    run_sender()
    page = client.get(bulletin.get_absolute_url("en") + "?utm_source=newsletter")
    assert page.status_code == 200
    assert b"utm_" not in page.content and b"fbclid" not in page.content
    assert "https://example.org/report?id=3" in page.content.decode()
