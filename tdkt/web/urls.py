"""The URL map: Vietnamese paths for pages, /api/v1/ for the JSON API."""

from django.urls import include, path

from tdkt.web import views
from tdkt.web.api import api

web_patterns = (
    [
        path("", views.home, name="home"),
        path("healthz", views.healthz, name="healthz"),
    ],
    "web",
)

urlpatterns = [
    path("", include(web_patterns)),
    path("", include("tdkt.access.urls")),
    path("don-vi/", include("tdkt.units.urls")),
    path("cum-khoi/", include("tdkt.blocs.urls")),
    path("can-bo/", include("tdkt.people.urls")),
    path("nhat-ky/", include("tdkt.audit.urls")),
    path("ho-so/", include("tdkt.records.urls")),
    path("ho-so/", include("tdkt.verdicts.urls")),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]

handler404 = "tdkt.web.errors.not_found"
handler500 = "tdkt.web.errors.server_error"
