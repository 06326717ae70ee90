"""Writes on blocs: create, set a year's members, set a year's leader and deputies."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from tdkt.audit.services import audit_record, snapshot
from tdkt.blocs.models import Bloc, BlocMembership, BlocOfficer, OfficerRole, Source
from tdkt.core.vntext import clean
from tdkt.units.models import Unit

# QĐ 3916/QĐ-BTP gives each zone one Trưởng and two Phó; a policy, not a law, so a setting.
MAX_DEPUTIES = 2


@transaction.atomic
def bloc_create(
    *, actor: Any, name: str, kind: str, from_year: int, to_year: int | None = None, note: str = ""
) -> Bloc:
    bloc = Bloc(name=clean(name), kind=kind, from_year=from_year, to_year=to_year, note=note)
    bloc.full_clean()
    if to_year is not None and to_year < from_year:
        raise ValidationError({"to_year": "Năm kết thúc phải sau năm bắt đầu."})
    bloc.save()
    audit_record(actor=actor, action="bloc.create", obj=bloc, after=snapshot(bloc))
    return bloc


def _check_year(bloc: Bloc, year: int) -> None:
    if year < bloc.from_year or (bloc.to_year is not None and year > bloc.to_year):
        raise ValidationError(
            {"year": f"Năm {year} nằm ngoài thời gian hoạt động của “{bloc.name}”."}
        )


@dataclass(frozen=True)
class MemberSpec:
    unit: Unit
    source: str = Source.DOCUMENTED
    source_note: str = ""


@transaction.atomic
def bloc_set_members(*, actor: Any, bloc: Bloc, year: int, members: Sequence[MemberSpec]) -> None:
    """Replace the bloc's member list for ``year`` (set-based: one delete, one insert)."""
    _check_year(bloc, year)
    units = [m.unit for m in members]
    if len({u.pk for u in units}) != len(units):
        raise ValidationError({"members": "Một đơn vị được chọn hai lần."})
    for unit in units:
        if unit.valid_from.year > year or (unit.valid_to and unit.valid_to.year < year):
            raise ValidationError({"members": f"“{unit.name}” không hoạt động trong năm {year}."})
    before = list(bloc.memberships.filter(year=year).values_list("unit_id", flat=True))
    bloc.memberships.filter(year=year).delete()
    BlocMembership.objects.bulk_create(
        BlocMembership(
            bloc=bloc, unit=m.unit, year=year, source=m.source, source_note=m.source_note
        )
        for m in members
    )
    audit_record(
        actor=actor,
        action="bloc.members",
        obj=bloc,
        before={"year": year, "units": sorted(before)},
        after={"year": year, "units": sorted(u.pk for u in units)},
    )


@dataclass(frozen=True)
class OfficerSpec:
    role: str
    unit: Unit
    holder_name: str = ""
    holder_title: str = ""
    source: str = Source.DOCUMENTED
    source_note: str = ""


@transaction.atomic
def bloc_set_officers(
    *, actor: Any, bloc: Bloc, year: int, officers: Sequence[OfficerSpec]
) -> None:
    """Record the year's Trưởng and Phó. They must be member units of the bloc that year."""
    _check_year(bloc, year)
    leaders = [o for o in officers if o.role == OfficerRole.TRUONG]
    deputies = [o for o in officers if o.role == OfficerRole.PHO]
    if len(leaders) != 1:
        raise ValidationError({"officers": "Mỗi năm có đúng một Trưởng."})
    if len(deputies) > MAX_DEPUTIES:
        raise ValidationError({"officers": f"Tối đa {MAX_DEPUTIES} Phó Trưởng."})
    member_ids = set(bloc.memberships.filter(year=year).values_list("unit_id", flat=True))
    for officer in officers:
        if officer.unit.pk not in member_ids:
            raise ValidationError(
                {
                    "officers": f"“{officer.unit.name}” không phải thành viên "
                    f"của {bloc.name} năm {year}."
                }
            )
    before = [snapshot(o) for o in bloc.officers.filter(year=year)]
    bloc.officers.filter(year=year).delete()
    created = BlocOfficer.objects.bulk_create(
        BlocOfficer(
            bloc=bloc,
            year=year,
            role=o.role,
            unit=o.unit,
            holder_name=clean(o.holder_name),
            holder_title=clean(o.holder_title),
            source=o.source,
            source_note=o.source_note,
        )
        for o in officers
    )
    audit_record(
        actor=actor,
        action="bloc.officers",
        obj=bloc,
        before={"officers": before},
        after={"officers": [snapshot(o) for o in created]},
    )
