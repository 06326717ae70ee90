"""Provinces before and after the 2025 reorganisation (``vn-admin.md`` §3.2).

Old codes are those of QĐ 124/2004/QĐ-TTg; new codes those of QĐ 19/2025/QĐ-TTg, where a
merged province keeps the code of the old province that holds the seat of its People's
Committee. ``city`` marks a centrally-run city ("thành phố"), which changes how units are named.
"""

from __future__ import annotations

from typing import NamedTuple


class Province(NamedTuple):
    code: str
    name: str
    city: bool = False

    @property
    def label(self) -> str:
        """ "tỉnh Đồng Nai" / "thành phố Đà Nẵng", as unit names write them."""
        return f"{'thành phố' if self.city else 'tỉnh'} {self.name}"


OLD_PROVINCES: list[Province] = [
    Province("01", "Hà Nội", True),
    Province("02", "Hà Giang"),
    Province("04", "Cao Bằng"),
    Province("06", "Bắc Kạn"),
    Province("08", "Tuyên Quang"),
    Province("10", "Lào Cai"),
    Province("11", "Điện Biên"),
    Province("12", "Lai Châu"),
    Province("14", "Sơn La"),
    Province("15", "Yên Bái"),
    Province("17", "Hòa Bình"),
    Province("19", "Thái Nguyên"),
    Province("20", "Lạng Sơn"),
    Province("22", "Quảng Ninh"),
    Province("24", "Bắc Giang"),
    Province("25", "Phú Thọ"),
    Province("26", "Vĩnh Phúc"),
    Province("27", "Bắc Ninh"),
    Province("30", "Hải Dương"),
    Province("31", "Hải Phòng", True),
    Province("33", "Hưng Yên"),
    Province("34", "Thái Bình"),
    Province("35", "Hà Nam"),
    Province("36", "Nam Định"),
    Province("37", "Ninh Bình"),
    Province("38", "Thanh Hóa"),
    Province("40", "Nghệ An"),
    Province("42", "Hà Tĩnh"),
    Province("44", "Quảng Bình"),
    Province("45", "Quảng Trị"),
    Province("46", "Thừa Thiên Huế"),
    Province("48", "Đà Nẵng", True),
    Province("49", "Quảng Nam"),
    Province("51", "Quảng Ngãi"),
    Province("52", "Bình Định"),
    Province("54", "Phú Yên"),
    Province("56", "Khánh Hòa"),
    Province("58", "Ninh Thuận"),
    Province("60", "Bình Thuận"),
    Province("62", "Kon Tum"),
    Province("64", "Gia Lai"),
    Province("66", "Đắk Lắk"),
    Province("67", "Đắk Nông"),
    Province("68", "Lâm Đồng"),
    Province("70", "Bình Phước"),
    Province("72", "Tây Ninh"),
    Province("74", "Bình Dương"),
    Province("75", "Đồng Nai"),
    Province("77", "Bà Rịa - Vũng Tàu"),
    Province("79", "Hồ Chí Minh", True),
    Province("80", "Long An"),
    Province("82", "Tiền Giang"),
    Province("83", "Bến Tre"),
    Province("84", "Trà Vinh"),
    Province("86", "Vĩnh Long"),
    Province("87", "Đồng Tháp"),
    Province("89", "An Giang"),
    Province("91", "Kiên Giang"),
    Province("92", "Cần Thơ", True),
    Province("93", "Hậu Giang"),
    Province("94", "Sóc Trăng"),
    Province("95", "Bạc Liêu"),
    Province("96", "Cà Mau"),
]
OLD_BY_CODE = {p.code: p for p in OLD_PROVINCES}

# (new province, old codes merged into it). One old code alone = unchanged.
NEW_PROVINCES: list[tuple[Province, list[str]]] = [
    (Province("01", "Hà Nội", True), ["01"]),
    (Province("04", "Cao Bằng"), ["04"]),
    (Province("08", "Tuyên Quang"), ["08", "02"]),
    (Province("11", "Điện Biên"), ["11"]),
    (Province("12", "Lai Châu"), ["12"]),
    (Province("14", "Sơn La"), ["14"]),
    (Province("15", "Lào Cai"), ["10", "15"]),
    (Province("19", "Thái Nguyên"), ["19", "06"]),
    (Province("20", "Lạng Sơn"), ["20"]),
    (Province("22", "Quảng Ninh"), ["22"]),
    (Province("24", "Bắc Ninh"), ["27", "24"]),
    (Province("25", "Phú Thọ"), ["25", "26", "17"]),
    (Province("31", "Hải Phòng", True), ["31", "30"]),
    (Province("33", "Hưng Yên"), ["33", "34"]),
    (Province("37", "Ninh Bình"), ["37", "35", "36"]),
    (Province("38", "Thanh Hóa"), ["38"]),
    (Province("40", "Nghệ An"), ["40"]),
    (Province("42", "Hà Tĩnh"), ["42"]),
    (Province("44", "Quảng Trị"), ["45", "44"]),
    (Province("46", "Huế", True), ["46"]),
    (Province("48", "Đà Nẵng", True), ["48", "49"]),
    (Province("51", "Quảng Ngãi"), ["51", "62"]),
    (Province("52", "Gia Lai"), ["64", "52"]),
    (Province("56", "Khánh Hòa"), ["56", "58"]),
    (Province("66", "Đắk Lắk"), ["66", "54"]),
    (Province("68", "Lâm Đồng"), ["68", "67", "60"]),
    (Province("75", "Đồng Nai"), ["75", "70"]),
    (Province("79", "Hồ Chí Minh", True), ["79", "74", "77"]),
    (Province("80", "Tây Ninh"), ["72", "80"]),
    (Province("82", "Đồng Tháp"), ["87", "82"]),
    (Province("86", "Vĩnh Long"), ["86", "83", "84"]),
    (Province("92", "Cần Thơ", True), ["92", "94", "93"]),
    (Province("91", "An Giang"), ["89", "91"]),
    (Province("96", "Cà Mau"), ["96", "95"]),
]
NEW_OF_OLD = {old: new for new, olds in NEW_PROVINCES for old in olds}

# Districts (and district-level towns and cities) whose Chi cục THADS the demo data holds.
DISTRICTS: dict[str, list[str]] = {
    "38": ["thành phố Sầm Sơn", "huyện Quảng Xương", "huyện Hoằng Hóa"],
    "40": ["thành phố Vinh", "huyện Diễn Châu", "huyện Quỳnh Lưu"],
    "42": ["thành phố Hà Tĩnh", "huyện Kỳ Anh", "huyện Hương Khê"],
    "44": ["thành phố Đồng Hới", "huyện Bố Trạch", "huyện Quảng Ninh"],
    "45": ["thành phố Đông Hà", "huyện Hải Lăng"],
    "46": ["thị xã Hương Thủy", "huyện Phú Vang"],
    "48": ["quận Hải Châu", "quận Sơn Trà", "quận Liên Chiểu"],
    "49": ["thành phố Tam Kỳ", "thành phố Hội An", "thị xã Điện Bàn"],
    "51": ["thành phố Quảng Ngãi", "huyện Bình Sơn", "thị xã Đức Phổ"],
    "52": ["thành phố Quy Nhơn", "thị xã An Nhơn", "huyện Phù Cát"],
    "54": ["thành phố Tuy Hòa", "thị xã Sông Cầu"],
    "56": ["thành phố Nha Trang", "thành phố Cam Ranh", "huyện Diên Khánh"],
    "58": ["thành phố Phan Rang - Tháp Chàm", "huyện Ninh Phước"],
    "60": ["thành phố Phan Thiết", "thị xã La Gi", "huyện Hàm Thuận Bắc"],
    "62": ["thành phố Kon Tum", "huyện Đắk Hà"],
    "64": ["thành phố Pleiku", "thị xã An Khê", "huyện Chư Sê"],
    "66": ["thành phố Buôn Ma Thuột", "thị xã Buôn Hồ", "huyện Krông Pắc"],
    "67": ["thành phố Gia Nghĩa", "huyện Đắk Mil"],
    "68": ["thành phố Đà Lạt", "thành phố Bảo Lộc", "huyện Đức Trọng"],
    "70": ["thành phố Đồng Xoài", "thị xã Bình Long"],
    "72": ["thành phố Tây Ninh", "huyện Gò Dầu"],
    "74": ["thành phố Thủ Dầu Một", "thành phố Dĩ An", "thành phố Thuận An"],
    "75": ["thành phố Biên Hòa", "thành phố Long Khánh", "huyện Trảng Bom"],
    "77": ["thành phố Vũng Tàu", "thành phố Bà Rịa", "huyện Châu Đức"],
    "79": ["Quận 1", "quận Bình Thạnh", "thành phố Thủ Đức"],
    "26": [
        "thành phố Vĩnh Yên",
        "thành phố Phúc Yên",
        "huyện Tam Dương",
        "huyện Yên Lạc",
        "huyện Lập Thạch",
    ],
}
