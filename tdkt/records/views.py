"""Award-history pages: a person's and a unit's profile (timeline and eligibility panel), and
the unit officer's year page (everyone against every title), exportable to Excel."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from tdkt.access.scope import get_in_scope_or_404, require, restrict, scope_for
from tdkt.core.excel import excel_response
from tdkt.eligibility.catalogue import BY_SLUG
from tdkt.people.models import Person
from tdkt.records.models import UnitYearResult
from tdkt.records.selectors import (
    PERSON_AWARDS,
    YEARLY_PERSON_AWARDS,
    batch_verdicts,
    person_timeline,
    person_verdicts,
    unit_verdicts,
)
from tdkt.units.models import Unit

STATUS_LABEL = {
    "eligible": "Đủ điều kiện",
    "not_eligible": "Chưa đủ",
    "deferred": "Hoãn / xét thủ công",
}


def _year(request: HttpRequest) -> int:
    raw = request.GET.get("nam", "")
    return int(raw) if raw.isdigit() and 1990 <= int(raw) <= 2100 else dt.date.today().year


@login_required
def person_profile(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_in_scope_or_404(Person.objects.select_related("unit"), request.user, pk=pk)
    year = _year(request)
    this_year, next_year = person_verdicts(
        person, [(year, PERSON_AWARDS), (year + 1, YEARLY_PERSON_AWARDS)]
    )
    return render(
        request,
        "records/person.html",
        {
            "person": person,
            "year": year,
            "timeline": person_timeline(person),
            "this_year": this_year,
            "next_year": next_year,
            "status_label": STATUS_LABEL,
        },
    )


def unit_profile(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_in_scope_or_404(Unit.objects.all(), request.user, pk=pk)
    year = _year(request)
    can_see = restrict(
        UnitYearResult.objects.filter(unit=unit), request.user
    ).exists() or scope_for(request.user).can_view_unit_people(unit.pk)
    return render(
        request,
        "records/unit.html",
        {
            "unit": unit,
            "year": year,
            "awards": unit.award_records.order_by("-year"),
            "results": restrict(UnitYearResult.objects.filter(unit=unit), request.user),
            "verdicts": unit_verdicts(unit, year)
            if can_see and scope_for(request.user).authenticated
            else [],
            "status_label": STATUS_LABEL,
        },
    )


@login_required
def year_review(request: HttpRequest) -> HttpResponse:
    """Everyone in a unit (and the units below it) against every title, for a year."""
    scope = scope_for(request.user)
    units = Unit.objects.filter(valid_to__isnull=True).order_by("path")
    if scope.view_unit_ids is not None:
        units = units.filter(pk__in=scope.view_unit_ids)
    raw = request.GET.get("don_vi", "")
    unit = None
    if raw.isdigit():
        # The page shows the unit's people: a unit whose people are out of scope is "not found".
        unit = get_in_scope_or_404(Unit.objects.all(), request.user, pk=int(raw))
        require(scope.can_view_unit_people(unit.pk))
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
        "records/year_review.html",
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


# --- Excel import ------------------------------------------------------------------------------

MAX_UPLOAD = 10 * 1024 * 1024


@login_required
def import_template(request: HttpRequest) -> HttpResponse:
    from tdkt.core.excel import XLSX
    from tdkt.records.imports import template_bytes

    response = HttpResponse(template_bytes(), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="mau-nhap-khen-thuong.xlsx"'
    return response


@login_required
def import_upload(request: HttpRequest) -> HttpResponse:
    from django.shortcuts import redirect

    from tdkt.access.scope import require
    from tdkt.records.imports import start_job
    from tdkt.records.models import ImportJob

    require(scope_for(request.user).change_unit_ids != frozenset())
    error = ""
    if request.method == "POST":
        upload = request.FILES.get("tep")
        if upload is None:
            error = "Tệp: chưa chọn tệp Excel."
        elif upload.size > MAX_UPLOAD:
            error = "Tệp: quá 10 MB."
        elif not upload.name.lower().endswith(".xlsx"):
            error = "Tệp: cần tệp Excel .xlsx theo mẫu."
        else:
            job = ImportJob.objects.create(
                user=request.user, filename=upload.name[:255], content=upload.read()
            )
            start_job(job)
            return redirect("records:import_job", pk=job.pk)
    jobs = ImportJob.objects.filter(user=request.user).defer("content")[:10]
    return render(
        request, "records/import.html", {"error": error, "jobs": jobs}, status=400 if error else 200
    )


@login_required
def import_job(request: HttpRequest, pk: int) -> HttpResponse:
    from django.http import Http404

    from tdkt.records.models import ImportJob

    job = ImportJob.objects.filter(pk=pk, user=request.user).defer("content").first()
    if job is None:
        raise Http404("Không tìm thấy.")
    template = "records/_job.html" if request.headers.get("HX-Request") else "records/job.html"
    return render(request, template, {"job": job})


# --- recording history by hand -------------------------------------------------------------


@login_required
def person_add(request: HttpRequest, pk: int, what: str) -> HttpResponse:
    """Add an award, initiative, discipline or leave to a person's record (unit officers)."""
    from django.http import Http404

    from tdkt.access.scope import CHANGE
    from tdkt.core.forms import service_form
    from tdkt.records import forms as f
    from tdkt.records import services as s

    person = get_in_scope_or_404(Person.objects.all(), request.user, CHANGE, pk=pk)
    kinds = {
        "khen-thuong": (f.AwardForm, s.award_record_add, "Thêm danh hiệu, khen thưởng"),
        "sang-kien": (f.InitiativeForm, s.initiative_add, "Thêm sáng kiến, đề tài"),
        "ky-luat": (f.DisciplineForm, s.discipline_add, "Ghi nhận kỷ luật"),
        "nghi": (f.LeaveForm, s.leave_add, "Ghi nhận thời gian nghỉ"),
    }
    if what not in kinds:
        raise Http404("Không tìm thấy.")
    form_class, service, title = kinds[what]
    kwargs = {"person": person} if form_class is f.AwardForm else {}

    def save(data: dict[str, Any]) -> Any:
        if "initiatives" in data:
            data = {**data, "initiatives": list(data["initiatives"])}
        return service(actor=request.user, person=person, **data)

    return service_form(
        request,
        form_class(request.POST or None, **kwargs),
        f"{title}: {person.full_name}",
        save,
        lambda _: ("Đã lưu.", reverse("records:person", args=[person.pk])),
    )
