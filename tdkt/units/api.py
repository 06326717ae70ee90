"""Unit endpoints: list, detail with history, create, reorganise."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router
from ninja.pagination import LimitOffsetPagination, paginate

from tdkt.access.api_auth import PUBLIC
from tdkt.access.routes import action_route, object_route, public_route
from tdkt.access.scope import CHANGE, can, get_in_scope_or_404, require, restrict
from tdkt.units.models import Unit
from tdkt.units.schemas import (
    ReorganisationIn,
    UnitHistoryOut,
    UnitIn,
    UnitOut,
)
from tdkt.units.selectors import LineageNode, unit_lineage, unit_list
from tdkt.units.services import SuccessorSpec, unit_create, unit_reorganise

router = Router()


def _parent(request: HttpRequest, parent_id: int | None) -> Unit | None:
    if parent_id is None:
        return None
    return get_in_scope_or_404(Unit.objects.all(), request.user, pk=parent_id)


@router.get("/", response=list[UnitOut], auth=PUBLIC)
@paginate(LimitOffsetPagination)
@public_route()
def list_units(
    request: HttpRequest, q: str = "", unit_type: str = "", include_closed: bool = False
):  # type: ignore[no-untyped-def]
    return restrict(
        unit_list(query=q, unit_type=unit_type, include_closed=include_closed), request.user
    )


def _node(node: LineageNode) -> dict[str, object]:
    reorg = node.reorganisation
    return {
        "unit": node.unit,
        "kind": reorg.kind if reorg else None,
        "effective_date": reorg.effective_date if reorg else None,
        "legal_basis": reorg.legal_basis if reorg else None,
        "predecessors": [_node(p) for p in node.predecessors],
    }


@router.get("/{int:unit_id}", response=UnitHistoryOut, auth=PUBLIC)
@object_route(Unit, param="unit_id")
def get_unit(request: HttpRequest, unit_id: int) -> dict[str, object]:
    """A unit with its history: predecessors back to the oldest known, and successors."""
    unit = get_in_scope_or_404(Unit.objects.all(), request.user, pk=unit_id)
    predecessors, successors = unit_lineage(unit)
    return {
        "unit": unit,
        "predecessors": [_node(n) for n in predecessors],
        "successors": [u for _, us in successors for u in us],
    }


@router.post("/", response={201: UnitOut})
@action_route(Unit, "manage")
def create_unit(request: HttpRequest, payload: UnitIn) -> tuple[int, Unit]:
    require(can(request.user, "manage", Unit))
    data = payload.dict()
    parent = _parent(request, data.pop("parent_id"))
    return 201, unit_create(actor=request.user, parent=parent, **data)


@router.post("/reorganisations", response={201: list[UnitOut]})
@action_route(Unit, "manage")
def reorganise(request: HttpRequest, payload: ReorganisationIn) -> tuple[int, list[Unit]]:
    """Rename, merge or split units: the predecessors close the day before
    ``effective_date``; the successors open on it and carry the predecessors' history."""
    require(can(request.user, "manage", Unit))
    predecessors = [
        get_in_scope_or_404(Unit.objects.all(), request.user, CHANGE, pk=pk)
        for pk in payload.predecessor_ids
    ]
    specs = [
        SuccessorSpec(
            code=s.code,
            name=s.name,
            unit_type=s.unit_type,
            parent=_parent(request, s.parent_id),
            short_name=s.short_name,
            province_code=s.province_code,
            province_name=s.province_name,
        )
        for s in payload.successors
    ]
    reorg = unit_reorganise(
        actor=request.user,
        kind=payload.kind,
        effective_date=payload.effective_date,
        legal_basis=payload.legal_basis,
        predecessors=predecessors,
        successors=list(specs),
        move_children=payload.move_children,
        move_staff=payload.move_staff,
        note=payload.note,
    )
    return 201, list(reorg.successors.order_by("id"))
