"""The limit on anonymous programs' requests, read from settings.API_ANON_RATE."""

from django.conf import settings
from rest_framework.throttling import AnonRateThrottle


class AnonymousRateThrottle(AnonRateThrottle):
    """
    DRF's anonymous limit (counted per address in the default cache), with
    its rate read when asked rather than when DRF's settings were first
    read, so that API_ANON_RATE and tests' settings take effect.
    """

    def get_rate(self):
        return settings.API_ANON_RATE
