"""Each application process keeps the pages it served last in its own memory, and Redis
tells it the moment they go out of date.

Asking the shared cache for a page costs a round trip to Redis and Redis's own time on the
same cores: measured here, that was a third of what a cached page costs in all. So every
process also keeps pages locally, valid only while it holds a subscription to the channel on
which every change of the page version is announced (`announce_change`). Each request first
reads, without waiting, whatever the subscription has received: any announcement, a lost
connection or a reconnection empties the local pages, and the next request asks the shared
cache again. Redis pushes an announcement to every subscriber in the same turn of its event
loop in which it answers the publisher, so it has reached every server long before the
editor who saved sees the answer and anyone can ask for the page again. The process that
announces a change also empties its own pages at once, without waiting for the message.

Local pages are also dropped when the next scheduled change (an item going live, an event
starting) comes, exactly as the shared ones are. Written here because redis-py's own
client-side caching (RESP3 tracking) made a hit five times slower than asking Redis, and
tracks single keys, not a version that stands for every page.

While Redis is out (the circuit of pagecache/redis_backend.py is open) nothing is kept or
served here: no announcement could arrive, so these copies are emptied and the subscription
dropped until Redis answers again.

Only with Redis: the local-memory cache of development is in the process already.
"""

import logging
import os
import threading
import time
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache, caches
from redis import exceptions as redis_errors

from adapters.django_private import cache_client, redis_connection_pool
from pagecache.keys import VERSION_KEY
from pagecache.redis_backend import ResilientRedisCache, breaker_of, is_outage

# The page version every server shares, kept in the cache: page_cache.py bumps it, and each
# process's copies here are only as good as the version they were kept under.

logger = logging.getLogger(__name__)


class BoundedStore:
    """Least recently used entries dropped first, once their sizes pass `max_bytes`."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.entries: OrderedDict[str, tuple[object, int]] = OrderedDict()
        self.size = 0

    def get(self, key: str):
        entry = self.entries.get(key)
        if entry is None:
            return None
        self.entries.move_to_end(key)
        return entry[0]

    def put(self, key: str, value, size: int) -> None:
        if size > self.max_bytes:
            return
        old = self.entries.pop(key, None)
        if old is not None:
            self.size -= old[1]
        self.entries[key] = (value, size)
        self.size += size
        while self.size > self.max_bytes:
            _key, (_value, dropped) = self.entries.popitem(last=False)
            self.size -= dropped

    def clear(self) -> None:
        self.entries.clear()
        self.size = 0


def channel_name() -> str:
    # Channels are shared by every database of a Redis server: the key prefix and the
    # database number keep two sites (or two test runs) on one server apart.
    database = redis_pool().connection_kwargs.get("db", 0)
    return f"{cache.make_key('page-cache:changes')}:{database}"


def redis_pool():
    return redis_connection_pool(cache)


def announce_change(version: int | None) -> None:
    """Tells every process that pages made before `version` are out of date."""
    store = local_pages()
    if store is None:
        return
    store.forget()
    if version is not None:  # None: Redis is out, and nobody could hear it
        cache_client(cache).publish(channel_name(), str(version))


class Subscription:
    """A connection of its own, subscribed to the changes channel, read without waiting."""

    def __init__(self):
        pool = redis_pool()
        self.connection = pool.connection_class(**pool.connection_kwargs)
        try:
            self.connection.connect()
            self.connection.send_command("SUBSCRIBE", channel_name())
            # Only once Redis confirms is every later change sure to be announced here; a
            # Redis that accepts connections but is stuck must not hold the request long.
            timeout = pool.connection_kwargs.get("socket_timeout") or 5
            reply = self.connection.read_response(timeout=timeout, push_request=True)
            if not reply or reply[0] not in (b"subscribe", "subscribe"):
                raise ConnectionError(f"unexpected answer to SUBSCRIBE: {reply!r}")
        except Exception as error:
            self.close()
            if isinstance(error, redis_errors.RedisError) and is_outage(error):
                breaker_of(caches["default"]).trip(error)  # every cache call stops waiting
            raise

    def nothing_changed(self) -> bool:
        """True when nothing was announced since the last call; reads all that is waiting."""
        changed = False
        while self.connection.can_read(timeout=0):
            self.connection.read_response(push_request=True)
            changed = True
        return not changed

    def close(self) -> None:
        try:
            self.connection.disconnect()
        except Exception:  # closing a broken connection may fail too; it is gone either way
            pass


class LocalPages:
    """This process's pages, valid for one version until the next scheduled change."""

    def __init__(self, max_bytes: int):
        self.pages = BoundedStore(max_bytes)
        self.version: int | None = None
        self.next_change = 0.0
        self.subscription: Subscription | None = None
        self.next_attempt = 0.0
        self.next_check = 0.0
        self.breaker = breaker_of(caches["default"])
        # gunicorn may run several threads per process. Reentrant: a cache call made while
        # it is held may be the one that finds Redis back, and the bump that follows
        # (announce_change) empties these pages from the same thread.
        self.lock = threading.RLock()

    def forget(self) -> None:
        with self.lock:
            self.version = None
            self.pages.clear()

    def still_valid(self) -> bool:
        """Whether the local pages may be served: called at the start of every request."""
        if self.breaker.is_open:
            self.drop_subscription()
            self.version = None
            self.pages.clear()
            return False
        if self.subscription is None:
            # Without Redis every request would wait for a connection: try once a second.
            if time.monotonic() >= self.next_attempt:
                try:
                    self.subscription = Subscription()
                except Exception:
                    logger.warning("No subscription to page changes; asking the shared cache")
                    self.next_attempt = time.monotonic() + 1
            self.version = None
            self.pages.clear()
            return False
        try:
            unchanged = self.subscription.nothing_changed() and self.version_confirmed()
        except Exception:  # lost the connection: changes may have been missed
            logger.warning("The subscription to page changes was lost; subscribing again")
            unchanged = False
            self.drop_subscription()
        if not unchanged:
            self.version = None
            self.pages.clear()
            return False
        return self.version is not None and time.time() < self.next_change

    def version_confirmed(self) -> bool:
        """Once a second, the version is also read from Redis. A connection can die without
        either end noticing (a network cut, a failover): announcements would then stop
        coming, and this bounds how long old pages could be served to about a second."""
        if self.version is None or time.monotonic() < self.next_check:
            return True
        self.next_check = time.monotonic() + 1
        if cache.get(VERSION_KEY) == self.version:
            return True
        if self.breaker.is_open:
            return False  # Redis went out: still_valid empties everything next time
        logger.warning("The page version changed without an announcement; subscribing again")
        self.drop_subscription()
        return False

    def drop_subscription(self) -> None:
        if self.subscription is not None:
            self.subscription.close()
        self.subscription = None

    def current_version(self) -> int | None:
        """The page version, when this process knows it is still the current one."""
        with self.lock:
            return self.version if self.still_valid() else None

    def lookup(self, key: str):
        with self.lock:
            if not self.still_valid():
                return None
            return self.pages.get(key)

    def adopt(self, version: int, next_change: float) -> None:
        """The version (and next scheduled change) just read from the shared cache."""
        with self.lock:
            if self.subscription is None:
                return
            if version != self.version:
                self.pages.clear()
            self.version, self.next_change = version, next_change

    def keep(self, key: str, stored: dict) -> None:
        with self.lock:
            if self.subscription is not None and stored["version"] == self.version:
                size = len(stored["content"]) + sum(map(len, stored.get("encoded", {}).values()))
                self.pages.put(key, stored, size + 1024)


class LockedStore(BoundedStore):
    """A BoundedStore that several threads of one process may share."""

    def __init__(self, max_bytes: int):
        super().__init__(max_bytes)
        self.lock = threading.Lock()

    def get(self, key: str):
        with self.lock:
            return super().get(key)

    def put(self, key: str, value, size: int) -> None:
        with self.lock:
            super().put(key, value, size)

    def clear(self) -> None:
        with self.lock:
            super().clear()


_stores: dict[tuple[int, str], object] = {}  # by process: a forked worker starts afresh


def this_process(name: str, make):
    key = (os.getpid(), name)
    store = _stores.get(key)
    if store is None:
        store = _stores[key] = make(settings.LOCAL_CACHE_BYTES)
    return store


def local_enabled() -> bool:
    return bool(settings.LOCAL_CACHE_BYTES) and isinstance(caches["default"], ResilientRedisCache)


def local_pages() -> LocalPages | None:
    """This process's whole pages, or None without Redis (or when turned off)."""
    return this_process("pages", LocalPages) if local_enabled() else None


def local_pieces() -> LockedStore | None:
    """This process's page pieces (see pagecache/pieces.py), or None like local_pages,
    and while Redis is out."""
    if not local_enabled():
        return None
    store = this_process("pieces", LockedStore)
    if breaker_of(caches["default"]).is_open:
        store.clear()
        return None
    return store


def forget_everything() -> None:
    """Empties this process's stores (tests, which empty the shared cache between them)."""
    for store in _stores.values():
        if isinstance(store, LocalPages) and store.subscription is not None:
            store.subscription.close()
    _stores.clear()
