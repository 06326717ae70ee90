from __future__ import annotations

import datetime as dt

from ninja import Schema
from pydantic import Field

from tdkt.units.models import ReorganisationKind, UnitType


class UnitOut(Schema):
    id: int
    code: str
    name: str
    short_name: str
    unit_type: UnitType
    unit_type_label: str

    @staticmethod
    def resolve_unit_type_label(obj: object) -> str:
        return str(obj.get_unit_type_display())  # type: ignore[attr-defined]

    parent_id: int | None
    province_code: str
    province_name: str
    valid_from: dt.date
    valid_to: dt.date | None
    depth: int


class UnitIn(Schema):
    code: str = Field(min_length=1, max_length=40)
    name: str = Field(min_length=1, max_length=255)
    short_name: str = Field("", max_length=60)
    unit_type: UnitType
    parent_id: int | None = None
    province_code: str = Field("", pattern=r"^(\d{2})?$")
    province_name: str = Field("", max_length=60)
    valid_from: dt.date


class SuccessorIn(Schema):
    code: str = Field(min_length=1, max_length=40)
    name: str = Field(min_length=1, max_length=255)
    short_name: str = Field("", max_length=60)
    unit_type: UnitType
    parent_id: int | None = None
    province_code: str = Field("", pattern=r"^(\d{2})?$")
    province_name: str = Field("", max_length=60)


class ReorganisationIn(Schema):
    kind: ReorganisationKind
    effective_date: dt.date
    legal_basis: str = Field(min_length=1, max_length=300)
    predecessor_ids: list[int] = Field(min_length=1)
    successors: list[SuccessorIn] = Field(min_length=1)
    move_children: bool = False
    move_staff: bool = False
    note: str = ""


class LineageOut(Schema):
    unit: UnitOut
    kind: str | None
    effective_date: dt.date | None
    legal_basis: str | None
    predecessors: list[LineageOut]


class UnitHistoryOut(Schema):
    unit: UnitOut
    predecessors: list[LineageOut]
    successors: list[UnitOut]
