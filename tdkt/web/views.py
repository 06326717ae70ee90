"""The home page and the health check."""

from __future__ import annotations

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

from tdkt.access.routes import public_route
from tdkt.access.scope import restrict, scope_for
from tdkt.blocs.models import Bloc
from tdkt.people.models import Person
from tdkt.units.models import Unit


@public_route()
def home(request: HttpRequest) -> HttpResponse:
    scope = scope_for(request.user)
    my_blocs = restrict(Bloc.objects.all(), request.user, "lead").order_by("name")
    counts = {
        "units": Unit.objects.filter(valid_to__isnull=True).count(),
        "blocs": Bloc.objects.count(),
        "people": restrict(Person.objects.all(), request.user).count()
        if scope.authenticated
        else None,
    }
    return render(request, "web/home.html", {"counts": counts, "my_blocs": my_blocs})


@public_route()
def healthz(request: HttpRequest) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok", "database": connection.vendor})
