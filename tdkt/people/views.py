"""People pages: the scoped list with search, a person's record, create and edit."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from tdkt.access.routes import action_route, object_route, signed_in_route
from tdkt.access.scope import CHANGE, allows, can, get_in_scope_or_404, require, restrict
from tdkt.core.excel import excel_response
from tdkt.core.forms import service_form
from tdkt.core.paging import paginate
from tdkt.people.forms import NewPersonForm, PersonForm, PositionForm
from tdkt.people.models import Person
from tdkt.people.selectors import person_list
from tdkt.people.services import person_create, person_update, position_add
from tdkt.units.models import Unit


def _unit_filter(request: HttpRequest) -> int | None:
    raw = request.GET.get("don_vi", "")
    return int(raw) if raw.isdigit() else None


def _changeable_units(user: object):  # type: ignore[no-untyped-def]
    return restrict(Unit.objects.filter(valid_to__isnull=True), user, CHANGE).order_by("path")


@login_required
@signed_in_route()
def person_list_view(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")
    people = person_list(
        restrict(Person.objects.all(), request.user), query=query, unit_id=_unit_filter(request)
    )
    if request.GET.get("xuat") == "xlsx":
        return excel_response(
            "can-bo",
            "Cán bộ",
            ["Họ", "Tên đệm", "Tên", "Giới tính", "Ngày sinh", "Đơn vị"],
            (
                [
                    p.family_name,
                    p.middle_name,
                    p.given_name,
                    p.get_gender_display(),
                    p.date_of_birth,
                    p.unit.label,
                ]
                for p in people.iterator(chunk_size=2000)
            ),
        )
    page = paginate(request, people)
    template = "people/_rows.html" if request.headers.get("HX-Request") else "people/list.html"
    unit_id = _unit_filter(request)
    return render(
        request,
        template,
        {
            "page": page,
            "query": query,
            "unit": Unit.objects.filter(pk=unit_id).first() if unit_id else None,
            "can_add": can(request.user, CHANGE, Person),
        },
    )


@login_required
@object_route(Person)
def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_in_scope_or_404(
        Person.objects.select_related("unit", "unit__parent"), request.user, pk=pk
    )
    can_change = allows(request.user, CHANGE, person)
    return render(
        request,
        "people/detail.html",
        {
            "person": person,
            "can_change": can_change,
            "positions": person.positions.select_related("unit", "unit__parent").order_by(
                "-start_date"
            ),
            "ratings": person.ratings.order_by("-year"),
        },
    )


@login_required
@action_route(Person, CHANGE)
def person_create_view(request: HttpRequest) -> HttpResponse:
    units = _changeable_units(request.user)
    require(units.exists())
    form = NewPersonForm(
        request.POST or None, units=units, initial={"unit": request.GET.get("don_vi")}
    )
    return service_form(
        request,
        form,
        "Thêm cán bộ",
        lambda data: person_create(actor=request.user, **data),
        lambda person: (
            f"Đã thêm “{person.full_name}”.",
            reverse("people:detail", args=[person.pk]),
        ),
    )


@login_required
@object_route(Person, CHANGE)
def person_edit_view(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_in_scope_or_404(Person.objects.all(), request.user, CHANGE, pk=pk)
    initial = {f: getattr(person, f) for f in PersonForm.base_fields}
    return service_form(
        request,
        PersonForm(request.POST or None, initial=initial),
        f"Sửa: {person.full_name}",
        lambda data: person_update(actor=request.user, person=person, **data),
        lambda _: ("Đã lưu.", reverse("people:detail", args=[person.pk])),
    )


@login_required
@object_route(Person, CHANGE)
def position_add_view(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_in_scope_or_404(Person.objects.all(), request.user, CHANGE, pk=pk)
    form = PositionForm(request.POST or None, units=_changeable_units(request.user))
    return service_form(
        request,
        form,
        f"Chuyển công tác: {person.full_name}",
        lambda data: position_add(actor=request.user, person=person, **data),
        lambda _: (
            "Đã ghi nhận quá trình công tác mới.",
            reverse("people:detail", args=[person.pk]),
        ),
    )
