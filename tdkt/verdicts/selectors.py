"""Verdicts from award history: one person's, one unit's, and many people's in one
set-based pass (the year review page, the batch command, the benchmark)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any

from django.db import connections
from django.db.models import QuerySet

from tdkt.core.collector import collector_paused
from tdkt.eligibility import Verdict, evaluate, evaluate_many
from tdkt.eligibility.catalogue import CATALOGUE, Subject
from tdkt.people.models import Person
from tdkt.units.models import Unit
from tdkt.verdicts.facts import facts_from_history, person_histories, unit_facts
from tdkt.verdicts.policy import current_policy

PERSON_AWARDS = [e.slug for e in CATALOGUE if e.subject is Subject.PERSON]
UNIT_AWARDS = [e.slug for e in CATALOGUE if e.subject is Subject.UNIT]
# The yearly titles and the awards a unit proposes most often: the default columns of the
# unit officer's page.
YEARLY_PERSON_AWARDS = [
    "lao_dong_tien_tien",
    "cstd_co_so",
    "cstd_cap_bo",
    "bang_khen_bo",
    "bang_khen_thu_tuong",
]


def person_verdicts(person: Person, questions: list[tuple[int, list[str]]]) -> list[list[Verdict]]:
    """Verdicts for one person for several (year, awards) questions, reading the person's
    records once (the profile asks about this year and next year)."""
    history = person_histories([person.pk])[person.pk]
    policy = current_policy()
    out = []
    for year, awards in questions:
        facts = facts_from_history(
            (person.pk, person.full_name, person.gender), history, awards[0], year
        )
        out.append(evaluate_many(facts, policy, awards))
    return out


def unit_verdicts(unit: Unit, year: int, awards: list[str] | None = None) -> list[Verdict]:
    policy = current_policy()
    return [
        evaluate(unit_facts(unit.pk, unit.name, award, year), policy)
        for award in awards or UNIT_AWARDS
    ]


def _chunks(people: QuerySet[Person] | Iterable[Person], size: int) -> Iterator[list[Person]]:
    rows = people.iterator(chunk_size=size) if isinstance(people, QuerySet) else iter(people)
    batch: list[Person] = []
    for person in rows:
        batch.append(person)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def batch_verdicts(
    people: QuerySet[Person] | Iterable[Person],
    awards: list[str],
    year: int,
    chunk: int = 2500,  # measured: a little faster than 5,000 or 1,000 (cache locality)
    decision_date: dt.date | None = None,
    prefetch: bool = False,
) -> Iterator[tuple[Person, list[Verdict]]]:
    """Verdicts for many people in one set-based pass: six queries per chunk of people,
    whatever the chunk's size, then the pure engine in memory.

    ``prefetch`` reads the next chunk on a second connection while this one is judged, so
    the database works while Python evaluates. That connection sees committed data only:
    for whole-sector runs (the batch command, the benchmark), not inside a transaction."""
    policy = current_policy()

    def judge(
        batch: list[Person], histories: dict[int, dict[str, Any]]
    ) -> list[tuple[Person, list[Verdict]]]:
        judged = []
        shared: dict[tuple[Any, ...], Any] = {}  # award records common to several people
        for p in batch:
            # Build a person's facts once; each award only changes the question asked.
            base = facts_from_history(
                (p.pk, p.full_name, p.gender),
                histories[p.pk],
                awards[0],
                year,
                decision_date,
                shared,
            )
            judged.append((p, evaluate_many(base, policy, awards)))
        # Free the chunk's rows while the collector is still paused: it never scans them.
        histories.clear()
        return judged

    for batch, histories in _read_ahead(people, chunk) if prefetch else _read(people, chunk):
        with collector_paused():
            judged = judge(batch, histories())
        yield from judged


HistoriesOf = Callable[[], dict[int, dict[str, Any]]]


def _read(
    people: QuerySet[Person] | Iterable[Person], chunk: int
) -> Iterator[tuple[list[Person], HistoriesOf]]:
    """Chunks of people, each with how to read their records (read when judged, under the
    same collector pause)."""
    for batch in _chunks(people, chunk):
        yield batch, partial(person_histories, [p.pk for p in batch])


def _read_ahead(
    people: QuerySet[Person] | Iterable[Person], chunk: int
) -> Iterator[tuple[list[Person], HistoriesOf]]:
    """The same, each chunk's records read on a second connection while the one before is
    judged. One reader thread with its own connection, kept for the whole batch (opening one
    per chunk cost a PostgreSQL backend start each time) and closed at the end."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        try:
            pending: tuple[list[Person], Future[dict[int, dict[str, Any]]]] | None = None
            for batch in _chunks(people, chunk):
                future = pool.submit(person_histories, [p.pk for p in batch])
                if pending is not None:
                    yield pending[0], pending[1].result
                pending = (batch, future)
            if pending is not None:
                yield pending[0], pending[1].result
        finally:
            pool.submit(connections.close_all).result()
