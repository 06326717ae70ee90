"""``tdkt loaddemo``: load the demo data once (idempotent) and print the demo logins."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from tdkt.access.models import RoleAssignment
from tdkt.demo.seed import DEMO_PASSWORD, build_demo
from tdkt.units.models import Unit


class Command(BaseCommand):
    help = "Nạp dữ liệu mẫu (một lần) và in các tài khoản dùng thử."

    def handle(self, *args: Any, **options: Any) -> None:
        if Unit.objects.filter(code="BTP").exists():
            self.stdout.write("Dữ liệu mẫu đã có sẵn.")
            logins = [
                (a.user.username, a.get_role_display())
                for a in RoleAssignment.objects.select_related("user").order_by("id")
            ]
            logins.append(("canbo.stp.thanhhoa", "Cán bộ, công chức"))
        else:
            result = build_demo()
            self.stdout.write(f"Đã nạp dữ liệu mẫu: {result.units} đơn vị, {result.people} người.")
            logins = [(username, label) for username, _, label in result.logins]
        self.stdout.write(f"\nTài khoản dùng thử (mật khẩu chung: {DEMO_PASSWORD}):")
        for username, label in logins:
            self.stdout.write(f"  {username:<24} {label}")
