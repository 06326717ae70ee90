"""``tdkt eligibility check``: facts (one JSON document or a list) on stdin, verdicts on
stdout. Malformed facts: a message naming the field on stderr and exit code 2.

``tdkt eligibility batch --year Y [--unit CODE | --bloc ID | --sector] [--award SLUG …]``:
verdicts for everyone in scope, one JSON line per person, in one set-based pass."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tdkt.core.vntext import number
from tdkt.eligibility import FactsError
from tdkt.eligibility.io import check_documents, dumps, load_json
from tdkt.verdicts.policy import current_policy


class Command(BaseCommand):
    help = "Xét điều kiện, tiêu chuẩn khen thưởng (check: JSON stdin → stdout; batch: cả đơn vị)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "action",
            choices=["check", "batch"],
            help="check: xét dữ liệu JSON từ stdin; batch: xét mọi người trong phạm vi",
        )
        parser.add_argument("--year", type=int, help="batch: năm xét khen thưởng")
        parser.add_argument("--unit", help="mã đơn vị (cả các đơn vị cấp dưới)")
        parser.add_argument("--bloc", type=int, help="mã cụm, khối: các đơn vị thành viên năm đó")
        parser.add_argument("--sector", action="store_true", help="toàn ngành")
        parser.add_argument(
            "--award",
            action="append",
            default=[],
            help=(
                "batch: mã danh hiệu, hình thức cần xét, ví dụ cstd_co_so (lặp lại được; "
                "mặc định: LĐTT, CSTĐ cơ sở, CSTĐ cấp bộ, Bằng khen Bộ trưởng, Bằng khen Thủ tướng)"
            ),
        )
        parser.add_argument(
            "--progress-every",
            type=int,
            default=10000,
            help="batch: báo tiến độ trên stderr sau mỗi N người (mặc định 10000)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["action"] == "check":
            try:
                verdicts = check_documents(load_json(sys.stdin.buffer.read()), current_policy())
            except FactsError as exc:
                self.stderr.write(f"Dữ liệu không hợp lệ — {exc.field}: {exc.message}")
                sys.exit(2)
            self.stdout.write(dumps(verdicts))
            return
        self._batch(options)

    def _batch(self, options: dict[str, Any]) -> None:
        from django.db.models import Q

        from tdkt.people.models import Person
        from tdkt.units.models import Unit
        from tdkt.verdicts.selectors import PERSON_AWARDS, YEARLY_PERSON_AWARDS, batch_verdicts

        year = options["year"]
        if not year:
            raise CommandError("Cần --year.")
        awards = options["award"] or YEARLY_PERSON_AWARDS
        unknown = [a for a in awards if a not in PERSON_AWARDS]
        if unknown:
            raise CommandError(f"--award không hợp lệ: {', '.join(unknown)}")
        people = Person.objects.all()
        if options["unit"]:
            unit = Unit.objects.filter(code=options["unit"]).first()
            if unit is None:
                raise CommandError(f"Không có đơn vị mã {options['unit']!r}.")
            people = people.filter(unit__path__startswith=unit.path)
        elif options["bloc"]:
            # The people who worked in the bloc's member units during that year (units merged
            # since then have moved their staff on, so the current unit is not enough).
            units = Unit.objects.filter(
                bloc_memberships__bloc_id=options["bloc"], bloc_memberships__year=year
            )
            cond = Q()
            for unit in units:
                cond |= Q(path__startswith=unit.path)
            if not cond:
                raise CommandError("Cụm, khối không có thành viên trong năm này.")
            # One filter() call, so all three conditions apply to the same position row.
            people = people.filter(
                Q(positions__end_date__isnull=True)
                | Q(positions__end_date__gte=dt.date(year, 1, 1)),
                positions__unit__in=Unit.objects.filter(cond),
                positions__start_date__lte=dt.date(year, 12, 31),
            ).distinct()
        elif not options["sector"]:
            raise CommandError("Chọn --unit, --bloc hoặc --sector.")
        counts: dict[str, int] = {}
        # A whole-sector run takes about a minute: say how far it is (stderr; stdout stays
        # one JSON line per person).
        total, every = people.count(), max(1, options["progress_every"])
        judged = batch_verdicts(people.order_by("pk"), awards, year, prefetch=True)
        for done, (person, verdicts) in enumerate(judged, start=1):
            if done % every == 0:
                self.stderr.write(
                    f"Đã xét {number(done)}/{number(total)} người ({100 * done // total}%)"
                )
            for v in verdicts:
                counts[f"{v.award}:{v.status}"] = counts.get(f"{v.award}:{v.status}", 0) + 1
            self.stdout.write(
                json.dumps(
                    {
                        "person_id": person.pk,
                        "name": person.full_name,
                        "verdicts": [
                            {"award": v.award, "status": v.status, "missing": v.missing}
                            for v in verdicts
                        ],
                    },
                    ensure_ascii=False,
                )
            )
        self.stderr.write(json.dumps(counts, ensure_ascii=False, sort_keys=True))
