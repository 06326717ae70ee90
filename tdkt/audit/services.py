"""Writing audit events. Every service that changes data calls ``audit_record`` inside its own
transaction, so the change and its event commit or roll back together."""

from __future__ import annotations

import datetime as dt
import decimal
from typing import Any

from django.db import models, transaction
from django.utils import timezone

from tdkt.audit import chain
from tdkt.audit.models import AuditEvent, AuditHead
from tdkt.core.context import current_request_id


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def snapshot(instance: models.Model, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """The concrete field values of ``instance`` as JSON-safe data (foreign keys as ids)."""
    data: dict[str, Any] = {}
    for field in instance._meta.concrete_fields:
        if field.name in exclude or isinstance(field, models.BinaryField):
            continue
        data[field.attname] = _plain(getattr(instance, field.attname))
    return data


def audit_record(
    *,
    actor: Any,
    action: str,
    obj: models.Model,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    unit_id: int | None = None,
) -> AuditEvent:
    """Append one event to the chain. Must run inside the caller's transaction."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("audit_record must run inside the service's transaction")
    head = AuditHead.objects.select_for_update().get(pk=1)
    authenticated = actor is not None and getattr(actor, "is_authenticated", False)
    payload: dict[str, Any] = {
        "seq": head.seq + 1,
        "at": timezone.now().astimezone(dt.UTC).isoformat(),
        "actor_id": actor.pk if authenticated else None,
        "actor_username": actor.get_username() if authenticated else "hệ thống",
        "unit_id": unit_id,
        "action": action,
        "object_type": obj._meta.label_lower,
        "object_id": str(obj.pk),
        "object_repr": str(obj)[:300],
        "before": _plain(before) if before is not None else None,
        "after": _plain(after) if after is not None else None,
        "request_id": current_request_id(),
        "prev_hash": head.hash,
    }
    digest = chain.event_hash(payload)
    event = AuditEvent.objects.create(
        **{**payload, "at": dt.datetime.fromisoformat(payload["at"])}, hash=digest
    )
    head.seq, head.hash = payload["seq"], digest
    head.save(update_fields=["seq", "hash"])
    return event
