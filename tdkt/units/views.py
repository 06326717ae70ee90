"""Unit pages: the tree, a unit with its history and successors, create and reorganise."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from tdkt.access.routes import action_route, object_route, public_route
from tdkt.access.scope import allows, can, get_in_scope_or_404, require, restrict
from tdkt.core.excel import excel_response
from tdkt.core.forms import service_form
from tdkt.units.forms import ReorganiseForm, UnitForm
from tdkt.units.models import Unit, UnitType
from tdkt.units.selectors import unit_lineage, unit_list
from tdkt.units.services import SuccessorSpec, unit_create, unit_reorganise


@public_route()
def tree(request: HttpRequest) -> HttpResponse:
    include_closed = request.GET.get("lich_su") == "1"
    units = unit_list(
        query=request.GET.get("q", ""),
        unit_type=request.GET.get("loai", ""),
        include_closed=include_closed,
    )
    units = restrict(units, request.user)
    if request.GET.get("xuat") == "xlsx":
        return excel_response(
            "don-vi",
            "Đơn vị",
            [
                "Mã",
                "Tên đơn vị",
                "Loại",
                "Đơn vị cấp trên",
                "Mã tỉnh",
                "Hiệu lực từ",
                "Hiệu lực đến",
            ],
            (
                [
                    u.code,
                    u.name,
                    u.get_unit_type_display(),
                    u.parent.name if u.parent else "",
                    u.province_code,
                    u.valid_from,
                    u.valid_to,
                ]
                for u in units
            ),
        )
    return render(
        request,
        "units/tree.html",
        {
            "units": units,
            "unit_types": UnitType.choices,
            "include_closed": include_closed,
        },
    )


@object_route(Unit)
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_in_scope_or_404(Unit.objects.select_related("parent"), request.user, pk=pk)
    predecessors, successors = unit_lineage(unit)
    children = unit.children.annotate(staff=Count("people", distinct=True)).order_by(
        "valid_to", "sort_key"
    )
    memberships = unit.bloc_memberships.select_related("bloc").order_by("-year")
    offices = unit.bloc_offices.select_related("bloc").order_by("-year")
    can_see_people = allows(request.user, "review", unit)
    return render(
        request,
        "units/detail.html",
        {
            "unit": unit,
            "predecessors": predecessors,
            "successors": successors,
            "children": children,
            "memberships": memberships,
            "offices": offices,
            "can_see_people": can_see_people,
            "staff_count": unit.people.count() if can_see_people else None,
            "ancestors": Unit.objects.filter(
                pk__in=[int(p) for p in unit.path.strip("/").split("/")[:-1]]
            ).order_by("depth"),
            "can_reorganise": can(request.user, "manage", Unit) and unit.valid_to is None,
        },
    )


@login_required
@action_route(Unit, "manage")
def create(request: HttpRequest) -> HttpResponse:
    require(can(request.user, "manage", Unit))
    form = UnitForm(request.POST or None, initial={"parent": request.GET.get("cap_tren")})
    return service_form(
        request,
        form,
        "Thêm đơn vị",
        lambda data: unit_create(actor=request.user, **data),
        lambda unit: (f"Đã thêm đơn vị “{unit.name}”.", reverse("units:detail", args=[unit.pk])),
    )


@login_required
@action_route(Unit, "manage")
def reorganise(request: HttpRequest) -> HttpResponse:
    require(can(request.user, "manage", Unit))
    form = ReorganiseForm(request.POST or None, initial={"predecessors": request.GET.getlist("tu")})

    def save(data: dict[str, Any]) -> tuple[str, Unit]:
        spec = SuccessorSpec(
            code=data["code"],
            name=data["name"],
            unit_type=data["unit_type"],
            parent=data["parent"],
            short_name=data["short_name"],
            province_code=data["province_code"],
            province_name=data["province_name"],
        )
        reorg = unit_reorganise(
            actor=request.user,
            kind=data["kind"],
            effective_date=data["effective_date"],
            legal_basis=data["legal_basis"],
            predecessors=list(data["predecessors"]),
            successors=[spec],
            move_children=data["move_children"],
            move_staff=data["move_staff"],
            note=data["note"],
        )
        return reorg.get_kind_display().lower(), reorg.successors.get()

    return service_form(
        request,
        form,
        "Sắp xếp, tổ chức lại đơn vị",
        save,
        lambda done: (
            f"Đã ghi nhận {done[0]}: “{done[1].name}”.",
            reverse("units:detail", args=[done[1].pk]),
        ),
    )
