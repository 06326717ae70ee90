"""The eligibility policy in force, read once from settings (TDKT_ELIGIBILITY_POLICY)."""

from __future__ import annotations

import json
from functools import cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from tdkt.eligibility import FactsError, Policy


@cache
def current_policy() -> Policy:
    try:
        return Policy.from_mapping(json.loads(settings.TDKT_ELIGIBILITY_POLICY or "{}"))
    except (ValueError, FactsError) as exc:
        raise ImproperlyConfigured(f"TDKT_ELIGIBILITY_POLICY không hợp lệ: {exc}") from exc
