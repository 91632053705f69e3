"""
The API's URLs, mounted at /api/ (scrutiny/urls.py): /api/v1/ for the
record, /api/schema/ for its OpenAPI 3 description and /api/docs/ for the
browsable documentation.

Written out as plain ``path``s (not a router's regular expressions), so
that the no-leak test reads them like every other public URL.
"""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from . import tracker, views

LIST, DETAIL = {"get": "list"}, {"get": "retrieve"}


def record_paths(prefix, name, viewset, lookup="<int:pk>"):
    return [
        path(f"{prefix}/", viewset.as_view(LIST), name=f"{name}-list"),
        path(f"{prefix}/{lookup}/", viewset.as_view(DETAIL), name=f"{name}-detail"),
    ]


v1_patterns = [
    path("", views.root, name="root"),
    *record_paths("committees", "committee", views.CommitteeViewSet, "<slug:slug>"),
    *record_paths("people", "person", views.PersonViewSet, "<slug:slug>"),
    *record_paths("memberships", "membership", views.MembershipViewSet),
    *record_paths("meetings", "meeting", views.MeetingViewSet),
    *record_paths("items", "item", views.AgendaItemViewSet),
    *record_paths("resolutions", "resolution", views.ResolutionViewSet),
    *record_paths("documents", "document", views.SupportingDocumentViewSet),
    *record_paths("corrections", "correction", views.MinutesCorrectionViewSet),
    *record_paths("recommendations", "recommendation", tracker.RecommendationViewSet),
    *record_paths("actions", "action", tracker.ActionViewSet),
    *record_paths("work-programme", "work-programme", tracker.TopicViewSet),
    path("search/", views.SearchView.as_view(), name="search"),
]

urlpatterns = [
    path("v1/", include((v1_patterns, "api"))),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(url_name="api-schema", template_name="api/swagger_ui.html"),
        name="api-docs",
    ),
]
