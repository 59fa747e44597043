"""The WSGI application gunicorn serves: Django's, behind the page cache's answer to the
pages this process holds in memory (pagecache/local_hits.py)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "iawp_site.settings")

django_application = get_wsgi_application()

# Imported once Django is set up: both read the settings and the URL patterns.
from pagecache.local_hits import LocalHits  # noqa: E402
from redirects.middleware import address_by_number  # noqa: E402

# An old WordPress address (`/?p=12`) goes on to Django, whose middleware redirects it before
# the page cache would drop its `?p=` and answer with the home page.
application = LocalHits(
    django_application, passes_by=lambda request: address_by_number(request) is not None
)
