"""Writes on award history: each audited, each validated before anything is saved."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction

from tdkt.audit.services import audit_record, snapshot
from tdkt.people.models import Person
from tdkt.records.models import AwardRecord, Discipline, Initiative, Leave, UnitYearResult
from tdkt.units.models import Unit


def _unit_of(record: AwardRecord) -> int | None:
    return record.person.unit_id if record.person_id else record.unit_id  # type: ignore[union-attr]


@transaction.atomic
def award_record_add(
    *,
    actor: Any,
    award: str,
    year: int,
    person: Person | None = None,
    unit: Unit | None = None,
    kind: str = "cong_trang",
    decision_number: str = "",
    decision_date: dt.date | None = None,
    decision_authority: str = "",
    note: str = "",
    initiatives: list[Initiative] | None = None,
) -> AwardRecord:
    record = AwardRecord(
        person=person,
        unit=unit,
        award=award,
        year=year,
        kind=kind,
        decision_number=decision_number.strip(),
        decision_date=decision_date,
        decision_authority=decision_authority.strip(),
        note=note,
    )
    record.full_clean()
    if decision_date and decision_date.year < year:
        raise ValidationError({"decision_date": "Ngày quyết định phải sau năm thành tích."})
    for initiative in initiatives or []:
        if initiative.person_id != getattr(person, "pk", None):
            raise ValidationError({"initiatives": "Sáng kiến không phải của người này."})
        if initiative.used_by_id is not None:
            raise ValidationError(
                {
                    "initiatives": f"Sáng kiến “{initiative.title}” đã được dùng "
                    "cho một khen thưởng khác."
                }
            )
    record.save()
    if initiatives:
        Initiative.objects.filter(pk__in=[i.pk for i in initiatives]).update(used_by=record)
    audit_record(
        actor=actor,
        action="record.award",
        obj=record,
        after={**snapshot(record), "initiatives": [i.pk for i in initiatives or []]},
        unit_id=_unit_of(record),
    )
    return record


@transaction.atomic
def initiative_add(
    *,
    actor: Any,
    person: Person,
    title: str,
    recognised_on: dt.date,
    level: str = "co_so",
    research: bool = False,
) -> Initiative:
    initiative = Initiative(
        person=person,
        title=title.strip(),
        level=level,
        recognised_on=recognised_on,
        research=research,
    )
    _save_person_record(actor, "record.initiative", initiative, person)
    return initiative


@transaction.atomic
def discipline_add(
    *,
    actor: Any,
    person: Person,
    start_date: dt.date,
    end_date: dt.date | None = None,
    form: str = "",
    under_review: bool = False,
) -> Discipline:
    row = Discipline(
        person=person,
        form=form,
        start_date=start_date,
        end_date=end_date,
        under_review=under_review,
    )
    _save_person_record(actor, "record.discipline", row, person, period=(start_date, end_date))
    return row


@transaction.atomic
def leave_add(
    *, actor: Any, person: Person, kind: str, start_date: dt.date, end_date: dt.date | None = None
) -> Leave:
    row = Leave(person=person, kind=kind, start_date=start_date, end_date=end_date)
    _save_person_record(actor, "record.leave", row, person, period=(start_date, end_date))
    return row


def _save_person_record(
    actor: Any,
    action: str,
    row: Initiative | Discipline | Leave,
    person: Person,
    period: tuple[dt.date, dt.date | None] | None = None,
) -> None:
    """Validate, save and audit one record of a person's history, in the caller's
    transaction; ``period`` (start, end) must not end before it starts."""
    row.full_clean()
    if period and period[1] and period[1] < period[0]:
        raise ValidationError({"end_date": "Ngày kết thúc phải sau ngày bắt đầu."})
    row.save()
    audit_record(actor=actor, action=action, obj=row, after=snapshot(row), unit_id=person.unit_id)


@transaction.atomic
def unit_year_set(*, actor: Any, unit: Unit, year: int, **figures: Any) -> UnitYearResult:
    row = UnitYearResult.objects.filter(unit=unit, year=year).first()
    before = snapshot(row) if row else None
    row = row or UnitYearResult(unit=unit, year=year)
    for key, value in figures.items():
        setattr(row, key, value)
    row.full_clean()
    total = row.members_total
    for key in ("members_completed", "members_ldtt", "members_cstdcs", "members_disciplined"):
        if getattr(row, key) > total:
            raise ValidationError({key: "Không được lớn hơn tổng số cá nhân."})
    row.save()
    audit_record(
        actor=actor,
        action="record.unit_year",
        obj=row,
        before=before,
        after=snapshot(row),
        unit_id=unit.pk,
    )
    return row
