"""URL map: Vietnamese paths for pages, /api/v1/ for the JSON API."""

from django.urls import include, path

from tdkt.api import api

urlpatterns = [
    path("", include("tdkt.core.urls")),
    path("", include("tdkt.access.urls")),
    path("don-vi/", include("tdkt.units.urls")),
    path("cum-khoi/", include("tdkt.blocs.urls")),
    path("can-bo/", include("tdkt.people.urls")),
    path("nhat-ky/", include("tdkt.audit.urls")),
    path("ho-so/", include("tdkt.records.urls")),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]

handler404 = "tdkt.core.errors.not_found"
handler500 = "tdkt.core.errors.server_error"
