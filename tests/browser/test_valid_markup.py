"""Every public page is valid HTML for the Nu HTML Checker (vnu, the checker behind
validator.w3.org/nu), on one page of every kind in every language: the pages are saved to a
folder and checked together by one Java process, since starting the JVM per page is slow."""

import json
import os
import shutil
import subprocess
import urllib.request

import pytest

from tests.site_server import ROOT

from .conftest import LANGUAGES, public_pages

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def checker() -> list[str]:
    java = shutil.which("java")
    if java is None or not VNU.exists():
        if os.environ.get("CI"):
            pytest.fail("CI needs Java and vnu-jar: run `make test` (it installs both).")
        pytest.skip("Java (Debian's default-jre-headless) or npm's vnu-jar is missing")
    return [java, "-Xss4m", "-jar", str(VNU)]


def fetch(url: str) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read()
    except urllib.error.HTTPError as error:  # the 404 page is checked too
        return error.read()


def test_every_page_kind_in_every_language_has_no_markup_errors(base_url, samples, tmp_path):
    command = checker()
    files = {}
    for kind, template in public_pages(samples).items():
        for language in LANGUAGES:
            path = template.format(lang=language)
            name = f"{kind}-{language}.html"
            (tmp_path / name).write_bytes(fetch(base_url + path))
            files[name] = path
    result = subprocess.run(
        [*command, "--errors-only", "--format", "json", "--exit-zero-always", str(tmp_path)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    messages = json.loads(result.stderr or result.stdout)["messages"]
    checked = {message["url"].rsplit("/", 1)[-1] for message in messages}
    assert checked <= set(files)
    errors = [
        f"{files[message['url'].rsplit('/', 1)[-1]]} line {message.get('lastLine')}: "
        f"{message['message']}"
        for message in messages
        if message["type"] == "error" or message.get("subType") == "fatal"
    ]
    assert errors == [], "\n".join(errors)
