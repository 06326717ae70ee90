"""The JSON API: schema and docs, token authentication, Vietnamese 4xx errors that name the
field and leave the data exactly as it was."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tdkt.access.services import token_create
from tdkt.audit.models import AuditHead
from tdkt.people.models import Person, Position
from tdkt.units.models import Unit

pytestmark = pytest.mark.django_db

VALID = {
    "family_name": "Phan",
    "middle_name": "Thị Thu",
    "given_name": "Hằng",
    "gender": "nu",
    "date_of_birth": "1990-05-17",
    "title": "Chuyên viên",
    "start_date": "2024-03-01",
}


def _state() -> tuple[int, int, int]:
    return Person.objects.count(), Position.objects.count(), AuditHead.objects.get(pk=1).seq


def test_openapi_schema_and_docs() -> None:
    client = Client()
    schema = client.get("/api/v1/openapi.json").json()
    for path in (
        "/api/v1/units/",
        "/api/v1/units/{unit_id}",
        "/api/v1/blocs/",
        "/api/v1/blocs/{bloc_id}",
        "/api/v1/persons/",
        "/api/v1/persons/{person_id}",
        "/api/v1/units/reorganisations",
    ):
        assert path in schema["paths"], path
    assert client.get("/api/v1/docs").status_code == 200


def test_token_authentication() -> None:
    user = get_user_model().objects.get(username="thidua.stp.thanhhoa")
    _, secret = token_create(actor=None, user=user, name="Phần mềm thống kê")
    client = Client()
    ok = client.get("/api/v1/persons/", HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert ok.status_code == 200 and ok.json()["count"] > 0
    bad = client.get("/api/v1/persons/", HTTP_AUTHORIZATION="Bearer tdkt_wrong")
    assert bad.status_code == 401
    assert "mã truy cập" in bad.json()["detail"]


def test_create_person_then_reject_bad_input(as_role) -> None:  # type: ignore[no-untyped-def]
    client = as_role("officer")
    unit = Unit.objects.get(code="STP-38")
    created = client.post(
        "/api/v1/persons/", {**VALID, "unit_id": unit.pk}, content_type="application/json"
    )
    assert created.status_code == 201, created.content
    assert created.json()["full_name"] == "Phan Thị Thu Hằng"
    before = _state()
    cases = [
        ({**VALID, "unit_id": unit.pk, "date_of_birth": "17/05/1990"}, "date_of_birth"),
        ({**VALID, "unit_id": unit.pk, "gender": "khac"}, "gender"),
        ({**VALID, "unit_id": unit.pk, "given_name": ""}, "given_name"),
        ({**VALID, "unit_id": unit.pk, "national_id": "12345"}, "national_id"),
        ({k: v for k, v in VALID.items() if k != "title"} | {"unit_id": unit.pk}, "title"),
        ({**VALID, "unit_id": unit.pk, "date_of_birth": "2990-01-01"}, "date_of_birth"),
    ]
    for body, field in cases:
        response = client.post("/api/v1/persons/", body, content_type="application/json")
        assert response.status_code == 422, (field, response.content)
        data = response.json()
        assert field in {e["field"] for e in data["errors"]}, data
        assert "không hợp lệ" in data["detail"]
    garbage = client.post("/api/v1/persons/", "{not json", content_type="application/json")
    assert 400 <= garbage.status_code < 500
    # Another province's unit: as if it did not exist.
    far = Unit.objects.get(code="STP-N75")
    assert (
        client.post(
            "/api/v1/persons/", {**VALID, "unit_id": far.pk}, content_type="application/json"
        ).status_code
        == 404
    )
    assert _state() == before


def test_duplicate_national_id_is_a_field_error(as_role) -> None:  # type: ignore[no-untyped-def]
    client = as_role("officer")
    unit = Unit.objects.get(code="STP-38")
    body = {**VALID, "unit_id": unit.pk, "national_id": "038190001234"}
    assert client.post("/api/v1/persons/", body, content_type="application/json").status_code == 201
    before = _state()
    again = client.post("/api/v1/persons/", body, content_type="application/json")
    assert again.status_code == 422
    assert "national_id" in {e["field"] for e in again.json()["errors"]}
    assert _state() == before


def test_units_and_blocs_api() -> None:
    client = Client()
    units = client.get("/api/v1/units/", {"q": "tu phap dong nai"}).json()
    assert [u["name"] for u in units["items"]] == ["Sở Tư pháp tỉnh Đồng Nai"]
    blocs = client.get("/api/v1/blocs/").json()
    central = next(b for b in blocs if "Duyên hải" in b["name"])
    year = client.get(f"/api/v1/blocs/{central['id']}", {"year": 2018}).json()
    leader = next(o for o in year["officers"] if o["role"] == "truong")
    assert leader["unit_name"] == "Sở Tư pháp tỉnh Thừa Thiên Huế"
    assert {o["unit_name"] for o in year["officers"] if o["role"] == "pho"} == {
        "Sở Tư pháp tỉnh Nghệ An",
        "Cục Thi hành án dân sự tỉnh Quảng Bình",
    }
    assert client.get("/api/v1/blocs/999999").status_code == 404


def test_interactive_docs_use_bundled_files_not_a_cdn() -> None:
    html = Client().get("/api/v1/docs").content.decode()
    assert "cdn.jsdelivr.net" not in html
    assert "/static/ninja/swagger-ui-bundle.js" in html
