"""Puts the current user's scope into every template, for the navigation."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from tdkt.access.scope import scope_for


def access(request: HttpRequest) -> dict[str, Any]:
    return {"scope": scope_for(getattr(request, "user", None))}
