"""The JSON API under /api/v1/: one NinjaAPI, routers from each app, Vietnamese errors.

Machine clients authenticate with ``Authorization: Bearer <token>`` (``tdkt token create``);
the browser's session works too. Every endpoint reads through the access selector, so an
object out of scope answers 404 exactly like a missing one.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from tdkt.access.api_auth import PUBLIC, SIGNED_IN
from tdkt.core.context import request_id
from tdkt.web.errors import server_error_detail

logger = logging.getLogger("tdkt.api")

api = NinjaAPI(
    title="TĐKT API",
    version="1",
    description="API của hệ thống quản lý Thi đua – Khen thưởng ngành Tư pháp. "
    "Xác thực bằng mã truy cập: `Authorization: Bearer <token>`.",
    urls_namespace="api",
    auth=SIGNED_IN,
)

_PYDANTIC_VI = {
    "missing": "bắt buộc phải có",
    "string_type": "phải là chuỗi ký tự",
    "int_parsing": "phải là số nguyên",
    "int_type": "phải là số nguyên",
    "date_from_datetime_parsing": "phải là ngày dạng YYYY-MM-DD",
    "date_parsing": "phải là ngày dạng YYYY-MM-DD",
    "date_type": "phải là ngày dạng YYYY-MM-DD",
    "enum": "không thuộc các giá trị cho phép",
    "literal_error": "không thuộc các giá trị cho phép",
    "bool_parsing": "phải là true hoặc false",
    "extra_forbidden": "không được phép",
    "string_too_long": "quá dài",
    "string_pattern_mismatch": "không đúng định dạng",
}


def _error_body(errors: list[dict[str, str]]) -> dict[str, Any]:
    summary = "; ".join(f"{e['field']}: {e['message']}" for e in errors)
    return {"detail": f"Dữ liệu không hợp lệ — {summary}", "errors": errors}


@api.exception_handler(NinjaValidationError)
def on_schema_error(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    errors = []
    for err in exc.errors:
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "payload", "query", "path")]
        field = ".".join(loc) or "body"
        errors.append(
            {"field": field, "message": _PYDANTIC_VI.get(err.get("type", ""), err.get("msg", ""))}
        )
    return api.create_response(request, _error_body(errors), status=422)


@api.exception_handler(DjangoValidationError)
def on_service_error(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
    if hasattr(exc, "error_dict"):
        errors = [{"field": f, "message": m} for f, ms in exc.message_dict.items() for m in ms]
    else:
        errors = [{"field": "__all__", "message": m} for m in exc.messages]
    return api.create_response(request, _error_body(errors), status=422)


@api.exception_handler(Http404)
def on_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(request, {"detail": "Không tìm thấy."}, status=404)


@api.exception_handler(AuthenticationError)
def on_unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return api.create_response(
        request, {"detail": "Cần đăng nhập hoặc mã truy cập hợp lệ."}, status=401
    )


@api.exception_handler(IntegrityError)
def on_conflict(request: HttpRequest, exc: IntegrityError) -> HttpResponse:
    return api.create_response(
        request, {"detail": "Dữ liệu trùng hoặc xung đột với bản ghi khác."}, status=409
    )


@api.exception_handler(HttpError)
def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)


@api.exception_handler(Exception)
def on_unexpected(request: HttpRequest, exc: Exception) -> HttpResponse:
    """Anything else is a bug: the traceback goes to the log under the request id, the client
    gets that id and a Vietnamese message, never the exception text (DEBUG or not)."""
    rid = request_id()
    logger.error(
        "Internal Server Error: %s %s",
        request.method,
        request.path,
        exc_info=exc,
        extra={"status": 500},
    )
    return api.create_response(
        request, {"detail": server_error_detail(rid), "request_id": rid}, status=500
    )


from tdkt.blocs.api import router as blocs_router  # noqa: E402
from tdkt.people.api import router as people_router  # noqa: E402
from tdkt.units.api import router as units_router  # noqa: E402
from tdkt.verdicts.api import router as verdicts_router  # noqa: E402

api.add_router("/units", units_router, tags=["Đơn vị"])
api.add_router("/blocs", blocs_router, tags=["Cụm, khối thi đua"])
api.add_router("/persons", people_router, tags=["Cán bộ"])
api.add_router("/eligibility", verdicts_router, tags=["Xét điều kiện khen thưởng"])

__all__ = ["api", "PUBLIC"]
