"""Eligibility and records endpoints."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

from django.http import HttpRequest, HttpResponse, JsonResponse
from ninja import Router

from tdkt.access.routes import signed_in_route
from tdkt.eligibility import FactsError
from tdkt.eligibility.io import check_documents, load_json
from tdkt.verdicts.policy import current_policy

router = Router()
SCHEMA = json.loads(files("tdkt.eligibility").joinpath("facts.schema.json").read_text("utf-8"))


@router.post(
    "/check",
    openapi_extra={
        "requestBody": {"required": True, "content": {"application/json": {"schema": SCHEMA}}},
        "responses": {
            200: {"description": "Kết luận (một đối tượng, hoặc danh sách theo thứ tự)"},
            422: {"description": "Dữ liệu không hợp lệ; nêu tên trường"},
        },
    },
)
@signed_in_route()
def check(request: HttpRequest) -> HttpResponse:
    """The same facts format and the same verdicts as `tdkt eligibility check`
    (docs/eligibility.md). A JSON list gives a list of verdicts."""
    try:
        verdicts: Any = check_documents(load_json(request.body), current_policy())
    except FactsError as exc:
        return JsonResponse(
            {
                "detail": f"Dữ liệu không hợp lệ — {exc.field}: {exc.message}",
                "errors": [{"field": exc.field, "message": exc.message}],
            },
            status=422,
        )
    return JsonResponse(verdicts, safe=False, json_dumps_params={"ensure_ascii": False})
