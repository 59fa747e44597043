"""Friendly error pages in the visitor's language; the 500 page needs no database."""

import pytest
from django.db import OperationalError
from django.test import Client
from django.urls import path

from iawp_site.urls import urlpatterns as site_urlpatterns
from tests.reading import parse


def broken_view(request):
    raise RuntimeError("a fault")


urlpatterns = [path("<str:language>/broken/", broken_view), *site_urlpatterns]


@pytest.mark.parametrize(
    ("language", "heading"),
    [("en", "Something went wrong"), ("es", "Algo salió mal"), ("fr", "Un problème est survenu"),
     ("pt-br", "Algo deu errado")],
)  # fmt: skip
def test_the_500_page_is_friendly_translated_and_needs_no_database(settings, language, heading):
    # No django_db mark: any database query here would itself fail the test.
    settings.ROOT_URLCONF = __name__
    settings.PAGE_CACHE_ENABLED = False
    client = Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE=language)
    response = client.get(f"/{language}/broken/")
    assert response.status_code == 500
    tree = parse(response)
    assert tree.xpath("string(//h1)") == heading
    assert "RuntimeError" not in response.content.decode()


def database_out_of_reach(*args):
    raise OperationalError("connection refused")


@pytest.mark.parametrize(
    ("language", "heading"),
    [("en", "Page not found"), ("es", "Página no encontrada"), ("fr", "Page introuvable"),
     ("pt-br", "Página não encontrada")],
)  # fmt: skip
def test_the_404_page_is_translated_and_needs_no_database(settings, monkeypatch, language, heading):
    # No django_db mark, as above: the page must render with the database out of reach.
    settings.PAGE_CACHE_ENABLED = False
    # An address no view answers may be an old one (redirects/); the database being out of
    # reach, as a real outage would say it, the 404 is answered all the same.
    monkeypatch.setattr("redirects.middleware.reuse_piece", database_out_of_reach)
    response = Client().get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    assert parse(response).xpath("string(//h1)") == heading
