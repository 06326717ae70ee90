"""Who reaches units: the sector's organisation is published; unit officers change their
own subtree; only sector-wide roles change the structure (create, reorganise)."""

from __future__ import annotations

from tdkt.access.models import Role
from tdkt.access.rules import ANYONE, CHANGE, VIEW, Published, ViaUnit, declare, provide
from tdkt.units.models import Reorganisation, Unit
from tdkt.units.selectors import unit_predecessor_ids, unit_subtree_ids

SECTOR = (Role.ADMIN, Role.SECTOR_OFFICER)
OFFICERS = (*SECTOR, Role.UNIT_OFFICER)


def subtrees_with_history(units: list[Unit]) -> set[int]:
    """The units' subtrees, plus the subtrees of the units they came from: a unit officer
    of a merged province keeps the history of the provinces merged into it."""
    ids = unit_subtree_ids(units)
    history = unit_predecessor_ids(ids)
    if history:
        ids |= unit_subtree_ids(list(Unit.objects.filter(pk__in=history)))
    return ids


provide("unit_subtrees", subtrees_with_history)

declare(
    Unit,
    reach=ViaUnit("pk"),
    actions={
        VIEW: [ANYONE],
        CHANGE: OFFICERS,
        # Create units and reorganise them: the structure of the whole sector.
        "manage": SECTOR,
        # See the unit's people and their verdicts (the year review, the unit's panel).
        "review": (*OFFICERS, Role.COUNCIL_MEMBER),
    },
)
declare(
    Reorganisation,
    reach=Published(),
    actions={CHANGE: SECTOR},
)
