"""``tdkt token create USERNAME NAME``: issue an API token for a machine client."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from tdkt.access.services import token_create


class Command(BaseCommand):
    help = "Tạo mã truy cập API (token) cho một người dùng."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["create"], help="create: tạo mã mới")
        parser.add_argument("username", help="tên đăng nhập của người dùng được cấp mã")
        parser.add_argument("name", help="tên gọi của mã, ví dụ tên phần mềm dùng nó")

    def handle(self, *args: Any, **options: Any) -> None:
        user = get_user_model().objects.filter(username=options["username"]).first()
        if user is None:
            raise CommandError(f"Không có người dùng {options['username']!r}.")
        _, secret = token_create(actor=None, user=user, name=options["name"])
        self.stdout.write(secret)
