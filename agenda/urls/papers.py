"""
URLs for papers, declarations, audit history and the paste import.

``public_patterns`` are mounted at the site root; ``clerk_patterns`` under
/clerk/ in the "clerk" namespace (see agenda/urls/__init__.py).
"""

from django.urls import path

from ..views import history
from ..views import papers as views
from ..views import removals

public_patterns = [
    path("documents/<int:pk>/", views.document, name="document"),
]

clerk_patterns = [
    path("items/<int:pk>/documents/new/", views.document_upload, name="document_upload"),
    path("documents/<int:pk>/delete/", removals.document_delete, name="document_delete"),
    path("meetings/<int:pk>/declarations/", views.declarations, name="declarations"),
    path("declarations/<int:pk>/delete/", removals.declaration_delete, name="declaration_delete"),
    path("items/<int:pk>/history/", history.item_history, name="item_history"),
    path("meetings/<int:pk>/history/", history.meeting_history, name="meeting_history"),
    path("meetings/<int:pk>/import/", views.meeting_import, name="meeting_import"),
]
