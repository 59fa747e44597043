"""Lighthouse scores for the home page, the news list and a news item, by hand.

    .venv/bin/python scripts/lighthouse.py

Starts the site as deployed (tests/site_server.py: gunicorn, DEBUG off, demo content), runs
scripts/lighthouse.mjs on three pages, prints a table and the failing audits, and exits 1 if a
page misses a target: accessibility, best practices and SEO 100, performance 95 or more.
Needs `npm install` first (Lighthouse) and Debian's chromium.
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for tests.site_server when run as a script

from tests.site_server import running_site  # noqa: E402

TARGETS = {"accessibility": 100, "best-practices": 100, "seo": 100, "performance": 95}


def pages(samples) -> list[str]:
    return ["/en/", "/en/news/", f"/en/news/{samples['post']['slug']['en']}/"]


def main() -> int:
    with tempfile.TemporaryDirectory() as workdir, running_site(Path(workdir)) as (base, samples):
        urls = [base + path for path in pages(samples)]
        run = subprocess.run(
            ["node", "scripts/lighthouse.mjs", *urls], cwd=ROOT, check=True,
            capture_output=True, text=True, timeout=600,
        )  # fmt: skip
    results = json.loads(run.stdout)
    print(f"{'page':<60}" + "".join(f"{name:>16}" for name in TARGETS))
    missed = False
    for url, result in results.items():
        row = "".join(f"{result[name]:>16}" for name in TARGETS)
        print(f"{url.removeprefix(base):<60}{row}")
        missed |= any(result[name] < target for name, target in TARGETS.items())
        for audit in result["failing"]:
            print(f"    {audit['id']}: {audit['title']}")
            for item in audit.get("details", []):
                print(f"        {json.dumps(item, ensure_ascii=False)}")
    print("targets:", ", ".join(f"{n} >= {t}" for n, t in TARGETS.items()))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
