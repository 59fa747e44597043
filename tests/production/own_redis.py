"""A Redis of one test's own, on a free port, to hang, stop and start again at will: the
shared one (scripts/start-services.sh) serves every other test and is never touched."""

import shutil
import signal
import subprocess
import time
from contextlib import contextmanager

import pytest
import redis

from tests.site_server import free_port

needs_redis_server = pytest.mark.skipif(
    shutil.which("redis-server") is None,
    reason="needs redis-server (Debian package; CI installs it before its second pass)",
)


class OwnRedis:
    """redis-server on loopback, keeping its data in `workdir` across a stop and a start,
    as a Redis with persistence does: what it held before an outage, it holds after."""

    def __init__(self, workdir):
        self.workdir, self.port = workdir, free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [shutil.which("redis-server"), "--bind", "127.0.0.1", "--port", str(self.port),
             "--save", "", "--appendonly", "no", "--dir", str(self.workdir)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while True:
            try:
                self.client().ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.05)

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url, socket_timeout=2)

    def hang(self) -> None:
        """Stopped, not gone: connections are still accepted, and nothing is answered."""
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        self.process.send_signal(signal.SIGCONT)

    def stop(self) -> None:
        """Gone: its data saved first, connections refused until start()."""
        try:
            self.client().shutdown(save=True)
        except redis.ConnectionError:  # it closes the connection as it goes
            pass
        self.process.wait(timeout=10)

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.resume()
            self.process.kill()
            self.process.wait(timeout=10)


@contextmanager
def own_redis(workdir):
    """Yield an OwnRedis that is running, and stop it for good afterwards."""
    server = OwnRedis(workdir)
    try:
        server.start()
        yield server
    finally:
        server.close()
