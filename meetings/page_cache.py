"""
The page cache: anonymous visitors' copies of public pages, kept in Django's
cache (``CACHES["default"]``: memory, or Redis from ``CACHE_URL``) and never
served once the record has changed.

Who is served a kept page
    A GET or HEAD from a visitor with neither a session cookie nor a flash
    message cookie, for any path outside ``PAGE_CACHE_EXCLUDED_PATHS`` (the
    clerks' back office, the admin, signing in and out). Nobody is signed in
    without a session cookie: councillors, who see exempt items, and clerks,
    who see drafts, always carry one, so they are never served a kept page
    and never fill one. A visitor with a session who is not signed in is
    simply not served from the cache: rare, and never wrong.

What is kept
    A 200 to such a GET that sets no cookie (so no CSRF token, no new
    session and no flash message went into it), is not marked private,
    no-store or no-cache, varies on no header but Cookie and
    Accept-Encoding, is not compressed or streamed, and is at most
    MAX_PAGE_BYTES. A search whose filters have errors answers 400, and a
    paper is streamed, so neither is ever kept.

The key
    Scheme, host, path and query string (no view picks its format from the
    Accept header: feeds have addresses of their own), the record version's
    token, and the minute.

Where
    In ``CACHES["default"]``: each process's own memory by default, or with
    CACHE_URL a Redis shared by every process and server, so that a page is
    rendered once for all of them. In front of Redis each process also keeps
    the pages it served last (RECENT_BYTES of them), so that a busy page
    costs no trip to Redis. Every copy is filed under the same key, so they
    can never disagree.

Why a kept page is never stale
    ``PublicRecordVersion`` is one row whose token is replaced by every save,
    delete or many-to-many change of a meeting or agenda record, in the
    same transaction as the change (the receivers below, connected for every
    model of those apps when the app registry is ready). The search index
    changes with those records, and ``search.indexing`` replaces the token
    after a rebuild, which writes without signals. A request
    reads the token before it renders, so a page filed under a token shows
    the records as they were when that token was committed, or later, never
    earlier; a change that is rolled back takes its token with it.

    Inside a transaction the token is replaced before the record's row is
    written, so writers take the version row's lock at their first write
    and mostly queue there rather than deadlock over it (where two still
    deadlock, PostgreSQL stops one and the clerk is told that nothing was
    saved: scrutiny/database_unavailable.py). Outside a transaction it is
    replaced just after the row is written, so it never commits before the
    change does.

    One change retires every kept page, far more than it touched. That is
    deliberate: a decision shows on its item, its meeting, the home page, the
    decisions list, the committee's feeds, the sitemap and the search
    results, and working out which pages a change reaches would be a second
    copy of every view's rules, where a page missed is a wrong public
    record. Clerks change records a few times an hour at most; under load
    each page is rendered once after a change and then served from the
    cache, so the blunt rule costs next to nothing.

    The token lives in the database, not the cache. In the default
    per-process memory cache a counter bumped by one gunicorn worker would
    not be seen by the others, and a bump sent to a Redis that cannot be
    reached would be lost, leaving its old pages to be served when it came
    back. Reading it costs one single-row query per request.

    The minute is in the key because pages follow the clock too: a meeting
    moves from upcoming to past as it starts, the calendar opens at this
    month. Meeting times and dates are whole minutes, so a page rendered in
    a minute holds for all of it. The minute also bounds what a change made
    without signals (raw SQL, a data migration) can leave behind.

If the cache fails
    Pages are rendered as if there were no cache (a process still serves
    the pages it keeps itself), and the cache is left alone for
    OUTAGE_BACKOFF seconds so that a Redis that times out does not slow
    every request down.
"""

import hashlib
import logging
import threading
import time
import uuid
from collections import OrderedDict

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache, caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import DEFAULT_DB_ALIAS, Error, connection, connections
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re, set_response_etag
from simple_history.models import HistoricalChanges

from .models import PublicRecordVersion

logger = logging.getLogger(__name__)

# The apps whose records make up the public pages. ``meetings`` names
# ``agenda`` and ``recommendations`` only as labels, to connect their signals, and never imports them.
# The search index is left out: it changes only with these records, in the
# same transaction, or in a rebuild, which replaces the token itself; its
# entries are deleted in bulk, which signals on them would slow down.
RECORD_APPS = ("meetings", "agenda", "recommendations")

MAX_PAGE_BYTES = 2 * 1024 * 1024
# Keys change every minute, so a kept page is of no use after that.
KEEP_SECONDS = 90
OUTAGE_BACKOFF = 5
# The pages a process keeps itself in front of Redis, in bytes.
RECENT_BYTES = 16 * 1024 * 1024
VARY_ALLOWED = {"cookie", "accept-encoding"}
NOT_TO_KEEP = {"private", "no-store", "no-cache"}


# --- The record version ------------------------------------------------------------


def record_version(using=DEFAULT_DB_ALIAS):
    """
    The public record's current token; None, once, if its row was deleted
    (as flushing a test database does), which puts it back.

    For a kept page this is the request's only query. CONN_HEALTH_CHECKS
    would first send a reused connection a query of its own to see that it
    is alive; this one tells as much (on a dead connection it fails, and
    the middleware closes the connection so that the view opens a new one),
    so the check is counted as done, and a kept page costs one round trip
    to the database instead of two.
    """
    database = connections[using]
    database.health_check_done = True
    table = database.ops.quote_name(PublicRecordVersion._meta.db_table)
    with database.cursor() as cursor:
        cursor.execute(f"SELECT token FROM {table} WHERE id = 1")
        row = cursor.fetchone()
    if row is None:
        bump_record_version(using)
        return None
    return row[0]


def bump_record_version(using=DEFAULT_DB_ALIAS):
    """Give the public record a new token, retiring every kept page once this transaction commits."""
    token = uuid.uuid4().hex
    versions = PublicRecordVersion.objects.using(using)
    if not versions.filter(pk=1).update(token=token):
        versions.bulk_create([PublicRecordVersion(pk=1, token=token)], ignore_conflicts=True)


def _before_change(sender, using, **kwargs):
    if connections[using].in_atomic_block:
        bump_record_version(using)


def _after_change(sender, using, **kwargs):
    if not connections[using].in_atomic_block:
        bump_record_version(using)


def _many_to_many_changed(sender, action, using, **kwargs):
    if action.startswith("pre_"):
        _before_change(sender, using=using)
    else:
        _after_change(sender, using=using)


def connect_invalidation():
    """Replace the record version on every change to a record of RECORD_APPS (not their audit history)."""
    for label in RECORD_APPS:
        for model in apps.get_app_config(label).get_models(include_auto_created=True):
            if model is PublicRecordVersion or issubclass(model, HistoricalChanges):
                continue
            uid = f"page_cache:{model._meta.label}"
            pre_save.connect(_before_change, sender=model, dispatch_uid=uid)
            pre_delete.connect(_before_change, sender=model, dispatch_uid=uid)
            post_save.connect(_after_change, sender=model, dispatch_uid=uid)
            post_delete.connect(_after_change, sender=model, dispatch_uid=uid)
            m2m_changed.connect(_many_to_many_changed, sender=model, dispatch_uid=uid)


def current_minute():
    """The minute a key belongs to: a page that shows the time of day ("held", "next meeting") is kept a minute at most."""
    return int(timezone.now().timestamp()) // 60


# --- The middleware ----------------------------------------------------------------


class PageCacheMiddleware:
    """
    Serve and keep anonymous visitors' public pages. It sits just inside
    ConditionalGetMiddleware, so a kept page still answers If-None-Match
    with a 304, and outside the CSRF, authentication and messages
    middleware, whose cookies it must see before it keeps a page.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.cache_down_until = 0.0
        self.recent = OrderedDict()
        self.recent_bytes = 0
        self.recent_lock = threading.Lock()

    def __call__(self, request):
        key = self.key_for(request) if self.may_serve(request) else None
        if key is None:
            return self.get_response(request)
        kept = self.look_up(key)
        if kept is not None:
            # What AuthenticationMiddleware would have set, for any outer
            # middleware that looks: without a session nobody is signed in.
            request.user = AnonymousUser()
            content, headers = kept
            return HttpResponse(content, headers=headers)
        response = self.get_response(request)
        if request.method == "GET" and self.may_keep(request, response):
            set_response_etag(response)  # as ConditionalGetMiddleware would, once instead of on every hit
            self.keep(key, (response.content, dict(response.items())))
        return response

    def may_serve(self, request):
        return (
            settings.PAGE_CACHE_ENABLED
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and CookieStorage.cookie_name not in request.COOKIES
            and not request.path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))
        )

    def key_for(self, request):
        """The page's key, or None when the record version cannot be read (the page is then not cached)."""
        try:
            token = record_version()
        except Error:
            # Most likely a persistent connection that died with a database
            # restart: drop it, so that the view opens a new one (or finds
            # the database still away, and answers for it).
            if not connection.in_atomic_block:
                connection.close()
            return None
        if token is None:
            return None
        digest = hashlib.sha256(f"{token} {current_minute()} {request.build_absolute_uri()}".encode()).hexdigest()
        return f"page:{digest}"

    def may_keep(self, request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        session = getattr(request, "session", None)
        if session is not None and session.modified:
            return False  # SessionMiddleware is about to set a cookie
        if response.has_header("Content-Encoding"):
            return False
        directives = {
            part.split("=")[0].strip().lower() for part in cc_delim_re.split(response.get("Cache-Control", ""))
        }
        if directives & NOT_TO_KEEP:
            return False
        varies = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", "")) if part.strip()}
        if varies - VARY_ALLOWED:
            return False
        return len(response.content) <= MAX_PAGE_BYTES

    def cache_call(self, method, *args):
        """Call the cache; on any failure render without it for a while (it is only ever a shortcut)."""
        if time.monotonic() < self.cache_down_until:
            return None
        try:
            return method(*args)
        except Exception:
            self.cache_down_until = time.monotonic() + OUTAGE_BACKOFF
            logger.warning(
                "The page cache failed; pages are rendered without it for %s s.", OUTAGE_BACKOFF, exc_info=True
            )
            return None

    def look_up(self, key):
        with self.recent_lock:
            kept = self.recent.get(key)
            if kept is not None:
                self.recent.move_to_end(key)
                return kept
        kept = self.cache_call(cache.get, key)
        if kept is not None:
            self.remember(key, kept)
        return kept

    def keep(self, key, kept):
        self.remember(key, kept)
        self.cache_call(cache.set, key, kept, KEEP_SECONDS)

    def remember(self, key, kept):
        if isinstance(caches["default"], LocMemCache):
            return  # the cache is this process's memory already
        with self.recent_lock:
            if key not in self.recent:
                self.recent[key] = kept
                self.recent_bytes += len(kept[0])
            while self.recent_bytes > RECENT_BYTES:
                _, (content, _) = self.recent.popitem(last=False)
                self.recent_bytes -= len(content)
