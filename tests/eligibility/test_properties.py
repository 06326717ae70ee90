"""Properties that must hold for every history (hypothesis)."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.eligibility.helpers import check

AWARDS = [
    "lao_dong_tien_tien",
    "cstd_co_so",
    "cstd_cap_bo",
    "bang_khen_bo",
    "bang_khen_thu_tuong",
    "huan_chuong_lao_dong_3",
]
RATING = st.sampled_from(["htxsnv", "httnv", "htnv", "khtnv"])
YEARS = list(range(2015, 2026))


@st.composite
def histories(draw: Any) -> dict[str, Any]:
    year = draw(st.sampled_from(YEARS[3:]))
    rated = draw(st.lists(st.sampled_from(YEARS), unique=True, max_size=len(YEARS)))
    years = [{"year": y, "rating": draw(RATING), "exemplary": draw(st.booleans())} for y in rated]
    cstd = draw(st.lists(st.sampled_from(YEARS), unique=True, max_size=6))
    awards = [{"award": "cstd_co_so", "year": y, "kind": "cong_trang"} for y in cstd]
    if draw(st.booleans()):
        awards.append(
            {
                "award": "bang_khen_bo",
                "year": draw(st.sampled_from(YEARS)),
                "kind": draw(st.sampled_from(["cong_trang", "chuyen_de"])),
            }
        )
    if draw(st.booleans()):
        awards.append({"award": "bang_khen_thu_tuong", "year": draw(st.sampled_from(YEARS))})
    initiatives = [
        {
            "id": f"SK{i}",
            "level": draw(st.sampled_from(["co_so", "bo", "toan_quoc"])),
            "recognised_on": f"{draw(st.sampled_from(YEARS))}-06-01",
        }
        for i in range(draw(st.integers(0, 4)))
    ]
    doc: dict[str, Any] = {
        "subject": {"kind": "person", "gender": draw(st.sampled_from(["nam", "nu"]))},
        "award": draw(st.sampled_from(AWARDS)),
        "year": year,
        "history": {"years": years, "awards": awards, "initiatives": initiatives},
    }
    if draw(st.booleans()):
        total = draw(st.integers(5, 25))
        doc["council_vote"] = {"members_total": total, "yes": draw(st.integers(0, total))}
    if draw(st.booleans()):
        doc["decision_date"] = f"{year + 1}-0{draw(st.integers(1, 9))}-10"
    return doc


@settings(max_examples=300, deadline=None)
@given(histories())
def test_verdicts_are_deterministic(doc: dict[str, Any]) -> None:
    assert check(copy.deepcopy(doc)).as_dict() == check(copy.deepcopy(doc)).as_dict()


@settings(max_examples=300, deadline=None)
@given(histories(), st.data())
def test_removing_a_required_fact_never_makes_eligible(doc: dict[str, Any], data: Any) -> None:
    """Ratings, the unit's confirmation, free initiatives and the council's vote are facts a
    verdict may rest on; taking one away can only lose eligibility, never gain it."""
    before = check(copy.deepcopy(doc)).status
    reduced = copy.deepcopy(doc)
    h = reduced["history"]
    used = {i for a in h["awards"] for i in a.get("initiative_ids", [])}
    options = [("years", i) for i in range(len(h["years"]))]
    options += [("exemplary", i) for i in range(len(h["years"]))]
    options += [("initiatives", i) for i, x in enumerate(h["initiatives"]) if x["id"] not in used]
    if "council_vote" in reduced:
        options.append(("council_vote", 0))
    if not options:
        return
    what, index = data.draw(st.sampled_from(options))
    if what == "years":
        del h["years"][index]
    elif what == "exemplary":
        del h["years"][index]["exemplary"]
    elif what == "initiatives":
        del h["initiatives"][index]
    else:
        del reduced["council_vote"]
    after = check(reduced).status
    if before != "eligible":
        assert after != "eligible", (what, index)


@settings(max_examples=300, deadline=None)
@given(histories(), RATING)
def test_adding_a_year_that_meets_a_series_never_breaks_it(
    doc: dict[str, Any], rating: str
) -> None:
    """Filling a gap year with a rating that meets the series (HTTNV or better) can only
    lengthen the run of qualifying years."""
    from tdkt.eligibility import Policy, parse_facts
    from tdkt.eligibility.engine import RATING_RANK, _Ctx
    from tdkt.eligibility.regimes import REGIMES

    def run_length(d: dict[str, Any]) -> int:
        facts = parse_facts(d)
        ctx = _Ctx(facts, Policy(), REGIMES[-1], facts.award)
        return len(
            ctx.run(
                facts.year,
                lambda y: (
                    None if ctx.rating(y) is None else RATING_RANK[ctx.rating(y) or "khtnv"] >= 2
                ),
            )
        )

    rated = {y["year"] for y in doc["history"]["years"]}
    gaps = [y for y in YEARS if y not in rated and y <= doc["year"]]
    if not gaps or RATING_RANK[rating] < 2:
        return
    grown = copy.deepcopy(doc)
    grown["history"]["years"].append({"year": gaps[-1], "rating": rating, "exemplary": True})
    assert run_length(grown) >= run_length(doc)
    if check(copy.deepcopy(doc)).status == "eligible" and doc["award"] in (
        "bang_khen_thu_tuong",
        "huan_chuong_lao_dong_3",
    ):
        assert check(grown).status == "eligible"
