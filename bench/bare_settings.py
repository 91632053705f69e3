"""
The site's settings with bench/bare_urls.py as the URL configuration, for
bench/pages.py and bench/load.sh only: the bare view they measure against
exists nowhere else. The page cache leaves the bare view alone, so that it
stays Django's floor: the middleware and a view that does nothing.
"""

from scrutiny.settings import *  # noqa: F401,F403
from scrutiny.settings import PAGE_CACHE_EXCLUDED_PATHS

ROOT_URLCONF = "bench.bare_urls"
PAGE_CACHE_EXCLUDED_PATHS = [*PAGE_CACHE_EXCLUDED_PATHS, "/bench/"]
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
