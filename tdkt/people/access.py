"""People and their careers and ratings reach the tree through the person's unit; every
user also sees their own record."""

from __future__ import annotations

from typing import Any

from tdkt.access.models import Role
from tdkt.access.rules import CHANGE, SELF, VIEW, ViaPerson, declare, provide
from tdkt.people.models import Person, Position, YearlyRating

SECTOR = (Role.ADMIN, Role.SECTOR_OFFICER)
PEOPLE_ACTIONS = {
    VIEW: (*SECTOR, Role.UNIT_OFFICER, Role.COUNCIL_MEMBER, SELF),
    CHANGE: (*SECTOR, Role.UNIT_OFFICER),
}


def own_person(user: Any) -> int | None:
    return Person.objects.filter(user=user).values_list("pk", flat=True).first()


provide("own_person", own_person)

declare(Person, reach=ViaPerson(None), actions=PEOPLE_ACTIONS)
declare(Position, reach=ViaPerson("person"), actions=PEOPLE_ACTIONS)
declare(YearlyRating, reach=ViaPerson("person"), actions=PEOPLE_ACTIONS)
