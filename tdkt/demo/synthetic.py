"""A large synthetic Justice sector for benchmarks: ``tdkt gendata --persons N --years Y``.

Real structure (the Ministry, Tổng cục THADS, the 63 provinces before 2025 with their Sở Tư
pháp, Cục THADS and Chi cục), realistic Vietnamese names, careers with a move for some people,
and Y years of ratings. Rows are written set-based — PostgreSQL COPY, or batched inserts on
SQLite — because a million people through per-row services would take hours; one audit event
records the load.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction

from tdkt.audit.services import audit_record
from tdkt.core.vntext import fold, name_sort_key
from tdkt.demo.names import random_name
from tdkt.demo.provinces import OLD_PROVINCES
from tdkt.people.models import Person, Position, Rating, YearlyRating
from tdkt.records.models import AwardRecord, Initiative
from tdkt.units.models import Unit, UnitType
from tdkt.units.services import unit_create

START = dt.date(2010, 1, 1)
CHI_CUC_PER_PROVINCE = 8
TITLES = [
    "Chuyên viên",
    "Chuyên viên chính",
    "Chấp hành viên",
    "Thư ký thi hành án",
    "Thẩm tra viên",
    "Kế toán",
    "Thanh tra viên",
    "Văn thư",
]
RATINGS = [Rating.HTXSNV, Rating.HTTNV, Rating.HTNV, Rating.KHTNV]
RATING_WEIGHTS = [18, 62, 17, 3]


@dataclass
class GenResult:
    units: int
    persons: int
    positions: int
    ratings: int
    awards: int
    initiatives: int


def _structure(prefix: str) -> list[Unit]:
    """The sector's units (about 640), created through the unit service."""
    units: list[Unit] = []

    def add(code: str, name: str, kind: str, parent: Unit | None, **extra: str) -> Unit:
        unit = unit_create(
            actor=None,
            code=f"{prefix}{code}",
            name=name,
            unit_type=kind,
            parent=parent,
            valid_from=START,
            audit=False,
            **extra,
        )
        units.append(unit)
        return unit

    ministry = add("BTP", "Bộ Tư pháp", UnitType.BO, None)
    tong_cuc = add("TCTHADS", "Tổng cục Thi hành án dân sự", UnitType.TONG_CUC_THADS, ministry)
    for p in OLD_PROVINCES:
        where = {"province_code": p.code, "province_name": p.name}
        add(f"STP-{p.code}", f"Sở Tư pháp {p.label}", UnitType.SO_TU_PHAP, ministry, **where)
        cuc = add(
            f"CTHADS-{p.code}",
            f"Cục Thi hành án dân sự {p.label}",
            UnitType.CUC_THADS_TINH,
            tong_cuc,
            **where,
        )
        for i in range(1, CHI_CUC_PER_PROVINCE + 1):
            add(
                f"CCTHADS-{p.code}-{i}",
                f"Chi cục Thi hành án dân sự khu vực {i} {p.name}",
                UnitType.CHI_CUC_THADS,
                cuc,
                **where,
            )
    return units


def _rows(n: int, years: int, units: list[Unit], first_id: int, seed: int) -> Iterator[Any]:
    rng = random.Random(seed)
    keys: dict[tuple[str, str, str], tuple[str, bytes]] = {}
    last_year = dt.date.today().year - 1
    unit_ids = [u.pk for u in units]
    for i in range(n):
        pid = first_id + i
        gender = "nam" if rng.random() < 0.52 else "nu"
        name = random_name(rng, gender)
        cached = keys.get(name)
        if cached is None:
            full = " ".join(p for p in name if p)
            cached = keys[name] = (" " + fold(full), name_sort_key(*name))
        born = dt.date(rng.randint(1962, 2001), rng.randint(1, 12), rng.randint(1, 28))
        unit_id = unit_ids[rng.randrange(len(unit_ids))]
        start = max(START, dt.date(born.year + 23, rng.randint(1, 12), 1))
        start = min(start, dt.date(last_year, 1, 1))
        positions: list[tuple[object, ...]] = []
        first_year = start.year
        if rng.random() < 0.4 and start.year < last_year - 1:
            moved = dt.date(rng.randint(start.year + 1, last_year), rng.randint(1, 12), 1)
            earlier_unit = unit_ids[rng.randrange(len(unit_ids))]
            title = rng.choice(TITLES)
            positions.append(
                (pid, earlier_unit, title, False, "", start, moved - dt.timedelta(days=1))
            )
            start = moved
        leader = rng.random() < 0.12
        level = rng.choice(["truong", "pho", "pho"]) if leader else ""
        positions.append((pid, unit_id, rng.choice(TITLES), leader, level, start, None))
        ratings = [
            (pid, year, rng.choices(RATINGS, RATING_WEIGHTS)[0], True)
            for year in range(last_year - years + 1, last_year + 1)
            if year >= first_year
        ]
        person = (pid, name[0], name[1], name[2], gender, born, unit_id, cached[0], cached[1])
        # Titles that follow from the ratings (LĐTT for HTTNV or better, CSTĐCS for some
        # HTXSNV years), decided in January of the next year; a few initiatives.
        awards: list[tuple[object, ...]] = []
        for _, year, rating, _ in ratings:
            if rating in (Rating.HTXSNV, Rating.HTTNV):
                decided = dt.date(year + 1, 1, 15)
                awards.append((pid, "lao_dong_tien_tien", year, "cong_trang", "", decided, ""))
                if rating == Rating.HTXSNV and rng.random() < 0.3:
                    awards.append((pid, "cstd_co_so", year, "cong_trang", "", decided, ""))
        initiatives: list[tuple[object, ...]] = []
        if ratings and rng.random() < 0.1:
            year = ratings[rng.randrange(len(ratings))][1]
            initiatives.append(
                (
                    pid,
                    f"Sáng kiến {pid}",
                    rng.choice(["co_so", "co_so", "bo"]),
                    dt.date(int(str(year)), rng.randint(1, 12), 1),
                    False,
                )
            )
        yield person, positions, ratings, awards, initiatives


def _copy(table: str, columns: list[str], rows: list[tuple[object, ...]]) -> None:
    with (
        connection.cursor() as cursor,
        cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
    ):  # type: ignore[attr-defined]
        for row in rows:
            copy.write_row(row)


def _insert(model: type, columns: list[str], rows: list[tuple[object, ...]]) -> None:
    model.objects.bulk_create(
        [model(**dict(zip(columns, r, strict=True))) for r in rows], batch_size=500
    )


# Tables written by gendata, in foreign-key order, with the columns each row tuple fills.
TABLES: list[tuple[str, type[Any], list[str]]] = [
    (
        "people_person",
        Person,
        [
            "id",
            "family_name",
            "middle_name",
            "given_name",
            "gender",
            "date_of_birth",
            "unit_id",
            "search_text",
            "sort_key",
        ],
    ),
    (
        "people_position",
        Position,
        ["person_id", "unit_id", "title", "is_leader", "head_level", "start_date", "end_date"],
    ),
    ("people_yearlyrating", YearlyRating, ["person_id", "year", "rating", "exemplary"]),
    (
        "records_awardrecord",
        AwardRecord,
        [
            "person_id",
            "award",
            "year",
            "kind",
            "decision_number",
            "decision_date",
            "decision_authority",
        ],
    ),
    (
        "records_initiative",
        Initiative,
        ["person_id", "title", "level", "recognised_on", "research"],
    ),
]


@transaction.atomic
def generate(
    *,
    persons: int,
    years: int,
    seed: int = 1,
    batch: int = 20000,
    progress: Callable[[int, int], None] | None = None,
) -> GenResult:
    prefix = f"G{seed}-"
    if Unit.objects.filter(code=f"{prefix}BTP").exists():
        raise ValueError(f"Đã sinh dữ liệu với --seed {seed}; chọn --seed khác.")
    units = _structure(prefix)
    now = dt.datetime.now(dt.UTC)
    first_id = (Person.objects.order_by("-id").values_list("id", flat=True).first() or 0) + 1
    pg = connection.vendor == "postgresql"
    if pg:
        # Django's foreign keys are DEFERRABLE INITIALLY DEFERRED: with millions of rows the
        # deferred checks pile up until COMMIT. Checking as rows arrive keeps memory flat.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    buffers: list[list[tuple[object, ...]]] = [[] for _ in TABLES]
    totals = [0] * len(TABLES)

    def flush() -> None:
        for (table, model, columns), rows in zip(TABLES, buffers, strict=True):
            if table == "people_person" and pg:
                _copy(table, [*columns, "created_at", "updated_at"], [(*r, now, now) for r in rows])
            elif table == "records_awardrecord":
                rows = [(*r, "") for r in rows]  # note
                if pg:
                    _copy(table, [*columns, "note"], rows)
                else:
                    _insert(model, [*columns, "note"], rows)
            elif pg:
                _copy(table, columns, rows)
            else:
                _insert(model, columns, rows)
        for i, rows in enumerate(buffers):
            totals[i] += len(rows)
            rows.clear()
        if progress:
            progress(totals[0], persons)

    for row in _rows(persons, years, units, first_id, seed):
        buffers[0].append(row[0])
        for i in range(1, len(TABLES)):
            buffers[i].extend(row[i])
        if len(buffers[0]) >= batch:
            flush()
    flush()
    if pg:
        with connection.cursor() as cursor:
            for table, _, _ in TABLES:
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608 - fixed table names
                    f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
                )
            cursor.execute("ANALYZE " + ", ".join(t for t, _, _ in TABLES))
    result = GenResult(len(units), totals[0], totals[1], totals[2], totals[3], totals[4])
    audit_record(
        actor=None,
        action="demo.gendata",
        obj=units[0],
        after={
            "units": result.units,
            "persons": result.persons,
            "positions": result.positions,
            "ratings": result.ratings,
            "awards": result.awards,
            "initiatives": result.initiatives,
            "years": years,
            "seed": seed,
        },
    )
    return result
