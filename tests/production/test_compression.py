"""Which coding a cached page goes out in, as Accept-Encoding asks (RFC 9110, 12.5.3): a
coding with q=0 is refused, "*" stands for the codings the header does not name, the
client's higher quality wins and, on equal ones, the smaller coding."""

import brotli
import pytest

from pagecache.compression import preferred_encoding
from tests.factories import PostFactory

BOTH = {"br": b"", "gzip": b""}


@pytest.mark.parametrize(
    ("header", "available", "chosen"),
    [
        ("gzip, deflate, br, zstd", BOTH, "br"),
        ("gzip", BOTH, "gzip"),
        ("x-gzip", BOTH, "gzip"),
        ("br;q=0, *", BOTH, "gzip"),  # refused by name, not let in again by the star
        ("*", BOTH, "br"),
        ("*;q=0", BOTH, None),
        ("gzip;q=0, *;q=0.5", BOTH, "br"),
        ("br;q=0.5, gzip", BOTH, "gzip"),  # the client prefers gzip
        ("br;q=0.8, gzip;q=0.8", BOTH, "br"),  # equal: the smaller one
        ("BR;Q=1", BOTH, "br"),
        ("br;q=0, gzip;q=0", BOTH, None),
        ("gzip;q=0.5, identity", BOTH, None),  # the page as it is, named and preferred
        ("gzip, identity;q=0.5", BOTH, "gzip"),
        ("br;q=nonsense, gzip;q=0.1", BOTH, "gzip"),  # an unreadable quality refuses
        ("br;q=0.000", BOTH, None),
        ("identity", BOTH, None),
        ("deflate", BOTH, None),
        ("", BOTH, None),
        ("br", {"gzip": b""}, None),  # a page too small to gain from Brotli
        ("br, gzip;q=0.1", {"gzip": b""}, "gzip"),
    ],
)
def test_the_coding_chosen_for_an_accept_encoding_header(header, available, chosen):
    assert preferred_encoding(header, available) == chosen


@pytest.mark.django_db
def test_a_client_refusing_brotli_gets_gzip_even_when_it_accepts_any_coding(client):
    PostFactory(title_en="Negotiated")
    plain = client.get("/en/news/")
    served = client.get("/en/news/", HTTP_ACCEPT_ENCODING="br;q=0, *")
    assert served["X-Page-Cache"] == "hit" and served["Content-Encoding"] == "gzip"
    brotli_served = client.get("/en/news/", HTTP_ACCEPT_ENCODING="*")
    assert brotli_served["Content-Encoding"] == "br"
    assert brotli.decompress(brotli_served.content) == plain.content
