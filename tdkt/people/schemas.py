from __future__ import annotations

import datetime as dt

from ninja import Schema
from pydantic import Field

from tdkt.people.models import Gender


class PositionOut(Schema):
    unit_id: int
    unit_name: str = Field(alias="unit.name")
    title: str
    is_leader: bool
    start_date: dt.date
    end_date: dt.date | None


class PersonOut(Schema):
    id: int
    full_name: str
    family_name: str
    middle_name: str
    given_name: str
    gender: Gender
    date_of_birth: dt.date
    unit_id: int
    unit_name: str = Field(alias="unit.name")


class PersonDetailOut(PersonOut):
    national_id: str | None
    positions: list[PositionOut]


class PersonIn(Schema):
    family_name: str = Field("", max_length=50)
    middle_name: str = Field("", max_length=80)
    given_name: str = Field(min_length=1, max_length=50)
    gender: Gender
    date_of_birth: dt.date
    national_id: str | None = Field(None, pattern=r"^\d{12}$")
    unit_id: int
    title: str = Field(min_length=1, max_length=150)
    is_leader: bool = False
    start_date: dt.date


class PersonPatch(Schema):
    family_name: str | None = Field(None, max_length=50)
    middle_name: str | None = Field(None, max_length=80)
    given_name: str | None = Field(None, min_length=1, max_length=50)
    gender: Gender | None = None
    date_of_birth: dt.date | None = None
    national_id: str | None = Field(None, pattern=r"^\d{12}$")
