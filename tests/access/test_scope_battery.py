"""Every role against every page and API endpoint: out of scope answers 404 like missing."""

from __future__ import annotations

import pytest

from tdkt.people.models import Person
from tdkt.units.models import Unit

pytestmark = pytest.mark.django_db


def _people() -> tuple[Person, Person, Person]:
    thanh_hoa = Unit.objects.get(code="STP-38")
    own = Person.objects.filter(user__username="canbo.stp.thanhhoa").get()
    colleague = Person.objects.filter(unit=thanh_hoa).exclude(pk=own.pk).first()
    far = Person.objects.filter(unit__code="STP-N75").first()  # Sở Tư pháp tỉnh Đồng Nai (2025)
    assert colleague and far
    return own, colleague, far


# role -> can see (own record, a colleague in Sở Tư pháp Thanh Hóa, someone in Đồng Nai)
EXPECTED = {
    "admin": (True, True, True),
    "sector": (True, True, True),
    "officer": (True, True, False),
    "council": (True, True, False),
    "bloc": (False, False, False),
    "staff": (True, False, False),
}


@pytest.mark.parametrize("role", list(EXPECTED))
def test_person_page_and_api_scope(as_role, role: str) -> None:  # type: ignore[no-untyped-def]
    client = as_role(role)
    for person, allowed in zip(_people(), EXPECTED[role], strict=True):
        page = client.get(f"/can-bo/{person.pk}/")
        api = client.get(f"/api/v1/persons/{person.pk}")
        expected = 200 if allowed else 404
        assert page.status_code == expected, (role, person, page.status_code)
        assert api.status_code == expected, (role, person, api.status_code)
    missing = client.get("/can-bo/99999999/")
    assert missing.status_code == 404


def test_out_of_scope_and_missing_look_identical(as_role) -> None:  # type: ignore[no-untyped-def]
    client = as_role("officer")
    _, _, far = _people()
    forbidden = client.get(f"/api/v1/persons/{far.pk}")
    missing = client.get("/api/v1/persons/99999999")
    assert forbidden.status_code == missing.status_code == 404
    assert forbidden.json() == missing.json()


def test_anonymous_sees_published_structure_only(as_role) -> None:  # type: ignore[no-untyped-def]
    client = as_role("anon")
    assert client.get("/don-vi/").status_code == 200
    assert client.get("/cum-khoi/").status_code == 200
    assert client.get("/api/v1/units/").status_code == 200
    assert client.get("/api/v1/blocs/").status_code == 200
    assert client.get("/can-bo/").status_code == 302  # to the login page
    assert client.get("/api/v1/persons/").status_code == 401
    assert client.get("/nhat-ky/").status_code == 302


@pytest.mark.parametrize(
    "role,count_visible",
    [
        ("officer", "unit"),
        ("council", "unit"),
        ("staff", 1),
        ("bloc", 0),
    ],
)
def test_person_list_is_scoped(as_role, role: str, count_visible) -> None:  # type: ignore[no-untyped-def]
    client = as_role(role)
    data = client.get("/api/v1/persons/?limit=1000").json()
    ids = {p["id"] for p in data["items"]}
    if count_visible == "unit":
        expected = set(Person.objects.filter(unit__code="STP-38").values_list("pk", flat=True))
        assert ids == expected
    else:
        assert len(ids) == count_visible


@pytest.mark.parametrize(
    "role,status",
    [
        ("admin", 200),
        ("sector", 200),
        ("officer", 200),
        ("council", 404),
        ("bloc", 404),
        ("staff", 404),
    ],
)
def test_audit_page_roles(as_role, role: str, status: int) -> None:  # type: ignore[no-untyped-def]
    assert as_role(role).get("/nhat-ky/").status_code == status


@pytest.mark.parametrize(
    "role,status",
    [
        ("admin", 200),
        ("sector", 200),
        ("officer", 404),
        ("council", 404),
        ("bloc", 404),
        ("staff", 404),
    ],
)
def test_structure_editing_roles(as_role, role: str, status: int) -> None:  # type: ignore[no-untyped-def]
    client = as_role(role)
    assert client.get("/don-vi/them/").status_code == status
    assert client.get("/don-vi/sap-xep/").status_code == status
    assert client.get("/cum-khoi/them/").status_code == status


@pytest.mark.parametrize(
    "role,status",
    [
        ("officer", 200),
        ("council", 404),
        ("staff", 404),
        ("bloc", 404),
    ],
)
def test_person_edit_needs_change_scope(as_role, role: str, status: int) -> None:  # type: ignore[no-untyped-def]
    _, colleague, _ = _people()
    assert as_role(role).get(f"/can-bo/{colleague.pk}/sua/").status_code == status
