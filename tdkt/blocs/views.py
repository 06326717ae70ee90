"""Bloc pages: the list, a bloc's year (members, leader and deputies), and their editing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from tdkt.access.routes import action_route, object_route, public_route
from tdkt.access.scope import CHANGE, can, get_in_scope_or_404, require, restrict
from tdkt.blocs.forms import BlocForm, MembersForm, OfficersForm
from tdkt.blocs.models import Bloc, OfficerRole
from tdkt.blocs.selectors import bloc_list, bloc_year, bloc_years
from tdkt.blocs.services import (
    MemberSpec,
    OfficerSpec,
    bloc_create,
    bloc_set_members,
    bloc_set_officers,
)
from tdkt.core.excel import excel_response
from tdkt.core.forms import service_form
from tdkt.units.models import Unit


def _year(request: HttpRequest, default: int) -> int:
    raw = request.GET.get("nam", "")
    return int(raw) if raw.isdigit() and 1990 <= int(raw) <= 2100 else default


@public_route()
def list_view(request: HttpRequest) -> HttpResponse:
    raw = request.GET.get("nam", "")
    year = int(raw) if raw.isdigit() else None
    blocs = restrict(bloc_list(year=year), request.user)
    if request.GET.get("xuat") == "xlsx":
        return excel_response(
            "cum-khoi-thi-dua",
            "Cụm, khối",
            ["Tên", "Loại", "Từ năm", "Đến năm"],
            ([b.name, b.get_kind_display(), b.from_year, b.to_year] for b in blocs),
        )
    return render(request, "blocs/list.html", {"blocs": blocs, "year": year})


@object_route(Bloc)
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    bloc = get_in_scope_or_404(Bloc.objects.all(), request.user, pk=pk)
    years = bloc_years(bloc)
    year = _year(request, years[-1] if years else dt.date.today().year)
    members, officers = bloc_year(bloc, year)
    if request.GET.get("xuat") == "xlsx":
        roles = {o.unit_id: o.get_role_display() for o in officers}
        return excel_response(
            f"cum-{bloc.pk}-{year}",
            f"Năm {year}",
            ["Đơn vị", "Loại", "Tỉnh, thành phố", "Vai trò", "Nguồn"],
            (
                [
                    m.unit.name,
                    m.unit.get_unit_type_display(),
                    m.unit.province_name,
                    roles.get(m.unit_id, ""),
                    m.get_source_display(),
                ]
                for m in members
            ),
        )
    return render(
        request,
        "blocs/detail.html",
        {
            "bloc": bloc,
            "year": year,
            "years": years,
            "members": members,
            "officers": officers,
            "can_change": can(request.user, "manage", Bloc),
            "inferred_count": sum(1 for m in members if m.source == "inferred"),
        },
    )


@login_required
@action_route(Bloc, "manage")
def create(request: HttpRequest) -> HttpResponse:
    require(can(request.user, "manage", Bloc))
    return service_form(
        request,
        BlocForm(request.POST or None),
        "Thêm cụm, khối thi đua",
        lambda data: bloc_create(actor=request.user, **data),
        lambda bloc: ("", reverse("blocs:detail", args=[bloc.pk])),
    )


@login_required
@object_route(Bloc, CHANGE)
def members(request: HttpRequest, pk: int) -> HttpResponse:
    bloc = get_in_scope_or_404(Bloc.objects.all(), request.user, CHANGE, pk=pk)
    year = _year(request, dt.date.today().year)
    current = bloc.memberships.filter(year=year).values_list("unit_id", flat=True)
    form = MembersForm(request.POST or None, year=year, initial={"units": list(current)})
    return service_form(
        request,
        form,
        f"Thành viên {bloc.name} năm {year}",
        lambda data: bloc_set_members(
            actor=request.user,
            bloc=bloc,
            year=year,
            members=[MemberSpec(unit=u) for u in data["units"]],
        ),
        lambda _: (f"Đã lưu thành viên năm {year}.", f"/cum-khoi/{bloc.pk}/?nam={year}"),
    )


@login_required
@object_route(Bloc, CHANGE)
def officers(request: HttpRequest, pk: int) -> HttpResponse:
    bloc = get_in_scope_or_404(Bloc.objects.all(), request.user, CHANGE, pk=pk)
    year = _year(request, dt.date.today().year)
    member_units = Unit.objects.filter(bloc_memberships__bloc=bloc, bloc_memberships__year=year)

    def save(data: dict[str, Any]) -> None:
        specs = [
            OfficerSpec(
                OfficerRole.TRUONG, data["leader"], data["leader_name"], data["leader_title"]
            )
        ]
        specs += [
            OfficerSpec(OfficerRole.PHO, data[n], "", data[f"{n}_title"])
            for n in ("deputy1", "deputy2")
            if data[n]
        ]
        bloc_set_officers(actor=request.user, bloc=bloc, year=year, officers=specs)

    return service_form(
        request,
        OfficersForm(request.POST or None, members=member_units),
        f"Trưởng, Phó {bloc.name} năm {year}",
        save,
        lambda _: (f"Đã lưu Trưởng, Phó năm {year}.", f"/cum-khoi/{bloc.pk}/?nam={year}"),
    )
