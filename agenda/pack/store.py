"""
Keeping built PDFs. A pack is drawn once for each version of the public
record (meetings/page_cache.py: the token replaced by every change to a
meeting or agenda record), so a crawler asking for it again and again costs
one build; any change to the record retires every kept PDF at once, as it
does the kept pages. A cache that fails only means the PDF is drawn again.
"""

import hashlib
import logging

from django.core.cache import cache
from django.db import Error

from meetings.page_cache import record_version

logger = logging.getLogger(__name__)

# Longer than any page: a pack costs far more to draw, and a new record
# version makes an old entry unreachable anyway.
KEEP_SECONDS = 24 * 60 * 60
# A bigger PDF is sent but not kept, so that one huge pack cannot crowd
# every page out of the cache.
MAX_KEPT_BYTES = 40 * 1024 * 1024


def _key(token, parts):
    digest = hashlib.sha256(" ".join([token, *map(str, parts)]).encode()).hexdigest()
    return f"pdf:{digest}"


def _cache_call(method, *args):
    try:
        return method(*args)
    except Exception:
        logger.warning("The PDF cache failed; the PDF is drawn without it.", exc_info=True)
        return None


def kept_or_built(parts, build):
    """The PDF kept under ``parts`` for the current record version, else ``build()``, kept."""
    try:
        token = record_version()
    except Error:
        token = None
    if token is None:
        return build()
    key = _key(token, parts)
    pdf = _cache_call(cache.get, key)
    if pdf is None:
        pdf = build()
        if len(pdf) <= MAX_KEPT_BYTES:
            _cache_call(cache.set, key, pdf, KEEP_SECONDS)
    return pdf
