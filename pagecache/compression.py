"""Cached pages kept compressed too, and served compressed to every client that accepts it.

A page is compressed once, when it is stored, and then served as it is to thousands of
visitors: on a costly mobile connection a list page is a quarter of its size in Brotli.
Pages are only compressed here for anonymous visitors, who carry no cookie and are given no
token, so nothing secret sits beside what an attacker might inject (BREACH). Django's
GZipMiddleware compresses every response anew, editors' included, and knows no Brotli.
"""

import functools
import gzip

import brotli

MIN_SIZE = 1024  # below this the headers outweigh what compression saves
TEXT_TYPES = ("text/", "application/rss+xml", "application/atom+xml", "application/xml",
              "application/json", "application/ld+json")  # fmt: skip
PREFERENCE = ("br", "gzip")


def compressed_variants(content: bytes, content_type: str) -> dict[str, bytes]:
    if len(content) < MIN_SIZE or not content_type.startswith(TEXT_TYPES):
        return {}
    variants = {
        "br": brotli.compress(content, mode=brotli.MODE_TEXT, quality=6),
        "gzip": gzip.compress(content, compresslevel=6, mtime=0),
    }
    return {name: body for name, body in variants.items() if len(body) < len(content)}


@functools.lru_cache(maxsize=256)  # browsers send a handful of distinct headers
def coding_qualities(header: str) -> dict[str, float]:
    """Each coding an Accept-Encoding header names, with its quality ("br;q=0.5, *" ->
    {"br": 0.5, "*": 1.0}); "x-gzip" is gzip. A coding named twice keeps its lower
    quality, and one with an unreadable quality counts as refused. Not to be changed: the
    same dictionary is given for the same header."""
    qualities: dict[str, float] = {}
    for part in header.lower().split(","):
        name, *parameters = (piece.strip() for piece in part.split(";"))
        if not name:
            continue
        quality = 1.0
        for parameter in parameters:
            key, _, value = parameter.partition("=")
            if key.strip() == "q":
                try:
                    quality = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    quality = 0.0
        name = "gzip" if name == "x-gzip" else name
        qualities[name] = min(quality, qualities.get(name, quality))
    return qualities


def preferred_encoding(header: str, available) -> str | None:
    """The coding to send, None for the page as it is (RFC 9110, 12.5.3): "q=0" refuses a
    coding, "*" stands for every coding the header does not name, and the page as it is
    ("identity") is always acceptable, but preferred only where the header names it with a
    higher quality. The client's higher quality wins; on equal ones, Brotli, then gzip, then
    the page as it is, which is the largest."""
    if not header or not available:
        return None
    qualities = coding_qualities(header)
    others = qualities.get("*", 0.0)
    identity = qualities.get("identity", 0.0)
    offered = [(qualities.get(name, others), name) for name in PREFERENCE if name in available]
    # max() keeps the first of equal ones: the order of PREFERENCE.
    quality, name = max(offered, key=lambda offer: offer[0], default=(0.0, None))
    return name if quality > 0 and quality >= identity else None


def variant_etag(etag: str, encoding: str) -> str:
    """Each coding is a different representation, so it gets an ETag of its own."""
    weak, quoted = ("W/", etag[2:]) if etag.startswith("W/") else ("", etag)
    return f'{weak}{quoted[:-1]}-{encoding}"'
