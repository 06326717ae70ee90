"""Excel import: template, whole-file validation naming row and column, all-or-nothing,
idempotent re-import, progress page."""

from __future__ import annotations

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from tdkt.audit.models import AuditHead
from tdkt.people.models import Person, YearlyRating
from tdkt.records.imports import (
    AWARD_COLS,
    AWARD_SHEET,
    GUIDE_SHEET,
    RATING_COLS,
    RATING_SHEET,
)
from tdkt.records.models import AwardRecord, ImportJob

pytestmark = pytest.mark.django_db


def _book(ratings: list[list[object]], awards: list[list[object]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = RATING_SHEET
    ws.append(RATING_COLS)
    for row in ratings:
        ws.append(row)
    ws2 = wb.create_sheet(AWARD_SHEET)
    ws2.append(AWARD_COLS)
    for row in awards:
        ws2.append(row)
    out = BytesIO()
    wb.save(out)
    return out.getvalue()


def _people() -> list[Person]:
    return list(Person.objects.filter(unit__code="STP-38").order_by("id")[:3])


def _upload(client, content: bytes, name: str = "khen-thuong.xlsx"):  # type: ignore[no-untyped-def]
    response = client.post("/ho-so/nhap/", {"tep": SimpleUploadedFile(name, content)})
    assert response.status_code == 302, response.content[:500]
    return ImportJob.objects.order_by("-id").first()


def _state() -> tuple[int, int, int]:
    return (
        YearlyRating.objects.count(),
        AwardRecord.objects.count(),
        AuditHead.objects.get(pk=1).seq,
    )


def test_template_downloads_with_both_sheets(as_role) -> None:  # type: ignore[no-untyped-def]
    response = as_role("officer").get("/ho-so/nhap/mau.xlsx")
    wb = load_workbook(BytesIO(response.content))
    assert wb.sheetnames == [RATING_SHEET, AWARD_SHEET, "Danh mục", GUIDE_SHEET]
    assert [c.value for c in wb[RATING_SHEET][1]] == RATING_COLS
    # The data sheets start empty: the example lives on the guide sheet, which is not read.
    assert wb[RATING_SHEET].max_row == wb[AWARD_SHEET].max_row == 1
    guide = [[c.value for c in row] for row in wb[GUIDE_SHEET].iter_rows()]
    assert RATING_COLS in [row[: len(RATING_COLS)] for row in guide]
    # Drop-down lists: ratings, and titles and kinds from the catalogue sheet.
    lists = {str(dv.sqref): dv.formula1 for dv in wb[AWARD_SHEET].data_validations.dataValidation}
    assert lists["E2:E5000"].startswith("'Danh mục'!$A$2")
    assert lists["F2:F5000"].startswith("'Danh mục'!$B$2")


def test_good_file_imports_once_and_reimport_changes_nothing(as_role) -> None:  # type: ignore[no-untyped-def]
    a, b, c = _people()
    content = _book(
        [
            [None, a.full_name, a.date_of_birth.strftime("%d/%m/%Y"), 2020, "HTXSNV"],
            [None, b.full_name, b.date_of_birth, 2020, "httnv"],
        ],  # a real date cell, lowercase code
        [
            [
                None,
                c.full_name,
                c.date_of_birth.strftime("%d/%m/%Y"),
                2020,
                "Chiến sĩ thi đua cơ sở",
                "Công trạng",
                "12/QĐ-STP",
                "15/01/2021",
                "Sở Tư pháp tỉnh Thanh Hóa",
            ],
            [
                None,
                a.full_name,
                a.date_of_birth.strftime("%d/%m/%Y"),
                2020,
                "bang_khen_bo",
                "Đột xuất",
                "",
                "",
                "",
            ],
        ],
    )
    client = as_role("officer")
    job = _upload(client, content)
    assert job.status == "done", job.errors
    assert job.summary["ratings_created"] == 2 and job.summary["awards_created"] == 2
    assert YearlyRating.objects.get(person=a, year=2020).rating == "htxsnv"
    award = AwardRecord.objects.get(person=c, award="cstd_co_so", year=2020)
    assert award.decision_number == "12/QĐ-STP" and award.decision_date.isoformat() == "2021-01-15"
    assert AwardRecord.objects.get(person=a, award="bang_khen_bo", year=2020).kind == "dot_xuat"
    before = _state()
    again = _upload(client, content)
    assert again.status == "done" and again.summary["unchanged"] == 4
    assert _state() == before  # no rows, no audit event
    page = client.get(f"/ho-so/nhap/{again.pk}/").content.decode()
    assert "4 dòng không đổi" in page and 'value="100"' in page


def test_bad_file_is_rejected_whole_naming_rows_and_columns(as_role) -> None:  # type: ignore[no-untyped-def]
    a, b, _ = _people()
    far = Person.objects.filter(unit__code="STP-N75").first()
    assert far is not None
    content = _book(
        [
            [None, a.full_name, a.date_of_birth.strftime("%d/%m/%Y"), 2020, "HTXSNV"],  # good
            [None, b.full_name, b.date_of_birth.strftime("%d/%m/%Y"), 2020, "Giỏi"],
            [None, far.full_name, far.date_of_birth.strftime("%d/%m/%Y"), 2020, "HTTNV"],
            [None, a.full_name, "31/02/1990", 2020, "HTTNV"],
        ],
        [
            [
                None,
                a.full_name,
                a.date_of_birth.strftime("%d/%m/%Y"),
                2020,
                "Huy chương vàng",
                "Công trạng",
                "",
                "",
                "",
            ]
        ],
    )
    before = _state()
    client = as_role("officer")
    job = _upload(client, content)
    assert job.status == "rejected"
    got = {(e["sheet"], e["row"], e["column"]) for e in job.errors}
    assert got == {
        (RATING_SHEET, 3, "Xếp loại"),
        (RATING_SHEET, 4, "Họ và tên"),
        (RATING_SHEET, 5, "Ngày sinh (dd/mm/yyyy)"),
        (AWARD_SHEET, 2, "Danh hiệu, hình thức"),
    }
    assert _state() == before
    page = client.get(f"/ho-so/nhap/{job.pk}/").content.decode()
    assert "Tệp bị từ chối, chưa ghi gì" in page and "cần một trong HTXSNV" in page


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("a.txt", b"hello", "cần tệp Excel .xlsx"),
        ("a.xlsx", b"not a zip", None),
    ],
)
def test_unreadable_uploads(as_role, name: str, content: bytes, message: str | None) -> None:  # type: ignore[no-untyped-def]
    client = as_role("officer")
    if message:
        response = client.post("/ho-so/nhap/", {"tep": SimpleUploadedFile(name, content)})
        assert response.status_code == 400 and message in response.content.decode()
    else:
        job = _upload(client, content, name)
        assert job.status == "rejected" and "Không đọc được tệp" in job.errors[0]["message"]


def test_import_needs_change_scope(as_role) -> None:  # type: ignore[no-untyped-def]
    assert as_role("staff").get("/ho-so/nhap/").status_code == 404
    assert as_role("officer").get("/ho-so/nhap/").status_code == 200


def test_the_blank_template_is_rejected_with_a_reason(as_role) -> None:  # type: ignore[no-untyped-def]
    client = as_role("officer")
    before = _state()
    job = _upload(client, client.get("/ho-so/nhap/mau.xlsx").content, "mau.xlsx")
    assert job.status == "rejected"
    assert "chưa có dòng dữ liệu" in job.errors[0]["message"]
    assert _state() == before
