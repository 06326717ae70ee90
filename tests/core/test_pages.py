"""Interface basics: Vietnamese by default, English ready, dd/mm/yyyy dates, health check."""

from __future__ import annotations

import pytest
from django.test import Client

from tdkt.people.models import Person

pytestmark = pytest.mark.django_db


def test_vietnamese_by_default_and_english_on_request() -> None:
    vi = Client().get("/").content.decode()
    assert '<html lang="vi">' in vi and "Cụm, khối thi đua" in vi
    # An English browser still gets Vietnamese; the language switch changes it.
    assert '<html lang="vi">' in Client(HTTP_ACCEPT_LANGUAGE="en").get("/").content.decode()
    client = Client()
    assert client.post("/i18n/setlang/", {"language": "en", "next": "/"}).status_code == 302
    en = client.get("/").content.decode()
    assert '<html lang="en">' in en and "Emulation blocs" in en
    # Legal names are never translated.
    assert "Nghị định 152/2025/NĐ-CP" in en


def test_dates_are_dd_mm_yyyy(as_role) -> None:  # type: ignore[no-untyped-def]
    person = Person.objects.filter(unit__code="STP-38").first()
    assert person is not None
    html = as_role("officer").get(f"/can-bo/{person.pk}/").content.decode()
    assert person.date_of_birth.strftime("%d/%m/%Y") in html


def test_health_check() -> None:
    data = Client().get("/healthz").json()
    assert data["status"] == "ok" and data["database"] in {"sqlite", "postgresql"}


def test_unknown_api_path_is_json_404() -> None:
    response = Client().get("/api/v1/persons/abc")
    assert response.status_code in {401, 404}
    response = Client().get("/api/v1/khong-co")
    assert response.status_code == 404 and response.json()["detail"] == "Không tìm thấy."


def test_person_create_page_and_field_errors(as_role) -> None:  # type: ignore[no-untyped-def]
    from tdkt.units.models import Unit

    client = as_role("officer")
    unit = Unit.objects.get(code="STP-38")
    count = Person.objects.count()
    bad = client.post(
        "/can-bo/them/",
        {"given_name": "", "gender": "nu", "date_of_birth": "32/13/1990", "unit": unit.pk},
    )
    body = bad.content.decode()
    assert bad.status_code == 400
    assert "Tên:" in body and "Ngày sinh" in body and "Chức vụ, chức danh:" in body
    assert Person.objects.count() == count
    ok = client.post(
        "/can-bo/them/",
        {
            "family_name": "Tôn Nữ",
            "middle_name": "Thị",
            "given_name": "Hà",
            "gender": "nu",
            "date_of_birth": "05/01/1991",
            "unit": unit.pk,
            "title": "Chuyên viên",
            "start_date": "01/02/2024",
        },
    )
    assert ok.status_code == 302
    person = Person.objects.get(family_name="Tôn Nữ")
    assert person.full_name == "Tôn Nữ Thị Hà"
    assert "05/01/1991" in client.get(ok["Location"]).content.decode()


def test_bloc_leader_home_shows_their_bloc(as_role) -> None:  # type: ignore[no-untyped-def]
    html = as_role("bloc").get("/").content.decode()
    assert "Cụm, khối bạn phụ trách" in html
    assert "Khu vực thi đua các tỉnh Duyên hải miền Trung và Tây Nguyên" in html
    assert "Cụm, khối bạn phụ trách" not in as_role("officer").get("/").content.decode()


def test_position_change_page(as_role) -> None:  # type: ignore[no-untyped-def]
    from tdkt.units.models import Unit

    person = Person.objects.filter(unit__code="STP-38").order_by("id").last()
    assert person is not None
    client = as_role("officer")
    unit = Unit.objects.get(code="STP-38")
    early = client.post(
        f"/can-bo/{person.pk}/cong-tac/",
        {
            "unit": unit.pk,
            "title": "Phó Chánh Văn phòng",
            "is_leader": "on",
            "start_date": "01/01/1990",
        },
    )
    assert early.status_code == 400 and "Ngày bắt đầu phải sau" in early.content.decode()
    ok = client.post(
        f"/can-bo/{person.pk}/cong-tac/",
        {
            "unit": unit.pk,
            "title": "Phó Chánh Văn phòng",
            "is_leader": "on",
            "start_date": "01/09/2026",
        },
    )
    assert ok.status_code == 302
    titles = list(person.positions.order_by("start_date").values_list("title", "end_date"))
    assert titles[-1][0] == "Phó Chánh Văn phòng" and titles[-1][1] is None
    assert titles[-2][1] is not None and titles[-2][1].isoformat() == "2026-08-31"
