"""Counting attempts in the shared cache, so the limit holds across every server.

Written here because the form needs two limits of its own (per client, loudly; per address,
silently, so the answer never says whether an address is known), not a library's decorator.
"""

import hashlib

from django.core.cache import cache


def within_limit(name: str, limit: int, seconds: int) -> bool:
    key = f"limit:{name}"
    if cache.add(key, 1, seconds):
        return True
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between the two calls
        cache.add(key, 1, seconds)
        return True


def address_key(email: str) -> str:
    return hashlib.sha256(email.encode()).hexdigest()[:32]  # no address kept in the cache
