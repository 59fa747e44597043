"""Django's Redis cache backend, keeping one client per connection pool, and treating Redis
as a cache, never as a dependency.

Django's backend makes a new `redis.Redis` for every cache call, and each one rebuilds its
table of some 170 reply handlers: measured here, that was half the time of serving a cached
page. A client is safe to share between threads (its pool hands out connections), so one
per pool is kept and reused.

With Redis down for 18 seconds under load, every page failed (cached ones too) and editors
could not save, since the page version's bump raised. So every cache call goes through a
circuit breaker, one per Redis and process. The first call to find Redis out (refused,
timed out after the short socket timeouts of settings.CACHES, still loading, or refusing
writes) opens it for `retry_after` seconds (OPTIONS, default 5): calls then return at once
what a cache holding nothing would (reads find nothing, writes keep nothing, `incr` finds
no key), so pages are made and served uncached and nobody waits on a timeout. After that
one call sends a PING. When Redis answers, the hooks given to `on_recovery` run before any
other call is let through: the page cache bumps its version there, since Redis still holds
the version and the pages of before the outage, and an edit made meanwhile, on this server
or another, could not bump it. A warning is logged once when an outage begins and once
when it ends.
"""

import atexit
import logging
import os
import threading
import time
from urllib.parse import urlsplit

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis import exceptions as redis_errors

from adapters.django_private import cache_client

logger = logging.getLogger(__name__)


def is_outage(error: redis_errors.RedisError) -> bool:
    """Redis unreachable, too slow or still loading, or refusing the writes it cannot keep:
    a cache that cannot take a version bump cannot be trusted with pages either."""
    if isinstance(
        error,
        redis_errors.ConnectionError  # refused, reset, loading, too many clients
        | redis_errors.TimeoutError
        | redis_errors.ReadOnlyError  # a replica after a failover
        | redis_errors.OutOfMemoryError,  # full, with an eviction policy that evicts nothing
    ):
        return True
    # Writes refused because the last snapshot could not be saved: no class of its own.
    return isinstance(error, redis_errors.ResponseError) and str(error).startswith("MISCONF")


def display_name(location: str) -> str:
    """host:port/db of a Redis address, for the log: never the password it may carry."""
    parts = urlsplit(location)
    if not parts.hostname:  # a Unix socket
        return parts.path
    return f"{parts.hostname}:{parts.port or 6379}{parts.path}"


class CircuitBreaker:
    """Whether one Redis is taken to be out, shared by every thread of a process."""

    def __init__(self, name: str, retry_after: float):
        self.name, self.retry_after = name, retry_after
        self.is_open = False
        self.retry_at = 0.0
        self.opened_at = 0.0
        self.state_lock = threading.Lock()
        self.probe_lock = threading.Lock()
        self.probe = threading.local()  # the thread sending the PING, and its hooks' calls

    def trip(self, error: Exception) -> None:
        with self.state_lock:
            self.retry_at = time.monotonic() + self.retry_after
            if getattr(self.probe, "active", False):
                self.probe.failed = True
            if self.is_open:
                return
            self.is_open, self.opened_at = True, time.monotonic()
        logger.warning(
            "The cache at %s does not answer (%s): pages are served uncached, Redis is "
            "tried again every %g s",
            self.name, error, self.retry_after,
        )  # fmt: skip

    def recovered(self, ping) -> bool:
        """Asked when open: whether this call may go to Redis. True once Redis answered a
        PING and every recovery hook ran; at most one thread tries at a time, and only once
        `retry_after` has passed, so the others go on at once without Redis."""
        if getattr(self.probe, "active", False):
            return True  # a call of the hooks themselves
        if time.monotonic() < self.retry_at or not self.probe_lock.acquire(blocking=False):
            return False
        self.probe.active, self.probe.failed = True, False
        try:
            self.retry_at = time.monotonic() + self.retry_after
            try:
                ping()
            except redis_errors.RedisError as error:
                if not is_outage(error):
                    raise
                return False
            try:
                run_recovery_hooks(self)
            except Exception:  # stays open, and the hooks are run again at the next try
                logger.exception("The cache at %s answers, but its recovery failed", self.name)
                return False
            if self.probe.failed:
                return False
            self.is_open = False
        finally:
            self.probe.active = False
            self.probe_lock.release()
        logger.warning(
            "The cache at %s answers again, after %.1f s out",
            self.name, time.monotonic() - self.opened_at,
        )  # fmt: skip
        return True


_breakers: dict[tuple, CircuitBreaker] = {}  # by process: a forked worker starts afresh
_recovery_hooks: dict[str, list] = {}  # by cache alias


def breaker_for(servers: list[str], retry_after: float) -> CircuitBreaker:
    key = (os.getpid(), tuple(servers))
    breaker = _breakers.get(key)
    if breaker is None:
        breaker = _breakers.setdefault(key, CircuitBreaker(display_name(servers[0]), retry_after))
    return breaker


def on_recovery(hook, alias: str = "default") -> None:
    """Runs `hook()` whenever the cache `alias` answers again after an outage, before any
    other call reaches it."""
    hooks = _recovery_hooks.setdefault(alias, [])
    if hook not in hooks:
        hooks.append(hook)


def run_recovery_hooks(breaker: CircuitBreaker) -> None:
    for alias, hooks in _recovery_hooks.items():
        if breaker_of(caches[alias]) is breaker:
            for hook in hooks:
                hook()


def breaker_of(backend) -> CircuitBreaker | None:
    return cache_client(backend).breaker if isinstance(backend, ResilientRedisCache) else None


def shared_cache_up(alias: str = "default") -> bool:
    """False while the cache `alias` is taken to be out; always True for a cache that is not
    Redis. Tries Redis again when it is time to."""
    backend = caches[alias]
    return not isinstance(backend, ResilientRedisCache) or cache_client(backend).available()


class ResilientRedisCacheClient(RedisCacheClient):
    def __init__(self, servers, *, retry_after: float = 5.0, **options):
        super().__init__(servers, **options)
        self._clients = {}
        self.breaker = breaker_for(servers, float(retry_after))

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client

    def available(self) -> bool:
        return not self.breaker.is_open or self.breaker.recovered(self.ping)

    def ping(self) -> None:
        self.get_client(write=True).ping()

    def attempt(self, call, degraded, *args):
        """`call(*args)`, or `degraded` while Redis is out (noticing it, if need be)."""
        if self.breaker.is_open and not self.available():
            return degraded
        try:
            return call(*args)
        except redis_errors.RedisError as error:
            if not is_outage(error):
                raise
            self.breaker.trip(error)
            return degraded

    def add(self, key, value, timeout):
        return self.attempt(super().add, False, key, value, timeout)

    def get(self, key, default):
        return self.attempt(super().get, default, key, default)

    def set(self, key, value, timeout):
        self.attempt(super().set, None, key, value, timeout)

    def touch(self, key, timeout):
        return self.attempt(super().touch, False, key, timeout)

    def delete(self, key):
        return self.attempt(super().delete, False, key)

    def get_many(self, keys):
        return self.attempt(super().get_many, {}, keys)

    def has_key(self, key):
        return self.attempt(super().has_key, False, key)

    def incr(self, key, delta):
        value = self.attempt(super().incr, None, key, delta)
        if value is None:  # as for a key that is not there, which callers handle already
            raise ValueError(f"Key {key!r} not found: the cache does not answer.")
        return value

    def set_many(self, data, timeout):
        self.attempt(super().set_many, None, data, timeout)

    def delete_many(self, keys):
        self.attempt(super().delete_many, None, keys)

    def clear(self):
        return self.attempt(super().clear, False)

    def publish(self, channel: str, message: str) -> None:
        self.attempt(lambda: self.get_client(write=True).publish(channel, message), None)


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ResilientRedisCacheClient


@atexit.register
def settle_before_exit() -> None:
    """A process that saw an outage may have changed content during it (a command run while
    Redis was out): before it ends, it tries Redis once more, to bump what it owes."""
    if not any(pid == os.getpid() and one.is_open for (pid, _), one in _breakers.items()):
        return
    for alias in caches:
        breaker = breaker_of(caches[alias])
        if breaker is None or not breaker.is_open:
            continue
        breaker.retry_at = 0.0
        if not shared_cache_up(alias):
            logger.warning(
                "The cache at %s was still out when this process ended: unless an application "
                "server noticed the outage too, pages made before a change made meanwhile may "
                "be served until they expire (PAGE_CACHE_MAX_SECONDS) or the next change",
                breaker.name,
            )
