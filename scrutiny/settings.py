"""
Settings for Scrutiny.

Everything that varies between machines is read from the environment, with
defaults that are safe for a newcomer's laptop: an SQLite file beside the
code, debug off unless asked for, and only local host names allowed.
"""

import os
import sys
import warnings
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import unquote, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    return [part.strip() for part in value.split(",") if part.strip()]


DEBUG = env_bool("DEBUG", False)

# --- Secret key -------------------------------------------------------------
# Sessions, password reset links and CSRF tokens are signed with SECRET_KEY,
# so a server that is not in debug mode refuses to start without a real one:
# anyone who knows the key (the development key below is public) could forge
# them. A developer's machine sets DEBUG=1 (README) and gets the fixed key.
# Management commands other than runserver (check, makemigrations, migrate,
# backup…) sign nothing a visitor holds, so they run with the public key.
_DEVELOPMENT_SECRET_KEY = "scrutiny-development-only-key-change-me-in-production"


def _serves_visitors():
    """Whether this process may answer web requests: anything but a manage.py command other than runserver."""
    if os.path.basename(sys.argv[0] if sys.argv else "") != "manage.py":
        return True
    return len(sys.argv) > 1 and sys.argv[1] == "runserver"


SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not DEBUG and _serves_visitors():
    # The same rules as Django's own deployment check (security.W009).
    if not SECRET_KEY or SECRET_KEY == _DEVELOPMENT_SECRET_KEY:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set, or is the public development key. Set SECRET_KEY in the "
            "environment to a long random value, e.g. "
            "the output of: python3 -c 'import secrets; print(secrets.token_urlsafe(50))' "
            "(or set DEBUG=1 on a developer's machine)."
        )
    if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure-"):
        raise ImproperlyConfigured(
            "SECRET_KEY is too weak: use at least 50 random characters, e.g. the output of: "
            "python3 -c 'import secrets; print(secrets.token_urlsafe(50))'."
        )
SECRET_KEY = SECRET_KEY or _DEVELOPMENT_SECRET_KEY

# The test client's "testserver" is added by the test runner itself.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
# Origins (scheme and host, e.g. https://committees.example.gov.uk) whose
# forms may post here although the request's Host differs, as when the TLS
# proxy passes on an internal host name.
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django_filters",
    "csp",
    "simple_history",
    "meetings",
    "agenda",
    "search",
    "moderngov",
    "recommendations",
    "opendata",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "api",
    "oparl",
]

# --- Operations ----------------------------------------------------------------
# The site-wide management commands (backup, restore) live in
# scrutiny/management/commands, so the project package is an app too.
INSTALLED_APPS += ["scrutiny"]

MIDDLEWARE = [
    # First, so that its log line and X-Request-ID cover every response,
    # static files and those refused by the middleware below included.
    "scrutiny.middleware.RequestLogMiddleware",
    # The Content-Security-Policy and Permissions-Policy headers (see below),
    # above SecurityMiddleware so that its redirects to HTTPS carry them too.
    "csp.middleware.CSPMiddleware",
    "scrutiny.middleware.PermissionsPolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Outside the page cache, so that a kept API response gets its CORS
    # headers too (the same "*" for every origin: no credentials are allowed).
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    # ETags for every GET, so a repeat visit with If-None-Match gets a 304.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "scrutiny.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "scrutiny.context_processors.council",
                "api.context_processors.api_alternate",
            ],
        },
    },
]

WSGI_APPLICATION = "scrutiny.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
    )
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Serve files from the finders too, so the site works without collectstatic;
# whitenoise's warning that STATIC_ROOT is missing is then only noise.
WHITENOISE_USE_FINDERS = True
warnings.filterwarnings("ignore", message="No directory at: ")

# Uploaded papers are never served from MEDIA_URL: the document view checks
# who may see each file before streaming it.
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

# --- HTTPS -------------------------------------------------------------------
# SECURE_COOKIES=1 is the one switch for a site served over HTTPS behind a
# TLS proxy (which must set X-Forwarded-Proto, replacing any the client sent):
# cookies sent over HTTPS only, plain HTTP redirected to HTTPS, and HSTS.
SECURE_COOKIES = env_bool("SECURE_COOKIES", False)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
SECURE_SSL_REDIRECT = SECURE_COOKIES
# Trusting the header is safe only behind a proxy that sets it, hence only
# with the switch on.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE_COOKIES else None
# Load balancers probe the health check over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 365 * 24 * 3600 if SECURE_COOKIES else 0))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
# Off unless asked for: once browsers ship the host in their preload list,
# taking it off again takes months. Django's deployment check warns about it
# being off (security.W021); that is a choice, not an oversight.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SILENCED_SYSTEM_CHECKS = ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# --- Content-Security-Policy and Permissions-Policy ---------------------------
# Pages run only the site's own scripts and styles, from files under static/:
# no inline <script> or style="", so an injected one does not run. JSON-LD
# (<script type="application/ld+json">) is data, which browsers do not run.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# Django's own page for a form refused by the CSRF check has an inline style.
CSRF_FAILURE_VIEW = "scrutiny.views.csrf_failure"
# Features no page uses, turned off for the page and anything it embeds.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"

# --- Council -----------------------------------------------------------------

COUNCIL_NAME = os.environ.get("COUNCIL_NAME", "Demo Borough Council")
# Printed on agenda summonses as the contact for the meeting, after the
# name of the clerk who published the agenda.
DEMOCRATIC_SERVICES_CONTACT = os.environ.get("DEMOCRATIC_SERVICES_CONTACT", "Democratic Services")

# Supporting documents: the largest upload accepted, in bytes.
# The clerk's ModernGov import page: the council's ModernGov site, offered
# beside a bare meeting number, and (optionally) the only hosts it may fetch
# from. Without a list, any public website may be named; never a private address.
MODERNGOV_SITE = os.environ.get("MODERNGOV_SITE", "")
MODERNGOV_ALLOWED_HOSTS = [h.strip() for h in os.environ.get("MODERNGOV_ALLOWED_HOSTS", "").split(",") if h.strip()]

DOCUMENT_MAX_UPLOAD_BYTES = int(os.environ.get("DOCUMENT_MAX_UPLOAD_BYTES", 20 * 1024 * 1024))
# Let Django stream larger uploads to disk rather than refuse the request
# outright, so the form can answer with a message beside the field.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# The longest text one field of the item editor takes (the minutes); the
# form refuses more with a message beside the field, keeping the text.
ITEM_TEXT_MAX_CHARS = 1_000_000
# The largest form (other than its files) a request may carry. Room for the
# item editor with the longest minutes its form accepts, even written in
# characters that take three bytes each, sent percent-encoded (nine bytes
# each), so the form, not the request limit, answers. Anything larger gets
# the 413 page (scrutiny.views.bad_request).
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024

# Agendas must be published at least five clear working days before a
# meeting (Local Government Act 1972, s.100B(3)). Bank holidays do not count
# as working days. England and Wales dates; set BANK_HOLIDAYS to a comma
# separated list of ISO dates to replace them.
_DEFAULT_BANK_HOLIDAYS = [
    "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26",
    "2025-08-25", "2025-12-25", "2025-12-26",
    "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
    "2026-08-31", "2026-12-25", "2026-12-28",
    "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31",
    "2027-08-30", "2027-12-27", "2027-12-28",
    "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29",
    "2028-08-28", "2028-12-25", "2028-12-26",
]
try:
    BANK_HOLIDAYS = frozenset(
        date.fromisoformat(day) for day in env_list("BANK_HOLIDAYS", _DEFAULT_BANK_HOLIDAYS)
    )
except ValueError as exc:
    raise ImproperlyConfigured(f"BANK_HOLIDAYS holds a date that is not YYYY-MM-DD: {exc}")
AGENDA_NOTICE_CLEAR_WORKING_DAYS = 5
# Councils number minutes through the municipal year, which starts with the
# annual meeting in May; 1 numbers them by calendar year.
try:
    MUNICIPAL_YEAR_START_MONTH = int(os.environ.get("MUNICIPAL_YEAR_START_MONTH", "5"))
except ValueError:
    MUNICIPAL_YEAR_START_MONTH = 0
if not 1 <= MUNICIPAL_YEAR_START_MONTH <= 12:
    raise ImproperlyConfigured("MUNICIPAL_YEAR_START_MONTH must be a month number from 1 to 12.")

# --- Logging -------------------------------------------------------------------
# To standard error, for the process manager to collect. Each request is one
# JSON line from the "scrutiny.requests" logger at INFO (scrutiny/middleware.py);
# LOG_LEVEL=WARNING leaves them out.
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO").upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    # WeasyPrint (the agenda pack) logs each step of drawing a PDF at INFO.
    "loggers": {"weasyprint.progress": {"level": "WARNING"}},
}

# --- Signing in ----------------------------------------------------------------
# Lockout of repeated failed sign-ins (django-axes), two-factor sign-in
# (django-otp), password reset by email, and when a session ends. Kept in one
# block: it adds its apps, backends and middleware to the lists above.

INSTALLED_APPS[INSTALLED_APPS.index("django.contrib.admin")] = "scrutiny.admin_config.AdminConfig"
INSTALLED_APPS += ["axes", "django_otp", "django_otp.plugins.otp_totp"]

AUTHENTICATION_BACKENDS = [
    # First, so that a locked-out visitor is refused before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

_after_messages = MIDDLEWARE.index("django.contrib.messages.middleware.MessageMiddleware") + 1
MIDDLEWARE[_after_messages:_after_messages] = [
    # Marks request.user verified when the session passed the code step.
    "django_otp.middleware.OTPMiddleware",
    "meetings.middleware.ClerkSessionIdleMiddleware",
    "meetings.middleware.TwoFactorRequiredMiddleware",
]
# Last, as django-axes requires: it turns a locked-out sign-in into the lockout page.
MIDDLEWARE.append("axes.middleware.AxesMiddleware")

# Django's four password checks, with 12 characters at least rather than 8.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Lock signing in after AXES_FAILURE_LIMIT failures in a row, counted
# separately for each username and for each address: one account tried from
# many addresses, and many accounts tried from one address, are both stopped.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "60")))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_CALLABLE = "meetings.lockout.locked_out"
# Behind TRUSTED_PROXY_COUNT proxies the visitor's address is read from
# X-Forwarded-For; with none (the default) that header is ignored, because
# anyone can send it.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "meetings.lockout.client_ip_address"
# Masked in the failed attempts kept for the admin (a password always is),
# with the code of the two-factor step.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "code"]

# Two-factor sign-in with an authenticator app (TOTP). When required, clerks
# and superusers without one are sent to set it up before /clerk/ or /admin/.
REQUIRE_TWO_FACTOR = env_bool("REQUIRE_TWO_FACTOR", False)
OTP_TOTP_ISSUER = COUNCIL_NAME
# A code for the second step must be entered within this many seconds of the password.
SIGN_IN_CODE_SECONDS = 5 * 60

# Sessions end when the browser closes, and a clerk's after this long idle.
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CLERK_SESSION_IDLE_SECONDS = int(os.environ.get("CLERK_SESSION_IDLE_SECONDS", str(8 * 60 * 60)))


def email_settings_from_url(url):
    """
    Django's email settings from one URL: smtp://user:password@host:port,
    smtp+tls:// (STARTTLS), smtp+ssl:// (TLS from the start) or console://.
    """
    parts = urlsplit(url)
    if parts.scheme == "console":
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    default_ports = {"smtp": 25, "smtp+tls": 587, "smtp+ssl": 465}
    if parts.scheme not in default_ports:
        raise ImproperlyConfigured(
            f"EMAIL_URL must start smtp://, smtp+tls://, smtp+ssl:// or console://, not {parts.scheme}://"
        )
    try:
        port = parts.port or default_ports[parts.scheme]
    except ValueError:
        raise ImproperlyConfigured("EMAIL_URL has a port that is not a number.")
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parts.hostname or "localhost",
        "EMAIL_PORT": port,
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": parts.scheme == "smtp+tls",
        "EMAIL_USE_SSL": parts.scheme == "smtp+ssl",
    }


if os.environ.get("EMAIL_URL"):
    globals().update(email_settings_from_url(os.environ["EMAIL_URL"]))
elif os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
else:
    # Password reset emails are printed where the server logs go.
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# A mail server that does not answer must not hold a page for long.
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")

# --- Page cache, and a database that goes away ------------------------------
# Anonymous visitors' public pages are kept in the cache and served until any
# record changes (meetings/page_cache.py). CACHE_URL chooses the cache:
# unset, each process keeps its own in memory; redis://host:6379/1 (or
# rediss://, unix://) shares one between processes and servers. PAGE_CACHE=0
# turns the page cache off.


def cache_from_url(url):
    if not url:
        return {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "scrutiny",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    if urlsplit(url).scheme not in ("redis", "rediss", "unix"):
        raise ImproperlyConfigured(f"CACHE_URL must be a redis://, rediss:// or unix:// address, not {url!r}.")
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": "scrutiny",
        # A Redis that hangs must not hang the site: the page cache renders
        # without it when it fails (and leaves it alone for a few seconds).
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }


CACHES = {"default": cache_from_url(os.environ.get("CACHE_URL", ""))}
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
# Never cached, whoever asks: the clerks' back office, the admin, signing in
# and out, accounts, and the health check.
PAGE_CACHE_EXCLUDED_PATHS = ["/clerk/", "/admin/", "/sign-in/", "/sign-out/", "/account/", "/health/"]
# Just inside ConditionalGetMiddleware (so kept pages still get 304s) and
# outside the CSRF, authentication and messages middleware, whose cookies it
# must see; then the middleware that answers a lost database with a 503 and
# runs each change in one transaction (scrutiny/database_unavailable.py).
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.http.ConditionalGetMiddleware") + 1,
    "meetings.page_cache.PageCacheMiddleware",
)
MIDDLEWARE.insert(
    MIDDLEWARE.index("meetings.page_cache.PageCacheMiddleware") + 1,
    "scrutiny.database_unavailable.DatabaseUnavailableMiddleware",
)
# A persistent connection that died while idle (a database restart) is
# noticed at the start of the next request and opened again.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# --- The API (/api/) ---------------------------------------------------------------
# Read-only JSON of the public record (api/ and docs/api.md). Anonymous
# programs are limited to API_ANON_RATE requests (counted in the default
# cache); a response the page cache serves is not counted.
API_ANON_RATE = os.environ.get("API_ANON_RATE", "1200/hour")
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    # JSON only: a view that chose its format from the Accept header would
    # need Vary: Accept, and the page cache keys pages by address alone.
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.AnonymousRateThrottle"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    # Whose address the limit counts: X-Forwarded-For is believed only
    # behind the proxies the sign-in lockout trusts (anyone can send one).
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
}
SPECTACULAR_SETTINGS = {
    "TITLE": f"{COUNCIL_NAME}: committee record API",
    "DESCRIPTION": "The public record of the council's committees, read-only. See docs/api.md.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.schema.add_error_responses",
    ],
    "ENUM_NAME_OVERRIDES": {
        "CommitteeKindEnum": "meetings.models.Committee.Kind",
        "PersonKindEnum": "meetings.models.Person.Kind",
        "MeetingStatusEnum": "meetings.models.Meeting.Status",
        "ResolutionKindEnum": "agenda.models.Resolution.Kind",
        "ResolutionOutcomeEnum": "agenda.models.Resolution.Outcome",
        "ResponseOutcomeEnum": "recommendations.models.Recommendation.Outcome",
        "ImplementationEnum": "recommendations.models.Recommendation.Implementation",
        "AttendanceStatusEnum": "meetings.models.Attendance.Status",
        "ActionStatusEnum": "recommendations.models.Action.Status",
        "WorkProgrammeStatusEnum": "recommendations.models.WorkProgrammeEntry.Status",
    },
}
# Any site may read the API from a browser, with GET only and without the
# visitor's cookies, so a page elsewhere can never read what a signed-in
# councillor may.
CORS_URLS_REGEX = r"^/(api|oparl)/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After"]
