"""Story: a sector officer records the 2025 merger of two provinces' Sở Tư pháp into one
successor, through the real page, and the successor's page shows both histories under it.
(vn-admin.md §3: Nghị quyết 202/2025/QH15, in force 01/7/2025.)"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from tdkt.audit.selectors import audit_verify
from tdkt.people.models import Person
from tdkt.units.models import Reorganisation, Unit, UnitType
from tdkt.units.services import unit_create

pytestmark = pytest.mark.django_db


def _two_provinces() -> tuple[Unit, Unit]:
    ministry = Unit.objects.get(code="BTP")
    a = unit_create(
        actor=None,
        code="STP-T1",
        name="Sở Tư pháp tỉnh Hà Nam",
        unit_type=UnitType.SO_TU_PHAP,
        parent=ministry,
        province_code="35",
        province_name="Hà Nam",
        valid_from=dt.date(2010, 1, 1),
    )
    b = unit_create(
        actor=None,
        code="STP-T2",
        name="Sở Tư pháp tỉnh Nam Định",
        unit_type=UnitType.SO_TU_PHAP,
        parent=ministry,
        province_code="36",
        province_name="Nam Định",
        valid_from=dt.date(2010, 1, 1),
    )
    # A predecessor of a predecessor: its history must reach the successor too.
    old = unit_create(
        actor=None,
        code="STP-T0",
        name="Sở Tư pháp tỉnh Nam Hà",
        unit_type=UnitType.SO_TU_PHAP,
        parent=ministry,
        valid_from=dt.date(1992, 1, 1),
        valid_to=dt.date(1996, 12, 31),
    )
    Reorganisation.objects.create(
        kind="split",
        effective_date=dt.date(1997, 1, 1),
        legal_basis="Nghị quyết QH khóa IX kỳ họp 10",
    ).predecessors.set([old])
    Reorganisation.objects.get(predecessors=old).successors.set([a, b])
    return a, b


def test_merge_two_provinces_shows_both_histories(as_role) -> None:  # type: ignore[no-untyped-def]
    from tdkt.people.services import person_create

    a, b = _two_provinces()
    staff_a = person_create(
        actor=None,
        family_name="Trần",
        middle_name="Thị",
        given_name="Hoa",
        gender="nu",
        date_of_birth=dt.date(1985, 3, 2),
        unit=a,
        title="Chuyên viên",
        start_date=dt.date(2012, 5, 1),
    )
    client = as_role("sector")
    response = client.post(
        reverse("units:reorganise"),
        {
            "kind": "merge",
            "effective_date": "01/07/2025",
            "legal_basis": "Nghị quyết 202/2025/QH15 ngày 12/6/2025",
            "predecessors": [a.pk, b.pk],
            "code": "STP-N37",
            "name": "Sở Tư pháp tỉnh Ninh Bình (mới)",
            "unit_type": "so_tu_phap",
            "parent": Unit.objects.get(code="BTP").pk,
            "province_code": "37",
            "province_name": "Ninh Bình",
            "move_children": "on",
            "move_staff": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    successor = Unit.objects.get(code="STP-N37")
    assert response["Location"] == reverse("units:detail", args=[successor.pk])

    a.refresh_from_db()
    b.refresh_from_db()
    assert a.valid_to == b.valid_to == dt.date(2025, 6, 30)
    assert successor.valid_from == dt.date(2025, 7, 1)

    page = client.get(response["Location"]).content.decode()
    history = page[page.index('id="history"') :]
    for name in ("Sở Tư pháp tỉnh Hà Nam", "Sở Tư pháp tỉnh Nam Định", "Sở Tư pháp tỉnh Nam Hà"):
        assert name in history
    assert "Nghị quyết 202/2025/QH15" in history
    assert "01/07/2025" in history and "30/06/2025" in history

    api = client.get(f"/api/v1/units/{successor.pk}").json()
    names = {n["unit"]["name"] for n in api["predecessors"]}
    assert names == {"Sở Tư pháp tỉnh Hà Nam", "Sở Tư pháp tỉnh Nam Định"}
    grand = [g["unit"]["name"] for n in api["predecessors"] for g in n["predecessors"]]
    assert grand == ["Sở Tư pháp tỉnh Nam Hà", "Sở Tư pháp tỉnh Nam Hà"]

    # The old unit's page points forward to its successor, and the staff moved with it.
    old_page = client.get(reverse("units:detail", args=[a.pk])).content.decode()
    assert "Sở Tư pháp tỉnh Ninh Bình (mới)" in old_page[old_page.index('id="successors"') :]
    staff_a.refresh_from_db()
    assert staff_a.unit_id == successor.pk
    assert [p.unit_id for p in staff_a.positions.order_by("start_date")] == [a.pk, successor.pk]
    assert audit_verify() is None


def test_bad_merge_is_rejected_and_leaves_nothing(as_role) -> None:  # type: ignore[no-untyped-def]
    a, _ = _two_provinces()
    before = (Unit.objects.count(), Reorganisation.objects.count(), Person.objects.count())
    client = as_role("sector")
    response = client.post(
        reverse("units:reorganise"),
        {
            "kind": "merge",
            "effective_date": "01/07/2025",
            "legal_basis": "NQ 202/2025/QH15",
            "predecessors": [a.pk],
            "code": "STP-X",
            "name": "Sở Tư pháp X",
            "unit_type": "so_tu_phap",
        },
    )
    assert response.status_code == 400
    assert "Số đơn vị trước không phù hợp" in response.content.decode()
    response = client.post(
        reverse("units:reorganise"),
        {
            "kind": "merge",
            "effective_date": "31/02/2025",
            "legal_basis": "",
            "predecessors": [a.pk],
            "code": "",
            "name": "",
            "unit_type": "so_tu_phap",
        },
    )
    body = response.content.decode()
    assert response.status_code == 400
    assert "Ngày có hiệu lực" in body and "Tên đơn vị mới" in body
    a.refresh_from_db()
    assert a.valid_to is None
    assert (Unit.objects.count(), Reorganisation.objects.count(), Person.objects.count()) == before


def test_demo_2025_successor_carries_both_provinces() -> None:
    """The demo data itself: THADS tỉnh Đồng Nai (2025) descends from two Cục THADS."""
    from tdkt.units.selectors import unit_lineage

    successor = Unit.objects.get(code="THADS-N75")
    predecessors, _ = unit_lineage(successor)
    assert {n.unit.name for n in predecessors} == {
        "Cục Thi hành án dân sự tỉnh Đồng Nai",
        "Cục Thi hành án dân sự tỉnh Bình Phước",
    }
