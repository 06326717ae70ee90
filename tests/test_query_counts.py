"""List pages and list endpoints run a bounded number of queries, whatever the list size.

Each test measures a page, adds many more rows, and measures again: the count must not grow
(no query per row), and must stay under the pinned ceiling.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tdkt.people.models import Person
from tdkt.people.services import person_create
from tdkt.units.models import Unit

pytestmark = pytest.mark.django_db


def _queries(client, url: str) -> int:  # type: ignore[no-untyped-def]
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def _grow(n: int) -> None:
    unit = Unit.objects.get(code="STP-38")
    for i in range(n):
        person_create(
            actor=None,
            family_name="Ngô",
            middle_name="Văn",
            given_name=f"Số{i}",
            gender="nam",
            date_of_birth=dt.date(1990, 1, 1),
            unit=unit,
            title="Chuyên viên",
            start_date=dt.date(2020, 1, 1),
        )


PINNED = {  # url -> ceiling (measured on SQLite and PostgreSQL, session and user included)
    "/can-bo/": 6,
    "/can-bo/?q=nguyen": 6,
    "/api/v1/persons/?limit=100": 6,
    "/don-vi/": 5,
    "/api/v1/units/?limit=200": 6,
    "/cum-khoi/": 5,
    "/nhat-ky/": 7,
}


@pytest.mark.parametrize("url", list(PINNED))
def test_list_queries_are_bounded(as_role, url: str) -> None:  # type: ignore[no-untyped-def]
    client = as_role("sector")
    first = _queries(client, url)
    _grow(30)
    client = as_role("sector")
    second = _queries(client, url)
    assert second == first, f"{url}: {first} → {second} queries as rows grew"
    assert second <= PINNED[url]


def test_officer_person_list_bounded(as_role) -> None:  # type: ignore[no-untyped-def]
    first = _queries(as_role("officer"), "/can-bo/")
    _grow(30)
    assert _queries(as_role("officer"), "/can-bo/") == first <= 9
    assert Person.objects.filter(unit__code="STP-38").count() > 40


@pytest.mark.parametrize("year", [2017, 2018])
def test_bloc_year_page_bounded(as_role, year: int) -> None:  # type: ignore[no-untyped-def]
    from tdkt.blocs.models import Bloc

    bloc = Bloc.objects.get(name__contains="Duyên hải")
    assert _queries(as_role("anon"), f"/cum-khoi/{bloc.pk}/?nam={year}") <= 5
