"""Request middleware: the request's id and user for logs and audit events, a log line per
request, and the interface language."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

from tdkt.core.context import (
    UserRef,
    new_request_id,
    reset_request_id,
    reset_user,
    set_request_id,
    set_user,
)

_SAFE = re.compile(r"^[A-Za-z0-9._-]{8,64}$")

logger = logging.getLogger("tdkt.request")


def _user_of(request: HttpRequest) -> UserRef | None:
    # Read when a record is logged, not now: AuthenticationMiddleware (later in the chain) or
    # the API's token check sets request.user, and a view that never needs the user does not
    # pay for the session lookup unless something is logged.
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return None
    return UserRef(user.pk, user.get_username())


class RequestIdMiddleware:
    """Give each request an id (or keep a sane ``X-Request-ID`` from the proxy), make it and
    the user known to logs and audit events, and log one line when the response is ready."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        incoming = request.headers.get("X-Request-ID", "")
        request_id = incoming if _SAFE.match(incoming) else new_request_id()
        request.request_id = request_id  # type: ignore[attr-defined]
        id_token = set_request_id(request_id)
        user_token = set_user(lambda: _user_of(request))
        try:
            response = self.get_response(request)
            duration_ms = round((time.perf_counter() - started) * 1000)
            # The path without its query string: searches carry people's names.
            logger.info(
                "%s %s %s %sms",
                request.method,
                request.path,
                response.status_code,
                duration_ms,
                extra={
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": duration_ms,
                },
            )
        finally:
            reset_user(user_token)
            reset_request_id(id_token)
        response["X-Request-ID"] = request_id
        return response


class VietnameseFirstLocaleMiddleware(LocaleMiddleware):
    """Vietnamese unless the user chose another language with the switcher (cookie).

    Django's LocaleMiddleware would follow the browser's Accept-Language, and many office
    machines run English browsers; the product's language is Vietnamese by default.
    """

    def process_request(self, request: HttpRequest) -> None:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if chosen in dict(settings.LANGUAGES):
            translation.activate(chosen)
        else:
            translation.activate(settings.LANGUAGE_CODE)
        request.LANGUAGE_CODE = translation.get_language()  # type: ignore[attr-defined]
