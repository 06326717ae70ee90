"""Vietnamese text: search folding and dictionary-order sort keys, identical on every database.

Why keys computed here rather than in the database: SQLite has no Vietnamese collation and
PostgreSQL's ``unaccent`` is not immutable, so both would differ by engine. A folded search
column and a binary sort key computed once, when a name is written, give the same answers on
SQLite and PostgreSQL and can be indexed (``vn-admin.md`` §2).

The sort key follows the Vietnamese dictionary rules that ICU's ``vi`` tailoring implements
(``vn-admin.md`` §2.1–2.2): the 29 letters with ă â đ ê ô ơ ư as letters of their own; tones
break ties only, in the order ngang < huyền < hỏi < ngã < sắc < nặng; lowercase before
uppercase; a prefix before its extensions. Tests compare it with ICU's tested output.
"""

from __future__ import annotations

import re
import unicodedata

# Letters of the Vietnamese alphabet in dictionary order, with f j w z (foreign names) where
# the Latin alphabet puts them.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_INDEX = {letter: i for i, letter in enumerate(_ALPHABET)}

_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
_MODIFIED = {
    ("a", _BREVE): "ă",
    ("a", _CIRCUMFLEX): "â",
    ("e", _CIRCUMFLEX): "ê",
    ("o", _CIRCUMFLEX): "ô",
    ("o", _HORN): "ơ",
    ("u", _HORN): "ư",
}
# Tone marks as secondary weights: ngang (none) < huyền < hỏi < ngã < sắc < nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

_LEVEL_SEPARATOR = b"\x01"
_FIELD_SEPARATOR = b"\x00"
_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """NFC-normalise and collapse whitespace: how every name is stored."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str) -> str:
    """Lowercase, strip every diacritic and map đ/Đ to d: "Đặng Thị Hòa" → "dang thi hoa".

    Python's NFD does not decompose đ (it is a letter, not d with a mark), so it is mapped
    explicitly; this is the same mapping as PostgreSQL's unaccent rules.
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.lower()).strip()


def _graphemes(text: str) -> list[tuple[str, int, bool]]:
    """Split into (letter, tone, is_upper) with the letter's own modifier folded into it."""
    out: list[tuple[str, int, bool]] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and out:
            base, tone, upper = out[-1]
            if ch in _TONES:
                out[-1] = (base, _TONES[ch], upper)
            elif (base, ch) in _MODIFIED:
                out[-1] = (_MODIFIED[(base, ch)], tone, upper)
            continue
        out.append((ch.lower(), 0, ch.isupper()))
    return out


def _primary(letter: str) -> bytes:
    if letter in _LETTER_INDEX:
        return bytes((0x03, 0x02 + _LETTER_INDEX[letter]))
    if letter.isdigit() and letter.isascii():
        return bytes((0x02, 0x10 + int(letter)))
    if letter.isspace():
        return b"\x02\x02"
    if not letter.isalnum():
        return b"\x02\x03"
    # Letters outside the alphabet (rare in names): after z, in code-point order.
    code = ord(letter)
    return bytes((0x04, 0x02 + (code >> 8) % 250, 0x02 + code % 250))


def sort_key(text: str) -> bytes:
    """A byte string whose bytewise order is Vietnamese dictionary order. Contains no 0x00."""
    graphemes = _graphemes(clean(text))
    primary = b"".join(_primary(letter) for letter, _, _ in graphemes)
    secondary = bytes(0x02 + tone for _, tone, _ in graphemes)
    tertiary = bytes(0x03 if upper else 0x02 for _, _, upper in graphemes)
    return primary + _LEVEL_SEPARATOR + secondary + _LEVEL_SEPARATOR + tertiary


def name_sort_key(family: str, middle: str, given: str) -> bytes:
    """Key for a personal name in Vietnamese order: given name, then middle, then family.

    ``vn-admin.md`` §2.1: lists of people sort by Tên (given name) → tên đệm → Họ.
    """
    return _FIELD_SEPARATOR.join((sort_key(given), sort_key(middle), sort_key(family)))


def split_full_name(full: str) -> tuple[str, str, str]:
    """Split "Nguyễn Thị Minh Khai" into (family, middle, given) by the common convention.

    The split is a default only: compound family names ("Tôn Nữ", "Âu Dương") need the
    explicit fields, which every form offers.
    """
    words = clean(full).split(" ")
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


def number(n: int) -> str:
    """An integer as Vietnamese writes it, thousands grouped with dots: 1.000.000."""
    return f"{n:,}".replace(",", ".")
