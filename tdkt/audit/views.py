"""The audit trail page, for administrators, sector officers and (their units') officers."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tdkt.access.routes import action_route
from tdkt.access.scope import VIEW, can, require, restrict
from tdkt.audit.models import AuditEvent
from tdkt.audit.selectors import audit_events
from tdkt.core.excel import excel_response
from tdkt.core.paging import paginate


@login_required
@action_route(AuditEvent, VIEW)
def list_view(request: HttpRequest) -> HttpResponse:
    require(can(request.user, VIEW, AuditEvent))
    events = restrict(
        audit_events(
            unit_ids=None,
            action=request.GET.get("hanh_dong", ""),
            object_type=request.GET.get("loai", ""),
            username=request.GET.get("nguoi", ""),
        ),
        request.user,
    )
    if request.GET.get("xuat") == "xlsx":
        return excel_response(
            "nhat-ky",
            "Nhật ký",
            ["Số", "Thời điểm", "Người thực hiện", "Hành động", "Đối tượng", "Mã yêu cầu"],
            (
                [
                    e.seq,
                    e.at.replace(tzinfo=None),
                    e.actor_username,
                    e.action,
                    e.object_repr,
                    e.request_id,
                ]
                for e in events.iterator(chunk_size=2000)
            ),
        )
    actions = AuditEvent.objects.order_by("action").values_list("action", flat=True).distinct()
    return render(
        request, "audit/list.html", {"page": paginate(request, events), "actions": actions}
    )
