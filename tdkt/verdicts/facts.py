"""Build eligibility facts from the database, set-based: a fixed number of queries for any
number of subjects (one per kind of record), grouped in Python."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from functools import partial
from operator import itemgetter
from typing import Any

from django.db import connection
from django.db.models import BooleanField, QuerySet
from django.db.models.expressions import RawSQL

from tdkt.core.collector import collector_paused
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


def _group(rows: Iterable[tuple[Any, ...]]) -> dict[int, list[tuple[Any, ...]]]:
    grouped: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for row in rows:
        grouped[row[0]].append(row[1:])
    return grouped


def _person_rows(qs: QuerySet[Any], ids: list[int]) -> list[tuple[Any, ...]]:
    """Rows of a ``values_list`` query for these people, read with the raw cursor. May hold
    rows of other people too (see below): callers pick theirs by id.

    At thousands of people a chunk, Django's own path costs more than the query: it prepares
    each id as a parameter and runs converters on every row. Here rows come back as the
    driver gives them; both drivers already return dates and booleans for these column
    types. The ids must be ints (primary keys read from the database)."""
    if not ids:
        return []
    lo, hi = min(ids), max(ids)
    if hi - lo < 2 * len(ids):
        # A dense chunk (the whole sector or a large unit, in id order): one range scan of
        # the person_id index, cheaper to plan and run than a list of ids; the few rows of
        # people in the range but not in the chunk are read and dropped.
        qs = qs.filter(person_id__gte=lo, person_id__lte=hi)
    elif connection.vendor == "postgresql":
        # An array literal: one text parameter, where a list of ints would be dumped element
        # by element on the client. Ids are ints, so the literal needs no quoting.
        literal = "{" + ",".join(map(str, ids)) + "}"
        qs = qs.filter(
            RawSQL("person_id = ANY(%s::bigint[])", [literal], output_field=BooleanField())
        )
    else:
        qs = qs.filter(
            RawSQL(
                "person_id IN (SELECT value FROM json_each(%s))",
                [json.dumps(ids)],
                output_field=BooleanField(),
            )
        )
    # No ORDER BY: the models' default orderings would make the server sort every chunk,
    # and facts_from_history orders what needs an order.
    sql, params = qs.order_by().query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def person_histories(person_ids: list[int]) -> dict[int, dict[str, Any]]:
    """Everything the engine reads about these people, keyed by person id (6 queries)."""
    with collector_paused():
        return _histories(person_ids)


def _history_queries() -> tuple[QuerySet[Any], ...]:
    """One query per kind of record, each row starting with the person: ratings, awards,
    initiatives, discipline, leave, leading posts (the order ``_histories`` unpacks)."""
    return (
        YearlyRating.objects.values_list("person_id", "year", "rating", "exemplary"),
        AwardRecord.objects.values_list(
            "person_id",
            "pk",
            "award",
            "year",
            "kind",
            "decision_number",
            "decision_date",
            "decision_authority",
        ),
        Initiative.objects.values_list(
            "person_id", "pk", "title", "level", "recognised_on", "research", "used_by_id"
        ),
        Discipline.objects.values_list("person_id", "start_date", "end_date", "under_review"),
        Leave.objects.values_list("person_id", "kind", "start_date", "end_date"),
        Position.objects.filter(is_leader=True).values_list(
            "person_id", "head_level", "start_date", "end_date"
        ),
    )


def _histories(ids: list[int]) -> dict[int, dict[str, Any]]:
    ratings, awards, inits, discipline, leave, positions = (
        _group(_person_rows(qs, ids)) for qs in _history_queries()
    )
    empty: tuple[tuple[Any, ...], ...] = ()
    return {
        pid: {
            "ratings": ratings.get(pid, empty),
            "awards": awards.get(pid, empty),
            "initiatives": inits.get(pid, empty),
            "discipline": discipline.get(pid, empty),
            "leave": leave.get(pid, empty),
            "positions": positions.get(pid, empty),
        }
        for pid in ids
    }


_KINDS = {k.value: k for k in AwardKind}
_YEAR = itemgetter(0)
# Named tuples built from complete rows at C speed (their generated __new__ is a Python
# function, called some twenty times per person in a batch).
_new = tuple.__new__
_year_record = partial(_new, YearRecord)  # rows are (year, rating, exemplary)


def facts_from_history(
    person: tuple[int, str, str],
    history: dict[str, Any],
    award: str,
    year: int,
    decision_date: dt.date | None = None,
    shared: dict[tuple[Any, ...], FAward] | None = None,
) -> Facts:
    """``shared``: award records already built for earlier people of the same batch. Awards
    are immutable, and everyone named in one decision (a unit's LĐTT list for a year) has the
    same record, so a batch builds each once."""
    pid, name, gender = person
    inits = history["initiatives"]
    used: dict[int, list[str]] = defaultdict(list)
    for iid, _title, _level, _on, _research, used_by in inits:
        if used_by:
            used[used_by].append(str(iid))
    discipline, leave, positions = history["discipline"], history["leave"], history["positions"]
    # Most people have no initiative, discipline, leave or leading post: skip building empty
    # tuples through generators (a batch does this a million times).
    return Facts(
        subject_kind=Subject.PERSON,
        subject_id=str(pid),
        subject_name=name,
        gender=gender,
        award=award,
        year=year,
        decision_date=decision_date,
        dossier_date=None,
        years=tuple(sorted(map(_year_record, history["ratings"]), key=_YEAR)),
        awards=_awards(history["awards"], used, shared),
        initiatives=tuple(FInitiative(str(iid), t, lv, on, rs) for iid, t, lv, on, rs, _u in inits)
        if inits
        else (),
        discipline=tuple(Period(s, e) for s, e, review in discipline if not review)
        if discipline
        else (),
        under_review=any(review for _s, _e, review in discipline) if discipline else False,
        leave=tuple(Period(s, e, k) for k, s, e in leave) if leave else (),
        positions=tuple(Period(s, e, lv or "pho") for lv, s, e in positions) if positions else (),
    )


def _awards(
    rows: list[tuple[Any, ...]],
    used: dict[int, list[str]],
    shared: dict[tuple[Any, ...], FAward] | None,
) -> tuple[FAward, ...]:
    out = []
    for rid, a, y, k, n, d, auth in rows:
        ids = tuple(used[rid]) if used and rid in used else ()
        if shared is None or ids:
            record = _award_record(a, y, k, n, d, auth, ids)
        else:
            key = (a, y, k, n, d, auth)
            record = shared.get(key) or shared.setdefault(
                key, _award_record(a, y, k, n, d, auth, ())
            )
        out.append(record)
    return tuple(out)


def _award_record(
    award: str,
    year: int,
    kind: str,
    number: str,
    date: dt.date | None,
    authority: str,
    initiative_ids: tuple[str, ...],
) -> FAward:
    decision = _new(Decision, (number, date, authority)) if date else None
    return _new(FAward, (award, year, _KINDS[kind], decision, initiative_ids))


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
        awards=tuple(_award_record(a, y, k, n, d, auth, ()) for a, y, k, n, d, auth in awards),
        initiatives=(),
        discipline=(),
        under_review=False,
        leave=(),
        positions=(),
        unit_years=unit_years,
    )
