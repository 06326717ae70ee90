"""Template helpers: Vietnamese dates and query-string editing for filters and paging."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import template

from tdkt.core.dates import format_date

register = template.Library()


@register.filter
def ngay(value: dt.date | None) -> str:
    """dd/mm/yyyy, regardless of the active language."""
    if isinstance(value, dt.datetime):
        value = value.date()
    return format_date(value)


@register.simple_tag(takes_context=True)
def query_with(context: dict[str, Any], **changes: Any) -> str:
    params = context["request"].GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    return "?" + params.urlencode()


@register.filter
def get(mapping: dict[str, Any], key: str) -> Any:
    return mapping.get(key, key)
