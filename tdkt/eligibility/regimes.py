"""The legal regimes, effective-dated (law digest, header and addendum §5).

Which regime applies is a policy (``Policy.regime_basis``): by the decision date (default:
the digest says the 2003 law "applies to titles/awards decided before 01/01/2024"), by the
dossier date (the 2026 amendment's transition is reported to follow the date the dossier was
received), or by the achievement year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from functools import cache


class RegimeId(StrEnum):
    R2003 = "2003"
    R2024 = "2024"
    R2025 = "2025"
    R2026 = "2026"


@dataclass(frozen=True)
class Regime:
    id: RegimeId
    name: str
    start: dt.date
    end: dt.date | None
    documents: tuple[str, ...]


REGIMES: tuple[Regime, ...] = (
    Regime(
        RegimeId.R2003,
        "Luật Thi đua, khen thưởng 2003 và các văn bản hướng dẫn",
        dt.date(1990, 1, 1),
        dt.date(2023, 12, 31),
        (
            "Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013)",
            "Nghị định 91/2017/NĐ-CP",
            "Nghị định 65/2014/NĐ-CP",
            "Thông tư 05/2018/TT-BTP",
        ),
    ),
    Regime(
        RegimeId.R2024,
        "Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP",
        dt.date(2024, 1, 1),
        dt.date(2025, 6, 30),
        (
            "Luật Thi đua, khen thưởng 2022 (06/2022/QH15)",
            "Nghị định 98/2023/NĐ-CP",
            "Thông tư 11/2023/TT-BTP (từ 12/02/2024)",
        ),
    ),
    Regime(
        RegimeId.R2025,
        "Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP",
        dt.date(2025, 7, 1),
        dt.date(2026, 9, 30),
        (
            "Luật Thi đua, khen thưởng 2022 (06/2022/QH15)",
            "Nghị định 152/2025/NĐ-CP",
            "Thông tư 11/2023/TT-BTP",
            "Thông tư 14/2025/TT-BTP (từ 15/09/2025)",
        ),
    ),
    Regime(
        RegimeId.R2026,
        "Luật Thi đua, khen thưởng 2022 sửa đổi bởi Luật 06/2026/QH16",
        dt.date(2026, 10, 1),
        None,
        (
            "Luật Thi đua, khen thưởng 2022 sửa đổi, bổ sung bởi Luật 06/2026/QH16 "
            "(nội dung chưa có trong cơ sở pháp lý; áp dụng như chế độ 2025, xem docs)",
            "Nghị định 152/2025/NĐ-CP",
            "Thông tư 11/2023/TT-BTP",
            "Thông tư 14/2025/TT-BTP",
        ),
    ),
)


@cache
def regime_on(day: dt.date) -> Regime:
    for regime in REGIMES:
        if regime.start <= day and (regime.end is None or day <= regime.end):
            return regime
    return REGIMES[0]


def default_decision_date(year: int) -> dt.date:
    """Yearly titles are decided after the year closes; when a decision date is not given,
    the engine assumes 15 January of the next year and says so in the verdict."""
    return dt.date(year + 1, 1, 15)
