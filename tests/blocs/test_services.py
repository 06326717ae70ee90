"""Bloc services: one Trưởng a year, at most two Phó, officers drawn from the year's members."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from tdkt.blocs.models import Bloc, OfficerRole
from tdkt.blocs.services import MemberSpec, OfficerSpec, bloc_set_members, bloc_set_officers
from tdkt.units.models import Unit

pytestmark = pytest.mark.django_db


def _bloc() -> Bloc:
    return Bloc.objects.get(name__contains="Duyên hải")


def test_officer_rules() -> None:
    bloc = _bloc()
    hue, nghe_an, quang_binh = (Unit.objects.get(code=c) for c in ("STP-46", "STP-40", "CTHADS-44"))
    dong_nai = Unit.objects.get(code="STP-75")
    with pytest.raises(ValidationError, match="đúng một Trưởng"):
        bloc_set_officers(
            actor=None, bloc=bloc, year=2019, officers=[OfficerSpec(OfficerRole.PHO, hue)]
        )
    with pytest.raises(ValidationError, match="Tối đa 2"):
        bloc_set_officers(
            actor=None,
            bloc=bloc,
            year=2019,
            officers=[
                OfficerSpec(OfficerRole.TRUONG, hue),
                OfficerSpec(OfficerRole.PHO, nghe_an),
                OfficerSpec(OfficerRole.PHO, quang_binh),
                OfficerSpec(OfficerRole.PHO, Unit.objects.get(code="STP-38")),
            ],
        )
    with pytest.raises(ValidationError, match="không phải thành viên"):
        bloc_set_officers(
            actor=None, bloc=bloc, year=2019, officers=[OfficerSpec(OfficerRole.TRUONG, dong_nai)]
        )
    bloc_set_officers(
        actor=None,
        bloc=bloc,
        year=2019,
        officers=[OfficerSpec(OfficerRole.TRUONG, nghe_an), OfficerSpec(OfficerRole.PHO, hue)],
    )
    assert bloc.officers.get(year=2019, role="truong").unit == nghe_an
    # 2018, recorded from seed 001, is untouched.
    assert bloc.officers.get(year=2018, role="truong").unit == hue


def test_members_rules() -> None:
    from tdkt.blocs.services import bloc_create

    bloc = _bloc()
    unit = Unit.objects.get(code="STP-38")
    with pytest.raises(ValidationError, match="hai lần"):
        bloc_set_members(
            actor=None, bloc=bloc, year=2020, members=[MemberSpec(unit), MemberSpec(unit)]
        )
    with pytest.raises(ValidationError, match="ngoài thời gian"):
        bloc_set_members(actor=None, bloc=bloc, year=2030, members=[MemberSpec(unit)])
    merged = Unit.objects.get(code="STP-49")  # Quảng Nam: closed 30/06/2025
    new_bloc = bloc_create(actor=None, name="Cụm thử nghiệm", kind="cum", from_year=2020)
    with pytest.raises(ValidationError, match="không hoạt động"):
        bloc_set_members(actor=None, bloc=new_bloc, year=2026, members=[MemberSpec(merged)])


def test_pages_for_editing_blocs(as_role) -> None:  # type: ignore[no-untyped-def]
    bloc = _bloc()
    client = as_role("sector")
    page = client.post(
        f"/cum-khoi/{bloc.pk}/truong-pho/?nam=2019",
        {
            "leader": Unit.objects.get(code="STP-51").pk,
            "leader_title": "Giám đốc Sở Tư pháp tỉnh Quảng Ngãi",
        },
    )
    assert page.status_code == 302
    detail = client.get(f"/cum-khoi/{bloc.pk}/?nam=2019").content.decode()
    assert "Giám đốc Sở Tư pháp tỉnh Quảng Ngãi" in detail
    bad = client.post(f"/cum-khoi/{bloc.pk}/truong-pho/?nam=2019", {"leader": ""})
    assert bad.status_code == 400 and "Trưởng (đơn vị)" in bad.content.decode()
