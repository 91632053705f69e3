"""
ModernGov's URLs: ``clerk_patterns`` (the import of one meeting, under
/clerk/ in the "clerk" namespace) and ``public_patterns`` (its web service,
answered from this site's record, at the site root in the "moderngov"
namespace).
"""

from django.urls import path

from . import service_views, views

public_patterns = [
    path("mgWebService.asmx/<str:method>", service_views.web_service, name="web_service"),
]

clerk_patterns = [
    path("import/moderngov/", views.import_meeting, name="moderngov_import"),
]
