"""Reads on people: the scoped, searchable, Vietnamese-ordered list and a person's record."""

from __future__ import annotations

from django.db.models import QuerySet

from tdkt.core.vntext import fold
from tdkt.people.models import Person


def person_search(qs: QuerySet[Person], query: str) -> QuerySet[Person]:
    """Every word of the query must begin a word of the folded full name: "nguyen van" finds
    "Nguyễn Văn An", "dang" finds "Đặng Thị Hoa", "an" finds "An", "Anh" and "Ân" but not
    "Văn". A 12-digit query matches the national id.

    On PostgreSQL each word is a ``LIKE '%word%'`` served by a trigram GIN index.
    """
    query = query.strip()
    if query.isdigit() and len(query) == 12:
        return qs.filter(national_id=query)
    for word in fold(query).split():
        qs = qs.filter(search_text__contains=" " + word)
    return qs


def person_list(
    qs: QuerySet[Person], *, query: str = "", unit_id: int | None = None
) -> QuerySet[Person]:
    """``qs`` is already restricted by the access selector; this adds filters and the
    Vietnamese name order (given name → middle name → family name)."""
    if unit_id:
        qs = qs.filter(unit_id=unit_id)
    if query:
        qs = person_search(qs, query)
    return qs.select_related("unit", "unit__parent").order_by("sort_key", "id")
