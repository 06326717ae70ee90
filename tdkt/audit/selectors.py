"""Reading the audit trail: the browse page's query and the chain verification."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from django.db.models import QuerySet

from tdkt.audit import chain
from tdkt.audit.models import AuditEvent, AuditHead


def _as_payload(row: dict[str, Any]) -> dict[str, Any]:
    at = row["at"]
    row["at"] = at.astimezone(dt.UTC).isoformat() if isinstance(at, dt.datetime) else at
    return row


def _events_in_order(batch: int = 5000) -> Iterator[dict[str, Any]]:
    fields = (*chain.HASHED_FIELDS, "hash")
    qs = AuditEvent.objects.order_by("seq").values(*fields)
    for row in qs.iterator(chunk_size=batch):
        yield _as_payload(dict(row))


def audit_verify() -> chain.Problem | None:
    head = AuditHead.objects.get(pk=1)
    return chain.verify(_events_in_order(), head.seq, head.hash)


def audit_events(
    *, unit_ids: frozenset[int] | None, action: str = "", object_type: str = "", username: str = ""
) -> QuerySet[AuditEvent]:
    """Events visible to a reader: all of them (``unit_ids=None``) or those of some units."""
    qs = AuditEvent.objects.all()
    if unit_ids is not None:
        qs = qs.filter(unit_id__in=unit_ids)
    if action:
        qs = qs.filter(action=action)
    if object_type:
        qs = qs.filter(object_type=object_type)
    if username:
        qs = qs.filter(actor_username__icontains=username)
    return qs.order_by("-seq")
