"""Story: an auditor runs `tdkt audit verify`; it passes on untouched data and names the first
bad event after someone edits or deletes a row directly in the database."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from tdkt.audit.models import AuditEvent, AuditHead

pytestmark = pytest.mark.django_db


def _verify() -> str:
    from io import StringIO

    out = StringIO()
    call_command("audit", "verify", stdout=out)
    return out.getvalue()


def test_untouched_chain_verifies() -> None:
    head = AuditHead.objects.get(pk=1)
    assert head.seq == AuditEvent.objects.count() > 1000
    assert f"{head.seq} sự kiện" in _verify()


def test_edited_event_is_named() -> None:
    target = AuditEvent.objects.filter(action="person.create").order_by("seq")[10]
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE audit_auditevent SET object_repr = %s WHERE seq = %s",
            ["Người khác", target.seq],
        )
    with pytest.raises(CommandError, match=f"sự kiện số {target.seq}: nội dung đã bị sửa"):
        _verify()


def test_edited_before_after_snapshot_is_named() -> None:
    target = AuditEvent.objects.filter(action="person.ratings").order_by("seq")[3]
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE audit_auditevent SET after = %s WHERE seq = %s",
            ['{"forged": "htxsnv"}', target.seq],
        )
    with pytest.raises(CommandError, match=f"sự kiện số {target.seq}"):
        _verify()


def test_deleted_event_is_named() -> None:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent WHERE seq = 42")
    with pytest.raises(CommandError, match="thiếu sự kiện số 42"):
        _verify()


def test_deleted_newest_event_is_detected() -> None:
    last = AuditHead.objects.get(pk=1).seq
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditevent WHERE seq = %s", [last])
    with pytest.raises(CommandError, match=f"thiếu sự kiện số {last}"):
        _verify()


def test_relinked_chain_after_edit_is_still_caught() -> None:
    """Recomputing one event's hash after editing it breaks the next event's link."""
    from tdkt.audit import chain
    from tdkt.audit.selectors import _as_payload

    event = AuditEvent.objects.get(seq=100)
    row = _as_payload({f: getattr(event, f) for f in chain.HASHED_FIELDS})
    row["object_repr"] = "giả mạo"
    new_hash = chain.event_hash(row)
    AuditEvent.objects.filter(seq=100).update(object_repr="giả mạo", hash=new_hash)
    with pytest.raises(CommandError, match="sự kiện số 101: liên kết"):
        _verify()
