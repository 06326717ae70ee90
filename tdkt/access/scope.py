"""The one place that decides who may see and change what.

Every page and API endpoint reads through ``restrict`` or ``get_in_scope_or_404``, which
apply the declarations of ``tdkt.access.rules`` (each app's ``access.py``). Anything out of a
user's scope answers exactly like a missing record (404), so scope never leaks the existence
of a person in another province. This module imports no domain app.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

from django.db.models import Model, QuerySet
from django.http import Http404

from tdkt.access.models import Role, RoleAssignment
from tdkt.access.rules import (
    ALL,
    ANYONE,
    CHANGE,
    SECTOR_WIDE,
    SELF,
    VIEW,
    Grant,
    declaration_for,
    provider,
)

M = TypeVar("M", bound=Model)

__all__ = ["CHANGE", "VIEW", "Scope", "allows", "can", "get_in_scope_or_404", "require"]


@dataclass(frozen=True)
class Scope:
    """What one user reaches, by role: computed once per request."""

    authenticated: bool
    user_id: int | None
    roles: frozenset[str]
    # Units reached through each unit-anchored role (subtrees and their history).
    units_by_role: dict[str, frozenset[int]]
    bloc_ids: frozenset[int]
    own_person_id: int | None

    def grant(self, allowed: frozenset[str]) -> Grant:
        """The union of what the user's roles among ``allowed`` give."""
        if ANYONE in allowed or (self.roles & SECTOR_WIDE & allowed):
            return Grant(everything=True)
        if not self.authenticated:
            return Grant()
        units: frozenset[int] = frozenset()
        for role in self.roles & allowed:
            units |= self.units_by_role.get(role, frozenset())
        return Grant(
            unit_ids=units,
            bloc_ids=self.bloc_ids if Role.BLOC_LEADER in (self.roles & allowed) else frozenset(),
            own_person_id=self.own_person_id if SELF in allowed else None,
            user_id=self.user_id if SELF in allowed else None,
        )


_NOBODY = Scope(False, None, frozenset(), {}, frozenset(), None)


def scope_for(user: Any) -> Scope:
    """Compute (once per request; cached on the user object) what ``user`` may reach."""
    if user is None or not user.is_authenticated or not user.is_active:
        return _NOBODY
    cached = getattr(user, "_tdkt_scope", None)
    if cached is not None:
        return cached
    assignments = list(RoleAssignment.objects.filter(user=user).select_related("unit"))
    roles = {a.role for a in assignments}
    if user.is_superuser:
        roles.add(Role.ADMIN.value)
    units_by_role: dict[str, frozenset[int]] = {}
    if not roles & SECTOR_WIDE:
        subtrees = provider("unit_subtrees")
        for role in (Role.UNIT_OFFICER.value, Role.COUNCIL_MEMBER.value):
            anchors = [a.unit for a in assignments if a.role == role and a.unit_id]
            if anchors:
                units_by_role[role] = frozenset(subtrees(anchors))
    scope = Scope(
        True,
        user.pk,
        frozenset(roles),
        units_by_role,
        frozenset(a.bloc_id for a in assignments if a.role == Role.BLOC_LEADER and a.bloc_id),
        provider("own_person")(user),
    )
    user._tdkt_scope = scope
    return scope


def _grant(user: Any, action: str, model: type[Model]) -> Grant:
    declaration = declaration_for(model)
    return scope_for(user).grant(declaration.actions.get(action, frozenset()))


def restrict(qs: QuerySet[M], user: Any, action: str = VIEW) -> QuerySet[M]:
    """``qs`` narrowed to what ``user`` may ``action``; empty if nothing."""
    declaration = declaration_for(qs.model)
    q = declaration.reach.q(_grant(user, action, qs.model), action)
    if q is None:
        return qs.none()
    return qs if q == ALL else qs.filter(q)


def get_in_scope_or_404(qs: QuerySet[M], user: Any, action: str = VIEW, **lookup: Any) -> M:
    """Fetch and authorise in one step; missing and forbidden look the same."""
    try:
        return restrict(qs, user, action).get(**lookup)
    except (qs.model.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404("Không tìm thấy.") from exc


def can(user: Any, action: str, model: type[Model]) -> bool:
    """Whether ``user`` may ``action`` some object of ``model`` (for actions without an
    object: create, reorganise, open the audit log)."""
    declaration = declaration_for(model)
    grant = _grant(user, action, model)
    return not grant.empty or declaration.reach.q(grant, action) is not None


def allows(user: Any, action: str, obj: Model) -> bool:
    """Whether ``user`` may ``action`` this object (one query)."""
    return restrict(type(obj)._default_manager.filter(pk=obj.pk), user, action).exists()


def require(condition: bool) -> None:
    """For actions without an object (create, reorganise): deny as not found."""
    if not condition:
        raise Http404("Không tìm thấy.")
