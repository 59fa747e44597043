"""Settings for the IAWP news and events site.

One module for every environment: values come from environment variables, with defaults that
are safe for a developer's machine. With DEBUG off, a missing secret or host list stops the
site at start-up instead of running with a guessable key.
"""

import os
from email.utils import getaddresses
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [])
if DEBUG:
    SECRET_KEY = SECRET_KEY or "development-only-key-never-used-in-production"
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]", "testserver"]
else:
    if not SECRET_KEY:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off.")
# Django matches ALLOWED_HOSTS against the host without its port (an entry matches every
# port), so an entry with a port would match no request at all.
if with_port := [host for host in ALLOWED_HOSTS if ":" in host.rsplit("]", 1)[-1]]:
    raise ImproperlyConfigured(f"ALLOWED_HOSTS entries take no port (any matches): {with_port}")

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it must come before django.contrib.admin.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_countries",
    "django_prose_editor",
    "reversion",
    "reversion_compare",
    # The project's own apps, each depending only on those above it (README, "Layout").
    "pagecache",
    "content",
    "editorial",
    "news",
    "events",
    # After the kinds that name them, so lists of kinds read news, events, then these.
    "directory",
    "documents",
    "bulletins",
    "pages",
    "redirects",
    "wordpress",
    "iawp_site",
    "post_office",
    "csp",
    "axes",
]

MIDDLEWARE = [
    # Load balancers ask /healthz before anything else runs, with any Host header.
    "iawp_site.health.HealthCheckMiddleware",
    # The old site's addresses (redirects/middleware.py): before the page cache drops the
    # `?p=` of WordPress's links, and answered from pieces as fast as a cached page.
    "redirects.middleware.OldAddressMiddleware",
    # Next, so a cached page costs almost nothing: it is stored with the headers the
    # middleware below added. It skips anyone with a session (editors) and static files.
    "pagecache.middleware.PageCacheMiddleware",
    # The admin and previews, compressed (editorial/compression.py says why only those).
    "editorial.compression.EditorPagesGZipMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "iawp_site.csp_policy.OnceBuiltCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The admin in the editor's own time zone (editorial/editor_time.py); needs the user.
    "editorial.editor_time.EditorTimeZoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last: it needs the authenticated user and turns lock-outs into a page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "iawp_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "iawp_site.context_processors.site_links",
            ],
        },
    },
]

WSGI_APPLICATION = "iawp_site.wsgi.application"

# SQLite next to the code unless DATABASE_URL names another database, for example
# postgres://iawp:secret@127.0.0.1:5432/iawp in production.
DATABASES = {
    "default": dj_database_url.config(
        default="sqlite:///" + os.environ.get("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer work at once; the busy timeout waits out a writer
    # instead of failing ("database is locked") when gunicorn runs several workers.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT compiling: the site's queries are short, and a list mixing five kinds joins
    # five tables, whose estimated cost (on tables not analysed yet, as after a restore)
    # passed the JIT threshold: a second of compiling for a query of a millisecond.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"

# One cache shared by every application server: Redis in production (CACHE_URL=redis://...),
# this process's memory by default. The page cache and its invalidation live in it.
CACHE_URL = os.environ.get("CACHE_URL", "locmem://")
# Redis answers in well under a millisecond: one that takes longer than this is out, and the
# site goes on without it (pagecache/redis_backend.py), trying it again after the retry time.
CACHE_TIMEOUT_SECONDS = float(os.environ.get("CACHE_TIMEOUT_SECONDS", "0.5"))
CACHE_RETRY_SECONDS = float(os.environ.get("CACHE_RETRY_SECONDS", "5"))
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {
        "default": {
            "BACKEND": "pagecache.redis_backend.ResilientRedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "iawp"),
            "OPTIONS": {
                "socket_connect_timeout": CACHE_TIMEOUT_SECONDS,
                "socket_timeout": CACHE_TIMEOUT_SECONDS,
                "retry_after": CACHE_RETRY_SECONDS,
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# On by default only with a shared cache: each gunicorn worker has its own local memory, so
# an edit would empty one worker's pages and leave the others stale.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", CACHES["default"]["BACKEND"].endswith("RedisCache"))
PAGE_CACHE_MAX_SECONDS = int(os.environ.get("PAGE_CACHE_MAX_SECONDS", "3600"))
# With Redis, each process also keeps its latest pages and page pieces in its own memory,
# told by Redis the moment they go out of date (pagecache/local_copy.py); 0 turns that off.
LOCAL_CACHE_BYTES = int(float(os.environ.get("LOCAL_CACHE_MB", "16")) * 1024 * 1024)
# List cards rendered once per item, language and version (pagecache/pieces.py); on when
# the cache is shared, for the same reason. Independent of the page cache: it also speeds
# up what the page cache cannot serve (editors, first visits, every query string).
PAGE_PIECES_ENABLED = env_bool("PAGE_PIECES", CACHES["default"]["BACKEND"].endswith("RedisCache"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. English is the default only for visitors whose browser asks for none of these;
# content may be written first in any of them.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("pt-br", "Português (Brasil)"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
# English dates as "26 May 2024", the way the Alliance writes them, not Django's US default.
FORMAT_MODULE_PATH = ["iawp_site.formats"]

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
# No silent fallback: Content.localized() decides, per item, which language to show
# (the visitor's if it exists, otherwise the item's original one) and says so on the page.
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ()}

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Uploads on S3-compatible object storage when a bucket is named (several servers then share
# them); on the local disk otherwise.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }
# Images only an old revision refers to (replaced, removed, or of a deleted item): kept so a
# restore can bring them back, where no web address reaches them (see image_files.py). On
# disk: PRIVATE_MEDIA_ROOT, by default a folder beside MEDIA_ROOT, never inside it (all of
# MEDIA_ROOT is served); servers that share a network MEDIA_ROOT must share this one too.
# On S3: the same bucket under private-media/, which the bucket's public-read policy (or the
# CDN's origin) must leave out; its requests are signed.
PRIVATE_MEDIA_FOLDER = "private-media"
PRIVATE_MEDIA_ROOT = os.environ.get("PRIVATE_MEDIA_ROOT") or None
STORAGES["private_media"] = {"BACKEND": "content.image_files.PrivateFileSystemStorage"}
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["private_media"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **STORAGES["default"]["OPTIONS"],
            "location": PRIVATE_MEDIA_FOLDER,
            "custom_domain": None,
            "querystring_auth": True,
        },
    }
# How a document's file reaches visitors from its stable address (documents/serving.py):
# the storage's own address where it answers ranges itself (S3), nginx's internal location
# for MEDIA_ROOT when one is set (X-Accel-Redirect), else the view sends the bytes.
DOCUMENT_FILES_FROM_STORAGE = env_bool(
    "DOCUMENT_FILES_FROM_STORAGE", bool(os.environ.get("AWS_STORAGE_BUCKET_NAME"))
)
DOCUMENT_FILES_ACCEL_REDIRECT = os.environ.get("DOCUMENT_FILES_ACCEL_REDIRECT", "")
# Django serves uploads itself only where no web server or object storage does it: in
# development, and on a single small server or a test run that says SERVE_MEDIA=true.
SERVE_MEDIA = env_bool("SERVE_MEDIA", DEBUG)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

SITE_NAME = _("International Alliance of Waste Pickers")
NEWS_PER_PAGE = 10
# Search never holds a worker long whatever the site's size (content/search_index.py): it
# reads at most this many matches (the newest, when more match) and stops at this time.
SEARCH_RESULT_LIMIT = int(os.environ.get("SEARCH_RESULT_LIMIT", "200"))
# The largest WordPress export `import_wordpress` reads (it is read whole, in memory).
WORDPRESS_IMPORT_MAX_BYTES = int(os.environ.get("WORDPRESS_IMPORT_MAX_MB", "200")) * 1024 * 1024
SEARCH_TIME_LIMIT_MS = int(os.environ.get("SEARCH_TIME_LIMIT_MS", "800"))
# Addresses in one file of the sitemap, each language's counted (the protocol allows 50,000;
# a smaller file is made in a fraction of a second).
SITEMAP_URL_LIMIT = 10_000
# modeltranslation's language tabs need jQuery UI, which it would load from a CDN: the admin
# must work on a closed network and under a strict content policy, so it ships with the site.
JQUERY_UI_URL = "vendor/jquery-ui-1.13.3/jquery-ui.min.js"

# The bulletin's email. Development prints messages to the console; production names an
# SMTP server (EMAIL_HOST and the rest). Sending is queued: `manage.py send_bulletins`, run
# by a timer, sends confirmations and bulletins (README, "Bulletin").
SITE_URL = os.environ.get("SITE_URL", "http://localhost:8000").rstrip("/")  # links in emails
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "IAWP bulletin <bulletin@globalrec.example>"
)
# Whom readers write to about their data: named in the privacy notice the first `migrate`
# writes (pages/migrations/0004); the committee can change the notice in the admin afterwards.
PRIVACY_CONTACT_EMAIL = os.environ.get(
    "PRIVACY_CONTACT_EMAIL", getaddresses([DEFAULT_FROM_EMAIL])[0][1]
)
# How long an address stays after its owner unsubscribes, and how long the log of messages
# sent (bulletin, confirmations) is kept: `send_bulletins` deletes them after that.
ADDRESSES_KEPT_DAYS = int(os.environ.get("ADDRESSES_KEPT_DAYS", "30"))
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", EMAIL_PORT == 587)
EMAIL_TIMEOUT = 30
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
POST_OFFICE = {
    "BACKENDS": {"default": EMAIL_BACKEND},
    "DEFAULT_PRIORITY": "medium",
    "LOG_LEVEL": 2,  # every delivery and every failure is recorded
    "MESSAGE_ID_ENABLED": True,
}
# The reverse proxies in front of gunicorn (gunicorn.conf.py reads the same variable).
TRUSTED_PROXIES = [
    address.strip()
    for address in os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1").split(",")
    if address.strip()
]
BULLETIN_CONSENT_WORDING = "2026-11"  # raise when the subscribe form's consent text changes
BULLETIN_CONFIRM_DAYS = 3
BULLETIN_SUBSCRIBE_LIMITS = {"per_address_per_day": 3, "per_client_per_hour": 10}
BULLETIN_BATCH_SIZE = 100
BULLETIN_MAX_ATTEMPTS = 4
# Translation by file (editorial/content_po.py): what one imported PO file may hold, so that
# no file can outlast a worker (GUNICORN_TIMEOUT) or fill a field beyond its column. A file
# over a bound is refused whole, telling the translator which bound, before anything is saved.
TRANSLATION_IMPORT_MAX_MB = float(os.environ.get("TRANSLATION_IMPORT_MAX_MB", "10"))
TRANSLATION_IMPORT_MAX_BYTES = int(TRANSLATION_IMPORT_MAX_MB * 1024 * 1024)
TRANSLATION_IMPORT_MAX_ENTRIES = int(os.environ.get("TRANSLATION_IMPORT_MAX_ENTRIES", "20000"))
TRANSLATION_IMPORT_SECONDS = float(os.environ.get("TRANSLATION_IMPORT_SECONDS", "20"))

# --- Security -----------------------------------------------------------------------------
# HTTPS everywhere in production. HTTPS_ONLY=false is for serving on plain HTTP on loopback
# (the tests and the benchmark run gunicorn that way); never set it on a public server.
HTTPS_ONLY = env_bool("HTTPS_ONLY", not DEBUG)
SECURE_SSL_REDIRECT = HTTPS_ONLY
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]  # balancers probe over plain HTTP
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS_ONLY
SESSION_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", "31536000")) if HTTPS_ONLY else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("HSTS_PRELOAD", True)  # allows, does not submit, preloading
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp). Public pages run no script at all; the admin's
# scripts are files from this site, and the one inline script (the rich-text editor's import
# map) carries the request's nonce. No 'unsafe-inline' anywhere.
MEDIA_HOSTS = [host for host in [os.environ.get("AWS_S3_CUSTOM_DOMAIN", "")] if host]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        # The rich-text editor (Tiptap, in django-prose-editor) adds one fixed <style> of its
        # own; it is allowed by its hash, which the editor journey test checks is current.
        "style-src": [SELF, "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"],
        "img-src": [SELF, "data:", *(f"https://{host}" for host in MEDIA_HOSTS)],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
PERMISSIONS_POLICY = {
    feature: []
    for feature in ("accelerometer", "camera", "geolocation", "gyroscope", "microphone",
                    "payment", "usb", "browsing-topics")
}  # fmt: skip

# Log-in attempts (django-axes): five wrong passwords for one account from one address lock
# that pair out for an hour, with a page that says so. The address is read as for the
# bulletin's rate limit (behind the proxy: X-Forwarded-For).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hour
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "content.client.client_address"
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

# Where the admin lives: a less obvious address keeps most password-guessing robots away.
ADMIN_URL = os.environ.get("ADMIN_URL", "admin/").strip("/") + "/"
# An unsafe or missing `next` after signing in leads to the editors' home page (Django's
# default, /accounts/profile/, does not exist here).
LOGIN_REDIRECT_URL = "admin:index"

# --- Logging -------------------------------------------------------------------------------
# Errors and their tracebacks go to standard error, which gunicorn (or systemd's journal)
# keeps, and by email to ADMINS when it is set ("Ana <ana@example.org>, ops@example.org").
# Django's own default sends them nowhere when DEBUG is off and ADMINS is empty.
ADMINS = [
    (name or address, address)
    for name, address in getaddresses([os.environ.get("ADMINS", "")])
    if address
]
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
LOG_LEVEL = os.environ.get("LOG_LEVEL", "WARNING").upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "formatter": "plain"},
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "root": {"handlers": ["stderr"], "level": LOG_LEVEL},
    "loggers": {
        # 500s (django.request at ERROR) with their tracebacks; 404s stay out of the log.
        "django.request": {
            "handlers": ["stderr", "mail_admins"],
            "level": "ERROR",
            "propagate": False,
        },
        # A robot sending a wrong Host header is not worth an email.
        "django.security.DisallowedHost": {
            "handlers": ["stderr"],
            "level": "ERROR",
            "propagate": False,
        },
        "django.server": {"level": "INFO"},  # the development server's request lines
    },
}
