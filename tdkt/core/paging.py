"""One pagination helper for every list page, with the page size from settings."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest


def paginate(request: HttpRequest, qs: QuerySet[Any]) -> Page:
    paginator = Paginator(qs, settings.TDKT_PAGE_SIZE)
    return paginator.get_page(request.GET.get("trang"))
