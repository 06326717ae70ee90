from __future__ import annotations

from ninja import Schema

from tdkt.blocs.models import BlocKind, OfficerRole, Source


class BlocOut(Schema):
    id: int
    name: str
    kind: BlocKind
    from_year: int
    to_year: int | None
    note: str


class MemberOut(Schema):
    unit_id: int
    unit_name: str
    source: Source
    source_note: str


class OfficerOut(Schema):
    role: OfficerRole
    unit_id: int
    unit_name: str
    holder_name: str
    holder_title: str
    source: Source
    source_note: str


class BlocYearOut(Schema):
    bloc: BlocOut
    year: int
    years: list[int]
    members: list[MemberOut]
    officers: list[OfficerOut]
