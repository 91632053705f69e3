"""The clerk's ModernGov import, mounted under /clerk/ in the "clerk" namespace."""

from django.urls import path

from . import views

clerk_patterns = [
    path("import/moderngov/", views.import_meeting, name="moderngov_import"),
]
