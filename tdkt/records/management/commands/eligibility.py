"""``tdkt eligibility check``: facts (one JSON document or a list) on stdin, verdicts on
stdout. Malformed facts: a message naming the field on stderr and exit code 2."""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from tdkt.eligibility import FactsError
from tdkt.eligibility.io import check_documents, dumps, load_json
from tdkt.records.policy import current_policy


class Command(BaseCommand):
    help = "Xét điều kiện, tiêu chuẩn khen thưởng từ dữ liệu JSON (stdin → stdout)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["check"])

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            verdicts = check_documents(load_json(sys.stdin.buffer.read()), current_policy())
        except FactsError as exc:
            self.stderr.write(f"Dữ liệu không hợp lệ — {exc.field}: {exc.message}")
            sys.exit(2)
        self.stdout.write(dumps(verdicts))
