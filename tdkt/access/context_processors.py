"""Puts the current user's scope, and what they may do, into every template."""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.http import HttpRequest

from tdkt.access.scope import can, scope_for


class _Can:
    """``{% if can.units.unit.manage %}``: app label, model name, action, answered by
    ``tdkt.access.scope.can`` and remembered for the request."""

    def __init__(self, user: Any, parts: tuple[str, ...] = ()) -> None:
        self._user, self._parts = user, parts

    def __getitem__(self, key: str) -> Any:
        parts = (*self._parts, key)
        if len(parts) < 3:
            return _Can(self._user, parts)
        model = apps.get_model(parts[0], parts[1])
        return can(self._user, parts[2], model)


def access(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    return {"scope": scope_for(user), "can": _Can(user)}
