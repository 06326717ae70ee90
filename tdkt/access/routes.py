"""What each page and API endpoint declares about access, beside its code.

The declaration says which object a route serves (and with which action) or which action it
needs without an object. Views still fetch through ``get_in_scope_or_404`` / ``restrict``;
the permission battery (tests/access/test_route_battery.py) walks the URL map, refuses any
route that declares nothing, and holds every route to its declaration for every role, with an
object in scope and one out of scope.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from django.db.models import Model

from tdkt.access.rules import VIEW

F = TypeVar("F", bound=Callable[..., Any])
Kind = Literal["object", "action", "signed_in", "public"]


@dataclass(frozen=True)
class RouteAccess:
    kind: Kind
    model: type[Model] | None = None
    action: str = VIEW
    # The URL parameter that names the object (object routes).
    param: str = "pk"
    # Values for the route's other URL parameters, for the battery.
    samples: dict[str, str] = field(default_factory=dict)


def _mark(access: RouteAccess) -> Callable[[F], F]:
    def decorate(view: F) -> F:
        view._tdkt_route = access  # type: ignore[attr-defined]
        return view

    return decorate


def object_route(
    model: type[Model], action: str = VIEW, *, param: str = "pk", **samples: str
) -> Callable[[F], F]:
    """The route serves one ``model`` object named by ``param``: out of scope is 404."""
    return _mark(RouteAccess("object", model, action, param, samples))


def action_route(model: type[Model], action: str, **samples: str) -> Callable[[F], F]:
    """The route needs ``action`` on some ``model`` object (create, reorganise, a log):
    those without it get 404."""
    return _mark(RouteAccess("action", model, action, samples=samples))


def signed_in_route(**samples: str) -> Callable[[F], F]:
    """Any signed-in user may open it; what it shows is narrowed by ``restrict``."""
    return _mark(RouteAccess("signed_in", samples=samples))


def public_route(**samples: str) -> Callable[[F], F]:
    """Anyone, signed in or not (the home page, the login page, the health check)."""
    return _mark(RouteAccess("public", samples=samples))


def route_access(view: Any) -> RouteAccess | None:
    return getattr(view, "_tdkt_route", None)
