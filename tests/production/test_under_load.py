"""Under a bounded load (gunicorn as in production, wrk at 64 connections on a mix of pages)
nothing fails, not even while an editor saves; a database outage (as a restart makes it)
costs errors only while it lasts, and the site recovers without restarting gunicorn.

Runs with PostgreSQL and Redis (CI's second pass).
"""

import os
import re
import shutil
import subprocess
import threading
import time
import urllib.error
import urllib.request

import pytest

from tests.site_server import gunicorn, manage

from .shared_services import (
    database_outage,
    needs_postgresql_and_redis,
    production_environment,
)

pytestmark = needs_postgresql_and_redis
SECONDS = int(os.environ.get("LOAD_TEST_SECONDS", "60"))
CONNECTIONS = 64
# A mix of pages, each repeated as often as visitors ask for it; the search page with a
# changing query misses the page cache every time, so the database is always in use.
MIX = [
    "/en/", "/es/", "/en/news/", "/fr/news/?region=africa", "/en/events/", "/pt-br/events/",
    "/en/events/2011/11/", "/en/about/", "/en/news/feed/rss/", "/en/events/calendar.ics",
    "/es/bulletins/", "/en/search/?q=congress",
]  # fmt: skip
WRK_SCRIPT = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  if counter %% 10 == 0 then
    return wrk.format("GET", "/en/search/?q=waste+" .. counter)
  end
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
"""


@pytest.fixture(scope="module")
def site(shared_database, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("load")
    env = production_environment(shared_database, workdir, "load")
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    manage(env, "load_demo_content")
    with gunicorn(env, workers=4) as base_url:
        yield base_url, env, workdir


def wrk(base_url: str, workdir, seconds: int) -> dict:
    executable = shutil.which("wrk")
    if executable is None:
        pytest.fail("wrk is missing: `make test` installs it (Debian package)")
    script = workdir / "mix.lua"
    script.write_text(WRK_SCRIPT % ", ".join(f'"{path}"' for path in MIX))
    output = subprocess.run(
        [executable, "-t", "2", "-c", str(CONNECTIONS), "-d", f"{seconds}s", "--timeout", "10s",
         "-s", str(script), base_url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    socket_errors = sum(map(int, re.findall(r"(?:connect|read|write|timeout) (\d+)", output)))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    return {"requests": requests, "errors": socket_errors, "bad": int(bad.group(1)) if bad else 0}


EDITOR_SAVES = """
import time
from news.models import Post
post = Post.objects.order_by("pk").first()
deadline = time.monotonic() + {seconds}
count = 0
while time.monotonic() < deadline:
    count += 1
    post.title_en = f"An edited title, version {{count}}"
    post.save()
    time.sleep(0.25)
print(count)
"""


def test_a_minute_of_load_with_an_editor_saving_has_no_errors(site):
    base_url, env, workdir = site
    saves = {}

    def editor():
        output = manage(env, "shell", "-c", EDITOR_SAVES.format(seconds=SECONDS - 5))
        saves["count"] = int(output.strip().splitlines()[-1])

    thread = threading.Thread(target=editor)
    thread.start()
    result = wrk(base_url, workdir, SECONDS)
    thread.join()
    assert saves["count"] > 10  # the editor really saved all along
    assert result["requests"] > SECONDS * 20
    assert (result["errors"], result["bad"]) == (0, 0), result


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


def test_a_database_restart_costs_only_its_own_seconds(site):
    base_url, env, workdir = site
    answers = []  # (time, status) of a visitor asking for a page the database must make
    stop = threading.Event()

    def visitor():
        number = 0
        while not stop.is_set():
            number += 1
            answers.append(
                (time.monotonic(), status_of(f"{base_url}/en/search/?q=pickers+{number}"))
            )
            time.sleep(0.05)

    thread = threading.Thread(target=visitor)
    thread.start()
    load = threading.Thread(target=wrk, args=(base_url, workdir, 15))
    load.start()
    time.sleep(4)
    restart_began = time.monotonic()
    database_outage(env["DATABASE_URL"])
    restart_ended = time.monotonic()
    load.join()
    time.sleep(2)
    stop.set()
    thread.join()
    failures = [moment for moment, status in answers if status != 200]
    # Errors only while the server was down (and the requests in flight at that moment)...
    assert all(restart_began - 1 <= moment <= restart_ended + 2 for moment in failures), (
        restart_began, restart_ended, failures,
    )  # fmt: skip
    # ...then every page again, from the same gunicorn.
    after = [status for moment, status in answers if moment > restart_ended + 2]
    assert after and set(after) == {200}
    assert status_of(f"{base_url}/en/search/?q=recovered") == 200
