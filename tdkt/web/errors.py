"""Error pages: Vietnamese, and JSON for the API so that clients never parse HTML.

A 500 shows the request id ("Mã yêu cầu") and never the exception: the user quotes the id,
and the operator finds the traceback in the log line carrying the same id.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader

from tdkt.core.context import request_id

SERVER_ERROR = "Lỗi hệ thống. Vui lòng thử lại sau hoặc báo cho quản trị hệ thống"


def server_error_detail(rid: str) -> str:
    return f"{SERVER_ERROR}, kèm mã yêu cầu: {rid}." if rid else f"{SERVER_ERROR}."


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Không tìm thấy."}, status=404)
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    rid = request_id()
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": server_error_detail(rid), "request_id": rid}, status=500)
    # Rendered without the request's context processors: whatever broke the page (the
    # database, a context processor) must not break its error page too.
    return HttpResponseServerError(loader.get_template("500.html").render({"request_id": rid}))
