"""Blocs and their members and officers are published; only sector-wide roles define them;
a bloc's Trưởng and Phó reach the blocs they lead."""

from __future__ import annotations

from tdkt.access.models import Role
from tdkt.access.rules import ANYONE, CHANGE, VIEW, ViaBloc, declare
from tdkt.blocs.models import Bloc, BlocMembership, BlocOfficer

SECTOR = (Role.ADMIN, Role.SECTOR_OFFICER)

declare(
    Bloc,
    reach=ViaBloc("pk"),
    actions={VIEW: [ANYONE], CHANGE: SECTOR, "manage": SECTOR, "lead": [Role.BLOC_LEADER]},
)
for model in (BlocMembership, BlocOfficer):
    declare(
        model,
        reach=ViaBloc("bloc_id"),
        actions={VIEW: [ANYONE], CHANGE: SECTOR, "lead": [Role.BLOC_LEADER]},
    )
