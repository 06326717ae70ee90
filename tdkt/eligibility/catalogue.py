"""The titles and award forms of the Justice sector, as data with stable slugs (glossary.md).

``reward_multiple`` is the multiple of the base salary paid with the award under NĐ 152/2025
Điều 50–54 where the law gives one (law digest §a.4), else None.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Subject(StrEnum):
    PERSON = "person"
    UNIT = "unit"


class Kind(StrEnum):
    TITLE = "title"  # danh hiệu thi đua
    AWARD = "award"  # hình thức khen thưởng


@dataclass(frozen=True)
class Entry:
    slug: str
    name: str
    kind: Kind
    subject: Subject
    level: str  # who issues it
    reward_multiple: float | None = None


CATALOGUE: tuple[Entry, ...] = (
    Entry(
        "lao_dong_tien_tien",
        "Lao động tiên tiến",
        Kind.TITLE,
        Subject.PERSON,
        "Thủ trưởng đơn vị",
        0.3,
    ),
    Entry(
        "cstd_co_so", "Chiến sĩ thi đua cơ sở", Kind.TITLE, Subject.PERSON, "Thủ trưởng đơn vị", 1.0
    ),
    Entry(
        "cstd_cap_bo",
        "Chiến sĩ thi đua Bộ Tư pháp",
        Kind.TITLE,
        Subject.PERSON,
        "Bộ trưởng Bộ Tư pháp",
        3.0,
    ),
    Entry(
        "cstd_toan_quoc",
        "Chiến sĩ thi đua toàn quốc",
        Kind.TITLE,
        Subject.PERSON,
        "Thủ tướng Chính phủ",
        4.5,
    ),
    Entry(
        "tap_the_ldtt",
        "Tập thể lao động tiên tiến",
        Kind.TITLE,
        Subject.UNIT,
        "Thủ trưởng đơn vị",
        0.8,
    ),
    Entry(
        "tap_the_ldxs",
        "Tập thể lao động xuất sắc",
        Kind.TITLE,
        Subject.UNIT,
        "Bộ trưởng Bộ Tư pháp",
        1.5,
    ),
    Entry(
        "co_thi_dua_bo",
        "Cờ thi đua của Bộ Tư pháp (Cờ thi đua ngành Tư pháp)",
        Kind.TITLE,
        Subject.UNIT,
        "Bộ trưởng Bộ Tư pháp",
        8.0,
    ),
    Entry(
        "co_thi_dua_chinh_phu",
        "Cờ thi đua của Chính phủ",
        Kind.TITLE,
        Subject.UNIT,
        "Thủ tướng Chính phủ",
        12.0,
    ),
    Entry("giay_khen", "Giấy khen", Kind.AWARD, Subject.PERSON, "Thủ trưởng đơn vị"),
    Entry(
        "giay_khen_tap_the",
        "Giấy khen (tập thể)",
        Kind.AWARD,
        Subject.UNIT,
        "Thủ trưởng đơn vị",
        0.6,
    ),
    Entry(
        "bang_khen_bo",
        "Bằng khen của Bộ trưởng Bộ Tư pháp",
        Kind.AWARD,
        Subject.PERSON,
        "Bộ trưởng Bộ Tư pháp",
    ),
    Entry(
        "bang_khen_bo_tap_the",
        "Bằng khen của Bộ trưởng Bộ Tư pháp (tập thể)",
        Kind.AWARD,
        Subject.UNIT,
        "Bộ trưởng Bộ Tư pháp",
        3.0,
    ),
    Entry(
        "bang_khen_thu_tuong",
        "Bằng khen của Thủ tướng Chính phủ",
        Kind.AWARD,
        Subject.PERSON,
        "Thủ tướng Chính phủ",
    ),
    Entry(
        "bang_khen_thu_tuong_tap_the",
        "Bằng khen của Thủ tướng Chính phủ (tập thể)",
        Kind.AWARD,
        Subject.UNIT,
        "Thủ tướng Chính phủ",
        7.0,
    ),
    Entry(
        "huan_chuong_lao_dong_3",
        "Huân chương Lao động hạng Ba",
        Kind.AWARD,
        Subject.PERSON,
        "Chủ tịch nước",
    ),
    Entry(
        "huan_chuong_lao_dong_2",
        "Huân chương Lao động hạng Nhì",
        Kind.AWARD,
        Subject.PERSON,
        "Chủ tịch nước",
    ),
    Entry(
        "huan_chuong_lao_dong_1",
        "Huân chương Lao động hạng Nhất",
        Kind.AWARD,
        Subject.PERSON,
        "Chủ tịch nước",
    ),
    Entry(
        "ky_niem_chuong_tu_phap",
        "Kỷ niệm chương “Vì sự nghiệp Tư pháp”",
        Kind.AWARD,
        Subject.PERSON,
        "Bộ trưởng Bộ Tư pháp",
    ),
)
BY_SLUG: dict[str, Entry] = {e.slug: e for e in CATALOGUE}


class AwardKind(StrEnum):
    """Why an award was given (Luật 2022 Điều 8). Ad-hoc (đột xuất) and thematic (chuyên đề)
    awards never count toward a later merit award (NĐ 152/2025 Điều 4.3)."""

    CONG_TRANG = "cong_trang"
    PHONG_TRAO = "phong_trao"
    CHUYEN_DE = "chuyen_de"
    DOT_XUAT = "dot_xuat"
    CONG_HIEN = "cong_hien"
    DOI_NGOAI = "doi_ngoai"


NOT_FOR_MERIT = {AwardKind.DOT_XUAT, AwardKind.CHUYEN_DE}
