"""``tdkt audit verify``: check the hash chain and name the first bad event."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tdkt.audit.models import AuditHead
from tdkt.audit.selectors import audit_verify


class Command(BaseCommand):
    help = "Kiểm tra nhật ký thay đổi (chuỗi băm)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "action", choices=["verify"], help="verify: kiểm tra toàn bộ chuỗi băm của nhật ký"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        problem = audit_verify()
        if problem is not None:
            raise CommandError(
                f"Nhật ký KHÔNG toàn vẹn: sự kiện số {problem.seq}: {problem.reason}."
            )
        head = AuditHead.objects.get(pk=1)
        self.stdout.write(f"Nhật ký toàn vẹn: {head.seq} sự kiện, mã băm cuối {head.hash[:16]}….")
