"""Counting attempts in the shared cache, so the limit holds across every server.

Written here because the form needs two limits of its own (per client, loudly; per address,
silently, so the answer never says whether an address is known), not a library's decorator.

While the shared cache is out (pagecache/redis_backend.py), attempts are counted in this
process's memory instead. Refusing every subscriber for as long as Redis is out would make
the outage visible to visitors, which is what the rest of the site avoids; counting nothing
would let anyone send an address any number of confirmation emails meanwhile. Counted per
process, the limits still hold, only multiplied by the number of processes, and only while
the outage lasts.
"""

import hashlib

from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache

from pagecache.redis_backend import shared_cache_up

COUNTS_DURING_OUTAGE = LocMemCache("bulletin-limits", {"OPTIONS": {"MAX_ENTRIES": 10_000}})


def within_limit(name: str, limit: int, seconds: int) -> bool:
    key = f"limit:{name}"
    if shared_cache_up():
        within = counted(cache, key, limit, seconds)
        if shared_cache_up():  # else it went out during the call, which counted nothing
            return within
    return counted(COUNTS_DURING_OUTAGE, key, limit, seconds)


def counted(counts, key: str, limit: int, seconds: int) -> bool:
    if counts.add(key, 1, seconds):
        return True
    try:
        return counts.incr(key) <= limit
    except ValueError:  # expired between the two calls
        counts.add(key, 1, seconds)
        return True


def address_key(email: str) -> str:
    return hashlib.sha256(email.encode()).hexdigest()[:32]  # no address kept in the cache
