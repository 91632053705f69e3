from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from agenda import urls as agenda_urls
from api import developers as api_developers
from api import urls as api_urls
from agenda.urls import feeds as agenda_feed_urls
from agenda.views import public as agenda_public_views
from meetings import urls as meetings_urls
from meetings import views_account
from moderngov import urls as moderngov_urls
from oparl import urls as oparl_urls
from recommendations import urls as recommendations_urls
from search import urls as search_urls

from . import views

clerk_patterns = (
    meetings_urls.clerk_patterns
    + agenda_urls.clerk_patterns
    + moderngov_urls.clerk_patterns
    + recommendations_urls.clerk_patterns
)

urlpatterns = [
    path("", agenda_public_views.home, name="home"),
    path("", include((meetings_urls.public_patterns, "meetings"))),
    path("", include((agenda_urls.public_patterns, "agenda"))),
    path("", include(agenda_feed_urls.feed_patterns)),
    path("", include(search_urls)),
    path("", include((moderngov_urls.public_patterns, "moderngov"))),
    path("", include((recommendations_urls.public_patterns, "recommendations"))),
    path("clerk/", include((clerk_patterns, "clerk"))),
    path("sign-in/", views_account.SignInView.as_view(), name="login"),
    path("sign-in/code/", views_account.sign_in_code, name="login_code"),
    path("sign-out/", auth_views.LogoutView.as_view(), name="logout"),
    path("account/", include((meetings_urls.account_patterns, "account"))),
    path("admin/", admin.site.urls),
    path("health/", views.health, name="health"),
    path("api/", include(api_urls)),
    path("oparl/", include(oparl_urls)),
    path("developers/", api_developers.developers, name="developers"),
]

# A form too large to read answers 413 with the limit, not a bare 400.
handler400 = "scrutiny.views.bad_request"
# Under /api/ these answer JSON; elsewhere Django's own pages.
handler404 = "scrutiny.views.page_not_found"
handler500 = "scrutiny.views.server_error"
