"""History pages: the Excel import and recording a person's history by hand."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from tdkt.access.routes import action_route, object_route, signed_in_route
from tdkt.access.scope import CHANGE, can, get_in_scope_or_404, require, restrict
from tdkt.people.models import Person
from tdkt.records.models import ImportJob

# --- Excel import ------------------------------------------------------------------------------

MAX_UPLOAD = 10 * 1024 * 1024


@login_required
@signed_in_route()
def import_template(request: HttpRequest) -> HttpResponse:
    from tdkt.core.excel import XLSX
    from tdkt.records.imports import template_bytes

    response = HttpResponse(template_bytes(), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="mau-nhap-khen-thuong.xlsx"'
    return response


@login_required
@action_route(Person, CHANGE)
def import_upload(request: HttpRequest) -> HttpResponse:
    from django.shortcuts import redirect

    from tdkt.records.imports import start_job

    require(can(request.user, CHANGE, Person))
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
    jobs = restrict(ImportJob.objects.defer("content"), request.user)[:10]
    return render(
        request, "records/import.html", {"error": error, "jobs": jobs}, status=400 if error else 200
    )


@login_required
@object_route(ImportJob)
def import_job(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_in_scope_or_404(ImportJob.objects.defer("content"), request.user, pk=pk)
    template = "records/_job.html" if request.headers.get("HX-Request") else "records/job.html"
    return render(request, template, {"job": job})


# --- recording history by hand -------------------------------------------------------------


@login_required
@object_route(Person, CHANGE, what="khen-thuong")
def person_add(request: HttpRequest, pk: int, what: str) -> HttpResponse:
    """Add an award, initiative, discipline or leave to a person's record (unit officers)."""
    from django.http import Http404

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
        lambda _: ("Đã lưu.", reverse("verdicts:person", args=[person.pk])),
    )
