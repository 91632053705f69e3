"""
The tracker's URLs: ``public_patterns`` mounted at the site root in the
"recommendations" namespace, ``clerk_patterns`` under /clerk/ in "clerk".
"""

from django.urls import path

from . import feeds
from .views import clerk, clerk_actions, programme_clerk, programme_public, public

# Mounted at the site root in the "recommendations" namespace (scrutiny/urls.py).
public_patterns = [
    path("recommendations/", public.recommendation_list, name="list"),
    path("recommendations/<int:pk>/", public.recommendation_detail, name="detail"),
    path("recommendations.csv", public.recommendation_csv, name="csv"),
    path("committees/<slug:slug>/recommendations/", public.recommendation_list, name="committee_list"),
    path("feeds/recommendations.atom", feeds.RecommendationsFeed(), name="feed"),
    path("feeds/recommendation-responses.atom", feeds.ResponsesFeed(), name="feed_responses"),
]

# Mounted under /clerk/ in the "clerk" namespace (scrutiny/urls.py).
clerk_patterns = []

# --- The clerks' tracker forms and actions ---------------------------------------------
clerk_patterns += [
    path("recommendations/", clerk.recommendation_list, name="recommendation_list"),
    path("recommendations/<int:pk>/", clerk.recommendation_tracker, name="recommendation_tracker"),
    path("recommendations/<int:pk>/sent/", clerk.recommendation_send, name="recommendation_send"),
    path("recommendations/<int:pk>/response/", clerk.recommendation_respond, name="recommendation_respond"),
    path("recommendations/<int:pk>/update/", clerk.recommendation_update, name="recommendation_update"),
    path("recommendations/<int:pk>/close/", clerk.recommendation_close, name="recommendation_close"),
    path("recommendations/<int:pk>/reopen/", clerk.recommendation_reopen, name="recommendation_reopen"),
    path("meetings/<int:pk>/actions/new/", clerk_actions.action_raise, name="action_raise"),
    path("meetings/<int:pk>/tracker-item/", clerk_actions.tracker_item_add, name="tracker_item_add"),
    path("actions/<int:pk>/update/", clerk_actions.action_update, name="action_update"),
    path("actions/<int:pk>/close/", clerk_actions.action_close, name="action_close"),
]

# --- The work programme ----------------------------------------------------------------

public_patterns += [
    path(
        "committees/<slug:slug>/work-programme/<int:year>/",
        programme_public.work_programme,
        name="work_programme",
    ),
]

clerk_patterns += [
    path("committees/<slug:slug>/work-programme/", programme_clerk.work_programme_current,
         name="work_programme_current"),
    path("committees/<slug:slug>/work-programme/<int:year>/", programme_clerk.work_programme,
         name="work_programme"),
    path("committees/<slug:slug>/work-programme/<int:year>/add/", programme_clerk.topic_add,
         name="work_programme_add"),
    path("work-programme/<int:pk>/edit/", programme_clerk.topic_edit, name="work_programme_edit"),
    path("work-programme/<int:pk>/history/", programme_clerk.topic_history, name="work_programme_history"),
    path("work-programme/<int:pk>/agenda/", programme_clerk.topic_put_on_agenda,
         name="work_programme_put_on_agenda"),
]
