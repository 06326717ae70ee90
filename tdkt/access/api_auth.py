"""API authentication: bearer tokens for machines, the session for the browser.

``PUBLIC`` endpoints (the published structure of the sector) also accept anonymous callers;
the access selector then shows them only what is published.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth

from tdkt.access.services import token_user


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = token_user(token)
        if user is not None:
            request.user = user
        return user


class Session(SessionAuth):
    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        user = super().authenticate(request, key)
        return user if user is not None and user.is_authenticated else None


def anonymous(request: HttpRequest) -> Any:
    """Last resort for public endpoints: an anonymous caller (truthy, so ninja accepts it)."""
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        request.user = AnonymousUser()
    return request.user


SIGNED_IN = [TokenAuth(), Session()]
PUBLIC = [TokenAuth(), Session(), anonymous]
