from django.contrib.auth import views as auth_views
from django.urls import path

from . import views, views_account, views_attendance, views_dashboard, views_drafts, views_public

# Mounted at the site root in the "meetings" namespace.
public_patterns = [
    path("committees/", views_public.committee_list, name="committee_list"),
    path("committees/<slug:slug>/", views_public.committee_detail, name="committee"),
    path("calendar/", views_public.calendar_month, name="calendar"),
    path("meetings.csv", views_public.meetings_csv, name="meetings_csv"),
    path("calendar/<int:year>/<int:month>/", views_public.calendar_month, name="calendar_month"),
]

# Included under /clerk/ in the "clerk" namespace.
clerk_patterns = [
    path("", views_dashboard.dashboard, name="dashboard"),
    path("meetings/", views_dashboard.meeting_list, name="meeting_list"),
    path("meetings/unpublished/", views_dashboard.unpublished, name="unpublished"),
    path("committees/", views.CommitteeListView.as_view(), name="committee_list"),
    path("committees/new/", views.CommitteeCreateView.as_view(), name="committee_create"),
    path("committees/<slug:slug>/", views.CommitteeDetailView.as_view(), name="committee_detail"),
    path("committees/<slug:slug>/edit/", views.CommitteeUpdateView.as_view(), name="committee_update"),
    path(
        "committees/<slug:slug>/members/add/",
        views.MembershipCreateView.as_view(),
        name="membership_create",
    ),
    path("memberships/<int:pk>/edit/", views.MembershipUpdateView.as_view(), name="membership_update"),
    path("memberships/<int:pk>/end/", views.MembershipEndView.as_view(), name="membership_end"),
    path("people/", views.PersonListView.as_view(), name="person_list"),
    path("people/new/", views.PersonCreateView.as_view(), name="person_create"),
    path("people/<slug:slug>/edit/", views.PersonUpdateView.as_view(), name="person_update"),
    path("meetings/new/", views.MeetingCreateView.as_view(), name="meeting_create"),
    path("meetings/<int:pk>/edit/", views.meeting_update, name="meeting_update"),
    path("meetings/<int:pk>/cancel/", views.meeting_cancel, name="meeting_cancel"),
    path("meetings/<int:pk>/postpone/", views.meeting_postpone, name="meeting_postpone"),
    path("meetings/<int:pk>/reinstate/", views.meeting_reinstate, name="meeting_reinstate"),
    path("meetings/<int:pk>/attendance/", views_attendance.meeting_attendance, name="meeting_attendance"),
    path("meetings/<int:pk>/announce/", views_drafts.meeting_announce, name="meeting_announce"),
    path("meetings/<int:pk>/delete/", views_drafts.meeting_delete, name="meeting_delete"),
]

# Included under /account/ in the "account" namespace: a person's own
# password and two-factor sign-in.
account_patterns = [
    path("", views_account.account, name="overview"),
    path("password/", views_account.PasswordChangeView.as_view(), name="password_change"),
    path(
        "password/changed/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("password-reset/", views_account.PasswordResetView.as_view(), name="password_reset"),
    path(
        "password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "password-reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        views_account.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("two-factor/set-up/", views_account.two_factor_set_up, name="two_factor_set_up"),
    path("two-factor/remove/", views_account.two_factor_remove, name="two_factor_remove"),
]
