"""``tdkt gendata --persons N --years Y``: a large synthetic sector for benchmarks."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tdkt.core.vntext import number
from tdkt.demo.synthetic import generate


class Command(BaseCommand):
    help = "Sinh dữ liệu tổng hợp quy mô lớn (đơn vị, cán bộ, quá trình công tác, xếp loại)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--persons", type=int, required=True, help="số cán bộ cần sinh")
        parser.add_argument(
            "--years", type=int, default=5, help="số năm lịch sử mỗi người (1–40, mặc định 5)"
        )
        parser.add_argument(
            "--seed", type=int, default=1, help="hạt giống ngẫu nhiên: cùng hạt cho cùng dữ liệu"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        persons, years = options["persons"], options["years"]
        if persons < 1 or not 1 <= years <= 40:
            raise CommandError("--persons phải ≥ 1 và --years trong khoảng 1–40.")
        started = time.monotonic()

        def progress(done: int, total: int) -> None:
            self.stdout.write(
                f"  {number(done):>10}/{number(total)} người ({100 * done // total}%)"
            )
            self.stdout.flush()

        try:
            result = generate(persons=persons, years=years, seed=options["seed"], progress=progress)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            f"Đã sinh {result.units} đơn vị, {number(result.persons)} người, "
            f"{number(result.positions)} quá trình công tác, {number(result.ratings)} xếp loại, "
            f"{number(result.awards)} danh hiệu, {number(result.initiatives)} sáng kiến "
            f"trong {time.monotonic() - started:.1f} giây."
        )
