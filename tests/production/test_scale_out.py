"""Two application servers sharing one PostgreSQL, one Redis and one media folder: what is
saved through one is what the other serves on the very next request.

Runs where the suite runs on PostgreSQL and Redis (CI's second pass: scripts/start-services.sh).
"""

import http.cookiejar
import re
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import lxml.html
import pytest

from pages.demo.images import poster
from tests.admin_forms import form_data
from tests.site_server import gunicorn

from .shared_services import needs_postgresql_and_redis, prepare_site, production_environment

pytestmark = needs_postgresql_and_redis
PASSWORD = "scale-out-password-42"


@pytest.fixture(scope="module")
def two_servers(shared_database, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("scale")
    env = prepare_site(
        production_environment(shared_database, workdir, "scale"), CREATE_POST, password=PASSWORD
    )
    with gunicorn(env) as first, gunicorn(env) as second:
        yield [first, second]


CREATE_POST = """
from news.models import Post
Post.objects.create(title_en="Shared title", original_language="en", status="published")
"""


class Browser:
    """Just enough of a browser for Django's admin: cookies, CSRF, forms, uploads."""

    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def get(self, path: str):
        with self.opener.open(self.base + path, timeout=20) as response:
            return response.status, response.read()

    def post(self, path: str, fields: dict, files: dict | None = None):
        boundary = uuid.uuid4().hex
        body = b""
        for name, value in fields.items():
            body += (f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                     f"{value}\r\n").encode()  # fmt: skip
        for name, (filename, content) in (files or {}).items():
            disposition = f'form-data; name="{name}"; filename="{filename}"'
            body += (f"--{boundary}\r\nContent-Disposition: {disposition}\r\n"
                     "Content-Type: image/jpeg\r\n\r\n").encode()  # fmt: skip
            body += content + b"\r\n"
        body += f"--{boundary}--\r\n".encode()
        request = urllib.request.Request(self.base + path, data=body, method="POST")
        request.add_header("Content-Type", f"multipart/form-data; boundary={boundary}")
        request.add_header("Referer", self.base + path)
        with self.opener.open(request, timeout=20) as response:
            return response.status, response.read()

    def log_in(self):
        _status, page = self.get("/admin/login/")
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1).decode()
        self.post("/admin/login/?next=/admin/", {
            "csrfmiddlewaretoken": token, "username": "chair", "password": PASSWORD,
        })  # fmt: skip


def heading(page: bytes) -> str:
    return lxml.html.fromstring(page.decode()).xpath("string(//h1)")


def test_an_edit_and_an_upload_through_one_server_are_served_by_the_other(two_servers):
    first, second = (Browser(url) for url in two_servers)
    path = "/en/news/shared-title/"
    # Enough visits for every worker of the second server to keep the page in its memory.
    for _ in range(12):
        assert heading(second.get(path)[1]) == "Shared title"

    first.log_in()
    _status, listing = first.get("/admin/news/post/")
    change_path = re.search(rb'href="(/admin/news/post/\d+/change/)"', listing).group(1).decode()
    _status, form_page = first.get(change_path)

    class Page:
        content = form_page

    fields = {**form_data(Page, "post_form"), "title_en": "Edited on the first server",
              "image_alt_en": "A green and yellow poster"}  # fmt: skip
    status, _body = first.post(change_path, fields, {"image": ("poster.jpg", poster("congress"))})
    assert status == 200  # followed the redirect back to the list

    page = second.get(path)[1]
    assert heading(page) == "Edited on the first server"
    # Whichever of its workers answers, none serves the page it kept from before the edit.
    for _ in range(12):
        assert heading(second.get(path)[1]) == "Edited on the first server"
    image_url = lxml.html.fromstring(page.decode()).xpath('//img[@class="item-image"]/@src')[0]
    status, image = second.get(urllib.parse.urlsplit(image_url).path)
    assert status == 200 and image[:3] == b"\xff\xd8\xff"  # the JPEG the first server stored
    assert Path(image_url).suffix == ".jpg"
