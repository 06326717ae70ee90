"""Build eligibility facts from the database, set-based: a fixed number of queries for any
number of subjects (one per kind of record), grouped in Python."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from tdkt.eligibility.catalogue import AwardKind, Subject
from tdkt.eligibility.facts import (
    AwardRecord as FAward,
)
from tdkt.eligibility.facts import (
    Decision,
    Facts,
    Period,
    UnitYear,
    YearRecord,
)
from tdkt.eligibility.facts import (
    Initiative as FInitiative,
)
from tdkt.people.models import Position, YearlyRating
from tdkt.records.models import AwardRecord, Discipline, Initiative, Leave, UnitYearResult

CHUNK = 5000


def _group(rows: Iterable[tuple[Any, ...]]) -> dict[int, list[tuple[Any, ...]]]:
    grouped: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        grouped[row[0]].append(row[1:])
    return grouped


def person_histories(person_ids: list[int]) -> dict[int, dict[str, Any]]:
    """Everything the engine reads about these people, keyed by person id (6 queries)."""
    ids = person_ids
    ratings = _group(
        YearlyRating.objects.filter(person_id__in=ids).values_list(
            "person_id", "year", "rating", "exemplary"
        )
    )
    awards = _group(
        AwardRecord.objects.filter(person_id__in=ids).values_list(
            "person_id",
            "pk",
            "award",
            "year",
            "kind",
            "decision_number",
            "decision_date",
            "decision_authority",
        )
    )
    inits = _group(
        Initiative.objects.filter(person_id__in=ids).values_list(
            "person_id", "pk", "title", "level", "recognised_on", "research", "used_by_id"
        )
    )
    discipline = _group(
        Discipline.objects.filter(person_id__in=ids).values_list(
            "person_id", "start_date", "end_date", "under_review"
        )
    )
    leave = _group(
        Leave.objects.filter(person_id__in=ids).values_list(
            "person_id", "kind", "start_date", "end_date"
        )
    )
    positions = _group(
        Position.objects.filter(person_id__in=ids, is_leader=True).values_list(
            "person_id", "head_level", "start_date", "end_date"
        )
    )
    return {
        pid: {
            "ratings": ratings.get(pid, []),
            "awards": awards.get(pid, []),
            "initiatives": inits.get(pid, []),
            "discipline": discipline.get(pid, []),
            "leave": leave.get(pid, []),
            "positions": positions.get(pid, []),
        }
        for pid in ids
    }


_KINDS = {k.value: k for k in AwardKind}


def facts_from_history(
    person: tuple[int, str, str],
    history: dict[str, Any],
    award: str,
    year: int,
    decision_date: dt.date | None = None,
) -> Facts:
    pid, name, gender = person
    used: dict[int, list[str]] = defaultdict(list)
    for iid, _title, _level, _on, _research, used_by in history["initiatives"]:
        if used_by:
            used[used_by].append(str(iid))
    return Facts(
        subject_kind=Subject.PERSON,
        subject_id=str(pid),
        subject_name=name,
        gender=gender,
        award=award,
        year=year,
        decision_date=decision_date,
        dossier_date=None,
        years=tuple(
            sorted((YearRecord(y, r, e) for y, r, e in history["ratings"]), key=lambda r: r.year)
        ),
        awards=tuple(
            FAward(a, y, _KINDS[k], Decision(n, d, auth) if d else None, tuple(used.get(rid, ())))
            for rid, a, y, k, n, d, auth in history["awards"]
        ),
        initiatives=tuple(
            FInitiative(str(iid), t, lv, on, rs)
            for iid, t, lv, on, rs, _u in history["initiatives"]
        ),
        discipline=tuple(Period(s, e) for s, e, review in history["discipline"] if not review),
        under_review=any(review for _s, _e, review in history["discipline"]),
        leave=tuple(Period(s, e, k) for k, s, e in history["leave"]),
        positions=tuple(Period(s, e, lv or "pho") for lv, s, e in history["positions"]),
    )


def unit_facts(unit_id: int, name: str, award: str, year: int) -> Facts:
    rows = UnitYearResult.objects.filter(unit_id=unit_id, year__lte=year).values(
        "year",
        "rating",
        "members_total",
        "members_completed",
        "members_ldtt",
        "members_cstdcs",
        "members_disciplined",
        "exemplary",
        "targets_exceeded",
        "leads_bloc",
    )
    unit_years = {r.pop("year"): UnitYear(**{**r, "rating": r["rating"] or None}) for r in rows}
    awards = AwardRecord.objects.filter(unit_id=unit_id).values_list(
        "award", "year", "kind", "decision_number", "decision_date", "decision_authority"
    )
    return Facts(
        subject_kind=Subject.UNIT,
        subject_id=str(unit_id),
        subject_name=name,
        gender=None,
        award=award,
        year=year,
        decision_date=None,
        dossier_date=None,
        years=(),
        awards=tuple(
            FAward(a, y, _KINDS[k], Decision(n, d, auth) if d else None)
            for a, y, k, n, d, auth in awards
        ),
        initiatives=(),
        discipline=(),
        under_review=False,
        leave=(),
        positions=(),
        unit_years=unit_years,
    )
