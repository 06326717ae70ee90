"""Person endpoints: scoped search in Vietnamese name order, detail, create, update."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router
from ninja.pagination import LimitOffsetPagination, paginate

from tdkt.access.routes import action_route, object_route, signed_in_route
from tdkt.access.scope import CHANGE, get_in_scope_or_404, restrict
from tdkt.people.models import Person
from tdkt.people.schemas import PersonDetailOut, PersonIn, PersonOut, PersonPatch
from tdkt.people.selectors import person_list
from tdkt.people.services import person_create, person_update
from tdkt.units.models import Unit

router = Router()


@router.get("/", response=list[PersonOut])
@paginate(LimitOffsetPagination)
@signed_in_route()
def list_persons(request: HttpRequest, q: str = "", unit_id: int | None = None):  # type: ignore[no-untyped-def]
    """Search ignores diacritics and case (``nguyen van`` finds "Nguyễn Văn"); results sort by
    given name, middle name, family name in Vietnamese alphabetical order."""
    return person_list(restrict(Person.objects.all(), request.user), query=q, unit_id=unit_id)


@router.get("/{int:person_id}", response=PersonDetailOut)
@object_route(Person, param="person_id")
def get_person(request: HttpRequest, person_id: int) -> Person:
    qs = Person.objects.select_related("unit").prefetch_related("positions__unit")
    return get_in_scope_or_404(qs, request.user, pk=person_id)


@router.post("/", response={201: PersonDetailOut})
@action_route(Person, CHANGE)
def create_person(request: HttpRequest, payload: PersonIn) -> tuple[int, Person]:
    data = payload.dict()
    unit = get_in_scope_or_404(Unit.objects.all(), request.user, CHANGE, pk=data.pop("unit_id"))
    person = person_create(actor=request.user, unit=unit, **data)
    return 201, get_person(request, person.pk)


@router.patch("/{int:person_id}", response=PersonDetailOut)
@object_route(Person, CHANGE, param="person_id")
def update_person(request: HttpRequest, person_id: int, payload: PersonPatch) -> Person:
    person = get_in_scope_or_404(Person.objects.all(), request.user, CHANGE, pk=person_id)
    changes = payload.dict(exclude_unset=True)
    person_update(actor=request.user, person=person, **changes)
    return get_person(request, person_id)
