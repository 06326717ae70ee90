"""Profile pages: a person's and a unit's profile (timeline and eligibility panel), and
the unit officer's year page (everyone against every title), exportable to Excel."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tdkt.access.routes import object_route, signed_in_route
from tdkt.access.scope import allows, get_in_scope_or_404, restrict
from tdkt.core.excel import excel_response
from tdkt.eligibility.catalogue import BY_SLUG
from tdkt.people.models import Person
from tdkt.records.models import UnitYearResult
from tdkt.records.selectors import person_timeline
from tdkt.units.models import Unit
from tdkt.verdicts.selectors import (
    PERSON_AWARDS,
    YEARLY_PERSON_AWARDS,
    batch_verdicts,
    person_verdicts,
    unit_verdicts,
)

STATUS_LABEL = {
    "eligible": "Đủ điều kiện",
    "not_eligible": "Chưa đủ",
    "deferred": "Hoãn / xét thủ công",
}


def _year(request: HttpRequest) -> int:
    raw = request.GET.get("nam", "")
    return int(raw) if raw.isdigit() and 1990 <= int(raw) <= 2100 else dt.date.today().year


@login_required
@object_route(Person)
def person_profile(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_in_scope_or_404(Person.objects.select_related("unit"), request.user, pk=pk)
    year = _year(request)
    this_year, next_year = person_verdicts(
        person, [(year, PERSON_AWARDS), (year + 1, YEARLY_PERSON_AWARDS)]
    )
    return render(
        request,
        "verdicts/person.html",
        {
            "person": person,
            "year": year,
            "timeline": person_timeline(person),
            "this_year": this_year,
            "next_year": next_year,
            "status_label": STATUS_LABEL,
        },
    )


@object_route(Unit)
def unit_profile(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_in_scope_or_404(Unit.objects.all(), request.user, pk=pk)
    year = _year(request)
    can_see = allows(request.user, "review", unit)
    return render(
        request,
        "verdicts/unit.html",
        {
            "unit": unit,
            "year": year,
            "awards": unit.award_records.order_by("-year"),
            "results": restrict(UnitYearResult.objects.filter(unit=unit), request.user),
            "verdicts": unit_verdicts(unit, year) if can_see else [],
            "status_label": STATUS_LABEL,
        },
    )


@login_required
@signed_in_route()
def year_review(request: HttpRequest) -> HttpResponse:
    """Everyone in a unit (and the units below it) against every title, for a year."""
    # The page shows a unit's people: units whose people are out of scope are "not found".
    units = restrict(Unit.objects.filter(valid_to__isnull=True), request.user, "review")
    units = units.order_by("path")
    raw = request.GET.get("don_vi", "")
    unit = None
    if raw.isdigit():
        unit = get_in_scope_or_404(Unit.objects.all(), request.user, "review", pk=int(raw))
    year = _year(request)
    chosen = [
        a for a in request.GET.getlist("danh_hieu") if a in PERSON_AWARDS
    ] or YEARLY_PERSON_AWARDS
    status = request.GET.get("trang_thai", "")
    rows = []
    unit_rows = []
    if unit is not None:
        people = (
            restrict(Person.objects.all(), request.user)
            .filter(unit__path__startswith=unit.path)
            .select_related("unit")
            .order_by("sort_key", "id")
        )
        for person, verdicts in batch_verdicts(people, chosen, year):
            if status and not any(v.status == status for v in verdicts):
                continue
            rows.append((person, verdicts))
        unit_rows = unit_verdicts(unit, year)
    if request.GET.get("xuat") == "xlsx" and unit is not None:
        headers = ["Họ và tên", "Đơn vị"] + [BY_SLUG[a].name for a in chosen] + ["Còn thiếu"]
        return excel_response(
            f"xet-khen-thuong-{year}",
            f"Năm {year}",
            headers,
            (
                [
                    p.full_name,
                    p.unit.name,
                    *(STATUS_LABEL[v.status] for v in vs),
                    " | ".join(f"{v.award_name}: {m}" for v in vs for m in v.missing),
                ]
                for p, vs in rows
            ),
        )
    return render(
        request,
        "verdicts/year_review.html",
        {
            "units": units,
            "unit": unit,
            "year": year,
            "rows": rows,
            "unit_rows": unit_rows,
            "awards": [BY_SLUG[a] for a in chosen],
            "all_awards": [BY_SLUG[a] for a in PERSON_AWARDS],
            "chosen": chosen,
            "status": status,
            "status_label": STATUS_LABEL,
        },
    )
