"""Writes on people: create, update, move between positions, yearly rating; each audited."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from tdkt.audit.services import audit_record, snapshot
from tdkt.core.vntext import clean, fold, name_sort_key
from tdkt.people.models import Person, Position, YearlyRating
from tdkt.units.models import Unit

_NAME_FIELDS = ("family_name", "middle_name", "given_name")


def _derive(person: Person) -> None:
    """Normalise the name parts and recompute the search text and the sort key."""
    for field in _NAME_FIELDS:
        setattr(person, field, clean(getattr(person, field) or ""))
    person.national_id = (person.national_id or "").strip() or None
    # Leading space: a query word must match the start of a name word (" an" ⊂ " nguyen van an").
    person.search_text = " " + fold(person.full_name)
    person.sort_key = name_sort_key(person.family_name, person.middle_name, person.given_name)


def _check_dates(person: Person, today: dt.date) -> None:
    dob = person.date_of_birth
    if dob and (dob > today or dob.year < 1900):
        raise ValidationError({"date_of_birth": "Ngày sinh không hợp lệ."})


@transaction.atomic
def person_create(
    *,
    actor: Any,
    family_name: str,
    middle_name: str,
    given_name: str,
    gender: str,
    date_of_birth: dt.date,
    unit: Unit,
    title: str,
    start_date: dt.date,
    is_leader: bool = False,
    national_id: str | None = None,
    audit: bool = True,
) -> Person:
    person = Person(
        family_name=family_name,
        middle_name=middle_name,
        given_name=given_name,
        gender=gender,
        date_of_birth=date_of_birth,
        national_id=national_id,
        unit=unit,
    )
    _derive(person)
    _check_dates(person, dt.date.today())
    if unit.valid_to is not None and unit.valid_to < start_date:
        raise ValidationError({"unit": f"Đơn vị “{unit.name}” đã hết hiệu lực."})
    person.full_clean()
    person.save()
    position = Position(
        person=person, unit=unit, title=clean(title), is_leader=is_leader, start_date=start_date
    )
    position.full_clean()
    position.save()
    if audit:
        audit_record(
            actor=actor,
            action="person.create",
            obj=person,
            after={**snapshot(person), "position": snapshot(position)},
            unit_id=unit.pk,
        )
    return person


@transaction.atomic
def person_update(*, actor: Any, person: Person, **changes: Any) -> Person:
    """Change a person's own details; the unit changes only through ``position_add``."""
    allowed = {*_NAME_FIELDS, "gender", "date_of_birth", "national_id", "user"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError({name: "Không được sửa trường này ở đây." for name in unknown})
    person = Person.objects.select_for_update().get(pk=person.pk)
    before = snapshot(person, exclude=("search_text", "updated_at"))
    for field, value in changes.items():
        setattr(person, field, value)
    _derive(person)
    _check_dates(person, dt.date.today())
    person.full_clean()
    person.save()
    audit_record(
        actor=actor,
        action="person.update",
        obj=person,
        before=before,
        after=snapshot(person, exclude=("search_text", "updated_at")),
        unit_id=person.unit_id,
    )
    return person


@transaction.atomic
def position_add(
    *,
    actor: Any,
    person: Person,
    unit: Unit,
    title: str,
    start_date: dt.date,
    is_leader: bool = False,
) -> Position:
    """Start a new position; the current one ends the day before."""
    person = Person.objects.select_for_update().get(pk=person.pk)
    current = person.positions.filter(end_date__isnull=True).first()
    if current is not None:
        if start_date <= current.start_date:
            raise ValidationError(
                {
                    "start_date": "Ngày bắt đầu phải sau ngày bắt đầu chức vụ hiện tại "
                    f"({current.start_date:%d/%m/%Y})."
                }
            )
        current.end_date = start_date - dt.timedelta(days=1)
        current.save(update_fields=["end_date"])
    if unit.valid_to is not None and unit.valid_to < start_date:
        raise ValidationError({"unit": f"Đơn vị “{unit.name}” đã hết hiệu lực."})
    position = Position(
        person=person, unit=unit, title=clean(title), is_leader=is_leader, start_date=start_date
    )
    position.full_clean()
    position.save()
    old_unit = person.unit_id
    person.unit = unit
    person.save(update_fields=["unit", "updated_at"])
    audit_record(
        actor=actor,
        action="person.position",
        obj=person,
        before={"unit_id": old_unit, "position": snapshot(current) if current else None},
        after={"unit_id": unit.pk, "position": snapshot(position)},
        unit_id=unit.pk,
    )
    return position


def positions_transfer(*, from_units: list[Unit], to_unit: Unit, on: dt.date) -> list[int]:
    """Move everyone currently in ``from_units`` to ``to_unit`` from ``on``, keeping titles.

    Called by the unit reorganisation service inside its transaction; that service writes
    the audit event listing the people moved. Set-based: one update and one bulk insert.
    """
    current = list(Position.objects.filter(unit__in=from_units, end_date__isnull=True))
    if not current:
        return []
    Position.objects.filter(pk__in=[p.pk for p in current]).update(
        end_date=on - dt.timedelta(days=1)
    )
    Position.objects.bulk_create(
        Position(
            person_id=p.person_id, unit=to_unit, title=p.title, is_leader=p.is_leader, start_date=on
        )
        for p in current
    )
    person_ids = [p.person_id for p in current]
    Person.objects.filter(pk__in=person_ids).update(unit=to_unit)
    return person_ids


@transaction.atomic
def ratings_set_many(*, actor: Any, items: list[tuple[Person, int, str]]) -> int:
    """Record many yearly ratings at once (an import or a council's list): one audit event
    lists them all. Existing ratings for the same person and year are replaced."""
    for _, year, rating in items:
        YearlyRating(person_id=0, year=year, rating=rating).clean_fields(exclude=["person"])
    keys = {(p.pk, y) for p, y, _ in items}
    existing = {
        (r.person_id, r.year): r
        for r in YearlyRating.objects.filter(
            person__in={p.pk for p, _, _ in items}, year__in={y for _, y, _ in items}
        )
        if (r.person_id, r.year) in keys
    }
    before = {f"{pid}:{y}": r.rating for (pid, y), r in existing.items()}
    to_update, to_create = [], []
    for person, year, rating in items:
        row = existing.get((person.pk, year))
        if row is None:
            to_create.append(YearlyRating(person=person, year=year, rating=rating))
        else:
            row.rating = rating
            to_update.append(row)
    YearlyRating.objects.bulk_create(to_create)
    YearlyRating.objects.bulk_update(to_update, ["rating"])
    if items:
        audit_record(
            actor=actor,
            action="person.ratings",
            obj=items[0][0],
            before=before,
            after={f"{p.pk}:{y}": r for p, y, r in items},
        )
    return len(items)
