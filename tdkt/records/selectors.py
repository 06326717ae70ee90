"""Reads on award history: a subject's timeline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tdkt.people.models import Person
from tdkt.records.models import AwardRecord


@dataclass
class TimelineYear:
    year: int
    rating: str
    rating_label: str
    awards: list[AwardRecord]
    initiatives: list[Any]


def person_timeline(person: Person) -> list[TimelineYear]:
    ratings = {r.year: r for r in person.ratings.all()}
    awards = list(person.award_records.all())
    initiatives = list(person.initiatives.select_related("used_by"))
    years = sorted(
        {*ratings, *(a.year for a in awards), *(i.recognised_on.year for i in initiatives)},
        reverse=True,
    )
    return [
        TimelineYear(
            y,
            ratings[y].rating if y in ratings else "",
            ratings[y].get_rating_display() if y in ratings else "",
            [a for a in awards if a.year == y],
            [i for i in initiatives if i.recognised_on.year == y],
        )
        for y in years
    ]
