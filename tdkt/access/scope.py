"""The one place that decides who may see and change what.

Every page and API endpoint reads through ``restrict`` or ``get_in_scope_or_404``. Anything
out of a user's scope answers exactly like a missing record (404), so scope never leaks
the existence of a person in another province.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from django.db.models import Model, Q, QuerySet
from django.http import Http404

from tdkt.access.models import Role, RoleAssignment
from tdkt.audit.models import AuditEvent
from tdkt.blocs.models import Bloc
from tdkt.people.models import Person, Position, YearlyRating
from tdkt.records.models import AwardRecord, Discipline, Initiative, Leave, UnitYearResult
from tdkt.units.models import Unit
from tdkt.units.selectors import unit_predecessor_ids, unit_subtree_ids

M = TypeVar("M", bound=Model)

VIEW, CHANGE = "view", "change"
_PERSON_RECORDS = (Position, YearlyRating, Initiative, Discipline, Leave)


@dataclass(frozen=True)
class Scope:
    authenticated: bool
    roles: frozenset[str]
    sector_wide: bool
    # Units whose people the user may see / change; None means every unit.
    view_unit_ids: frozenset[int] | None
    change_unit_ids: frozenset[int] | None
    own_person_id: int | None
    bloc_ids: frozenset[int]

    @property
    def is_admin(self) -> bool:
        return Role.ADMIN in self.roles

    def can_view_unit_people(self, unit_id: int) -> bool:
        return self.view_unit_ids is None or unit_id in self.view_unit_ids

    def can_change_unit(self, unit_id: int) -> bool:
        return self.change_unit_ids is None or unit_id in self.change_unit_ids

    @property
    def can_see_audit(self) -> bool:
        return self.sector_wide or Role.UNIT_OFFICER in self.roles

    @property
    def can_manage_structure(self) -> bool:
        """Create units, reorganise, define blocs: sector-wide roles only."""
        return self.sector_wide


_NOBODY = Scope(False, frozenset(), False, frozenset(), frozenset(), None, frozenset())


def _subtrees_with_history(units: list[Unit]) -> frozenset[int]:
    ids = unit_subtree_ids(units)
    history = unit_predecessor_ids(ids)
    if history:
        ids |= unit_subtree_ids(list(Unit.objects.filter(pk__in=history)))
    return frozenset(ids)


def scope_for(user: Any) -> Scope:
    """Compute (once per request; cached on the user object) what ``user`` may reach."""
    if user is None or not user.is_authenticated or not user.is_active:
        return _NOBODY
    cached = getattr(user, "_tdkt_scope", None)
    if cached is not None:
        return cached
    assignments = list(RoleAssignment.objects.filter(user=user).select_related("unit"))
    roles = frozenset(a.role for a in assignments)
    own = Person.objects.filter(user=user).values_list("pk", flat=True).first()
    sector_wide = bool(roles & {Role.ADMIN, Role.SECTOR_OFFICER}) or user.is_superuser
    if sector_wide:
        scope = Scope(
            True,
            roles | ({Role.ADMIN} if user.is_superuser else set()),
            True,
            None,
            None,
            own,
            frozenset(),
        )
    else:
        officer_units = [a.unit for a in assignments if a.role == Role.UNIT_OFFICER and a.unit]
        council_units = [a.unit for a in assignments if a.role == Role.COUNCIL_MEMBER and a.unit]
        change = _subtrees_with_history(officer_units) if officer_units else frozenset()
        view = change | (_subtrees_with_history(council_units) if council_units else frozenset())
        blocs = frozenset(
            a.bloc_id for a in assignments if a.role == Role.BLOC_LEADER and a.bloc_id
        )
        scope = Scope(True, roles, False, view, change, own, blocs)
    user._tdkt_scope = scope
    return scope


def restrict(qs: QuerySet[M], user: Any, action: str = VIEW) -> QuerySet[M]:
    """``qs`` narrowed to what ``user`` may ``action``; empty if nothing."""
    scope = scope_for(user)
    model = qs.model
    if model is Unit or model is Bloc:
        # The organisation of the sector and its blocs is published information.
        if action == VIEW:
            return qs
        if model is Bloc or scope.change_unit_ids is None:
            return qs if scope.can_manage_structure else qs.none()
        return qs.filter(pk__in=scope.change_unit_ids)
    if model is Person:
        unit_ids = scope.view_unit_ids if action == VIEW else scope.change_unit_ids
        if unit_ids is None:
            return qs
        if action == VIEW and scope.own_person_id is not None:
            return qs.filter(unit_id__in=unit_ids) | qs.filter(pk=scope.own_person_id)
        return qs.filter(unit_id__in=unit_ids)
    if model in _PERSON_RECORDS:
        return qs.filter(person__in=restrict(Person.objects.all(), user, action))
    if model is AwardRecord:
        people = restrict(Person.objects.all(), user, action)
        units = restrict(Unit.objects.all(), user, CHANGE if action == CHANGE else VIEW)
        return qs.filter(Q(person__in=people) | Q(unit__in=units))
    if model is UnitYearResult:
        if scope.sector_wide:
            return qs
        unit_ids = scope.view_unit_ids if action == VIEW else scope.change_unit_ids
        return qs.filter(unit_id__in=unit_ids or ())
    if model is AuditEvent:
        if scope.sector_wide:
            return qs
        if Role.UNIT_OFFICER not in scope.roles or action != VIEW:
            return qs.none()
        return qs.filter(unit_id__in=scope.change_unit_ids or ())
    raise LookupError(f"no access rule for {model.__name__}")


def get_in_scope_or_404(qs: QuerySet[M], user: Any, action: str = VIEW, **lookup: Any) -> M:
    """Fetch and authorise in one step; missing and forbidden look the same."""
    try:
        return restrict(qs, user, action).get(**lookup)
    except (qs.model.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404("Không tìm thấy.") from exc


def require(condition: bool) -> None:
    """For actions without an object (create, reorganise): deny as not found."""
    if not condition:
        raise Http404("Không tìm thấy.")
