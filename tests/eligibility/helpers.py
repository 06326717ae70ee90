"""Small builders for facts documents, so each test states only what it is about."""

from __future__ import annotations

from typing import Any

from tdkt.eligibility import Policy, evaluate, parse_facts
from tdkt.eligibility.engine import Verdict


def person(
    award: str,
    year: int,
    *,
    ratings: dict[int, str] | None = None,
    titles: dict[str, list[int]] | None = None,
    initiatives: list[dict[str, Any]] | None = None,
    vote: tuple[int, int, int] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    years = [{"year": y, "rating": r, "exemplary": True} for y, r in (ratings or {}).items()]
    awards = [
        {"award": slug, "year": y, "kind": "cong_trang"}
        for slug, ys in (titles or {}).items()
        for y in ys
    ]
    history: dict[str, Any] = {"years": years, "awards": awards, "initiatives": initiatives or []}
    for key in ("discipline", "leave", "positions", "under_review"):
        if key in extra:
            history[key] = extra.pop(key)
    if "awards" in extra:
        history["awards"] += extra.pop("awards")
    doc: dict[str, Any] = {
        "subject": {
            "kind": "person",
            "id": "p1",
            "name": "Nguyễn Thị Hoa",
            "gender": extra.pop("gender", "nu"),
        },
        "award": award,
        "year": year,
        "history": history,
    }
    if vote is not None:
        doc["council_vote"] = {"members_total": vote[0], "yes": vote[1], "written_yes": vote[2]}
    doc.update(extra)
    return doc


def unit(
    award: str,
    year: int,
    unit_years: dict[int, dict[str, Any]],
    vote: tuple[int, int, int] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "subject": {"kind": "unit", "id": "u1", "name": "Cục THADS tỉnh Đắk Lắk"},
        "award": award,
        "year": year,
        "history": {
            "unit_years": {str(k): v for k, v in unit_years.items()},
            "awards": extra.pop("awards", []),
        },
    }
    if vote is not None:
        doc["council_vote"] = {"members_total": vote[0], "yes": vote[1], "written_yes": vote[2]}
    doc.update(extra)
    return doc


def check(doc: dict[str, Any], **policy: Any) -> Verdict:
    return evaluate(parse_facts(doc), Policy.from_mapping(policy))


def crit(verdict: Verdict, cid: str) -> Any:
    return next(c for c in verdict.criteria if c.id == cid)


def initiative(iid: str, day: str, level: str = "co_so") -> dict[str, Any]:
    return {"id": iid, "title": f"Sáng kiến {iid}", "level": level, "recognised_on": day}
