"""Dates as Vietnamese users write them: dd/mm/yyyy, parsed strictly."""

from __future__ import annotations

import datetime as dt


def format_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def parse_date(text: str) -> dt.date:
    """Parse "05/01/2024" (or ISO "2024-01-05"); raise ValueError with a Vietnamese message."""
    text = text.strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"Ngày không hợp lệ: {text!r} (cần dạng dd/mm/yyyy).")


def overlaps(start: dt.date, end: dt.date | None, on: dt.date) -> bool:
    """True if ``on`` falls in the closed interval [start, end]; ``end=None`` is open-ended."""
    return start <= on and (end is None or on <= end)
