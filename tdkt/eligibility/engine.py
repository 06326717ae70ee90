"""The engine: pick the regime, run the rules of the award asked about, return a verdict.

Every criterion carries the article it implements, the confidence of the digest's reading of
that article ("read", "read_en", "secondary", "inferred"), and a one-line reason in
Vietnamese. Rules are small functions below, one per title or award, each quoting its law.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, NamedTuple

from tdkt.eligibility.catalogue import BY_SLUG, NOT_FOR_MERIT, Kind
from tdkt.eligibility.facts import LEVEL_RANK, CouncilVote, Facts, Initiative
from tdkt.eligibility.policy import Policy
from tdkt.eligibility.regimes import Regime, RegimeId, default_decision_date, regime_on

ELIGIBLE, NOT_ELIGIBLE, DEFERRED = "eligible", "not_eligible", "deferred"
RATING_RANK = {"htxsnv": 3, "httnv": 2, "htnv": 1, "khtnv": 0}
RATING_NAME = {
    "htxsnv": "hoàn thành xuất sắc nhiệm vụ",
    "httnv": "hoàn thành tốt nhiệm vụ",
    "htnv": "hoàn thành nhiệm vụ",
    "khtnv": "không hoàn thành nhiệm vụ",
}
LAW_2022 = "Luật Thi đua, khen thưởng 2022"


class Criterion(NamedTuple):
    # A named tuple: a verdict holds about three, and a whole-sector batch builds millions;
    # a tuple of strings and flags is built fast and the cycle collector stops tracking it.
    id: str
    label: str
    met: bool | None
    citation: str
    reason: str
    source: str = "read"  # how firmly the digest read the rule text
    is_vote: bool = False


@dataclass(slots=True)
class Verdict:
    subject_id: str
    subject_name: str
    award: str
    award_name: str
    year: int
    status: str
    regime: dict[str, Any]
    criteria: tuple[Criterion, ...]
    consumes_initiatives: tuple[str, ...]
    meets_standards: bool
    notes: tuple[str, ...] = ()

    @property
    def missing(self) -> list[str]:
        """What is missing, one line per criterion not met. Worded on demand: a sector-wide
        batch mostly counts statuses and never reads it."""
        return [f"{c.label} — {c.reason}" for c in self.criteria if not c.met]

    def as_dict(self) -> dict[str, Any]:
        """The JSON form (CLI, API, docs). Copies everything: ``regime`` is shared."""
        return {
            "subject_id": self.subject_id,
            "subject_name": self.subject_name,
            "award": self.award,
            "award_name": self.award_name,
            "year": self.year,
            "status": self.status,
            "regime": {**self.regime, "documents": list(self.regime["documents"])},
            "criteria": [
                {k: v for k, v in c._asdict().items() if k != "is_vote"} for c in self.criteria
            ],
            "missing": self.missing,
            "consumes_initiatives": list(self.consumes_initiatives),
            "meets_standards": self.meets_standards,
            "notes": list(self.notes),
        }


class _Ctx:
    __slots__ = ("f", "p", "r", "award", "criteria", "consumes", "_years", "_titles", "_disc")

    def __init__(self, facts: Facts, policy: Policy, regime: Regime, award: str) -> None:
        self.f, self.p, self.r = facts, policy, regime
        self.award = award
        self.criteria: list[Criterion] = []
        self.consumes: list[str] = []
        # Indexes over the history: rules ask "the rating of year Y" and "a title in year Y"
        # many times; a dict and a set keep a whole-sector batch linear.
        self._years = facts.year_index
        self._titles = facts.merit_titles
        self._disc = facts.disciplined_years

    def add(
        self,
        cid: str,
        label: str,
        met: bool | None,
        citation: str,
        reason: str,
        source: str = "read",
        is_vote: bool = False,
    ) -> bool:
        self.criteria.append(Criterion(cid, label, met, citation, reason, source, is_vote))
        return bool(met)

    @property
    def new_law(self) -> bool:
        return self.r.id is not RegimeId.R2003

    # --- history helpers ----------------------------------------------------------------
    def disciplined_in(self, year: int) -> bool:
        return year in self._disc

    def rating(self, year: int) -> str | None:
        """The year's rating; a maternity-leave year without one counts as HTTNV (policy)."""
        record = self._years.get(year)
        if record and record.rating:
            return record.rating
        if self.p.maternity_year_counts and any(
            p.kind == "thai_san" and p.months_in(year) > 0 for p in self.f.leave
        ):
            return "httnv"
        return None

    def run(self, end: int, ok: Callable[[int], bool | None], limit: int = 60) -> list[int]:
        """Consecutive years ending at ``end`` for which ``ok`` holds. ``ok`` returns None
        for an unrated year, which breaks the run or is skipped, by policy. A disciplined
        year always breaks it (NĐ 152 Điều 4.4: achievements count from the end)."""
        years: list[int] = []
        for year in range(end, end - limit, -1):
            if self.disciplined_in(year):
                break
            verdict = ok(year)
            if verdict is None and self.p.unrated_year_in_series == "neutral" and years:
                continue
            if not verdict:
                break
            years.append(year)
        return years

    def rated_run(self, end: int, start: int, minimum: str) -> list[int]:
        """The consecutive years back from ``end`` (not before ``start``) rated at least
        ``minimum``: the "liên tục … năm" of the merit awards."""
        need = RATING_RANK[minimum]

        def ok(year: int) -> bool | None:
            rating = self.rating(year)
            return None if rating is None else RATING_RANK[rating] >= need

        # Walking back no further than ``start`` gives the same years as walking the whole
        # run and dropping those before ``start`` (the walk goes from ``end`` down), and
        # nothing at all when ``start`` is after ``end`` (no earlier award to count from).
        return self.run(end, ok, limit=min(60, end - start + 1))

    def has_title(self, slug: str, year: int) -> bool:
        return (slug, year) in self._titles

    def merit_awards(self, slug: str, before: int) -> list[int]:
        return sorted(
            a.year
            for a in self.f.awards
            if a.award == slug and a.year < before and a.kind not in NOT_FOR_MERIT
        )

    def used_initiatives(self) -> frozenset[str]:
        """Initiatives already serving an award. CV 5007/BNV-TĐKT: "Một sáng kiến chỉ được
        sử dụng một lần khi làm tiêu chuẩn đề nghị khen thưởng"."""
        by_any, by_non_title = self.f.initiatives_used
        if self.p.initiative_reuse_across_titles and BY_SLUG[self.award].kind is Kind.TITLE:
            return by_non_title
        return by_any

    def free_initiatives(self, years: Iterable[int], min_level: str) -> list[Initiative]:
        if not self.f.initiatives:  # most people: nothing to look for
            return []
        wanted = set(years)
        used = self.used_initiatives()
        floor = LEVEL_RANK[min_level]
        return sorted(
            (
                i
                for i in self.f.initiatives
                if i.recognised_on.year in wanted
                and i.id not in used
                and LEVEL_RANK[i.level] >= floor
            ),
            key=lambda i: (i.recognised_on, i.id),
        )

    def council(self, high: bool) -> None:
        criterion = _council_criterion(
            self.r.id,
            high,
            self.p.council_pct_high_after_2025,
            self.p.council_pct_low_after_2025,
            self.f.council_vote,
        )
        if criterion is not None:
            self.criteria.append(criterion)


# Criteria that depend on a few plain values only are built by cached functions of those
# values: thousands of people share them, so a whole-sector batch looks them up instead of
# wording them again (and the verdicts share the same immutable criterion objects).


@lru_cache(maxsize=512)
def _council_criterion(
    regime: RegimeId, high: bool, pct_high_2025: int, pct_low_2025: int, vote: CouncilVote | None
) -> Criterion | None:
    """Secret-ballot approval as a share of *all* council members, absent members' written
    opinions included (NĐ 98/2023 Điều 30.7)."""
    if regime is RegimeId.R2003:
        if not high:
            return None
        pct, cite, src = 90, "Điều 45.8 Nghị định 91/2017/NĐ-CP", "read"
    elif regime is RegimeId.R2024:
        pct, cite, src = (90 if high else 80), "Điều 30.7 Nghị định 98/2023/NĐ-CP", "read"
    else:
        pct = pct_high_2025 if high else pct_low_2025
        cite = (
            "Chính sách cấu hình (điều khoản bỏ phiếu của Nghị định 152/2025/NĐ-CP "
            "chưa có trong cơ sở pháp lý; giữ mức của Điều 30.7 NĐ 98/2023)"
        )
        src = "inferred"
    label = f"Hội đồng TĐKT bỏ phiếu đồng ý từ {pct}% tổng số thành viên trở lên"
    if vote is None:
        return Criterion(
            "council_vote", label, False, cite, "Chưa có kết quả bỏ phiếu của Hội đồng.", src, True
        )
    met = vote.approvals * 100 >= pct * vote.members_total
    return Criterion(
        "council_vote",
        label,
        met,
        cite,
        f"{vote.approvals}/{vote.members_total} thành viên đồng ý "
        f"({100 * vote.approvals / vote.members_total:.1f}%, cần {pct}%).",
        src,
        True,
    )


# --- individual titles -------------------------------------------------------------------


def _ldtt_standard(c: _Ctx, year: int, prefix: str = "") -> bool:
    record = c._years.get(year)
    ok, criteria = _ldtt_criteria(
        c.new_law, year, prefix, c.rating(year), record.exemplary if record else None
    )
    c.criteria.extend(criteria)
    return ok


@lru_cache(maxsize=2048)
def _ldtt_criteria(
    new_law: bool, year: int, prefix: str, rating: str | None, spirit: bool | None
) -> tuple[bool, tuple[Criterion, Criterion]]:
    """LĐTT: "Hoàn thành tốt nhiệm vụ trở lên" and "có tinh thần tự lực, tự cường, đoàn kết,
    tương trợ, tích cực tham gia phong trào thi đua" (Điều 24.1 Luật 2022; same standard in
    the 2003 law)."""
    cite = f"Điều 24.1 {LAW_2022}" if new_law else "Điều 24 Luật Thi đua, khen thưởng 2003"
    graded = Criterion(
        f"{prefix}rating",
        f"Năm {year}: hoàn thành tốt nhiệm vụ trở lên",
        None if rating is None else RATING_RANK[rating] >= 2,
        cite,
        f"Xếp loại {RATING_NAME[rating]}." if rating else f"Chưa có xếp loại năm {year}.",
    )
    spirited = Criterion(
        f"{prefix}spirit",
        "Tinh thần tự lực, tự cường, đoàn kết, tích cực thi đua",
        spirit,
        cite,
        "Đơn vị xác nhận."
        if spirit
        else ("Đơn vị không xác nhận." if spirit is False else "Chưa có xác nhận của đơn vị."),
    )
    return bool(graded.met) and bool(spirited.met), (graded, spirited)


def rule_lao_dong_tien_tien(c: _Ctx) -> None:
    _ldtt_standard(c, c.f.year)


def rule_cstd_co_so(c: _Ctx) -> None:
    y = c.f.year
    free = c.free_initiatives([y], "co_so")
    rating = c.rating(y)
    if c.r.id is RegimeId.R2003:
        # NĐ 91/2017 Điều 9: LĐTT and "có sáng kiến … được cơ sở công nhận"; HTXSNV is no
        # substitute for civil servants under this text.
        _ldtt_standard(c, y)
        if c.add(
            "initiative",
            "Có sáng kiến, đề tài được cơ sở công nhận (chưa dùng)",
            bool(free),
            "Điều 9 Nghị định 91/2017/NĐ-CP",
            f"Sáng kiến {free[0].id} ({free[0].recognised_on:%d/%m/%Y})."
            if free
            else f"Không có sáng kiến năm {y} chưa sử dụng.",
        ):
            c.consumes.append(free[0].id)
        _cap(
            c,
            15,
            "Điều 9.3 Nghị định 91/2017/NĐ-CP: không quá 15% số cá nhân đạt LĐTT",
            "secondary",
        )
    elif c.r.id is RegimeId.R2026 and c.p.cstdcs_2026_htxsnv_and_initiative:
        cite = "Luật 06/2026/QH16 sửa đổi Điều 23 (theo dự thảo, chính sách đang bật)"
        c.add(
            "htxsnv",
            f"Năm {y}: được công nhận hoàn thành xuất sắc nhiệm vụ",
            None if rating is None else rating == "htxsnv",
            cite,
            f"Xếp loại {RATING_NAME[rating]}." if rating else "Chưa có xếp loại.",
            "inferred",
        )
        if c.add(
            "initiative",
            "Có sáng kiến được cơ sở công nhận (chưa dùng)",
            bool(free),
            cite,
            f"Sáng kiến {free[0].id}." if free else f"Không có sáng kiến năm {y} chưa sử dụng.",
            "inferred",
        ):
            c.consumes.append(free[0].id)
    else:
        # Điều 23 Luật 2022: LĐTT standard and "Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến
        # được cơ sở công nhận hoặc có đề tài … đã được nghiệm thu".
        _ldtt_standard(c, y)
        excellent = rating == "htxsnv"
        initiative = free[0].id if free and not excellent else None
        c.criteria.append(_excellence_or_initiative(excellent, initiative))
        if initiative is not None:
            c.consumes.append(initiative)
        if c.p.cstdcs_cap_pct_after_2024 is not None:
            _cap(
                c,
                c.p.cstdcs_cap_pct_after_2024,
                "Chính sách cấu hình: tỷ lệ CSTĐCS của ngành",
                "inferred",
            )
    c.council(high=False)


@lru_cache(maxsize=1024)
def _excellence_or_initiative(excellent: bool, initiative: str | None) -> Criterion:
    """Điều 23 Luật 2022: "Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được cơ sở công nhận
    hoặc có đề tài … đã được nghiệm thu"."""
    label = "Hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến"
    cite = f"Điều 23 {LAW_2022}"
    if excellent:
        return Criterion(
            "excellence_or_initiative",
            label,
            True,
            cite,
            "Hoàn thành xuất sắc nhiệm vụ: không cần dùng sáng kiến.",
        )
    return Criterion(
        "excellence_or_initiative",
        label,
        initiative is not None,
        cite,
        f"Dùng sáng kiến {initiative}."
        if initiative is not None
        else "Không hoàn thành xuất sắc nhiệm vụ và không có sáng kiến chưa sử dụng.",
    )


def _cap(c: _Ctx, pct: int, cite: str, source: str) -> None:
    q = c.f.quota
    if q is None:
        return
    allowed = q.base_count * pct // 100
    c.add(
        "quota",
        f"Trong tỷ lệ {pct}% số cá nhân đạt LĐTT của đơn vị",
        q.awarded_count + 1 <= allowed,
        cite,
        f"Đã có {q.awarded_count}, tối đa {allowed} trên {q.base_count} LĐTT.",
        source,
    )


def rule_cstd_cap_bo(c: _Ctx) -> None:
    y = c.f.year
    run = c.run(y, lambda yr: c.has_title("cstd_co_so", yr), limit=3)
    free = c.free_initiatives(range(y - 2, y + 1), "bo")
    c.criteria.extend(_cstd_cap_bo_criteria(c.new_law, y, tuple(run), free[0].id if free else None))
    if free:
        c.consumes.append(free[0].id)
    c.council(high=True)


@lru_cache(maxsize=4096)
def _cstd_cap_bo_criteria(
    new_law: bool, y: int, run: tuple[int, ...], initiative: str | None
) -> tuple[Criterion, Criterion]:
    """Điều 22: "03 lần liên tục được tặng danh hiệu 'Chiến sĩ thi đua cơ sở'" and an
    initiative "đã được áp dụng hiệu quả và có khả năng nhân rộng trong Bộ"."""
    cite = f"Điều 22 {LAW_2022}" if new_law else "Điều 9 Nghị định 91/2017/NĐ-CP"
    return (
        Criterion(
            "cstdcs_x3",
            "03 lần liên tục đạt Chiến sĩ thi đua cơ sở",
            len(run) >= 3,
            cite,
            f"Liên tục {len(run)} năm ({', '.join(map(str, sorted(run)))})."
            if run
            else f"Không có Chiến sĩ thi đua cơ sở năm {y}.",
        ),
        Criterion(
            "initiative_bo",
            "Sáng kiến, đề tài có phạm vi ảnh hưởng trong Bộ (chưa dùng)",
            initiative is not None,
            cite,
            f"Sáng kiến {initiative} cấp Bộ."
            if initiative is not None
            else f"Không có sáng kiến cấp Bộ chưa sử dụng trong {y - 2}–{y}.",
        ),
    )


def rule_cstd_toan_quoc(c: _Ctx) -> None:
    """Điều 21: "02 lần liên tục được tặng danh hiệu chiến sĩ thi đua Bộ" and an initiative
    with nationwide influence."""
    y = c.f.year
    cite = f"Điều 21 {LAW_2022}" if c.new_law else "Luật Thi đua, khen thưởng 2003, Điều 21"
    titles = sorted(
        {
            a.year
            for a in c.f.awards
            if a.award == "cstd_cap_bo" and a.kind not in NOT_FOR_MERIT and a.year <= y
        }
    )
    cycle = c.p.cstd_bo_cycle_years
    ok = len(titles) >= 2 and titles[-1] == y and titles[-2] == y - cycle
    c.add(
        "cstd_bo_x2",
        "02 lần liên tục đạt Chiến sĩ thi đua Bộ",
        ok,
        cite,
        f"Các năm đạt: {', '.join(map(str, titles)) or 'chưa có'} (chu kỳ {cycle} năm).",
        "read" if c.new_law else "inferred",
    )
    free = c.free_initiatives(range(y - 2 * cycle + 1, y + 1), "toan_quoc")
    if c.add(
        "initiative_tq",
        "Sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc (chưa dùng)",
        bool(free),
        cite,
        f"Sáng kiến {free[0].id}." if free else "Không có sáng kiến cấp toàn quốc chưa sử dụng.",
    ):
        c.consumes.append(free[0].id)
    c.council(high=True)


# --- individual award forms --------------------------------------------------------------


def _notable(c: _Ctx, cite: str, source: str = "read") -> bool:
    if c.f.notable_achievement:
        return c.add(
            "notable",
            "Thành tích xuất sắc được bình xét trong phong trào thi đua",
            True,
            cite,
            c.f.notable_achievement,
            source,
        )
    return False


def rule_giay_khen(c: _Ctx) -> None:
    """Điều 75: "hoàn thành tốt nhiệm vụ" and an achievement recognised in a movement."""
    cite = f"Điều 75 {LAW_2022}" if c.new_law else "Luật Thi đua, khen thưởng 2003, Điều 76"
    rating = c.rating(c.f.year)
    c.add(
        "rating",
        "Hoàn thành tốt nhiệm vụ trở lên",
        None if rating is None else RATING_RANK[rating] >= 2,
        cite,
        f"Xếp loại {RATING_NAME[rating]}." if rating else "Chưa có xếp loại.",
        "secondary",
    )
    if not _notable(c, cite, "secondary"):
        c.add(
            "notable",
            "Có thành tích được ghi nhận trong phong trào thi đua",
            False,
            cite,
            "Chưa có mô tả thành tích.",
            "secondary",
        )


def rule_bang_khen_bo(c: _Ctx) -> None:
    """Điều 74.1 (TT 11/2023/TT-BTP for Justice staff): route (d) "Có 02 lần liên tục được
    tặng danh hiệu 'Chiến sĩ thi đua cơ sở' hoặc có liên tục từ 02 năm trở lên được công nhận
    hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến được công nhận và áp dụng
    có hiệu quả trong phạm vi cơ sở"; route (a) an outstanding achievement in a movement."""
    y = c.f.year
    if not c.new_law:
        _manual(c, "Tiêu chuẩn Bằng khen cấp Bộ trước 2024 chưa có trong cơ sở pháp lý.")
        return
    cite = f"Điều 74.1 {LAW_2022}; Thông tư 11/2023/TT-BTP"
    if _notable(c, cite):
        return
    cstd_run = c.run(y, lambda yr: c.has_title("cstd_co_so", yr), limit=2)
    if len(cstd_run) >= 2:
        used_by_titles = {
            i
            for a in c.f.awards
            if a.award == "cstd_co_so" and a.year in cstd_run
            for i in a.initiative_ids
        }
        c.add(
            "cstdcs_x2",
            "02 lần liên tục đạt Chiến sĩ thi đua cơ sở",
            True,
            cite,
            f"Năm {min(cstd_run)} và {max(cstd_run)}.",
        )
        if used_by_titles and c.p.bang_khen_bo_needs_fresh_initiatives:
            free = c.free_initiatives(cstd_run, "co_so")
            if c.add(
                "fresh_initiatives",
                "02 sáng kiến khác (sáng kiến đã dùng cho CSTĐCS)",
                len(free) >= 2,
                "Công văn 5007/BNV-TĐKT: một sáng kiến chỉ dùng một lần",
                f"Có {len(free)} sáng kiến chưa dùng.",
                "read_en",
            ):
                c.consumes.extend(i.id for i in free[:2])
        return
    exc_run = c.rated_run(y, 0, "htxsnv")
    free = c.free_initiatives(exc_run, "co_so")
    criterion = _bk_bo_route_d(len(cstd_run), len(exc_run), len(free))
    c.criteria.append(criterion)
    if criterion.met:
        c.consumes.extend(i.id for i in free[:2])


@lru_cache(maxsize=1024)
def _bk_bo_route_d(cstd_years: int, excellent_years: int, free: int) -> Criterion:
    """Route (d) of Điều 74.1 when the two CSTĐCS in a row are not there."""
    return Criterion(
        "route_d",
        "02 lần liên tục CSTĐCS, hoặc 02 năm liên tục HTXSNV với 02 sáng kiến",
        excellent_years >= 2 and free >= 2,
        f"Điều 74.1 {LAW_2022}; Thông tư 11/2023/TT-BTP",
        f"Liên tục {cstd_years} năm CSTĐCS; {excellent_years} năm HTXSNV; "
        f"{free} sáng kiến chưa dùng trong thời gian đó.",
    )


def rule_bang_khen_thu_tuong(c: _Ctx) -> None:
    y = c.f.year
    if c.new_law:
        if _notable(c, f"Điều 73.1 {LAW_2022}"):
            return
        earlier = c.merit_awards("bang_khen_bo", before=y + 1)
        start = earlier[-1] + 1 if earlier else y + 1
        run = c.rated_run(y, start, "httnv")
        cstd = tuple(yr for yr in run if c.has_title("cstd_co_so", yr))
        c.criteria.extend(_bk_ttg_criteria(earlier[-1] if earlier else None, len(run), cstd))
    else:
        # NĐ 65/2014 Điều 23.1(c): "Đã được tặng Bằng khen cấp bộ…, 05 năm tiếp theo liên tục
        # hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 05 sáng kiến".
        cite = "Điều 23.1(c) Nghị định 65/2014/NĐ-CP"
        earlier = c.merit_awards("bang_khen_bo", before=y + 1)
        c.add(
            "has_bk_bo",
            "Đã được tặng Bằng khen cấp Bộ",
            bool(earlier),
            cite,
            f"Bằng khen Bộ năm {earlier[-1]}." if earlier else "Chưa có Bằng khen Bộ.",
        )
        start = earlier[-1] + 1 if earlier else y + 1
        run = c.rated_run(y, start, "htxsnv")
        c.add(
            "htxsnv_x5",
            "05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ",
            len(run) >= 5,
            cite,
            f"Liên tục {len(run)} năm.",
        )
        free = c.free_initiatives(run, "co_so")
        if c.add(
            "initiatives_x5",
            "Có 05 sáng kiến trong thời gian đó (chưa dùng)",
            len(free) >= 5,
            cite,
            f"{len(free)} sáng kiến chưa dùng.",
        ):
            c.consumes.extend(i.id for i in free[:5])


@lru_cache(maxsize=4096)
def _bk_ttg_criteria(
    last_bk_bo: int | None, run_years: int, cstd: tuple[int, ...]
) -> tuple[Criterion, Criterion, Criterion]:
    """Điều 73.1.b: "Đã được tặng bằng khen của Bộ … và có liên tục từ 05 năm trở lên đến thời
    điểm đề nghị được công nhận hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có 03 lần
    được tặng danh hiệu 'Chiến sĩ thi đua cơ sở'"."""
    cite = f"Điều 73.1 {LAW_2022}"
    return (
        Criterion(
            "has_bk_bo",
            "Đã được tặng Bằng khen của Bộ trưởng (khen công trạng)",
            last_bk_bo is not None,
            cite,
            f"Bằng khen Bộ năm {last_bk_bo}."
            if last_bk_bo is not None
            else "Chưa có Bằng khen Bộ (khen đột xuất, chuyên đề không được tính).",
        ),
        Criterion(
            "httnv_x5",
            "Liên tục 05 năm trở lên hoàn thành tốt nhiệm vụ trở lên",
            run_years >= 5,
            cite,
            f"Liên tục {run_years} năm sau Bằng khen Bộ.",
        ),
        Criterion(
            "cstdcs_x3",
            "Trong thời gian đó có 03 lần Chiến sĩ thi đua cơ sở",
            len(cstd) >= 3,
            cite,
            f"{len(cstd)} lần ({', '.join(map(str, cstd)) or 'không có'}).",
        ),
    )


def rule_huan_chuong_lao_dong_3(c: _Ctx) -> None:
    y = c.f.year
    earlier = c.merit_awards("bang_khen_thu_tuong", before=y + 1)
    start = earlier[-1] + 1 if earlier else y + 1
    if c.new_law:
        # Điều 44.1(e) (MOHA's English quotation): BK TTg, then "continuously for 5 years or
        # more … completing tasks well or better, during which time 1 year or more …
        # completing tasks excellently and 3 times awarded 'Chiến sĩ thi đua cơ sở'".
        cite = f"Điều 44.1(e) {LAW_2022}"
        c.add(
            "has_bk_ttg",
            "Đã được tặng Bằng khen của Thủ tướng Chính phủ",
            bool(earlier),
            cite,
            f"Bằng khen Thủ tướng năm {earlier[-1]}." if earlier else "Chưa có.",
            "read_en",
        )
        run = c.rated_run(y, start, "httnv")
        c.add(
            "httnv_x5",
            "Liên tục 05 năm trở lên hoàn thành tốt nhiệm vụ trở lên",
            len(run) >= 5,
            cite,
            f"Liên tục {len(run)} năm.",
            "read_en",
        )
        exc = [yr for yr in run if c.rating(yr) == "htxsnv"]
        c.add(
            "htxsnv_x1",
            "Trong đó ít nhất 01 năm hoàn thành xuất sắc nhiệm vụ",
            bool(exc),
            cite,
            f"{len(exc)} năm.",
            "read_en",
        )
        cstd = [yr for yr in run if c.has_title("cstd_co_so", yr)]
        c.add(
            "cstdcs_x3",
            "Trong đó 03 lần Chiến sĩ thi đua cơ sở",
            len(cstd) >= 3,
            cite,
            f"{len(cstd)} lần.",
            "read_en",
        )
    else:
        # NĐ 91/2017 Điều 24: BK TTg "và 05 năm tiếp theo trở lên liên tục lập được thành tích
        # xuất sắc, trong thời gian đó có 02 sáng kiến … phạm vi ảnh hưởng … trong bộ".
        cite = "Điều 24 Nghị định 91/2017/NĐ-CP"
        c.add(
            "has_bk_ttg",
            "Đã được tặng Bằng khen của Thủ tướng Chính phủ",
            bool(earlier),
            cite,
            f"Năm {earlier[-1]}." if earlier else "Chưa có.",
        )
        run = c.rated_run(y, start, "htxsnv")
        c.add(
            "htxsnv_x5",
            "05 năm tiếp theo liên tục thành tích xuất sắc",
            len(run) >= 5,
            cite,
            f"Liên tục {len(run)} năm.",
        )
        free = c.free_initiatives(run, "bo")
        if c.add(
            "initiatives_x2",
            "02 sáng kiến phạm vi ảnh hưởng trong Bộ (chưa dùng)",
            len(free) >= 2,
            cite,
            f"{len(free)} sáng kiến.",
        ):
            c.consumes.extend(i.id for i in free[:2])


def rule_ky_niem_chuong(c: _Ctx) -> None:
    """TT 14/2025/TT-BTP (from 15/09/2025; TT 06/2018/TT-BTP before): given once only;
    heads ≥ 05 years (men) / 03 (women), deputies ≥ 08 / 06, with tasks done well."""
    y = c.f.year
    tt14 = c.r.id in (RegimeId.R2025, RegimeId.R2026)
    cite = "Thông tư 14/2025/TT-BTP" if tt14 else "Khoản 2 Điều 5 Thông tư 06/2018/TT-BTP"
    had = [a.year for a in c.f.awards if a.award == "ky_niem_chuong_tu_phap"]
    c.add(
        "once",
        "Chưa được tặng Kỷ niệm chương (chỉ tặng một lần)",
        not had,
        cite,
        f"Đã được tặng năm {had[0]}." if had else "Chưa được tặng.",
        "secondary",
    )
    end = dt.date(y, 12, 31)
    years = {
        role: sum(
            ((min(p.end or end, end) - p.start).days + 1)
            for p in c.f.positions
            if p.kind == role and p.start <= end
        )
        / 365.25
        for role in ("truong", "pho")
    }
    woman = c.f.gender == "nu"
    head_need = (3 if woman else 5) if tt14 else 5
    deputy_need = (6 if woman else 8) if tt14 else 8
    # Time as head counts toward the deputy requirement too (a head was first a deputy).
    ok = years["truong"] >= head_need or years["truong"] + years["pho"] >= deputy_need
    if not c.f.positions or (years["truong"] == 0 and years["pho"] == 0):
        _manual(
            c,
            "Ngưỡng thời gian công tác với người không giữ chức vụ lãnh đạo chưa có "
            "trong cơ sở pháp lý (Thông tư 14/2025/TT-BTP, Điều 3–5).",
        )
        return
    c.add(
        "tenure",
        f"Giữ chức vụ cấp trưởng ≥ {head_need} năm hoặc cấp phó ≥ {deputy_need} năm",
        ok,
        cite,
        f"Cấp trưởng {years['truong']:.1f} năm, cấp phó {years['pho']:.1f} năm.",
        "read_en" if tt14 else "secondary",
    )
    bad = [
        yr
        for yr in range(y - 4, y + 1)
        if c.rating(yr) is not None and RATING_RANK[c.rating(yr) or "khtnv"] < 2
    ]
    c.add(
        "rating",
        "Hoàn thành tốt nhiệm vụ trở lên trong thời gian giữ chức vụ",
        not bad,
        cite,
        f"Năm chưa đạt: {', '.join(map(str, bad))}." if bad else "Đạt.",
        "read_en",
    )


# --- collective titles and awards --------------------------------------------------------


def _unit_year(c: _Ctx) -> Any:
    uy = c.f.unit_years.get(c.f.year)
    if uy is None:
        c.add(
            "unit_year",
            f"Số liệu năm {c.f.year} của tập thể",
            False,
            "—",
            f"Thiếu history.unit_years.{c.f.year}.",
        )
    return uy


def rule_tap_the_ldtt(c: _Ctx) -> None:
    uy = _unit_year(c)
    if uy is None:
        return
    if c.new_law:
        pct, cite, src = (
            c.p.ttldtt_min_ldtt_pct,
            "Điều 28 Luật 2022; Thông tư 11/2023/TT-BTP (tỷ lệ: chính sách cấu hình, "
            "theo QĐ 86/2025/QĐ-UBND Bắc Ninh)",
            "inferred",
        )
        share_ok = uy.members_ldtt * 100 >= pct * uy.members_total
        label = f"Ít nhất {pct}% cá nhân đạt Lao động tiên tiến"
    else:
        pct, cite, src = 50, "Điều 28 Luật Thi đua, khen thưởng 2003", "read"
        share_ok = uy.members_ldtt * 100 > pct * uy.members_total
        label = "Trên 50% cá nhân đạt Lao động tiên tiến"
    c.add(
        "rating",
        "Hoàn thành tốt nhiệm vụ, kế hoạch được giao",
        None if uy.rating is None else RATING_RANK[uy.rating] >= 2,
        cite,
        f"Xếp loại {RATING_NAME[uy.rating]}." if uy.rating else "Chưa có xếp loại.",
        src,
    )
    c.add("ldtt_share", label, share_ok, cite, f"{uy.members_ldtt}/{uy.members_total} người.", src)
    c.add(
        "no_discipline",
        "Không có cá nhân bị kỷ luật từ cảnh cáo trở lên",
        uy.members_disciplined == 0,
        cite,
        f"{uy.members_disciplined} người bị kỷ luật.",
        src,
    )


def rule_tap_the_ldxs(c: _Ctx) -> None:
    """Điều 27.1: a) "Hoàn thành xuất sắc nhiệm vụ được giao"; b) active in movements;
    c) "100% cá nhân … hoàn thành nhiệm vụ …, trong đó có ít nhất là 70% cá nhân đạt danh
    hiệu 'Lao động tiên tiến'"; d) "Có cá nhân đạt danh hiệu 'Chiến sĩ thi đua cơ sở'";
    đ) internal unity."""
    uy = _unit_year(c)
    if uy is None:
        return
    cite = f"Điều 27.1 {LAW_2022}" if c.new_law else "Điều 27 Luật Thi đua, khen thưởng 2003"
    src = "read" if c.new_law else "inferred"
    c.add(
        "htxsnv",
        "Hoàn thành xuất sắc nhiệm vụ được giao",
        None if uy.rating is None else uy.rating == "htxsnv",
        cite,
        f"Xếp loại {RATING_NAME[uy.rating]}." if uy.rating else "Chưa có xếp loại.",
        src,
    )
    c.add(
        "all_completed",
        "100% cá nhân hoàn thành nhiệm vụ",
        uy.members_completed == uy.members_total,
        cite,
        f"{uy.members_completed}/{uy.members_total} người.",
        src,
    )
    c.add(
        "ldtt_70",
        "Ít nhất 70% cá nhân đạt Lao động tiên tiến",
        uy.members_ldtt * 100 >= 70 * uy.members_total,
        cite,
        f"{uy.members_ldtt}/{uy.members_total} người "
        f"({100 * uy.members_ldtt / uy.members_total:.1f}%).",
        src,
    )
    c.add(
        "has_cstdcs",
        "Có cá nhân đạt Chiến sĩ thi đua cơ sở",
        uy.members_cstdcs >= 1,
        cite,
        f"{uy.members_cstdcs} người.",
        src,
    )
    c.add(
        "exemplary",
        "Tích cực thi đua; nội bộ đoàn kết, chấp hành tốt chủ trương, pháp luật",
        uy.exemplary,
        cite,
        "Đã xác nhận." if uy.exemplary else "Chưa có xác nhận.",
        src,
    )


def rule_co_thi_dua_bo(c: _Ctx) -> None:
    """Cờ thi đua ngành Tư pháp (Điều 26 Luật 2022; TT 11/2023/TT-BTP): for the collective
    "dẫn đầu phong trào thi đua của Cụm, Khối thi đua, được Cụm, Khối thi đua suy tôn",
    exceeding the year's targets, united and clean."""
    uy = _unit_year(c)
    if uy is None:
        return
    cite = (
        f"Điều 26 {LAW_2022}; Thông tư 11/2023/TT-BTP"
        if c.new_law
        else "Điều 26 Luật Thi đua, khen thưởng 2003; Thông tư 05/2018/TT-BTP"
    )
    src = "secondary"
    c.add(
        "leads_bloc",
        "Dẫn đầu phong trào thi đua, được Cụm, Khối suy tôn",
        uy.leads_bloc,
        cite,
        "Được suy tôn." if uy.leads_bloc else "Chưa được Cụm, Khối suy tôn.",
        src,
    )
    c.add(
        "targets",
        "Hoàn thành vượt mức chỉ tiêu, nhiệm vụ được giao trong năm",
        uy.targets_exceeded,
        cite,
        "Vượt chỉ tiêu." if uy.targets_exceeded else "Chưa vượt chỉ tiêu (hoặc chưa có số liệu).",
        src,
    )
    c.add(
        "exemplary",
        "Nội bộ đoàn kết; tổ chức Đảng, đoàn thể trong sạch, vững mạnh",
        uy.exemplary,
        cite,
        "Đã xác nhận." if uy.exemplary else "Chưa có xác nhận.",
        src,
    )
    c.council(high=False)


def rule_co_thi_dua_chinh_phu(c: _Ctx) -> None:
    """Điều 25.1: chosen among the leading collectives of the ministry's clusters, with
    outstanding results exceeding the year's targets, united and clean."""
    uy = _unit_year(c)
    if uy is None:
        return
    cite = f"Điều 25.1 {LAW_2022}" if c.new_law else "Điều 11 Nghị định 91/2017/NĐ-CP"
    c.add(
        "leads_bloc",
        "Là tập thể dẫn đầu Cụm, Khối thi đua của Bộ",
        uy.leads_bloc,
        cite,
        "Dẫn đầu Cụm, Khối." if uy.leads_bloc else "Không dẫn đầu Cụm, Khối.",
        "read_en",
    )
    c.add(
        "targets",
        "Thành tích xuất sắc, vượt mức chỉ tiêu, nhiệm vụ trong năm",
        uy.targets_exceeded,
        cite,
        "Vượt chỉ tiêu." if uy.targets_exceeded else "Chưa đạt.",
        "read_en",
    )
    c.add(
        "exemplary",
        "Nội bộ đoàn kết; đi đầu thực hành tiết kiệm, chống lãng phí, tham nhũng",
        uy.exemplary,
        cite,
        "Đã xác nhận." if uy.exemplary else "Chưa có xác nhận.",
        "read_en",
    )
    c.council(high=False)


def rule_giay_khen_tap_the(c: _Ctx) -> None:
    uy = _unit_year(c)
    if uy is None:
        return
    cite = f"Điều 75 {LAW_2022}"
    c.add(
        "rating",
        "Hoàn thành tốt nhiệm vụ",
        None if uy.rating is None else RATING_RANK[uy.rating] >= 2,
        cite,
        f"Xếp loại {RATING_NAME[uy.rating]}." if uy.rating else "Chưa có xếp loại.",
        "secondary",
    )
    if not _notable(c, cite, "secondary"):
        c.add(
            "notable",
            "Có thành tích được ghi nhận trong phong trào thi đua",
            False,
            cite,
            "Chưa có mô tả thành tích.",
            "secondary",
        )


def rule_bang_khen_bo_tap_the(c: _Ctx) -> None:
    """Điều 74.2 (provincial restatement): "Có 02 năm liên tục được công nhận hoàn thành xuất
    sắc nhiệm vụ hoặc đạt danh hiệu 'Tập thể lao động xuất sắc'", or an outstanding
    achievement in a movement."""
    if not c.new_law:
        _manual(c, "Tiêu chuẩn Bằng khen cấp Bộ (tập thể) trước 2024 chưa có trong cơ sở pháp lý.")
        return
    cite = f"Điều 74.2 {LAW_2022}"
    if _notable(c, cite, "secondary"):
        return
    y = c.f.year

    def good(yr: int) -> bool | None:
        uy = c.f.unit_years.get(yr)
        if c.has_title("tap_the_ldxs", yr):
            return True
        return None if uy is None or uy.rating is None else uy.rating == "htxsnv"

    run = c.run(y, good, limit=2)
    c.add(
        "two_years",
        "02 năm liên tục hoàn thành xuất sắc nhiệm vụ hoặc đạt TTLĐXS",
        len(run) >= 2,
        cite,
        f"Liên tục {len(run)} năm.",
        "secondary",
    )


def _manual(c: _Ctx, reason: str) -> None:
    c.add("manual_review", "Cần xét thủ công", None, "—", reason, "inferred")


def rule_manual(c: _Ctx) -> None:
    _manual(
        c,
        f"Tiêu chuẩn “{BY_SLUG[c.award].name}” chưa có trong cơ sở pháp lý của hệ thống "
        "(law digest: chưa đọc được văn bản).",
    )


RULES: dict[str, Callable[[_Ctx], None]] = {
    "lao_dong_tien_tien": rule_lao_dong_tien_tien,
    "cstd_co_so": rule_cstd_co_so,
    "cstd_cap_bo": rule_cstd_cap_bo,
    "cstd_toan_quoc": rule_cstd_toan_quoc,
    "tap_the_ldtt": rule_tap_the_ldtt,
    "tap_the_ldxs": rule_tap_the_ldxs,
    "co_thi_dua_bo": rule_co_thi_dua_bo,
    "co_thi_dua_chinh_phu": rule_co_thi_dua_chinh_phu,
    "giay_khen": rule_giay_khen,
    "giay_khen_tap_the": rule_giay_khen_tap_the,
    "bang_khen_bo": rule_bang_khen_bo,
    "bang_khen_bo_tap_the": rule_bang_khen_bo_tap_the,
    "bang_khen_thu_tuong": rule_bang_khen_thu_tuong,
    "bang_khen_thu_tuong_tap_the": rule_manual,
    "huan_chuong_lao_dong_3": rule_huan_chuong_lao_dong_3,
    "huan_chuong_lao_dong_2": rule_manual,
    "huan_chuong_lao_dong_1": rule_manual,
    "ky_niem_chuong_tu_phap": rule_ky_niem_chuong,
}


@cache
def _assumed_decision(year: int) -> tuple[Regime, str]:
    day = default_decision_date(year)
    return regime_on(
        day
    ), f"Chưa có ngày quyết định: giả định {day:%d/%m/%Y} để chọn chế độ pháp lý."


_REGIME_DICTS: dict[RegimeId, dict[str, Any]] = {}


def _regime_dict(regime: Regime) -> dict[str, Any]:
    """The verdict's description of a regime (shared by every verdict: read-only). Keyed by
    the regime's id: hashing the whole frozen regime cost a microsecond per verdict."""
    described = _REGIME_DICTS.get(regime.id)
    if described is None:
        described = _REGIME_DICTS[regime.id] = {
            "id": regime.id.value,
            "name": regime.name,
            "from": regime.start.isoformat(),
            "to": regime.end.isoformat() if regime.end else None,
            "documents": list(regime.documents),
        }
    return described


def _regime_for(facts: Facts, policy: Policy) -> tuple[Regime, list[str]]:
    if policy.regime_basis == "achievement_year":
        return regime_on(dt.date(facts.year, 12, 31)), []
    if policy.regime_basis == "dossier_date" and facts.dossier_date:
        return regime_on(facts.dossier_date), []
    if facts.decision_date is None:
        regime, note = _assumed_decision(facts.year)
        return regime, [note]
    return regime_on(facts.decision_date), []


@lru_cache(maxsize=512)
def _cross_cutting_criteria(
    regime: RegimeId, year: int, under_review: bool, disciplined: bool
) -> tuple[str | None, tuple[Criterion, ...]]:
    """NĐ 152/2025 Điều 4.4: no proposal while discipline is being considered; after
    discipline, "thành tích … được tính từ thời điểm chấp hành xong thời gian thi hành kỷ luật"."""
    cite = "Điều 4.4 Nghị định 152/2025/NĐ-CP"
    src = "read" if regime in (RegimeId.R2025, RegimeId.R2026) else "inferred"
    if under_review:
        return DEFERRED, (
            Criterion(
                "not_under_review",
                "Không đang bị xem xét kỷ luật, thanh tra, điều tra",
                False,
                cite,
                "Đang bị xem xét: hoãn xét khen thưởng.",
                src,
            ),
        )
    if disciplined:
        return None, (
            Criterion(
                "no_discipline",
                f"Không bị kỷ luật trong năm {year}",
                False,
                cite,
                "Thành tích chỉ được tính từ khi chấp hành xong kỷ luật.",
                src,
            ),
        )
    return None, ()


def evaluate(facts: Facts, policy: Policy | None = None, award: str | None = None) -> Verdict:
    """Pure and deterministic: the same facts and policy always give the same verdict.

    ``award`` asks about another title with the same facts."""
    return evaluate_many(facts, policy, [award or facts.award])[0]


def evaluate_many(facts: Facts, policy: Policy | None, awards: list[str]) -> list[Verdict]:
    """The verdicts on several awards for the same facts (a batch builds each person's facts
    once and asks about the yearly titles): the regime is worked out once."""
    policy = policy or Policy()
    regime, notes = _regime_for(facts, policy)
    regime_dict = _regime_dict(regime)
    noted = tuple(notes)
    # One context for the person, started afresh for each award: the history indexes and
    # the cross-cutting checks (which do not depend on the award) are worked out once.
    c = _Ctx(facts, policy, regime, awards[0])
    forced, cross = _cross_cutting_criteria(
        regime.id, facts.year, facts.under_review, c.disciplined_in(facts.year)
    )
    out = []
    for award in awards:
        c.award, c.criteria, c.consumes = award, list(cross), []
        RULES[award](c)
        out.append(_verdict(c, forced, regime_dict, noted))
    return out


def _verdict(
    c: _Ctx, forced: str | None, regime: dict[str, Any], notes: tuple[str, ...]
) -> Verdict:
    # One pass over the criteria: whether any is not met, whether a rule asked for manual
    # review, and whether the standards (every criterion but the council vote) are met.
    unknown = has_standard = any_unmet = False
    standards_met = True
    for cr in c.criteria:
        if not cr.met:
            any_unmet = True
            if cr.met is None and cr.id == "manual_review":
                unknown = True
        if not cr.is_vote:
            has_standard = True
            standards_met = standards_met and bool(cr.met)
    if forced:
        status = forced
    elif unknown:
        status = DEFERRED
    else:
        status = NOT_ELIGIBLE if any_unmet else ELIGIBLE
    facts = c.f
    return Verdict(
        facts.subject_id,
        facts.subject_name,
        c.award,
        _AWARD_NAMES[c.award],
        facts.year,
        status,
        regime,
        tuple(c.criteria),
        tuple(c.consumes) if status == ELIGIBLE else (),
        has_standard and standards_met and status != DEFERRED,
        notes,
    )


_AWARD_NAMES = {slug: entry.name for slug, entry in BY_SLUG.items()}
