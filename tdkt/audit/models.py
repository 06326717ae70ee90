"""Audit events: who changed what, when, in which unit, with before/after snapshots."""

from __future__ import annotations

from django.db import models


class AuditEvent(models.Model):
    # No foreign keys: an event must never change when a user or object is later deleted,
    # or its hash would no longer match.
    seq = models.PositiveBigIntegerField("Số thứ tự", unique=True)
    at = models.DateTimeField("Thời điểm", db_index=True)
    actor_id = models.BigIntegerField("Mã người thực hiện", null=True)
    actor_username = models.CharField("Người thực hiện", max_length=150, blank=True)
    unit_id = models.BigIntegerField("Mã đơn vị", null=True, db_index=True)
    action = models.CharField("Hành động", max_length=60, db_index=True)
    object_type = models.CharField("Loại đối tượng", max_length=60)
    object_id = models.CharField("Mã đối tượng", max_length=64)
    object_repr = models.CharField("Đối tượng", max_length=300)
    before = models.JSONField("Trước", null=True)
    after = models.JSONField("Sau", null=True)
    request_id = models.CharField("Mã yêu cầu", max_length=64, blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["-seq"]
        indexes = [models.Index(fields=["object_type", "object_id"])]
        verbose_name = "sự kiện nhật ký"

    def __str__(self) -> str:
        return f"#{self.seq} {self.action} {self.object_repr}"


class AuditHead(models.Model):
    """The single row holding the newest event's number and hash; locking it serialises
    writers so the chain has no forks, and comparing it detects deleted newest events."""

    seq = models.PositiveBigIntegerField(default=0)
    hash = models.CharField(max_length=64)

    def __str__(self) -> str:
        return f"#{self.seq} {self.hash[:12]}"
