"""Lighthouse on three page types, each in another language, with the deployed site's settings.

Targets: accessibility, best practices and SEO 100; performance 95 or more (Lighthouse's
mobile emulation and simulated throttling). By hand, with a table: scripts/lighthouse.py.
"""

import json
import os
import subprocess

import pytest

from tests.site_server import ROOT

TARGETS = {"accessibility": 100, "best-practices": 100, "seo": 100, "performance": 95}


@pytest.fixture(scope="module")
def scores(request):
    # Checked before asking for the site, so a skip does not start gunicorn first.
    if not (ROOT / "node_modules" / "lighthouse").is_dir():
        if os.environ.get("CI"):
            pytest.fail("CI needs Lighthouse: run `npm install`.")
        pytest.skip("Lighthouse is not installed (npm install)")
    base_url, samples = request.getfixturevalue("site")
    urls = [
        f"{base_url}/en/",
        f"{base_url}/es/news/",
        f"{base_url}/fr/news/{samples['post']['slug']['fr']}/",
    ]
    run = subprocess.run(
        ["node", "scripts/lighthouse.mjs", *urls], cwd=ROOT, capture_output=True, text=True,
        timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_pages_meet_the_lighthouse_targets(scores):
    misses = {
        url: {
            "scores": {name: result[name] for name in TARGETS},
            "performance-runs": result["performance-runs"],
            "failing": result["failing"],
        }
        for url, result in scores.items()
        if any(result[name] < target for name, target in TARGETS.items())
    }
    assert not misses, json.dumps(misses, indent=2, ensure_ascii=False)
