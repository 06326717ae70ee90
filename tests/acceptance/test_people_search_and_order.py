"""Story: an emulation officer looks people up without typing diacritics, and reads lists in
Vietnamese name order (given name → middle → family), on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tdkt.people.models import Person
from tdkt.people.services import person_create
from tdkt.units.models import Unit

pytestmark = pytest.mark.django_db

CAST = [  # (family, middle, given, gender)
    ("Đặng", "Thị", "Hoa", "nu"),
    ("Dương", "Văn", "Đức", "nam"),
    ("Nguyễn", "Văn", "An", "nam"),
    ("Vũ", "", "Anh", "nam"),
    ("Phạm", "Đức", "Anh", "nam"),
    ("Bùi", "Minh", "Anh", "nam"),
    ("Lê", "Thị", "Ánh", "nu"),
    ("Trần", "Thị", "Ánh", "nu"),
    ("Hoàng", "Văn", "Ân", "nam"),
    ("Lê", "Văn", "Bình", "nam"),
    ("Nguyễn", "Thị", "Dung", "nu"),
    ("Đỗ", "Thị", "Đào", "nu"),
    ("Nguyễn", "Văn", "Đào", "nam"),
]
EXPECTED_ORDER = [
    "Nguyễn Văn An",
    "Vũ Anh",
    "Phạm Đức Anh",
    "Bùi Minh Anh",
    "Lê Thị Ánh",
    "Trần Thị Ánh",
    "Hoàng Văn Ân",
    "Lê Văn Bình",
    "Nguyễn Thị Dung",
    "Đỗ Thị Đào",
    "Nguyễn Văn Đào",
    "Dương Văn Đức",
    "Đặng Thị Hoa",
]


@pytest.fixture
def unit_with_cast() -> Unit:
    unit = Unit.objects.get(code="STP-38")
    # A fresh sub-unit so the list holds only the cast.
    from tdkt.units.services import unit_create

    sub = unit_create(
        actor=None,
        code="STP-38-VP",
        name="Văn phòng Sở",
        unit_type="phong",
        parent=unit,
        valid_from=dt.date(2010, 1, 1),
    )
    for family, middle, given, gender in CAST:
        person_create(
            actor=None,
            family_name=family,
            middle_name=middle,
            given_name=given,
            gender=gender,
            date_of_birth=dt.date(1980, 1, 1),
            unit=sub,
            title="Chuyên viên",
            start_date=dt.date(2015, 1, 1),
        )
    return sub


def _names(html: str) -> list[str]:
    table = html[html.index('id="people"') :]
    return re.findall(r'<a href="/can-bo/\d+/">([^<]+)</a>', table)


def test_list_page_sorts_in_vietnamese_name_order(as_role, unit_with_cast) -> None:  # type: ignore[no-untyped-def]
    html = as_role("officer").get(f"/can-bo/?don_vi={unit_with_cast.pk}").content.decode()
    assert _names(html) == EXPECTED_ORDER


def test_api_sorts_in_vietnamese_name_order(as_role, unit_with_cast) -> None:  # type: ignore[no-untyped-def]
    data = as_role("officer").get(f"/api/v1/persons/?unit_id={unit_with_cast.pk}").json()
    assert [p["full_name"] for p in data["items"]] == EXPECTED_ORDER


@pytest.mark.parametrize(
    "query,expected",
    [
        ("nguyen van", {"Nguyễn Văn An", "Nguyễn Văn Đào"}),
        ("NGUYEN VAN", {"Nguyễn Văn An", "Nguyễn Văn Đào"}),
        ("dang", {"Đặng Thị Hoa"}),
        ("đặng", {"Đặng Thị Hoa"}),
        ("dao", {"Đỗ Thị Đào", "Nguyễn Văn Đào"}),
        ("duc", {"Dương Văn Đức", "Phạm Đức Anh"}),
        ("anh", {"Vũ Anh", "Phạm Đức Anh", "Bùi Minh Anh", "Lê Thị Ánh", "Trần Thị Ánh"}),
        ("thi anh", {"Lê Thị Ánh", "Trần Thị Ánh"}),
        # Word-prefix matching: "an" begins An, Anh, Ánh and Ân, never the inside of "Văn".
        (
            "an",
            {
                "Nguyễn Văn An",
                "Vũ Anh",
                "Phạm Đức Anh",
                "Bùi Minh Anh",
                "Lê Thị Ánh",
                "Trần Thị Ánh",
                "Hoàng Văn Ân",
            },
        ),
        ("Hòa", {"Đặng Thị Hoa", "Hoàng Văn Ân"}),
        ("xyz", set()),
    ],
)
def test_search_ignores_diacritics_and_case(as_role, unit_with_cast, query, expected) -> None:  # type: ignore[no-untyped-def]
    client = as_role("officer")
    api = client.get("/api/v1/persons/", {"q": query, "unit_id": unit_with_cast.pk}).json()
    assert {p["full_name"] for p in api["items"]} == expected
    page = client.get("/can-bo/", {"q": query, "don_vi": unit_with_cast.pk}).content.decode()
    assert set(_names(page)) == expected


def test_search_stays_inside_scope(as_role, unit_with_cast) -> None:  # type: ignore[no-untyped-def]
    """Sector-wide, "nguyen" matches people in other provinces; the Thanh Hóa officer never
    sees them."""
    sector = as_role("sector").get("/api/v1/persons/", {"q": "nguyen", "limit": 1000}).json()
    officer = as_role("officer").get("/api/v1/persons/", {"q": "nguyen", "limit": 1000}).json()
    visible = set(
        Person.objects.filter(
            unit__path__startswith=Unit.objects.get(code="STP-38").path
        ).values_list("pk", flat=True)
    )
    assert {p["id"] for p in officer["items"]} <= visible
    assert sector["count"] > officer["count"] > 0
