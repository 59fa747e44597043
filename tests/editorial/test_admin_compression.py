"""Editors' pages travel compressed: a phone on a slow connection downloads the event form
as about a seventh of its size, on every visit and every failed save."""

import gzip

import pytest

pytestmark = pytest.mark.django_db


def test_the_event_form_is_sent_gzipped_to_browsers_that_accept_it(committee):
    response = committee.get("/admin/events/event/add/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    html = gzip.decompress(response.content)
    assert b'id="event_form"' in html
    assert len(response.content) * 4 < len(html)


def test_a_failed_save_comes_back_gzipped_too(committee):
    response = committee.post(
        "/admin/news/post/add/", {"title_en": ""}, HTTP_ACCEPT_ENCODING="gzip"
    )
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert b"errornote" in gzip.decompress(response.content)


def test_browsers_that_do_not_accept_gzip_get_plain_html(committee):
    response = committee.get("/admin/events/event/add/")
    assert not response.has_header("Content-Encoding")
    assert b'id="event_form"' in response.content


def test_a_visitors_page_is_left_to_the_page_cache(client):
    response = client.get("/en/news/", HTTP_ACCEPT_ENCODING="gzip")
    # The page cache stores each page compressed once (its own test says how); this
    # middleware does not compress the first answer again per request.
    assert response.get("X-Page-Cache") == "miss"
    assert not response.has_header("Content-Encoding")
