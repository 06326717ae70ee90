"""Writes on units: create, update and reorganise (rename, merge, split), each audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from tdkt.audit.services import audit_record, snapshot
from tdkt.core.vntext import clean, fold, sort_key
from tdkt.units.models import Reorganisation, ReorganisationKind, Unit

StaffFollower = Callable[..., list[int]]
# How the staff of merged units follow the reorganisation ("move_staff"). The people app,
# which sits above units, registers its positions_transfer here at start-up, so units never
# imports it; each follower runs inside the reorganisation's transaction and returns the ids
# of the people it moved, for the audit event.
_staff_followers: list[StaffFollower] = []


def register_staff_follower(follower: StaffFollower) -> None:
    if follower not in _staff_followers:
        _staff_followers.append(follower)


def _set_path(unit: Unit) -> None:
    parent_path = unit.parent.path if unit.parent else "/"
    unit.path = f"{parent_path}{unit.pk}/"
    unit.depth = unit.parent.depth + 1 if unit.parent else 0


def _repath_subtree(unit: Unit, old_path: str) -> None:
    """After a move, rewrite the paths of every descendant (a prefix swap, set-based)."""
    for child in Unit.objects.filter(path__startswith=old_path).exclude(pk=unit.pk):
        child.path = unit.path + child.path[len(old_path) :]
        child.depth = child.path.count("/") - 2
        child.save(update_fields=["path", "depth"])


@transaction.atomic
def unit_create(
    *,
    actor: Any,
    code: str,
    name: str,
    unit_type: str,
    valid_from: dt.date,
    parent: Unit | None = None,
    short_name: str = "",
    province_code: str = "",
    province_name: str = "",
    valid_to: dt.date | None = None,
    note: str = "",
    audit: bool = True,
) -> Unit:
    unit = Unit(
        code=code.strip(),
        name=clean(name),
        short_name=clean(short_name),
        unit_type=unit_type,
        parent=parent,
        province_code=province_code,
        province_name=clean(province_name),
        valid_from=valid_from,
        valid_to=valid_to,
        note=note,
        sort_key=sort_key(name),
        search_text=" " + fold(f"{name} {short_name}"),
        path="/pending/",
    )
    if parent is not None and parent.valid_to is not None and valid_to is None:
        raise ValidationError({"parent": "Đơn vị cấp trên đã hết hiệu lực."})
    unit.full_clean()
    unit.save()
    _set_path(unit)
    unit.save(update_fields=["path", "depth"])
    if audit:
        audit_record(
            actor=actor, action="unit.create", obj=unit, after=snapshot(unit), unit_id=unit.pk
        )
    return unit


@transaction.atomic
def unit_update(*, actor: Any, unit: Unit, **changes: Any) -> Unit:
    """Change a unit's own fields (not a rename in law: that is ``unit_reorganise``)."""
    unit = Unit.objects.select_for_update().get(pk=unit.pk)
    before = snapshot(unit)
    old_path = unit.path
    for field in ("name", "short_name", "province_name"):
        if field in changes:
            changes[field] = clean(changes[field])
    for field, value in changes.items():
        setattr(unit, field, value)
    if unit.parent_id is not None and (
        unit.parent_id == unit.pk or (unit.parent and unit.parent.path.startswith(old_path))
    ):
        raise ValidationError(
            {"parent": "Đơn vị cấp trên không thể là chính nó hoặc đơn vị cấp dưới."}
        )
    unit.sort_key = sort_key(unit.name)
    unit.search_text = " " + fold(f"{unit.name} {unit.short_name}")
    unit.full_clean()
    _set_path(unit)
    unit.save()
    if unit.path != old_path:
        _repath_subtree(unit, old_path)
    audit_record(
        actor=actor,
        action="unit.update",
        obj=unit,
        before=before,
        after=snapshot(unit),
        unit_id=unit.pk,
    )
    return unit


@dataclass(frozen=True)
class SuccessorSpec:
    code: str
    name: str
    unit_type: str
    parent: Unit | None
    short_name: str = ""
    province_code: str = ""
    province_name: str = ""


_SHAPES = {
    ReorganisationKind.RENAME: (1, 1, 1, 1),
    ReorganisationKind.MERGE: (2, None, 1, 1),
    ReorganisationKind.SPLIT: (1, 1, 2, None),
    ReorganisationKind.TRANSFER: (1, None, 1, None),
}


@transaction.atomic
def unit_reorganise(
    *,
    actor: Any,
    kind: str,
    effective_date: dt.date,
    legal_basis: str,
    predecessors: list[Unit],
    successors: list[SuccessorSpec | Unit],
    move_children: bool = False,
    move_staff: bool = False,
    note: str = "",
) -> Reorganisation:
    """Close the predecessors the day before ``effective_date`` and open the successors.

    ``successors`` may name existing units (a unit absorbing others) or specs of new ones.
    With one successor, ``move_children`` re-parents the predecessors' current sub-units and
    ``move_staff`` moves their current staff, so the successor's tree starts complete.
    """
    min_pred, max_pred, min_succ, max_succ = _SHAPES[ReorganisationKind(kind)]
    if len(predecessors) < min_pred or (max_pred and len(predecessors) > max_pred):
        raise ValidationError(
            {
                "predecessors": f"Số đơn vị trước không phù hợp với hình thức "
                f"“{ReorganisationKind(kind).label}”."
            }
        )
    if len(successors) < min_succ or (max_succ and len(successors) > max_succ):
        raise ValidationError(
            {
                "successors": f"Số đơn vị sau không phù hợp với hình thức "
                f"“{ReorganisationKind(kind).label}”."
            }
        )
    if not legal_basis.strip():
        raise ValidationError({"legal_basis": "Cần ghi văn bản làm căn cứ."})
    locked = list(Unit.objects.select_for_update().filter(pk__in=[u.pk for u in predecessors]))
    if len(locked) != len({u.pk for u in predecessors}):
        raise ValidationError({"predecessors": "Có đơn vị trước không tồn tại."})
    for unit in locked:
        if unit.valid_to is not None:
            raise ValidationError(
                {"predecessors": f"“{unit.name}” đã hết hiệu lực từ {unit.valid_to:%d/%m/%Y}."}
            )
        if unit.valid_from >= effective_date:
            raise ValidationError(
                {"effective_date": f"Ngày hiệu lực phải sau ngày thành lập “{unit.name}”."}
            )
    closing = effective_date - dt.timedelta(days=1)
    for unit in locked:
        before = snapshot(unit)
        unit.valid_to = closing
        unit.save(update_fields=["valid_to"])
        audit_record(
            actor=actor,
            action="unit.close",
            obj=unit,
            before=before,
            after=snapshot(unit),
            unit_id=unit.pk,
        )
    opened: list[Unit] = []
    for spec in successors:
        if isinstance(spec, Unit):
            opened.append(spec)
            continue
        opened.append(
            unit_create(
                actor=actor,
                code=spec.code,
                name=spec.name,
                unit_type=spec.unit_type,
                parent=spec.parent,
                short_name=spec.short_name,
                province_code=spec.province_code,
                province_name=spec.province_name,
                valid_from=effective_date,
            )
        )
    reorg = Reorganisation.objects.create(
        kind=kind, effective_date=effective_date, legal_basis=legal_basis.strip(), note=note
    )
    reorg.predecessors.set(locked)
    reorg.successors.set(opened)
    moved_children: list[int] = []
    moved_staff: list[int] = []
    if len(opened) == 1:
        target = opened[0]
        if move_children:
            for child in Unit.objects.filter(parent__in=locked, valid_to__isnull=True):
                old_path = child.path
                child.parent = target
                _set_path(child)
                child.save(update_fields=["parent", "path", "depth"])
                _repath_subtree(child, old_path)
                moved_children.append(child.pk)
        if move_staff:
            moved_staff = [
                moved
                for follow in _staff_followers
                for moved in follow(from_units=locked, to_unit=target, on=effective_date)
            ]
    audit_record(
        actor=actor,
        action="unit.reorganise",
        obj=reorg,
        after={
            "kind": kind,
            "effective_date": effective_date,
            "legal_basis": legal_basis,
            "predecessors": [u.pk for u in locked],
            "successors": [u.pk for u in opened],
            "moved_children": moved_children,
            "moved_staff": moved_staff,
        },
        unit_id=opened[0].pk,
    )
    return reorg
