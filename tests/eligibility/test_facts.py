"""Malformed facts are rejected with the field named."""

from __future__ import annotations

import pytest

from tdkt.eligibility import FactsError, parse_facts
from tests.eligibility.helpers import person


@pytest.mark.parametrize(
    "mutate,field",
    [
        (lambda d: d.pop("award"), "award"),
        (lambda d: d.update(award="huy_chuong_vang"), "award"),
        (lambda d: d.update(year="2024"), "year"),
        (
            lambda d: d["history"]["years"].append({"year": 2023, "rating": "gioi"}),
            "history.years[1].rating",
        ),
        (
            lambda d: d["history"]["years"].append({"year": 2024, "rating": "httnv"}),
            "history.years[1].year",
        ),
        (lambda d: d.update(council_vote={"members_total": 15, "yes": 16}), "council_vote.yes"),
        (
            lambda d: d["history"].update(initiatives=[{"id": "A", "recognised_on": "01/02/2024"}]),
            "history.initiatives[0].recognised_on",
        ),
        (
            lambda d: d["history"].update(
                awards=[{"award": "cstd_co_so", "year": 2023, "initiative_ids": ["X"]}]
            ),
            "history.awards[0].initiative_ids",
        ),
        (lambda d: d.update(subject={"kind": "unit"}), "award"),
        (
            lambda d: d["history"].update(discipline=[{"from": "2024-05-01", "to": "2024-01-01"}]),
            "history.discipline[0].to",
        ),
    ],
)
def test_field_is_named(mutate, field: str) -> None:  # type: ignore[no-untyped-def]
    doc = person("lao_dong_tien_tien", 2024, ratings={2024: "httnv"})
    mutate(doc)
    with pytest.raises(FactsError) as exc:
        parse_facts(doc)
    assert exc.value.field == field


def test_not_an_object() -> None:
    with pytest.raises(FactsError, match="facts"):
        parse_facts([1, 2])
