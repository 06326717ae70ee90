"""Facts: everything the engine needs about a subject, inline, without a database.

``parse_facts`` turns one JSON document into ``Facts`` and raises ``FactsError`` naming the
first bad field (``history.awards[2].decision.date``), so callers answer 422 / exit 2.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, NamedTuple, TypeVar, overload

from tdkt.eligibility.catalogue import BY_SLUG, NOT_FOR_MERIT, AwardKind, Kind, Subject

RATINGS = ("htxsnv", "httnv", "htnv", "khtnv")
LEVELS = ("co_so", "bo", "toan_quoc")
LEVEL_RANK = {level: i for i, level in enumerate(LEVELS)}
ROLES = ("truong", "pho", "staff")


T = TypeVar("T")


class _cached(Generic[T]):
    """A lazily computed attribute, stored in the instance dict on first read (so it works
    on a frozen dataclass). functools.cached_property takes a lock on every first read on
    Python 3.11, which cost a batch more than computing the value."""

    def __init__(self, fn: Callable[[Any], T]) -> None:
        self.fn = fn
        self.name = fn.__name__

    @overload
    def __get__(self, obj: None, owner: Any = None) -> _cached[T]: ...
    @overload
    def __get__(self, obj: object, owner: Any = None) -> T: ...
    def __get__(self, obj: object | None, owner: Any = None) -> T | _cached[T]:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


class FactsError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


# The history records are named tuples rather than frozen dataclasses: equally immutable,
# but built at C speed. A whole-sector batch builds some twenty of them per person, and
# frozen dataclasses (one object.__setattr__ per field) made that a quarter of its time.
class Decision(NamedTuple):
    number: str
    date: dt.date
    authority: str


class AwardRecord(NamedTuple):
    award: str
    year: int
    kind: AwardKind
    decision: Decision | None
    initiative_ids: tuple[str, ...] = ()


class Initiative(NamedTuple):
    id: str
    title: str
    level: str
    recognised_on: dt.date
    research: bool = False


class YearRecord(NamedTuple):
    year: int
    rating: str | None
    exemplary: bool | None  # tinh thần tự lực, đoàn kết, tích cực tham gia phong trào


class Period(NamedTuple):
    start: dt.date
    end: dt.date | None
    kind: str = ""

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def months_in(self, year: int) -> float:
        lo = max(self.start, dt.date(year, 1, 1))
        hi = min(self.end or dt.date(year, 12, 31), dt.date(year, 12, 31))
        return max(0, (hi - lo).days + 1) / 30.44


@dataclass(frozen=True)
class CouncilVote:
    members_total: int
    yes: int
    written_yes: int = 0
    no: int = 0

    @property
    def approvals(self) -> int:
        """Members present who voted yes plus absent members' written yes opinions."""
        return self.yes + self.written_yes


@dataclass(frozen=True)
class UnitYear:
    """A collective's year: its own rating and its members' results."""

    rating: str | None
    members_total: int
    members_completed: int  # rated HTNV or better
    members_ldtt: int
    members_cstdcs: int
    members_disciplined: int = 0  # from cảnh cáo upward
    exemplary: bool | None = None  # unity, active in movements, clean organisations
    targets_exceeded: bool | None = None
    leads_bloc: bool | None = None  # chosen (suy tôn) as the bloc's leader


@dataclass(frozen=True)
class Quota:
    """For capped titles: how many the unit holds of the base title and of this one."""

    base_count: int
    awarded_count: int


@dataclass(frozen=True)
class Facts:
    subject_kind: Subject
    subject_id: str
    subject_name: str
    gender: str | None
    award: str
    year: int
    decision_date: dt.date | None
    dossier_date: dt.date | None
    years: tuple[YearRecord, ...]
    awards: tuple[AwardRecord, ...]
    initiatives: tuple[Initiative, ...]
    discipline: tuple[Period, ...]
    under_review: bool
    leave: tuple[Period, ...]
    positions: tuple[Period, ...]
    unit_years: dict[int, UnitYear] = field(default_factory=dict)
    council_vote: CouncilVote | None = None
    quota: Quota | None = None
    notable_achievement: str = ""

    # Indexes the rules read many times, computed once per Facts (a batch asks several
    # questions of the same facts).
    @_cached
    def year_index(self) -> dict[int, YearRecord]:
        return {r.year: r for r in self.years}

    @_cached
    def merit_titles(self) -> frozenset[tuple[str, int]]:
        return frozenset([(a.award, a.year) for a in self.awards if a.kind not in NOT_FOR_MERIT])

    @_cached
    def initiatives_used(self) -> tuple[frozenset[str], frozenset[str]]:
        """Initiatives already serving an award: (by any award, by awards that are not
        emulation titles). The second is what counts when the policy lets one initiative
        serve two emulation titles: then only the other award forms use it up."""
        by_any: set[str] = set()
        by_non_title: set[str] = set()
        for a in self.awards:
            if a.initiative_ids:
                by_any.update(a.initiative_ids)
                if BY_SLUG[a.award].kind is not Kind.TITLE:
                    by_non_title.update(a.initiative_ids)
        return frozenset(by_any), frozenset(by_non_title)

    @_cached
    def disciplined_years(self) -> frozenset[int]:
        """Years touched by a discipline period (ongoing discipline: up to the asked year)."""
        years: set[int] = set()
        for p in self.discipline:
            end = p.end.year if p.end else max(self.year, p.start.year)
            years.update(range(p.start.year, end + 1))
        return frozenset(years)


# --- parsing --------------------------------------------------------------------------------


def _req(data: Mapping[str, Any], key: str, path: str) -> Any:
    if not isinstance(data, Mapping):
        raise FactsError(path or "facts", "phải là một đối tượng JSON")
    if key not in data or data[key] is None:
        raise FactsError(f"{path}{key}", "bắt buộc phải có")
    return data[key]


def _str(value: Any, path: str, choices: tuple[str, ...] | None = None) -> str:
    if not isinstance(value, str) or not value.strip():
        raise FactsError(path, "phải là chuỗi ký tự khác rỗng")
    if choices is not None and value not in choices:
        raise FactsError(path, f"phải là một trong: {', '.join(choices)}")
    return value


def _int(value: Any, path: str, lo: int = 0, hi: int = 10**9) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise FactsError(path, "phải là số nguyên")
    if not lo <= value <= hi:
        raise FactsError(path, f"phải trong khoảng {lo}–{hi}")
    return int(value)


def _bool(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise FactsError(path, "phải là true hoặc false")
    return value


def _opt_bool(data: Mapping[str, Any], key: str, path: str) -> bool | None:
    return None if data.get(key) is None else _bool(data[key], f"{path}{key}")


def _date(value: Any, path: str) -> dt.date:
    if not isinstance(value, str):
        raise FactsError(path, "phải là ngày dạng YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FactsError(path, "phải là ngày dạng YYYY-MM-DD") from None


def _list(data: Mapping[str, Any], key: str, path: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise FactsError(f"{path}{key}", "phải là một danh sách")
    return value


def _period(item: Any, path: str, kinds: tuple[str, ...] | None = None) -> Period:
    start = _date(_req(item, "from", path), f"{path}from")
    end = None if item.get("to") is None else _date(item["to"], f"{path}to")
    if end is not None and end < start:
        raise FactsError(f"{path}to", "phải sau ngày bắt đầu")
    kind = "" if kinds is None else _str(item.get("kind", kinds[0]), f"{path}kind", kinds)
    return Period(start, end, kind)


def _unit_year(item: Any, path: str) -> UnitYear:
    total = _int(_req(item, "members_total", path), f"{path}members_total", 1)
    values = {
        k: _int(_req(item, k, path), f"{path}{k}", 0, total)
        for k in ("members_completed", "members_ldtt", "members_cstdcs")
    }
    rating = item.get("rating")
    return UnitYear(
        rating=None if rating is None else _str(rating, f"{path}rating", RATINGS),
        members_total=total,
        **values,
        members_disciplined=_int(
            item.get("members_disciplined", 0), f"{path}members_disciplined", 0, total
        ),
        exemplary=_opt_bool(item, "exemplary", path),
        targets_exceeded=_opt_bool(item, "targets_exceeded", path),
        leads_bloc=_opt_bool(item, "leads_bloc", path),
    )


def parse_facts(data: Any) -> Facts:
    """Validate one facts document (see docs/eligibility.schema.json)."""
    if not isinstance(data, Mapping):
        raise FactsError("facts", "phải là một đối tượng JSON")
    subject = _req(data, "subject", "")
    kind = Subject(_str(_req(subject, "kind", "subject."), "subject.kind", ("person", "unit")))
    award = _str(_req(data, "award", ""), "award", tuple(BY_SLUG))
    if BY_SLUG[award].subject is not kind:
        raise FactsError("award", f"“{BY_SLUG[award].name}” không xét cho đối tượng “{kind.value}”")
    year = _int(_req(data, "year", ""), "year", 1990, 2100)
    gender = subject.get("gender")
    if gender is not None:
        gender = _str(gender, "subject.gender", ("nam", "nu"))
    history = data.get("history", {})
    if not isinstance(history, Mapping):
        raise FactsError("history", "phải là một đối tượng JSON")

    years = []
    seen_years: set[int] = set()
    for i, item in enumerate(_list(history, "years", "history.")):
        p = f"history.years[{i}]."
        y = _int(_req(item, "year", p), f"{p}year", 1990, 2100)
        if y in seen_years:
            raise FactsError(f"{p}year", f"năm {y} xuất hiện hai lần")
        seen_years.add(y)
        rating = item.get("rating")
        years.append(
            YearRecord(
                y,
                None if rating is None else _str(rating, f"{p}rating", RATINGS),
                _opt_bool(item, "exemplary", p),
            )
        )

    initiatives = []
    for i, item in enumerate(_list(history, "initiatives", "history.")):
        p = f"history.initiatives[{i}]."
        initiatives.append(
            Initiative(
                id=_str(_req(item, "id", p), f"{p}id"),
                title=str(item.get("title", "")),
                level=_str(item.get("level", "co_so"), f"{p}level", LEVELS),
                recognised_on=_date(_req(item, "recognised_on", p), f"{p}recognised_on"),
                research=bool(item.get("research", False)),
            )
        )
    ids = [x.id for x in initiatives]
    if len(set(ids)) != len(ids):
        raise FactsError("history.initiatives", "mã sáng kiến bị trùng")

    awards = []
    for i, item in enumerate(_list(history, "awards", "history.")):
        p = f"history.awards[{i}]."
        decision = None
        if item.get("decision") is not None:
            d = item["decision"]
            decision = Decision(
                number=str(d.get("number", "")) if isinstance(d, Mapping) else "",
                date=_date(_req(d, "date", f"{p}decision."), f"{p}decision.date"),
                authority=str(d.get("authority", "")),
            )
        used = item.get("initiative_ids", [])
        if not isinstance(used, list) or any(u not in ids for u in used):
            raise FactsError(f"{p}initiative_ids", "phải là danh sách mã sáng kiến đã khai báo")
        awards.append(
            AwardRecord(
                award=_str(_req(item, "award", p), f"{p}award", tuple(BY_SLUG)),
                year=_int(_req(item, "year", p), f"{p}year", 1960, 2100),
                kind=AwardKind(
                    _str(
                        item.get("kind", "cong_trang"),
                        f"{p}kind",
                        tuple(k.value for k in AwardKind),
                    )
                ),
                decision=decision,
                initiative_ids=tuple(used),
            )
        )

    unit_years = {}
    raw_units = history.get("unit_years", {})
    if not isinstance(raw_units, Mapping):
        raise FactsError("history.unit_years", 'phải là đối tượng {"năm": {...}}')
    for key, item in raw_units.items():
        if not str(key).isdigit():
            raise FactsError(f"history.unit_years.{key}", "khóa phải là năm")
        unit_years[int(key)] = _unit_year(item, f"history.unit_years.{key}.")

    vote = None
    if data.get("council_vote") is not None:
        v, p = data["council_vote"], "council_vote."
        total = _int(_req(v, "members_total", p), f"{p}members_total", 1, 500)
        yes = _int(_req(v, "yes", p), f"{p}yes", 0, total)
        written = _int(v.get("written_yes", 0), f"{p}written_yes", 0, total)
        no = _int(v.get("no", 0), f"{p}no", 0, total)
        if yes + written + no > total:
            raise FactsError(f"{p}yes", "tổng số phiếu vượt quá số thành viên Hội đồng")
        vote = CouncilVote(total, yes, written, no)

    quota = None
    if data.get("quota") is not None:
        q = data["quota"]
        quota = Quota(
            _int(_req(q, "base_count", "quota."), "quota.base_count"),
            _int(_req(q, "awarded_count", "quota."), "quota.awarded_count"),
        )

    return Facts(
        subject_kind=kind,
        subject_id=str(subject.get("id", "")),
        subject_name=str(subject.get("name", "")),
        gender=gender,
        award=award,
        year=year,
        decision_date=None
        if data.get("decision_date") is None
        else _date(data["decision_date"], "decision_date"),
        dossier_date=None
        if data.get("dossier_date") is None
        else _date(data["dossier_date"], "dossier_date"),
        years=tuple(sorted(years, key=lambda r: r.year)),
        awards=tuple(awards),
        initiatives=tuple(initiatives),
        discipline=tuple(
            _period(x, f"history.discipline[{i}].")
            for i, x in enumerate(_list(history, "discipline", "history."))
        ),
        under_review=_bool(history.get("under_review", False), "history.under_review"),
        leave=tuple(
            _period(x, f"history.leave[{i}].", ("thai_san", "om_dau", "khac"))
            for i, x in enumerate(_list(history, "leave", "history."))
        ),
        positions=tuple(
            _period(x, f"history.positions[{i}].", ROLES)
            for i, x in enumerate(_list(history, "positions", "history."))
        ),
        unit_years=unit_years,
        council_vote=vote,
        quota=quota,
        notable_achievement=str(data.get("notable_achievement", "") or ""),
    )
