"""The audit log: sector-wide roles read all of it, a unit officer the events of their units;
nobody changes it. The head of the chain is never served."""

from __future__ import annotations

from tdkt.access.models import Role
from tdkt.access.rules import VIEW, Internal, ViaUnit, declare
from tdkt.audit.models import AuditEvent, AuditHead

declare(
    AuditEvent,
    reach=ViaUnit("unit_id"),
    actions={VIEW: (Role.ADMIN, Role.SECTOR_OFFICER, Role.UNIT_OFFICER)},
)
declare(AuditHead, reach=Internal("the newest number and hash of the audit chain"))
