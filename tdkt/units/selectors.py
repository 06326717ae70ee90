"""Reads on units: the tree, a unit's lineage (history through reorganisations), lookups."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet

from tdkt.core.vntext import fold
from tdkt.units.models import Reorganisation, Unit


def unit_list(
    *, query: str = "", unit_type: str = "", on: dt.date | None = None, include_closed: bool = False
) -> QuerySet[Unit]:
    qs = Unit.objects.select_related("parent")
    if not include_closed:
        day = on or dt.date.today()
        qs = qs.filter(Q(valid_to__isnull=True) | Q(valid_to__gte=day), valid_from__lte=day)
    if unit_type:
        qs = qs.filter(unit_type=unit_type)
    if query:
        for word in fold(query).split():
            qs = qs.filter(search_text__contains=" " + word)
    return qs.order_by("path")


def unit_subtree_ids(units: list[Unit]) -> set[int]:
    if not units:
        return set()
    cond = Q()
    for unit in units:
        cond |= Q(path__startswith=unit.path)
    return set(Unit.objects.filter(cond).values_list("pk", flat=True))


@dataclass
class LineageNode:
    unit: Unit
    reorganisation: Reorganisation | None
    predecessors: list[LineageNode] = field(default_factory=list)


def unit_lineage(unit: Unit) -> tuple[list[LineageNode], list[tuple[Reorganisation, list[Unit]]]]:
    """The unit's predecessors as a tree (back to the oldest known) and its successors.

    Reads the whole reorganisation graph in two queries: it is small (hundreds of rows for
    the sector) and walking it in Python avoids one query per generation.
    """
    reorgs = {r.pk: r for r in Reorganisation.objects.all()}
    preds: dict[int, list[tuple[int, int]]] = defaultdict(list)  # successor -> (reorg, pred)
    succs: dict[int, list[tuple[int, int]]] = defaultdict(list)  # predecessor -> (reorg, succ)
    pairs = Reorganisation.successors.through.objects.values_list("reorganisation_id", "unit_id")
    successors_of_reorg: dict[int, list[int]] = defaultdict(list)
    for reorg_id, unit_id in pairs:
        successors_of_reorg[reorg_id].append(unit_id)
    unit_ids: set[int] = {unit.pk}
    through = Reorganisation.predecessors.through.objects.values_list(
        "reorganisation_id", "unit_id"
    )
    for reorg_id, pred_id in through:
        for succ_id in successors_of_reorg[reorg_id]:
            preds[succ_id].append((reorg_id, pred_id))
            succs[pred_id].append((reorg_id, succ_id))
            unit_ids.update((pred_id, succ_id))
    units = Unit.objects.in_bulk(unit_ids)

    def build(unit_id: int, via: int | None, seen: frozenset[int]) -> LineageNode:
        node = LineageNode(units[unit_id], reorgs.get(via) if via else None)
        for reorg_id, pred_id in sorted(preds[unit_id]):
            if pred_id not in seen:
                node.predecessors.append(build(pred_id, reorg_id, seen | {pred_id}))
        return node

    root = build(unit.pk, None, frozenset({unit.pk}))
    forward: dict[int, list[Unit]] = defaultdict(list)
    for reorg_id, succ_id in succs[unit.pk]:
        forward[reorg_id].append(units[succ_id])
    return root.predecessors, [(reorgs[rid], us) for rid, us in forward.items()]


def unit_predecessor_ids(unit_ids: set[int]) -> set[int]:
    """Every unit that, through any chain of reorganisations, became one of ``unit_ids``."""
    succ_to_reorgs: dict[int, list[int]] = defaultdict(list)
    for reorg_id, unit_id in Reorganisation.successors.through.objects.values_list(
        "reorganisation_id", "unit_id"
    ):
        succ_to_reorgs[unit_id].append(reorg_id)
    if not succ_to_reorgs:
        return set()
    reorg_preds: dict[int, list[int]] = defaultdict(list)
    for reorg_id, unit_id in Reorganisation.predecessors.through.objects.values_list(
        "reorganisation_id", "unit_id"
    ):
        reorg_preds[reorg_id].append(unit_id)
    found: set[int] = set()
    frontier = set(unit_ids)
    while frontier:
        nxt = {p for u in frontier for r in succ_to_reorgs[u] for p in reorg_preds[r]}
        frontier = nxt - found - unit_ids
        found |= frontier
    return found
