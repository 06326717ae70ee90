"""The permission battery, generated from the URL map.

Every page and API route × every role × an object in scope and one out of scope. Routes come
from Django's resolver (and each NinjaAPI path's operations), so a route added later is
covered without anyone remembering to add it; a route that declares nothing
(``tdkt.access.routes``) fails here. What each role may reach is the app's access declaration
(``restrict``); the hand-written tables in test_scope_battery.py pin those declarations to
what the product promises each role.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.db.models import Model
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from tdkt.access.routes import RouteAccess, route_access
from tdkt.access.scope import CHANGE, can, restrict
from tdkt.units.models import Unit
from tests.conftest import USERS, login_client

pytestmark = pytest.mark.django_db

ROLES = ["anon", *USERS]

# Routes that Django and django-ninja add themselves: the language switch and the API's own
# schema, docs and index. Public by design; nothing of ours behind them.
FRAMEWORK_ROUTES = {"i18n/setlang/", "api/v1/openapi.json", "api/v1/docs", "api/v1/"}


@dataclass(frozen=True)
class Route:
    path: str
    method: str
    view: Callable[..., Any]
    api: bool


def _operations(callback: Any) -> list[Any]:
    """The django-ninja operations behind one URL pattern (one per HTTP method set)."""
    for cell in getattr(callback, "__closure__", None) or ():
        holder = cell.cell_contents
        if hasattr(holder, "operations") and isinstance(holder.operations, list):
            return holder.operations
    return []


def _walk(resolver: URLResolver, prefix: str = "") -> Iterator[tuple[str, URLPattern]]:
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern


def all_routes() -> list[Route]:
    routes: dict[tuple[str, str], Route] = {}
    for path, pattern in _walk(get_resolver()):
        if path in FRAMEWORK_ROUTES:
            continue
        operations = _operations(pattern.callback)
        if operations:
            for op in operations:
                for method in op.methods:
                    routes[path, method] = Route(path, method, op.view_func, True)
        else:
            routes[path, "GET"] = Route(path, "GET", pattern.callback, False)
    # django-ninja lists a path once per operation name; one route per path and method.
    return list(routes.values())


def _user(role: str) -> Any:
    if role == "anon":
        return AnonymousUser()
    return get_user_model().objects.get(username=USERS[role])


def _some_unit(user: Any) -> Unit:
    unit = restrict(Unit.objects.filter(valid_to__isnull=True), user, CHANGE).order_by("pk").first()
    return unit or Unit.objects.filter(valid_to__isnull=True).order_by("pk").first()


# Bodies for the write endpoints: an allowed caller must get past the access check with
# them, so that "not 404" means the route let them in. A write route added without a body
# here fails the battery.
BODIES: dict[tuple[str, str], Callable[[Any, Model | None], dict[str, Any]]] = {
    ("POST", "api/v1/persons/"): lambda user, obj: {
        "family_name": "Trịnh",
        "middle_name": "Thị",
        "given_name": "Hằng",
        "gender": "nu",
        "date_of_birth": "1990-03-04",
        "unit_id": _some_unit(user).pk,
        "title": "Chuyên viên",
        "start_date": "2020-01-01",
    },
    ("PATCH", "api/v1/persons/<int:person_id>"): lambda user, obj: {"middle_name": "Văn"},
    ("POST", "api/v1/units/"): lambda user, obj: {
        "code": "BATTERY-1",
        "name": "Phòng thử nghiệm",
        "unit_type": Unit.objects.order_by("pk").first().unit_type,  # type: ignore[union-attr]
        "valid_from": "2026-01-01",
    },
    ("POST", "api/v1/units/reorganisations"): lambda user, obj: {
        "kind": "rename",
        "effective_date": "2026-07-01",
        "legal_basis": "Quyết định thử nghiệm",
        "predecessor_ids": [_some_unit(user).pk],
        "successors": [
            {"code": "BATTERY-2", "name": "Tên mới", "unit_type": _some_unit(user).unit_type}
        ],
    },
    ("POST", "api/v1/eligibility/check"): lambda user, obj: {
        "subject": {"kind": "person", "id": "p1", "name": "Lê Thị Hồng", "gender": "nu"},
        "award": "lao_dong_tien_tien",
        "year": 2025,
        "history": {"years": [{"year": 2025, "rating": "httnv"}], "awards": []},
    },
}


def _url(route: Route, access: RouteAccess, obj: Model | None) -> str:
    def fill(match: re.Match[str]) -> str:
        name = match.group(2)
        if name == access.param and obj is not None:
            return str(obj.pk)
        if name in access.samples:
            return access.samples[name]
        raise AssertionError(f"{route.path}: no sample for URL parameter {name!r}")

    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", fill, route.path)


class _Undo(Exception):
    pass


def _call(client: Client, route: Route, url: str, user: Any, obj: Model | None) -> int:
    """One request, its writes undone afterwards, so each role meets the same data."""
    try:
        with transaction.atomic():
            raise _Undo(_request(client, route, url, user, obj))
    except _Undo as undo:
        return int(undo.args[0])


def _request(client: Client, route: Route, url: str, user: Any, obj: Model | None) -> int:
    if route.method == "GET":
        return client.get(url).status_code
    body_for = BODIES.get((route.method, route.path))
    assert body_for is not None, f"{route.method} {route.path}: add a sample body to BODIES"
    body = json.dumps(body_for(user, obj))
    send = getattr(client, route.method.lower())
    return send(url, body, content_type="application/json").status_code


def _let_in(status: int, route: Route) -> bool:
    if route.method != "GET":
        # The sample body is valid: an allowed write succeeds.
        return 200 <= status < 300
    return status not in (401, 403, 404) and status < 500


def _denied(status: int, role: str, route: Route) -> bool:
    if role == "anon":
        # Anonymous: the login page (pages), 401 (API) or not found.
        return status in ((401, 404) if route.api else (302, 404))
    return status == 404


def _objects(model: type[Model], user: Any, action: str) -> tuple[Model | None, Model | None]:
    inside = restrict(model._default_manager.all(), user, action)
    first_in = inside.order_by("pk").first()
    first_out = model._default_manager.exclude(pk__in=inside.values("pk")).order_by("pk").first()
    return first_in, first_out


def _make_import_jobs() -> None:
    """Uploads belong to their uploader: give two users one each, so the import page has an
    object in and out of scope for every role."""
    from tdkt.records.models import ImportJob

    for role in ("officer", "sector"):
        ImportJob.objects.create(
            user=_user(role), filename=f"{role}.xlsx", content=b"", status="rejected"
        )


def test_every_route_declares_access_and_keeps_to_it(capsys: pytest.CaptureFixture[str]) -> None:
    _make_import_jobs()
    routes = all_routes()
    undeclared = [f"{r.method} /{r.path}" for r in routes if route_access(r.view) is None]
    assert not undeclared, f"routes without an access declaration: {undeclared}"

    failures: list[str] = []
    cases = 0
    covered: dict[str, set[str]] = {}
    for role in ROLES:
        client = login_client(role)
        user = _user(role)
        for route in routes:
            access = route_access(route.view)
            assert access is not None
            label = f"{route.method} /{route.path}"
            if access.kind == "object":
                assert access.model is not None
                inside, outside = _objects(access.model, user, access.action)
                for obj, allowed in ((inside, True), (outside, False)):
                    if obj is None:
                        continue
                    status = _call(client, route, _url(route, access, obj), user, obj)
                    cases += 1
                    covered.setdefault(label, set()).add("in" if allowed else "out")
                    ok = _let_in(status, route) if allowed else _denied(status, role, route)
                    if not ok:
                        failures.append(f"{role} {label} {'in' if allowed else 'out'}: {status}")
                continue
            status = _call(client, route, _url(route, access, None), user, None)
            cases += 1
            if access.kind == "public":
                allowed = True
            elif access.kind == "signed_in":
                allowed = role != "anon"
            else:
                assert access.model is not None
                allowed = can(user, access.action, access.model)
            ok = _let_in(status, route) if allowed else _denied(status, role, route)
            if not ok:
                failures.append(f"{role} {label}: {status} (allowed={allowed})")

    # Every object route was tried with an object in scope and one out of scope, except
    # where the objects are published to everyone (nothing is out of anyone's scope).
    object_routes = {
        f"{r.method} /{r.path}": a
        for r in routes
        if (a := route_access(r.view)) is not None and a.kind == "object"
    }
    half = [
        f"{k}: {sorted(v)}"
        for k, v in covered.items()
        if v != {"in", "out"}
        and _objects(object_routes[k].model, AnonymousUser(), object_routes[k].action)[1]  # type: ignore[arg-type]
        is not None
    ]
    assert not half and set(covered) == set(object_routes), (
        half,
        set(object_routes) - set(covered),
    )
    assert not failures, "\n".join(failures)
    with capsys.disabled():
        print(
            f"\npermission battery: {len(routes)} routes × {len(ROLES)} roles → "
            f"{cases} route × role × object cases checked"
        )


def test_a_model_without_a_declaration_is_refused_at_start_up() -> None:
    from django.core import checks
    from django.db import models

    class Stray(models.Model):  # noqa: DJ008
        class Meta:
            app_label = "records"

    Stray.__module__ = "tdkt.records.models"
    try:
        errors = [e for e in checks.run_checks(tags=["security"]) if e.id == "tdkt.A001"]
        assert [e.obj for e in errors] == [Stray]
        assert "khai báo thiếu quy tắc truy cập" in errors[0].msg
    finally:
        from django.apps import apps

        del apps.all_models["records"]["stray"]
        apps.clear_cache()


def test_restrict_refuses_an_undeclared_model() -> None:
    from django.contrib.sessions.models import Session

    with pytest.raises(LookupError, match="declares no access rule"):
        restrict(Session.objects.all(), _user("admin"))


def test_declared_routes_match_today() -> None:
    """A fixed point for the generated battery: the URL map has routes of every kind."""
    kinds = {a.kind for r in all_routes() if (a := route_access(r.view)) is not None}
    assert kinds == {"object", "action", "signed_in", "public"}
