"""
The agenda app's URLs: ``public_patterns`` for the public pages and
``clerk_patterns`` for the back office, with those for papers in
``papers`` and the feeds, sitemap and robots.txt in ``feeds``.
"""

from django.urls import path

from ..views import clerk, downloads, packs, people, public, votes
from .minutes import clerk_patterns as minutes_clerk_patterns
from .papers import clerk_patterns as paper_clerk_patterns
from .papers import public_patterns as paper_public_patterns

# Mounted at the site root in the "agenda" namespace (scrutiny/urls.py).
public_patterns = [
    path("meetings/<int:pk>/", public.meeting_detail, name="meeting"),
    path("meetings/<int:meeting_pk>/items/<int:pk>/", public.item_detail, name="item"),
    path("meetings/<int:pk>/minutes/", public.minutes, name="minutes"),
    path("meetings/<int:pk>/agenda-pack.pdf", packs.agenda_pack, name="agenda_pack"),
    path(
        "meetings/<int:pk>/supplementary/<int:publication_pk>/pack.pdf",
        packs.supplementary_pack,
        name="supplementary_pack",
    ),
    path("meetings/<int:pk>/minutes.pdf", packs.minutes_pdf, name="minutes_pdf"),
    path("decisions/", public.decision_list, name="decisions"),
    path("decisions/<int:pk>/", public.resolution_detail, name="resolution"),
    path("decisions.csv", downloads.decisions_csv, name="decisions_csv"),
    path("councillors/<slug:slug>/", people.councillor_detail, name="councillor"),
    path("councillors/<slug:slug>/attendance.csv", downloads.councillor_attendance_csv, name="attendance_csv"),
] + paper_public_patterns

# Mounted under /clerk/ in the "clerk" namespace (scrutiny/urls.py).
clerk_patterns = [
    path("meetings/<int:pk>/", clerk.meeting_hub, name="meeting"),
    path("meetings/<int:pk>/items/new/", clerk.item_create, name="item_create"),
    path("items/<int:pk>/edit/", clerk.item_update, name="item_update"),
    path("items/<int:pk>/delete/", clerk.item_delete, name="item_delete"),
    path("items/<int:pk>/move/", clerk.item_move, name="item_move"),
    path("meetings/<int:pk>/publish-agenda/", clerk.agenda_publish, name="agenda_publish"),
    path("meetings/<int:pk>/publish-decisions/", clerk.decisions_publish, name="decisions_publish"),
    path("meetings/<int:pk>/publish-minutes/", clerk.minutes_publish, name="minutes_publish"),
    path("meetings/<int:pk>/approve-minutes/", clerk.minutes_approve, name="minutes_approve"),
    path("meetings/<int:pk>/corrections/new/", clerk.correction_create, name="correction_create"),
    path("resolutions/<int:pk>/named-votes/", votes.named_votes, name="named_votes"),
] + paper_clerk_patterns + minutes_clerk_patterns
