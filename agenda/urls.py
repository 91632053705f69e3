from django.urls import path

from . import views, views_people, views_public
from .urls_papers import clerk_patterns as paper_clerk_patterns
from .urls_papers import public_patterns as paper_public_patterns

# Mounted at the site root in the "agenda" namespace (scrutiny/urls.py).
public_patterns = [
    path("meetings/<int:pk>/", views_public.meeting_detail, name="meeting"),
    path("meetings/<int:meeting_pk>/items/<int:pk>/", views_public.item_detail, name="item"),
    path("meetings/<int:pk>/minutes/", views_public.minutes, name="minutes"),
    path("decisions/", views_public.decision_list, name="decisions"),
    path("decisions/<int:pk>/", views_public.resolution_detail, name="resolution"),
    path("councillors/<slug:slug>/", views_people.councillor_detail, name="councillor"),
] + paper_public_patterns

# Mounted under /clerk/ in the "clerk" namespace (scrutiny/urls.py).
clerk_patterns = [
    path("meetings/<int:pk>/", views.meeting_hub, name="meeting"),
    path("meetings/<int:pk>/items/new/", views.item_create, name="item_create"),
    path("items/<int:pk>/edit/", views.item_update, name="item_update"),
    path("items/<int:pk>/delete/", views.item_delete, name="item_delete"),
    path("items/<int:pk>/move/", views.item_move, name="item_move"),
    path("meetings/<int:pk>/publish-agenda/", views.agenda_publish, name="agenda_publish"),
    path("meetings/<int:pk>/publish-decisions/", views.decisions_publish, name="decisions_publish"),
    path("meetings/<int:pk>/publish-minutes/", views.minutes_publish, name="minutes_publish"),
    path("meetings/<int:pk>/approve-minutes/", views.minutes_approve, name="minutes_approve"),
    path("meetings/<int:pk>/corrections/new/", views.correction_create, name="correction_create"),
] + paper_clerk_patterns
