"""Unit services: paths, validation, and reorganisation rules."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from tdkt.units.models import Unit, UnitType
from tdkt.units.selectors import unit_subtree_ids
from tdkt.units.services import SuccessorSpec, unit_create, unit_reorganise, unit_update

pytestmark = pytest.mark.django_db


def _unit(code: str, parent: Unit | None = None) -> Unit:
    return unit_create(
        actor=None,
        code=code,
        name=f"Đơn vị {code}",
        unit_type=UnitType.PHONG,
        parent=parent,
        valid_from=dt.date(2015, 1, 1),
    )


def test_paths_follow_moves() -> None:
    a = _unit("A")
    b = _unit("B", a)
    c = _unit("C", b)
    other = _unit("O")
    assert c.path == f"/{a.pk}/{b.pk}/{c.pk}/"
    unit_update(actor=None, unit=b, parent=other)
    c.refresh_from_db()
    assert c.path == f"/{other.pk}/{b.pk}/{c.pk}/" and c.depth == 2
    assert unit_subtree_ids([other]) == {other.pk, b.pk, c.pk}
    with pytest.raises(ValidationError, match="cấp dưới"):
        unit_update(actor=None, unit=other, parent=c)


def test_duplicate_code_and_bad_dates_rejected() -> None:
    _unit("DUP")
    with pytest.raises(ValidationError) as exc:
        _unit("DUP")
    assert "code" in exc.value.message_dict
    with pytest.raises(ValidationError):
        unit_create(
            actor=None,
            code="X1",
            name="X",
            unit_type=UnitType.PHONG,
            valid_from=dt.date(2020, 1, 1),
            valid_to=dt.date(2019, 1, 1),
        )


def test_split_and_rules() -> None:
    a = _unit("S")
    reorg = unit_reorganise(
        actor=None,
        kind="split",
        effective_date=dt.date(2024, 1, 1),
        legal_basis="QĐ 1/QĐ-BTP",
        predecessors=[a],
        successors=[
            SuccessorSpec("S1", "Phòng một", UnitType.PHONG, None),
            SuccessorSpec("S2", "Phòng hai", UnitType.PHONG, None),
        ],
    )
    assert reorg.successors.count() == 2
    with pytest.raises(ValidationError, match="hết hiệu lực"):
        unit_reorganise(
            actor=None,
            kind="rename",
            effective_date=dt.date(2025, 1, 1),
            legal_basis="QĐ 2",
            predecessors=[a],
            successors=[SuccessorSpec("S3", "Ba", UnitType.PHONG, None)],
        )
    b = _unit("T")
    with pytest.raises(ValidationError, match="sau ngày thành lập"):
        unit_reorganise(
            actor=None,
            kind="rename",
            effective_date=dt.date(2010, 1, 1),
            legal_basis="QĐ 3",
            predecessors=[b],
            successors=[SuccessorSpec("T2", "Hai", UnitType.PHONG, None)],
        )
    b.refresh_from_db()
    assert b.valid_to is None
    assert not Unit.objects.filter(code="T2").exists()


def test_reorganise_api_split_and_errors(as_role) -> None:  # type: ignore[no-untyped-def]
    a = _unit("API")
    client = as_role("sector")
    body = {
        "kind": "split",
        "effective_date": "2025-07-01",
        "legal_basis": "QĐ 1898/QĐ-BTP",
        "predecessor_ids": [a.pk],
        "successors": [
            {"code": "API-1", "name": "Phòng khu vực 1", "unit_type": "phong_thads_kv"},
            {"code": "API-2", "name": "Phòng khu vực 2", "unit_type": "phong_thads_kv"},
        ],
    }
    response = client.post("/api/v1/units/reorganisations", body, content_type="application/json")
    assert response.status_code == 201, response.content
    assert [u["code"] for u in response.json()] == ["API-1", "API-2"]
    again = client.post("/api/v1/units/reorganisations", body, content_type="application/json")
    assert again.status_code == 422
    officer = as_role("officer").post(
        "/api/v1/units/reorganisations", body, content_type="application/json"
    )
    assert officer.status_code == 404
