"""Award-history pages: profiles with the eligibility panel, and the unit officer's year page."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from tdkt.eligibility import evaluate
from tdkt.people.models import Person
from tdkt.records.models import AwardRecord
from tdkt.records.services import award_record_add, initiative_add
from tdkt.units.models import Unit
from tdkt.verdicts.facts import facts_from_history, person_histories
from tdkt.verdicts.selectors import YEARLY_PERSON_AWARDS, batch_verdicts

pytestmark = pytest.mark.django_db


def _thanh_hoa() -> Unit:
    return Unit.objects.get(code="STP-38")


def test_profile_shows_timeline_and_verdicts_with_citations(as_role) -> None:  # type: ignore[no-untyped-def]
    person = Person.objects.filter(
        unit=_thanh_hoa(), ratings__year=2025, ratings__rating__in=["htxsnv", "httnv"]
    ).first()
    assert person is not None
    html = as_role("officer").get(f"/ho-so/ca-nhan/{person.pk}/?nam=2025").content.decode()
    assert "Năm 2025: đủ điều kiện gì?" in html and "Năm 2026: còn thiếu gì?" in html
    assert "Điều 24.1 Luật Thi đua, khen thưởng 2022" in html
    assert "Lao động tiên tiến" in html[html.index('id="timeline"') :]
    far = Person.objects.filter(unit__code="STP-N75").first()
    assert far is not None
    assert as_role("officer").get(f"/ho-so/ca-nhan/{far.pk}/").status_code == 404


def test_staff_sees_own_profile_only(as_role) -> None:  # type: ignore[no-untyped-def]
    own = Person.objects.get(user__username="canbo.stp.thanhhoa")
    other = Person.objects.filter(unit=_thanh_hoa()).exclude(pk=own.pk).first()
    client = as_role("staff")
    assert client.get(f"/ho-so/ca-nhan/{own.pk}/").status_code == 200
    assert client.get(f"/ho-so/ca-nhan/{other.pk}/").status_code == 404  # type: ignore[union-attr]


def test_cstd_bo_panel_after_three_cstdcs_and_an_initiative(as_role) -> None:  # type: ignore[no-untyped-def]
    person = Person.objects.filter(unit=_thanh_hoa()).order_by("id")[3]
    for year in (2023, 2024, 2025):
        AwardRecord.objects.filter(person=person, award="cstd_co_so", year=year).delete()
        award_record_add(
            actor=None,
            person=person,
            award="cstd_co_so",
            year=year,
            decision_number=f"0{year - 2020}/QĐ-STP",
            decision_date=dt.date(year + 1, 1, 10),
        )
    initiative_add(
        actor=None,
        person=person,
        title="Số hóa sổ hộ tịch",
        level="bo",
        recognised_on=dt.date(2025, 6, 1),
    )
    html = as_role("officer").get(f"/ho-so/ca-nhan/{person.pk}/?nam=2025").content.decode()
    panel = html[html.index('id="this-year"') : html.index('id="next-year"')]
    block = panel[panel.index("Chiến sĩ thi đua Bộ Tư pháp") :]
    block = block[: block.index("</details>")]
    assert "đạt tiêu chuẩn, chờ Hội đồng bỏ phiếu" in block
    assert "Liên tục 3 năm (2023, 2024, 2025)" in block


def test_year_review_page_is_scoped_filterable_and_exports(as_role) -> None:  # type: ignore[no-untyped-def]
    client = as_role("officer")
    unit = _thanh_hoa()
    html = client.get(f"/ho-so/xet-nam/?don_vi={unit.pk}&nam=2025").content.decode()
    people = Person.objects.filter(unit=unit).count()
    table = html[html.index('id="review"') :]
    assert table.count("/ho-so/ca-nhan/") == people
    assert "Tập thể lao động tiên tiến" in html  # the unit itself against collective titles
    only = client.get(
        f"/ho-so/xet-nam/?don_vi={unit.pk}&nam=2025&danh_hieu=lao_dong_tien_tien"
        "&trang_thai=eligible"
    ).content.decode()
    eligible = only[only.index('id="review"') :].count("/ho-so/ca-nhan/")
    expected = Person.objects.filter(
        unit=unit, ratings__year=2025, ratings__rating__in=["htxsnv", "httnv"]
    ).count()
    assert eligible == expected > 0
    xlsx = client.get(f"/ho-so/xet-nam/?don_vi={unit.pk}&nam=2025&xuat=xlsx")
    rows = list(load_workbook(BytesIO(xlsx.content)).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("Họ và tên", "Đơn vị", "Lao động tiên tiến")
    assert len(rows) - 1 == people
    far = Unit.objects.get(code="STP-N75")
    assert client.get(f"/ho-so/xet-nam/?don_vi={far.pk}&nam=2025").status_code == 404


def test_year_review_queries_do_not_grow_with_people(as_role) -> None:  # type: ignore[no-untyped-def]
    sector = as_role("sector")
    small = Unit.objects.get(code="STP-38")
    big = Unit.objects.get(code="BTP")  # the whole demo sector

    def count(unit: Unit) -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert sector.get(f"/ho-so/xet-nam/?don_vi={unit.pk}&nam=2025").status_code == 200
        return len(ctx.captured_queries)

    assert count(big) == count(small)
    assert Person.objects.filter(unit__path__startswith=big.path).count() > 500


def test_batch_gives_the_same_verdicts_as_one_by_one() -> None:
    people = list(Person.objects.filter(unit__path__startswith=_thanh_hoa().path))
    batch = {
        p.pk: [v.as_dict() for v in vs]
        for p, vs in batch_verdicts(people, YEARLY_PERSON_AWARDS, 2025, chunk=3)
    }
    for p in people:
        history = person_histories([p.pk])[p.pk]
        single = [
            evaluate(facts_from_history((p.pk, p.full_name, p.gender), history, a, 2025)).as_dict()
            for a in YEARLY_PERSON_AWARDS
        ]
        assert batch[p.pk] == single


def test_history_reads_match_the_orm_for_dense_and_sparse_chunks() -> None:
    """A dense chunk is read as one id range (rows of people in the range but not in the
    chunk are dropped); a sparse one as a list of ids. Both give each person exactly their
    own records."""
    ids = sorted(Person.objects.values_list("pk", flat=True))
    dense = ids[10:60]
    del dense[20]  # a person inside the range who is not asked about
    sparse = ids[::40]
    assert dense[-1] - dense[0] < 2 * len(dense) and sparse[-1] - sparse[0] >= 2 * len(sparse)
    with_awards = set(AwardRecord.objects.values_list("person_id", flat=True))
    assert with_awards & set(dense) and with_awards & set(sparse)
    for chunk in (dense, sparse):
        histories = person_histories(chunk)
        assert set(histories) == set(chunk)
        for pid in chunk:
            person = Person.objects.get(pk=pid)
            assert sorted(histories[pid]["ratings"]) == sorted(
                (r.year, r.rating, r.exemplary) for r in person.ratings.all()
            )
            assert sorted(a[0] for a in histories[pid]["awards"]) == sorted(
                a.pk for a in person.award_records.all()
            )
            assert sorted(p[1] for p in histories[pid]["positions"]) == sorted(
                p.start_date for p in person.positions.filter(is_leader=True)
            )


def test_batch_command_for_a_unit_and_a_bloc() -> None:
    import json
    from io import StringIO

    from django.core.management import call_command

    from tdkt.blocs.models import Bloc

    out, err = StringIO(), StringIO()
    call_command(
        "eligibility", "batch", "--year", "2025", "--unit", "STP-38", stdout=out, stderr=err
    )
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert len(lines) == Person.objects.filter(unit__code="STP-38").count()
    assert sum(json.loads(err.getvalue().splitlines()[-1]).values()) == 5 * len(lines)
    err = StringIO()
    call_command(
        "eligibility",
        "batch",
        "--year",
        "2025",
        "--unit",
        "STP-38",
        "--progress-every",
        "10",
        stdout=StringIO(),
        stderr=err,
    )
    progress = err.getvalue().splitlines()[:-1]
    assert len(progress) == len(lines) // 10
    assert progress[0] == f"Đã xét 10/{len(lines)} người ({1000 // len(lines)}%)"
    assert {v["award"] for v in lines[0]["verdicts"]} == set(YEARLY_PERSON_AWARDS)
    bloc = Bloc.objects.get(name__contains="Duyên hải")
    out = StringIO()
    call_command(
        "eligibility",
        "batch",
        "--year",
        "2019",
        "--bloc",
        str(bloc.pk),
        "--award",
        "lao_dong_tien_tien",
        stdout=out,
        stderr=StringIO(),
    )
    assert len(out.getvalue().splitlines()) > 100


def test_recording_history_by_hand(as_role) -> None:  # type: ignore[no-untyped-def]
    from tdkt.records.models import Discipline, Initiative

    person = Person.objects.filter(unit=_thanh_hoa()).order_by("id")[5]
    client = as_role("officer")
    base = f"/ho-so/ca-nhan/{person.pk}/them"
    assert (
        client.post(
            f"{base}/sang-kien/",
            {"title": "Mẫu biên bản điện tử", "level": "co_so", "recognised_on": "10/10/2025"},
        ).status_code
        == 302
    )
    sk = Initiative.objects.get(person=person, title="Mẫu biên bản điện tử")
    ok = client.post(
        f"{base}/khen-thuong/",
        {
            "award": "cstd_co_so",
            "year": 2025,
            "kind": "cong_trang",
            "decision_number": "07/QĐ-STP",
            "decision_date": "15/01/2026",
            "initiatives": [sk.pk],
        },
    )
    assert ok.status_code == 302
    sk.refresh_from_db()
    assert sk.used_by is not None and sk.used_by.award == "cstd_co_so"
    bad = client.post(
        f"{base}/khen-thuong/",
        {"award": "giay_khen", "year": 2025, "kind": "cong_trang", "decision_date": "01/01/2020"},
    )
    assert (
        bad.status_code == 400 and "Ngày quyết định phải sau năm thành tích" in bad.content.decode()
    )
    assert (
        client.post(
            f"{base}/ky-luat/",
            {"form": "Khiển trách", "start_date": "01/03/2025", "end_date": "01/01/2025"},
        ).status_code
        == 400
    )
    assert not Discipline.objects.filter(person=person).exists()
    assert (
        client.post(
            f"{base}/ky-luat/", {"under_review": "on", "start_date": "01/03/2026"}
        ).status_code
        == 302
    )
    html = client.get(f"/ho-so/ca-nhan/{person.pk}/?nam=2026").content.decode()
    assert "Đang bị xem xét: hoãn xét khen thưởng." in html
    assert as_role("council").get(f"{base}/sang-kien/").status_code == 404


def test_prefetching_batch_gives_the_same_verdicts() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("the prefetch thread's own connection needs a server database")
    people = Person.objects.filter(unit__path__startswith=Unit.objects.get(code="BTP").path)
    plain = [
        [v.status for v in vs]
        for _, vs in batch_verdicts(people.order_by("pk"), YEARLY_PERSON_AWARDS, 2025, chunk=50)
    ]
    fetched = [
        [v.status for v in vs]
        for _, vs in batch_verdicts(
            people.order_by("pk"), YEARLY_PERSON_AWARDS, 2025, chunk=50, prefetch=True
        )
    ]
    assert plain == fetched and len(plain) > 500
