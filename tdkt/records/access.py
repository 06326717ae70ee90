"""Award history reaches the tree through the person (or the unit) it belongs to. A unit's
awards are published, a person's are not; an import belongs to the user who uploaded it."""

from __future__ import annotations

from django.db.models import Q

from tdkt.access.models import Role
from tdkt.access.rules import (
    CHANGE,
    SELF,
    VIEW,
    AnyOf,
    OwnedBy,
    Published,
    ViaPerson,
    ViaUnit,
    declare,
)
from tdkt.people.access import PEOPLE_ACTIONS
from tdkt.records.models import (
    AwardRecord,
    Discipline,
    ImportJob,
    Initiative,
    Leave,
    UnitYearResult,
)

SECTOR = (Role.ADMIN, Role.SECTOR_OFFICER)

for model in (Initiative, Discipline, Leave):
    declare(model, reach=ViaPerson("person"), actions=PEOPLE_ACTIONS)
declare(
    AwardRecord,
    reach=AnyOf(
        (
            ViaPerson("person"),
            ViaUnit("unit_id"),
            Published(Q(unit__isnull=False), frozenset({VIEW})),
        )
    ),
    actions=PEOPLE_ACTIONS,
)
declare(
    UnitYearResult,
    reach=ViaUnit("unit_id"),
    actions={
        VIEW: (*SECTOR, Role.UNIT_OFFICER, Role.COUNCIL_MEMBER),
        CHANGE: (*SECTOR, Role.UNIT_OFFICER),
    },
)
# Who may start an import is a question about people (CHANGE on Person); the job itself,
# with the uploaded file, is its uploader's alone.
declare(ImportJob, reach=OwnedBy("user"), actions={VIEW: [SELF], CHANGE: [SELF]})
