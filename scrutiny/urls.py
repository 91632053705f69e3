from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from agenda import urls as agenda_urls
from agenda import urls_feeds, views_public
from meetings import urls as meetings_urls
from meetings import views as meetings_views
from search import urls as search_urls

clerk_patterns = meetings_urls.clerk_patterns + agenda_urls.clerk_patterns

urlpatterns = [
    path("", views_public.home, name="home"),
    path("", include((meetings_urls.public_patterns, "meetings"))),
    path("", include((agenda_urls.public_patterns, "agenda"))),
    path("", include(urls_feeds.feed_patterns)),
    path("", include(search_urls)),
    path("clerk/", include((clerk_patterns, "clerk"))),
    path("sign-in/", meetings_views.SignInView.as_view(), name="login"),
    path("sign-out/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
]
