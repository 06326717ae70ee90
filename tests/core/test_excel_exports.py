"""Every list exports to Excel: the file opens, has the headers, and holds the rows the list
shows (in scope only)."""

from __future__ import annotations

from io import BytesIO

import pytest
from openpyxl import load_workbook

from tdkt.people.models import Person

pytestmark = pytest.mark.django_db


def _sheet(response):  # type: ignore[no-untyped-def]
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    ws = load_workbook(BytesIO(response.content), read_only=True).active
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_people_export_is_scoped_and_ordered(as_role) -> None:  # type: ignore[no-untyped-def]
    rows = _sheet(as_role("officer").get("/can-bo/?xuat=xlsx"))
    assert rows[0] == ["Họ", "Tên đệm", "Tên", "Giới tính", "Ngày sinh", "Đơn vị"]
    expected = Person.objects.filter(unit__code="STP-38").count()
    assert len(rows) - 1 == expected
    assert {r[5] for r in rows[1:]} == {"Sở Tư pháp tỉnh Thanh Hóa"}
    assert rows[1][4].year > 1900  # a real date cell, not text


def test_units_blocs_audit_exports(as_role) -> None:  # type: ignore[no-untyped-def]
    units = _sheet(as_role("anon").get("/don-vi/?xuat=xlsx&q=dong+nai"))
    assert units[0][:2] == ["Mã", "Tên đơn vị"]
    assert "Sở Tư pháp tỉnh Đồng Nai" in {r[1] for r in units[1:]}
    blocs = _sheet(as_role("anon").get("/cum-khoi/?xuat=xlsx"))
    assert len(blocs) == 3
    from tdkt.blocs.models import Bloc

    bloc = Bloc.objects.get(name__contains="Đông Nam Bộ")
    members = _sheet(as_role("anon").get(f"/cum-khoi/{bloc.pk}/?nam=2019&xuat=xlsx"))
    leader = [r for r in members[1:] if r[3] == "Trưởng"]
    assert [r[0] for r in leader] == ["Sở Tư pháp tỉnh Đồng Nai"]
    audit = _sheet(as_role("sector").get("/nhat-ky/?xuat=xlsx&hanh_dong=unit.reorganise"))
    assert audit[0][0] == "Số" and len(audit) > 10
