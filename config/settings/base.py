"""Settings shared by every environment; safe for production on their own.

Everything that differs between deployments comes from the environment. Nothing here
has a default that would be unsafe in production: DEBUG is off and SECRET_KEY has none.
"""

import os
import zoneinfo
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list of non-empty, stripped items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # The site's own apps; core first, because the others build on it.
    "core",
    "accounts",
    "home",
    "mission",
    "campaigns",
    "news",
    "search",
    "translations",
    "mirror",
    # Translation of content
    "wagtail_localize",
    "wagtail_localize.locales",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.search_promotions",
    "wagtail.sites",
    "accounts.wagtail_users.UsersConfig",  # Wagtail's users app, groups described (accounts/groups.py)
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Two-factor login for the admin (accounts/)
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
    # Background tasks (docs/operations.md): the framework Wagtail uses, and its database queue
    "django_tasks",
    "django_tasks_db",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.forms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Marks mirror builds and sends Onion-Location; outside the others so it sees every response.
    "mirror.middleware.MirrorMiddleware",
    # Before everything that builds a page: a hit is answered here, headers and all (docs/caching.md).
    "core.page_cache.PageCacheMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    "core.middleware.CacheControlMiddleware",
    "core.middleware.EmailProtectionMiddleware",
    # Above everything that reads the database: an unreachable database answers 503.
    "core.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's, without the redirect of admin 404s to a language prefix (core/middleware.py).
    "core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.AdminTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Inside the messages middleware, so it sees the messages a refusal queues.
    "core.admin_refusals.AdminRefusalAuditMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Hands Wagtail the page it found for this address before, for anonymous visitors (docs/caching.md).
    "core.page_cache.routes.RouteMemoryMiddleware",
]

ROOT_URLCONF = "config.urls"
# Form widgets render through TEMPLATES below, so that the admin's date pickers get their CSP nonce.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
            # App templates, with a CSP nonce on the admin packages' own inline tags (core/csp.py).
            "loaders": [("django.template.loaders.cached.Loader", ["core.csp.NoncedTemplateLoader"])],
            "builtins": ["core.templatetags.csp"],
        },
    },
]

# Database: SQLite in the project folder unless DATABASE_URL names another one.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# A PostgreSQL server that does not answer costs seconds, not a gunicorn worker timeout: the page
# answers 503 (core.middleware.DatabaseUnavailableMiddleware). `?connect_timeout=` in the URL wins.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (shared by every web process), else local memory.
# "default" holds pages and fragments; "counters" holds rate limits and login lockouts, whose
# callers must know when the cache is unreachable (forms fail open, the admin login refuses).
REDIS_URL = os.environ.get("REDIS_URL", "")
# Short socket timeouts: a dead or hanging Redis costs milliseconds, not seconds. "default" is
# core.cache_backends.ResilientRedisCache: while Redis is unreachable, pages are served uncached
# (docs/operations.md, "When a service fails").
if REDIS_URL:
    _redis = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "solidarity"),
        "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
    }
    CACHES = {
        "default": {**_redis, "BACKEND": "core.cache_backends.ResilientRedisCache"},
        "counters": {**_redis, "KEY_PREFIX": f"{_redis['KEY_PREFIX']}-counters"},
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
        "counters": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "counters"},
    }

# Page cache (docs/caching.md): whole pages for anonymous visitors in the default cache, under a
# per-language generation that every change renews. PAGE_CACHE=0 switches it off (benchmarks).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
# How long a page may stay in the cache. With Redis changes renew the generation for every
# process, so pages may live long; a per-process memory cache only knows its own process's
# changes, so there pages live no longer than browsers keep them anyway.
PAGE_CACHE_SECONDS = int(
    os.environ.get("PAGE_CACHE_SECONDS", "3600" if REDIS_URL else os.environ.get("PUBLIC_CACHE_MAX_AGE", "300"))
)
PAGE_CACHE_EXCLUDED_PATHS = ["/admin/", "/django-admin/", "/documents/", "/media/", "/static/", "/healthz/"]
# Rows shown on a page only in one state: a change to such a row renews its page's languages
# only when the row is or was shown, so public submissions awaiting moderation cost nothing.
PAGE_CACHE_DEPENDENT_MODELS = {
    "campaigns.SolidarityActionReport": {"page": "year_page", "shown_when": {"status": "approved"}},
}
# Search results may be kept by shared caches this long (0: private, never kept); see docs/caching.md.
SEARCH_CACHE_MAX_AGE = int(os.environ.get("SEARCH_CACHE_MAX_AGE", "60"))

# CDN or reverse proxy in front of the site: purged through wagtail.contrib.frontend_cache with
# the same languages and addresses as the page cache (core/page_cache/frontend.py).
WAGTAILFRONTENDCACHE = {}
# Varnish or nginx answering HTTP PURGE (deploy/varnish/default.vcl, docs/deployment.md);
# a comma-separated list when each web host has its own.
for _number, _location in enumerate(env_list("FRONTEND_CACHE_PURGE_URL")):
    WAGTAILFRONTENDCACHE[f"proxy-{_number}"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": _location,
    }
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    # Needs boto3 installed; credentials come from the usual AWS environment variables.
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
# Purges name each language's addresses themselves; Wagtail must not multiply them by language.
WAGTAILFRONTENDCACHE_LANGUAGES = []

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: one list, from SITE_LANGUAGES, for both the interface and the content.
# The first language is the source language that editors write in.
SITE_LANGUAGES = env_list("SITE_LANGUAGES", "en,ru,be,uk")
_unknown = [code for code in SITE_LANGUAGES if code not in LANG_INFO]
if _unknown:
    raise ImproperlyConfigured(f"SITE_LANGUAGES has unknown language codes: {', '.join(_unknown)}")
LANGUAGE_CODE = SITE_LANGUAGES[0]
LANGUAGES = [(code, LANG_INFO[code]["name_local"]) for code in SITE_LANGUAGES]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Minsk")
# The time zones an editor may choose under Account → Preferences: the places of the world
# ("Europe/Vilnius") and UTC. The system's list also has names no browser knows ("localtime",
# "Factory") and old aliases ("W-SU", "US/Pacific"), which the admin cannot show.
_TIME_ZONE_AREAS = ("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")
WAGTAIL_USER_TIME_ZONES = sorted(
    {"UTC", TIME_ZONE} | {zone for zone in zoneinfo.available_timezones() if zone.split("/")[0] in _TIME_ZONE_AREAS}
)
# The project catalogues, then the strings that wagtail-localize lacks, then corrections to the
# catalogues of Wagtail and the other packages (see docs/languages.md).
LOCALE_PATHS = [
    BASE_DIR / "locale",
    BASE_DIR / "translations" / "wagtail_localize_overrides",
    BASE_DIR / "locale_packages",
]
# Language cookies are not needed: the language is always in the URL.
LANGUAGE_COOKIE_AGE = None

# Static files and media
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Public forms are small; anything larger than this is refused with a 400 page.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440

# E-mail
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@example.org")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
# A CSRF cookie that outlives the visit is a trace (on a seized phone) that someone opened a form.
CSRF_COOKIE_AGE = None
# Admin sessions last a working day at most, "remember me" included: Wagtail's login sets the
# remembered session's age to SESSION_COOKIE_AGE, and the others end when the browser closes.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(10 * 60 * 60)))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# SAMEORIGIN, not DENY: the Wagtail admin shows page previews in a same-origin frame.
X_FRAME_OPTIONS = "SAMEORIGIN"
# Behind a TLS-terminating proxy, trust its X-Forwarded-Proto header when told to.
if env_bool("SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Logging: errors to stderr; request bodies and query strings are never logged by us. Every line
# passes core.log_privacy: secret path segments (reset tokens) redacted, query strings dropped,
# control characters escaped, so "Not Found: /path" can neither leak a token nor forge a line.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"privacy": {"()": "core.log_privacy.PrivacyFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["privacy"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # Security events (core/audit.py): logins, 2FA, lockouts, refusals; no personal data.
    "loggers": {"solidarity.audit": {"handlers": ["console"], "level": "INFO", "propagate": False}},
}

# Wagtail
WAGTAIL_SITE_NAME = _("Solidarity with Belarus")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The admin must not call other hosts.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea"},
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx"]
# Documents only through Wagtail's serve view, which checks collection privacy (and, with
# core/media.py, the privacy of the pages that link them) and sends nosniff and a
# "default-src 'none'" CSP; never a redirect to the storage's own address (docs/media.md).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
# Shown in the browser; every other type is sent as an attachment.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Width × height × frames; a phone photo is 12 to 50 megapixels. Larger pictures get a form
# error (a tiny PNG can decode to gigabytes).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
# The admin's image form removes all metadata from uploads before they are stored (core/images.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.images.ImageForm"
WAGTAILEMBEDS_FINDERS = []
WAGTAILFORMS_NOTIFICATION_EMAIL_FROM = DEFAULT_FROM_EMAIL

# wagtail-localize: machine translation from the environment (see README).
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"]},
    }
elif os.environ.get("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"],
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
        },
    }

# Rate limits for public forms: how many submissions one client may make per window.
PUBLIC_FORM_RATE_LIMIT = int(os.environ.get("PUBLIC_FORM_RATE_LIMIT", "5"))
PUBLIC_FORM_RATE_WINDOW = int(os.environ.get("PUBLIC_FORM_RATE_WINDOW", "3600"))
PUBLIC_CACHE_MAX_AGE = int(os.environ.get("PUBLIC_CACHE_MAX_AGE", "300"))
# Serve uploaded media from Django itself (small set-ups); leave off behind a media server or S3.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
# How many proxies in front of the site add themselves to X-Forwarded-For (0: use REMOTE_ADDR).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Search: Wagtail's database backend, with a PostgreSQL text-search configuration per language
# (english, russian; simple for be and uk) and prefix matching where there is no stemmer;
# see docs/search.md.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}

# Translation workflow (docs/translating.md): a translation submitted for a live page stays a
# draft until a translator publishes it, instead of going live half-translated.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Date and number formats for languages Django has none for (Belarusian); see core/formats/.
FORMAT_MODULE_PATH = ["core.formats"]
# Days a reporter's contact is kept after moderation of a solidarity-action report.
CAMPAIGN_REPORT_CONTACT_RETENTION_DAYS = int(os.environ.get("CAMPAIGN_REPORT_CONTACT_RETENTION_DAYS", "90"))

# Admin brute-force protection (core/auth.py, docs/data-protection.md). Failed logins lock
# one username from one client after LOGIN_FAILURE_LIMIT, one client after
# LOGIN_CLIENT_FAILURE_LIMIT (any usernames), and an account without two-factor login after
# LOGIN_USERNAME_FAILURE_LIMIT from all clients together (far above what one client can reach).
# Locks last LOGIN_LOCKOUT_SECONDS, which is also the window failures are counted in.
AUTHENTICATION_BACKENDS = ["core.auth.LockoutModelBackend"]
LOGIN_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
LOGIN_CLIENT_FAILURE_LIMIT = int(os.environ.get("LOGIN_CLIENT_FAILURE_LIMIT", "20"))
LOGIN_USERNAME_FAILURE_LIMIT = int(os.environ.get("LOGIN_USERNAME_FAILURE_LIMIT", "200"))
LOGIN_LOCKOUT_SECONDS = int(os.environ.get("LOGIN_LOCKOUT_SECONDS", "900"))
# Password reset requests per e-mail address and per client in PASSWORD_RESET_WINDOW seconds.
PASSWORD_RESET_ADDRESS_LIMIT = int(os.environ.get("PASSWORD_RESET_ADDRESS_LIMIT", "3"))
PASSWORD_RESET_CLIENT_LIMIT = int(os.environ.get("PASSWORD_RESET_CLIENT_LIMIT", "10"))
PASSWORD_RESET_WINDOW = int(os.environ.get("PASSWORD_RESET_WINDOW", "3600"))

# Background tasks (django-tasks, docs/operations.md): Wagtail's search and reference index
# updates, notification e-mails, CDN purges, the scheduled purges and mirror builds. Run at once,
# in the request, by default; config/settings/production.py queues them in the database for
# `bin/entrypoint worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Management commands the worker runs on a schedule, each at most once per period across every
# worker (core/tasks.py): command, arguments, seconds between runs. WORKER_SCHEDULE=0 turns it off.
WORKER_SCHEDULE = [
    ("purge_submissions", [], 24 * 3600),
    ("purge_report_contacts", [], 24 * 3600),
    # Finished task results are kept a week for inspection, failed ones a month.
    ("prune_db_task_results", ["--min-age-days", "7", "--failed-min-age-days", "30"], 24 * 3600),
]
# Static mirror (docs/mirror.md): the copy's own public address, and the OpenSSH key (a file
# path) that signs its manifest. Without a key the copy is built unsigned.
MIRROR_PUBLIC_URL = os.environ.get("MIRROR_PUBLIC_URL", "")
MIRROR_SIGNING_KEY = os.environ.get("MIRROR_SIGNING_KEY", "")
MIRROR_SIGNER_IDENTITY = os.environ.get("MIRROR_SIGNER_IDENTITY", "mirror@solidarity")
# With MIRROR_OUTPUT_DIR the worker rebuilds the copy there every MIRROR_BUILD_INTERVAL seconds
# (incremental: only changed files are written).
MIRROR_OUTPUT_DIR = os.environ.get("MIRROR_OUTPUT_DIR", "")
if MIRROR_OUTPUT_DIR:
    WORKER_SCHEDULE.append(("build_mirror", [MIRROR_OUTPUT_DIR], int(os.environ.get("MIRROR_BUILD_INTERVAL", "3600"))))
if not env_bool("WORKER_SCHEDULE", True):
    WORKER_SCHEDULE = []

# Two-factor login for every account that can reach the admin (accounts/, docs/two-factor.md).
# Hours a new account may use the admin before it must enrol a device (0: enrol at first login).
OTP_ENROLMENT_GRACE_HOURS = int(os.environ.get("OTP_ENROLMENT_GRACE_HOURS", "0"))
OTP_TOTP_ISSUER = "Solidarity with Belarus"
# Throttling after a wrong code doubles the wait each time: 1, 2, 4, 8 … seconds.
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1
# Passkeys are bound to the admin's host name; an IP address cannot be a WebAuthn relying party,
# so a development set-up on 127.0.0.1 registers passkeys for "localhost" (open the admin there).
_admin_url = urlsplit(WAGTAILADMIN_BASE_URL)
_admin_host = _admin_url.hostname or "localhost"
if _admin_host.replace(".", "").isdigit() or ":" in _admin_host:
    _admin_url = _admin_url._replace(netloc=_admin_url.netloc.replace(_admin_host, "localhost"))
    _admin_host = "localhost"
OTP_WEBAUTHN_RP_ID = _admin_host
OTP_WEBAUTHN_RP_NAME = "Solidarity with Belarus"
OTP_WEBAUTHN_ALLOWED_ORIGINS = [f"{_admin_url.scheme}://{_admin_url.netloc}"]
# A passkey is the second factor after the password, never a way to skip it.
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False
