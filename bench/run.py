"""`make bench`: benchmarks that print ratios measured in one run against a baseline.

Runs on PostgreSQL (TDKT_BENCH_DATABASE_URL, default a local ``tdkt_bench`` database), builds
the data once with ``tdkt gendata`` (BENCH_PERSONS, default 1,000,000) and keeps it for later
runs. Each benchmark adds or replaces its entry in ``bench/results.json``:
``{name, figures, baseline, ratio, goal, met}``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlparse, urlunparse

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results.json"
DB_URL = os.environ.get(
    "TDKT_BENCH_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/tdkt_bench"
)
PERSONS = int(os.environ.get("BENCH_PERSONS", "1000000"))
YEARS = int(os.environ.get("BENCH_YEARS", "10"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "25"))

# What people type into the search box: family names, given names, both, without marks.
QUERIES = [
    "nguyen van an",
    "tran thi",
    "dang",
    "hoa",
    "le minh",
    "vu duc thang",
    "pham thi thu trang",
    "do",
    "ngo quoc",
    "huynh thi ngoc anh",
]


def _ensure_database() -> None:
    import psycopg

    parsed = urlparse(DB_URL)
    admin = urlunparse(parsed._replace(path="/postgres"))
    name = parsed.path.lstrip("/")
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    env = {**os.environ, "TDKT_DATABASE_URL": DB_URL, "DJANGO_SETTINGS_MODULE": "tdkt.settings"}
    tdkt = [sys.executable, "-m", "tdkt.cli"]
    subprocess.run([*tdkt, "migrate", "--noinput", "-v0"], env=env, check=True)
    with psycopg.connect(DB_URL) as conn:
        have = conn.execute("SELECT count(*) FROM people_person").fetchone()[0]
    if have < PERSONS:
        print(f"Sinh dữ liệu: {PERSONS - have:,} người (một lần, giữ lại cho các lần sau)…")
        subprocess.run(
            [
                *tdkt,
                "gendata",
                "--persons",
                str(PERSONS - have),
                "--years",
                str(YEARS),
                "--seed",
                str(int(time.time())),
            ],
            env=env,
            check=True,
        )


def _timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    fn()  # warm caches and plans
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _entry(
    name: str,
    samples: list[float],
    base: list[float],
    baseline_name: str,
    goal: float,
    extra: dict[str, Any],
) -> dict[str, Any]:
    p50, b50 = statistics.median(samples), statistics.median(base)
    ratio = p50 / b50 if b50 else float("inf")
    return {
        "name": name,
        "figures": {
            "p50_ms": round(p50, 2),
            "p95_ms": round(_pct(samples, 0.95), 2),
            "samples": len(samples),
            **extra,
        },
        "baseline": {
            "name": baseline_name,
            "p50_ms": round(b50, 2),
            "p95_ms": round(_pct(base, 0.95), 2),
        },
        "ratio": round(ratio, 2),
        "goal": f"ratio ≤ {goal:g}",
        "met": ratio <= goal,
    }


def bench_person_search() -> list[dict[str, Any]]:
    """Person search as the list page runs it (count + first page, Vietnamese order) against
    a plain primary-key lookup of the same rows."""
    from django.contrib.auth import get_user_model

    from tdkt.access.scope import restrict
    from tdkt.people.models import Person
    from tdkt.people.selectors import person_list
    from tdkt.units.models import Unit

    total = Person.objects.count()
    from tdkt.access.models import Role
    from tdkt.access.services import role_grant, user_create

    sector_user = get_user_model().objects.filter(username="bench-sector").first()
    if sector_user is None:
        sector_user = user_create(
            actor=None, username="bench-sector", password="Bench-only-" + os.urandom(8).hex()
        )
        role_grant(actor=None, user=sector_user, role=Role.SECTOR_OFFICER)
    province = Unit.objects.filter(unit_type="cuc_thads_tinh").order_by("id").first()
    scoped_ids = set(
        Unit.objects.filter(path__startswith=province.path).values_list("id", flat=True)
    )
    entries = []
    for label, base_qs in (
        ("sector", restrict(Person.objects.all(), sector_user)),
        ("one_province_thads", Person.objects.filter(unit_id__in=scoped_ids)),
    ):
        search: list[float] = []
        lookup: list[float] = []
        matches: list[int] = []
        for query in QUERIES:

            def page(q: str = query, base_qs: Any = base_qs) -> list[Person]:
                qs = person_list(base_qs, query=q)
                qs.count()
                return list(qs[:50])

            ids = [p.pk for p in page()]
            matches.append(person_list(base_qs, query=query).count())

            def plain(ids: list[int] = ids) -> list[Person]:
                return list(
                    Person.objects.select_related("unit", "unit__parent")
                    .filter(pk__in=ids)
                    .order_by("sort_key", "id")
                )

            search += _timed(page, REPEAT)
            lookup += _timed(plain, REPEAT)
        entries.append(
            _entry(
                f"person_search_{label}",
                search,
                lookup,
                "indexed primary-key lookup of the same 50 rows",
                20,
                {
                    "persons": total,
                    "queries": len(QUERIES),
                    "median_matches": int(statistics.median(matches)),
                    "page_size": 50,
                },
            )
        )
    return entries


GROUPS = ("search", "eligibility_sector", "eligibility_10k")
ALIASES = {"eligibility": ("eligibility_sector", "eligibility_10k")}


def main() -> None:
    """``python -m bench.run [GROUP …]``: each group runs in a process of its own, so that
    what one leaves behind (a fragmented heap after a million-person batch, warm caches)
    does not tilt the next one's figures."""
    _ensure_database()
    wanted = [g for arg in sys.argv[1:] for g in ALIASES.get(arg, (arg,))] or list(GROUPS)
    unknown = [g for g in wanted if g not in GROUPS]
    if unknown:
        sys.exit(f"Không có nhóm đo: {', '.join(unknown)} (có: {', '.join(GROUPS)})")
    entries = []
    for group in wanted:
        done = subprocess.run(
            [sys.executable, "-m", "bench.run", "--group", group],
            cwd=ROOT,
            check=True,
            stdout=subprocess.PIPE,
            text=True,
        )
        entries += json.loads(done.stdout.strip().splitlines()[-1])
    results = {e["name"]: e for e in json.loads(RESULTS.read_text())} if RESULTS.exists() else {}
    results.update({e["name"]: e for e in entries})
    RESULTS.write_text(json.dumps(list(results.values()), ensure_ascii=False, indent=2) + "\n")
    print(f"\n{'benchmark':<34}{'measured':>30}{'baseline':>28}{'ratio':>8}  goal")
    for e in results.values():
        f, b = e["figures"], e["baseline"]
        mark = "đạt" if e["met"] else "CHƯA ĐẠT"
        if "p50_ms" in f:
            measured = f"p50 {f['p50_ms']} p95 {f['p95_ms']} ms"
            base = f"p50 {b['p50_ms']} p95 {b['p95_ms']} ms"
        else:
            measured = f"{f.get('seconds', f.get('batch_seconds'))} s"
            base = f"{b['seconds']} s"
        print(f"{e['name']:<34}{measured:>30}{base:>28}{e['ratio']:>8}  {e['goal']} ({mark})")
    print(f"\nĐã ghi {RESULTS.relative_to(ROOT)}")


def run_group(group: str) -> None:
    """One group, in this process; its entries go to stdout as one JSON line (last line)."""
    os.environ["TDKT_DATABASE_URL"] = DB_URL
    # Measure as production runs: with DEBUG on, Django keeps every query's SQL, which
    # slows the one-by-one baseline most.
    os.environ.setdefault("TDKT_DEBUG", "0")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tdkt.settings")
    import django

    django.setup()
    run = {
        "search": bench_person_search,
        "eligibility_sector": bench_eligibility_sector,
        "eligibility_10k": bench_eligibility_vs_orm,
    }[group]
    print(json.dumps(run(), ensure_ascii=False, default=str))


def _orm_one_by_one(person: Any, awards: list[str], year: int) -> list[Any]:
    """The naive way: one person at a time through the ORM's related managers."""
    from tdkt.eligibility import evaluate
    from tdkt.verdicts.facts import facts_from_history
    from tdkt.verdicts.policy import current_policy

    history = {
        "ratings": [(r.year, r.rating, r.exemplary) for r in person.ratings.all()],
        "awards": [
            (
                a.pk,
                a.award,
                a.year,
                a.kind,
                a.decision_number,
                a.decision_date,
                a.decision_authority,
            )
            for a in person.award_records.all()
        ],
        "initiatives": [
            (i.pk, i.title, i.level, i.recognised_on, i.research, i.used_by_id)
            for i in person.initiatives.all()
        ],
        "discipline": [
            (d.start_date, d.end_date, d.under_review) for d in person.disciplines.all()
        ],
        "leave": [(lv.kind, lv.start_date, lv.end_date) for lv in person.leaves.all()],
        "positions": [
            (p.head_level, p.start_date, p.end_date)
            for p in person.positions.filter(is_leader=True)
        ],
    }
    key = (person.pk, person.full_name, person.gender)
    return [evaluate(facts_from_history(key, history, a, year), current_policy()) for a in awards]


def _yearly_question() -> tuple[int, list[str]]:
    from tdkt.records.models import AwardRecord
    from tdkt.verdicts.selectors import YEARLY_PERSON_AWARDS

    year = AwardRecord.objects.order_by("-year").values_list("year", flat=True).first() or 2025
    return year, YEARLY_PERSON_AWARDS


def _people() -> Any:
    from tdkt.people.models import Person

    return Person.objects.only("pk", "family_name", "middle_name", "given_name", "gender")


def bench_eligibility_sector() -> list[dict[str, Any]]:
    """Sector-wide batch check against one plain scan of the same rows."""
    from tdkt.verdicts.facts import person_histories
    from tdkt.verdicts.selectors import batch_verdicts

    year, awards = _yearly_question()
    limit = int(os.environ.get("BENCH_BATCH_PERSONS", "0")) or None
    ordered = _people().order_by("pk")
    sample = ordered[:limit] if limit else ordered
    total = sample.count()

    start = time.perf_counter()
    rows = 0
    ids: list[int] = []
    for person in sample.iterator(chunk_size=5000):
        ids.append(person.pk)
        if len(ids) == 5000:
            rows += sum(len(v) for h in person_histories(ids).values() for v in h.values())
            ids.clear()
    if ids:
        rows += sum(len(v) for h in person_histories(ids).values() for v in h.values())
    scan = time.perf_counter() - start

    start = time.perf_counter()
    statuses: dict[str, int] = {}
    for _, verdicts in batch_verdicts(sample, awards, year, prefetch=True):
        for v in verdicts:
            statuses[v.status] = statuses.get(v.status, 0) + 1
    batch = time.perf_counter() - start
    ratio = batch / scan
    return [
        {
            "name": "eligibility_batch_sector",
            "figures": {
                "seconds": round(batch, 1),
                "persons": total,
                "awards": len(awards),
                "verdicts": sum(statuses.values()),
                "rows_read": rows,
                "year": year,
                "statuses": statuses,
            },
            "baseline": {
                "name": "one plain scan of the same rows (same six queries, no engine)",
                "seconds": round(scan, 1),
            },
            "ratio": round(ratio, 2),
            "goal": "ratio < 3",
            "met": ratio < 3,
        }
    ]


def bench_eligibility_vs_orm() -> list[dict[str, Any]]:
    """The same 10,000 people checked one by one through the ORM, then in one batch."""
    from tdkt.verdicts.selectors import batch_verdicts

    year, awards = _yearly_question()
    ten_k = list(_people().order_by("pk")[:10000])
    # Both sides keep only the statuses (as the sector run does), so neither pays for
    # holding 50,000 verdicts; both give the same answers.
    start = time.perf_counter()
    slow = [[v.status for v in _orm_one_by_one(p, awards, year)] for p in ten_k]
    one_by_one = time.perf_counter() - start
    # The batch takes half a second: one sample on a shared two-core machine is noise, so
    # the median of five (the one-by-one run averages over 10,000 people by itself).
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        fast = [[v.status for v in vs] for _, vs in batch_verdicts(ten_k, awards, year)]
        runs.append(time.perf_counter() - start)
        assert slow == fast
    batch_10k = statistics.median(runs)
    speedup = one_by_one / batch_10k
    return [
        {
            "name": "eligibility_batch_vs_orm_10k",
            "figures": {
                "batch_seconds": round(batch_10k, 2),
                "batch_runs_seconds": [round(r, 3) for r in runs],
                "persons": len(ten_k),
                "awards": len(awards),
            },
            "baseline": {
                "name": "the same 10,000 people one by one through the ORM",
                "seconds": round(one_by_one, 1),
            },
            "ratio": round(speedup, 1),
            "goal": "speed-up > 50×",
            "met": speedup > 50,
        }
    ]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--group"]:
        run_group(sys.argv[2])
    else:
        main()
