"""
OParl's URLs, mounted at /oparl/ (scrutiny/urls.py), written out one by
one so that the no-leak test reads them like every other public URL.
"""

from django.urls import include, path

from . import views

LIST_PATHS = {
    "organization_list": "organizations",
    "person_list": "people",
    "meeting_list": "meetings",
    "paper_list": "papers",
    "membership_list": "memberships",
    "agenda_item_list": "agenda-items",
    "consultation_list": "consultations",
    "file_list": "files",
}
OBJECT_PATHS = {
    "organization": "organization",
    "person": "person",
    "membership": "membership",
    "meeting": "meeting",
    "agenda_item": "agenda-item",
    "paper": "paper",
    "consultation": "consultation",
    "file": "file",
}

v1_patterns = [
    path("", views.system, name="system"),
    path("bodies/", views.body_list, name="body_list"),
    path("body/", views.body, name="body"),
    *[path(f"body/{segment}/", views.list_view(name), name=name) for name, segment in LIST_PATHS.items()],
    *[path(f"{segment}/<int:pk>/", views.detail_view(name), name=name) for name, segment in OBJECT_PATHS.items()],
    path("meeting/<int:pk>/agenda-pack/", views.meeting_file_view("invitation"), name="meeting_invitation"),
    path("meeting/<int:pk>/minutes/", views.meeting_file_view("resultsProtocol"), name="meeting_minutes"),
    path("meeting/<int:pk>/location/", views.meeting_location, name="meeting_location"),
]

urlpatterns = [path("v1/", include((v1_patterns, "oparl")))]
