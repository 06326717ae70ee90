"""Vietnamese folding and dictionary order (vn-admin.md §2)."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from tdkt.core.vntext import clean, fold, name_sort_key, number, sort_key, split_full_name

# ICU 72's `vi` collation output, quoted from vn-admin.md §2.2 [TESTED there].
ICU_VI_ORDER = (
    "an Anh Ánh ăn ân Ân Ấn ba bà bả bã bá bạ Bình ca da Dung đa Đào Đức ea ê o ô ơ u Uyên ư Ưng y"
).split()
# The name sort from the same section: given name, then middle, then family.
ICU_NAME_ORDER = [
    "Nguyễn Văn An",
    "Vũ Anh",
    "Phạm Đức Anh",
    "Bùi Minh Anh",
    "Lê Thị Ánh",
    "Trần Thị Ánh",
    "Hoàng Văn Ân",
    "Lê Văn Bình",
    "Nguyễn Thị Dung",
    "Đỗ Thị Đào",
]


def test_fold_maps_d_stroke_and_strips_every_mark() -> None:
    assert fold("Đặng Thị Hòa") == "dang thi hoa"
    assert fold("ĐỖ ĐỨC ĐẠT") == "do duc dat"
    assert fold("Nguyễn Văn Ứng") == "nguyen van ung"
    assert fold("Hoà") == fold("Hòa") == "hoa"


def test_sort_key_reproduces_icu_vietnamese_order() -> None:
    shuffled = ICU_VI_ORDER[:]
    random.Random(7).shuffle(shuffled)
    assert sorted(shuffled, key=sort_key) == ICU_VI_ORDER


def test_tones_in_dictionary_order() -> None:
    assert sorted(["ạ", "á", "ã", "ả", "à", "a"], key=sort_key) == ["a", "à", "ả", "ã", "á", "ạ"]


def test_d_stroke_is_a_letter_after_d() -> None:
    assert sorted(["Đào", "Dung", "Duy", "Đức", "Da"], key=sort_key) == [
        "Da",
        "Dung",
        "Duy",
        "Đào",
        "Đức",
    ]


def test_name_order_is_given_then_middle_then_family() -> None:
    shuffled = ICU_NAME_ORDER[:]
    random.Random(3).shuffle(shuffled)
    ordered = sorted(shuffled, key=lambda n: name_sort_key(*split_full_name(n)))
    assert ordered == ICU_NAME_ORDER


def test_split_full_name_and_clean() -> None:
    assert split_full_name("  Nguyễn   Thị Minh  Khai ") == ("Nguyễn", "Thị Minh", "Khai")
    assert split_full_name("Khai") == ("", "", "Khai")
    # NFD input (as some keyboards send it) is stored as NFC.
    assert clean("Nguye\u0302\u0303n") == "Nguyễn"


vietnamese = st.text(
    alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ",
    max_size=20,
)


@given(vietnamese)
def test_fold_is_idempotent_and_ascii(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert folded.isascii()


@given(vietnamese, vietnamese)
def test_sort_key_is_a_consistent_total_order(a: str, b: str) -> None:
    ka, kb = sort_key(a), sort_key(b)
    assert b"\x00" not in ka
    if clean(a) == clean(b):
        assert ka == kb


@given(vietnamese, vietnamese)
def test_tones_only_break_ties(a: str, b: str) -> None:
    """A tone never outweighs a letter: if two strings differ in letters, the order of
    their toneless forms decides (vn-admin.md §2.1, rule 1)."""
    import unicodedata

    def toneless(s: str) -> str:
        nfd = unicodedata.normalize("NFD", s)
        return unicodedata.normalize(
            "NFC", "".join(c for c in nfd if c not in "\u0300\u0301\u0303\u0309\u0323")
        )

    ta, tb = toneless(a).lower(), toneless(b).lower()
    if clean(ta) != clean(tb):
        assert (sort_key(a) < sort_key(b)) == (sort_key(ta) < sort_key(tb))


def test_numbers_are_grouped_with_dots() -> None:
    assert [number(n) for n in (7, 1000, 2500, 1000000)] == ["7", "1.000", "2.500", "1.000.000"]
