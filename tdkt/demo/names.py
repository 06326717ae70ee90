"""Vietnamese personal names for demo and synthetic data, written by hand.

Family names carry rough frequencies (Nguyễn about a third of the population); middle and
given names are split by gender as Vietnamese naming practice has them. Faker's vi_VN
provider is not used: its given names are English.
"""

from __future__ import annotations

import random

FAMILY_NAMES: list[tuple[str, int]] = [
    ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 50), ("Huỳnh", 35),
    ("Phan", 45), ("Vũ", 40), ("Võ", 35), ("Đặng", 25), ("Bùi", 25), ("Đỗ", 25), ("Hồ", 20),
    ("Ngô", 20), ("Dương", 15), ("Lý", 10), ("Đinh", 10), ("Đoàn", 8), ("Lương", 6),
    ("Trương", 8), ("Mai", 6), ("Cao", 6), ("Tô", 4), ("Hà", 6), ("Chu", 3), ("Tạ", 3),
    ("Quách", 2), ("Thái", 3), ("Kiều", 2), ("Lâm", 4), ("Đào", 5), ("Vương", 2), ("Trịnh", 5),
    ("Tăng", 2), ("Âu", 1), ("Ông", 1), ("La", 1), ("Lưu", 3), ("Triệu", 2), ("Khúc", 1),
]

MALE_MIDDLE: list[tuple[str, int]] = [
    ("Văn", 300), ("Đức", 80), ("Minh", 80), ("Quốc", 50), ("Thanh", 40), ("Hữu", 50),
    ("Công", 40), ("Xuân", 30), ("Ngọc", 25), ("Duy", 20), ("Đình", 35), ("Trọng", 25),
    ("Quang", 35), ("Anh", 15), ("Tiến", 15), ("Mạnh", 15), ("Thành", 15), ("Hoàng", 20),
    ("Bá", 10), ("Viết", 10), ("Trung", 10), ("Hải", 10), ("Tuấn", 10), ("Gia", 8),
]
FEMALE_MIDDLE: list[tuple[str, int]] = [
    ("Thị", 320), ("Thu", 40), ("Ngọc", 50), ("Thanh", 40), ("Minh", 30), ("Hồng", 30),
    ("Kim", 25), ("Phương", 20), ("Thùy", 20), ("Bích", 15), ("Hoài", 15), ("Mỹ", 15),
    ("Lan", 10), ("Diệu", 10), ("Khánh", 10), ("Quỳnh", 10), ("Hải", 10), ("Xuân", 15),
    ("Thị Thu", 20), ("Thị Ngọc", 15), ("Thị Minh", 10), ("Thị Hồng", 10),
]
MALE_GIVEN: list[str] = [
    "An", "Anh", "Ân", "Bảo", "Bình", "Cường", "Chiến", "Chính", "Công", "Dũng", "Duy",
    "Dương", "Đạt", "Định", "Đông", "Đức", "Giang", "Hải", "Hào", "Hậu", "Hiếu", "Hiệp",
    "Hòa", "Hoàng", "Hùng", "Huy", "Hưng", "Khải", "Khang", "Khánh", "Khoa", "Kiên", "Lâm",
    "Linh", "Lộc", "Long", "Lợi", "Luân", "Lực", "Mạnh", "Minh", "Nam", "Nghĩa", "Nhân",
    "Ninh", "Phát", "Phong", "Phúc", "Phương", "Quân", "Quang", "Quý", "Sơn", "Tài", "Tâm",
    "Tân", "Thắng", "Thành", "Thạch", "Thiện", "Thịnh", "Thông", "Tiến", "Toàn", "Trí",
    "Trung", "Trường", "Tú", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Xuân", "Sang",
]
FEMALE_GIVEN: list[str] = [
    "An", "Anh", "Ánh", "Bích", "Châu", "Chi", "Dung", "Duyên", "Đào", "Giang", "Hà",
    "Hạnh", "Hằng", "Hiền", "Hoa", "Hòa", "Hồng", "Huệ", "Hương", "Hường", "Khánh", "Lan",
    "Liên", "Linh", "Loan", "Ly", "Mai", "Minh", "My", "Nga", "Ngân", "Ngọc", "Nguyệt",
    "Nhung", "Oanh", "Phượng", "Phương", "Quyên", "Quỳnh", "Tâm", "Thảo", "Thắm", "Thanh",
    "Thủy", "Thư", "Trang", "Trâm", "Tuyết", "Uyên", "Vân", "Vy", "Xuân", "Yến",
]


def _weighted(rng: random.Random, items: list[tuple[str, int]]) -> str:
    names, weights = zip(*items, strict=True)
    return rng.choices(names, weights=weights, k=1)[0]


def random_name(rng: random.Random, gender: str) -> tuple[str, str, str]:
    """(family, middle, given) for ``gender`` ("nam" or "nu")."""
    family = _weighted(rng, FAMILY_NAMES)
    if gender == "nam":
        return family, _weighted(rng, MALE_MIDDLE), rng.choice(MALE_GIVEN)
    return family, _weighted(rng, FEMALE_MIDDLE), rng.choice(FEMALE_GIVEN)
