"""Bloc endpoints: the list and one bloc's year (members, Trưởng and Phó)."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router

from tdkt.access.api_auth import PUBLIC
from tdkt.access.routes import object_route, public_route
from tdkt.access.scope import get_in_scope_or_404, restrict
from tdkt.blocs.models import Bloc
from tdkt.blocs.schemas import BlocOut, BlocYearOut, MemberOut, OfficerOut
from tdkt.blocs.selectors import bloc_list, bloc_year, bloc_years

router = Router()


@router.get("/", response=list[BlocOut], auth=PUBLIC)
@public_route()
def list_blocs(request: HttpRequest, year: int | None = None) -> list[Bloc]:
    return list(restrict(bloc_list(year=year), request.user))


@router.get("/{int:bloc_id}", response=BlocYearOut, auth=PUBLIC)
@object_route(Bloc, param="bloc_id")
def get_bloc(request: HttpRequest, bloc_id: int, year: int | None = None) -> BlocYearOut:
    bloc = get_in_scope_or_404(Bloc.objects.all(), request.user, pk=bloc_id)
    years = bloc_years(bloc)
    chosen = year if year is not None else (years[-1] if years else bloc.from_year)
    members, officers = bloc_year(bloc, chosen)
    return BlocYearOut(
        bloc=BlocOut.from_orm(bloc),
        year=chosen,
        years=years,
        members=[
            MemberOut(
                unit_id=m.unit_id, unit_name=m.unit.name, source=m.source, source_note=m.source_note
            )
            for m in members
        ],
        officers=[
            OfficerOut(
                role=o.role,
                unit_id=o.unit_id,
                unit_name=o.unit.name,
                holder_name=o.holder_name,
                holder_title=o.holder_title,
                source=o.source,
                source_note=o.source_note,
            )
            for o in officers
        ],
    )
