"""Cached pages kept compressed too, and served compressed to every client that accepts it.

A page is compressed once, when it is stored, and then served as it is to thousands of
visitors: on a costly mobile connection a list page is a quarter of its size in Brotli.
Pages are only compressed here for anonymous visitors, who carry no cookie and are given no
token, so nothing secret sits beside what an attacker might inject (BREACH). Django's
GZipMiddleware compresses every response anew, editors' included, and knows no Brotli.
"""

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


def accepted_encodings(header: str) -> set[str]:
    """The codings an Accept-Encoding header allows ("br;q=1.0, gzip" -> {"br", "gzip"})."""
    accepted = set()
    for part in header.lower().split(","):
        name, _, parameters = part.strip().partition(";")
        quality = parameters.strip()
        if quality.startswith("q="):
            try:
                if float(quality[2:]) <= 0:
                    continue
            except ValueError:
                continue
        accepted.add(name.strip())
    return accepted


def preferred_encoding(header: str, available) -> str | None:
    if not header or not available:
        return None
    accepted = accepted_encodings(header)
    for name in PREFERENCE:
        if name in available and (name in accepted or "*" in accepted):
            return name
    return None


def variant_etag(etag: str, encoding: str) -> str:
    """Each coding is a different representation, so it gets an ETag of its own."""
    weak, quoted = ("W/", etag[2:]) if etag.startswith("W/") else ("", etag)
    return f'{weak}{quoted[:-1]}-{encoding}"'
