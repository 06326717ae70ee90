"""Access declared by each app: how its objects reach the unit tree, and which roles may do
what with them. ``tdkt.access.scope`` turns these declarations into querysets; it imports no
domain app.

Each app declares its models in its own ``access.py`` (found at start-up, like Django's admin
modules); a model of a TĐKT app that declares nothing is refused by a system check
(``tdkt.access.checks``), never served. Apps also provide the two facts access cannot know
without importing them: how to widen a set of units to their subtrees (units) and which
person a user is (people).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Model, Q

from tdkt.access.models import Role

VIEW, CHANGE = "view", "change"

# Pseudo-roles, beside the assigned ones of ``Role``.
ANYONE = "anyone"  # everyone, signed in or not: published information
SELF = "self"  # a signed-in user, for their own person record and their own jobs
SECTOR_WIDE = frozenset({Role.ADMIN.value, Role.SECTOR_OFFICER.value})
UNIT_ROLES = frozenset({Role.UNIT_OFFICER.value, Role.COUNCIL_MEMBER.value})


@dataclass(frozen=True)
class Grant:
    """What a user's roles allowed for one action on one model give them."""

    everything: bool = False
    unit_ids: frozenset[int] = frozenset()
    bloc_ids: frozenset[int] = frozenset()
    own_person_id: int | None = None
    user_id: int | None = None

    @property
    def empty(self) -> bool:
        return not (
            self.everything
            or self.unit_ids
            or self.bloc_ids
            or self.own_person_id is not None
            or self.user_id is not None
        )


# What a reach answers: every row, no row, or a filter.
ALL, NONE = Q(), None


class Reach:
    """How an object reaches the unit tree (or its owner)."""

    def q(self, grant: Grant, action: str) -> Q | None:
        raise NotImplementedError


@dataclass(frozen=True)
class ViaUnit(Reach):
    """The object is (or names) a unit: ``path`` is the lookup to the unit's id
    (``"pk"`` for a unit itself, ``"unit_id"`` for a record that names one)."""

    path: str

    def q(self, grant: Grant, action: str) -> Q | None:
        if grant.everything:
            return ALL
        return Q(**{f"{self.path}__in": grant.unit_ids}) if grant.unit_ids else NONE


@dataclass(frozen=True)
class ViaPerson(Reach):
    """The object is a person (``person=None``) or belongs to one: seen through the person's
    unit, and by the person themself where the action allows ``SELF``."""

    person: str | None = "person"

    def q(self, grant: Grant, action: str) -> Q | None:
        if grant.everything:
            return ALL
        prefix = f"{self.person}__" if self.person else ""
        found: Q | None = NONE
        if grant.unit_ids:
            found = Q(**{f"{prefix}unit_id__in": grant.unit_ids})
        if grant.own_person_id is not None:
            own = Q(**{f"{self.person}_id" if self.person else "pk": grant.own_person_id})
            found = own if found is None else found | own
        return found


@dataclass(frozen=True)
class ViaBloc(Reach):
    """The object is (or names) a bloc; its leaders reach it."""

    path: str

    def q(self, grant: Grant, action: str) -> Q | None:
        if grant.everything:
            return ALL
        return Q(**{f"{self.path}__in": grant.bloc_ids}) if grant.bloc_ids else NONE


@dataclass(frozen=True)
class OwnedBy(Reach):
    """Only the user who made it (an upload, a job) reaches the object; sector-wide roles
    too where the action lists them."""

    field: str = "user"

    def q(self, grant: Grant, action: str) -> Q | None:
        if grant.everything:
            return ALL
        return Q(**{f"{self.field}_id": grant.user_id}) if grant.user_id is not None else NONE


@dataclass(frozen=True)
class Published(Reach):
    """Rows matching ``condition`` are public for ``actions`` whatever the user's roles
    (a unit's awards are published; a person's are not)."""

    condition: Q = field(default_factory=Q)
    actions: frozenset[str] = frozenset({VIEW})

    def q(self, grant: Grant, action: str) -> Q | None:
        return self.condition if action in self.actions else NONE


@dataclass(frozen=True)
class AnyOf(Reach):
    reaches: tuple[Reach, ...]

    def q(self, grant: Grant, action: str) -> Q | None:
        found: Q | None = NONE
        for reach in self.reaches:
            q = reach.q(grant, action)
            if q is None:
                continue
            if q == ALL:
                return ALL
            found = q if found is None else found | q
        return found


@dataclass(frozen=True)
class Internal(Reach):
    """Never served by a page or endpoint (tokens, counters, the audit head)."""

    reason: str

    def q(self, grant: Grant, action: str) -> Q | None:
        return NONE


@dataclass(frozen=True)
class Declaration:
    model: type[Model]
    reach: Reach
    actions: Mapping[str, frozenset[str]]


_DECLARATIONS: dict[type[Model], Declaration] = {}
_PROVIDERS: dict[str, Callable[..., Any]] = {}


def declare(
    model: type[Model], *, reach: Reach, actions: Mapping[str, Iterable[str]] | None = None
) -> None:
    """Declare how ``model``'s objects reach the unit tree and which roles have which
    action. Roles are ``Role`` values or the pseudo-roles ``ANYONE`` and ``SELF``."""
    known = {r.value for r in Role} | {ANYONE, SELF}
    table = {action: frozenset(str(r) for r in roles) for action, roles in (actions or {}).items()}
    for action, roles in table.items():
        unknown = roles - known
        if unknown:
            raise ValueError(f"{model.__name__}.{action}: unknown roles {sorted(unknown)}")
    _DECLARATIONS[model] = Declaration(model, reach, table)


def declaration_for(model: type[Model]) -> Declaration:
    concrete = model._meta.concrete_model or model
    try:
        return _DECLARATIONS[concrete]
    except KeyError:
        raise LookupError(
            f"{model._meta.label} declares no access rule (its app's access.py)"
        ) from None


def declared_models() -> set[type[Model]]:
    return set(_DECLARATIONS)


def provide(name: str, function: Callable[..., Any]) -> None:
    """An app hands access a fact it owns: ``unit_subtrees(units) -> set of ids`` (units)
    and ``own_person(user) -> person id or None`` (people)."""
    _PROVIDERS[name] = function


def provider(name: str) -> Callable[..., Any]:
    try:
        return _PROVIDERS[name]
    except KeyError:
        raise LookupError(f"no app provides {name!r} to access") from None
