"""Generated Excel files open in LibreOffice Calc (what many agencies use instead of Excel)
and show there exactly what we wrote; a template filled in and saved by LibreOffice imports
like one we wrote ourselves. Runs the real LibreOffice, headless."""

from __future__ import annotations

import csv
import datetime as dt
import os
import shutil
import subprocess
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from tdkt.people.models import Person, YearlyRating
from tdkt.records.imports import AWARD_SHEET, RATING_SHEET
from tdkt.records.models import AwardRecord, ImportJob
from tdkt.units.models import Unit

pytestmark = [pytest.mark.django_db, pytest.mark.libreoffice]

INSTALL = "sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui"
# CSV export options: comma, double quotes, UTF-8 (76), first line as is.
CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1"
XLSX = "xlsx:Calc MS Excel 2007 XML"

Convert = Callable[[list[Path], str, Path], None]


@pytest.fixture(scope="module")
def convert(tmp_path_factory: pytest.TempPathFactory) -> Convert:
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("TDKT_REQUIRE_LIBREOFFICE") == "1":
            pytest.fail(f"LibreOffice is required here: {INSTALL}")
        pytest.skip(f"needs LibreOffice: {INSTALL}")
    profile = tmp_path_factory.mktemp("lo-profile")

    def run(paths: list[Path], fmt: str, outdir: Path) -> None:
        # One process for all files: LibreOffice takes seconds to start. Its own profile
        # directory, so a desktop LibreOffice of the same user is not disturbed.
        done = subprocess.run(
            [
                soffice,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                fmt,
                "--outdir",
                str(outdir),
                *map(str, paths),
            ],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        for path in paths:
            out = outdir / f"{path.stem}.{fmt.split(':')[0]}"
            assert out.exists(), f"LibreOffice did not open {path.name}: {done.stderr}"

    return run


def _as_text(value: Any) -> str:
    """How a cell we wrote reads in a CSV saved by LibreOffice."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d/%m/%Y")  # the exports' DD/MM/YYYY number format
    return str(value)


def _trim(row: list[str]) -> list[str]:
    while row and row[-1] == "":
        row = row[:-1]
    return row


def test_every_kind_of_export_reads_the_same_in_libreoffice(
    as_role, convert: Convert, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    officer = as_role("officer")
    unit = Unit.objects.get(code="STP-38")
    exports = {
        "can-bo": officer.get("/can-bo/?xuat=xlsx"),
        "don-vi": as_role("anon").get("/don-vi/?xuat=xlsx&q=thanh+hoa"),
        "cum-khoi": as_role("anon").get("/cum-khoi/?xuat=xlsx"),
        "xet-nam": officer.get(f"/ho-so/xet-nam/?don_vi={unit.pk}&nam=2025&xuat=xlsx"),
        "nhat-ky": as_role("sector").get("/nhat-ky/?xuat=xlsx&hanh_dong=unit.reorganise"),
        "mau-nhap": officer.get("/ho-so/nhap/mau.xlsx"),
    }
    written: dict[str, list[list[str]]] = {}
    paths = []
    for name, response in exports.items():
        assert response.status_code == 200, name
        path = tmp_path / f"{name}.xlsx"
        path.write_bytes(response.content)
        paths.append(path)
        sheet = load_workbook(BytesIO(response.content), read_only=True).worksheets[0]
        written[name] = [[_as_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    convert(paths, CSV, tmp_path)

    for name, rows in written.items():
        with open(tmp_path / f"{name}.csv", encoding="utf-8", newline="") as fh:
            seen = list(csv.reader(fh))
        # Rows compare without their empty trailing cells: LibreOffice pads every CSV row to
        # the widest one, our reader stops at the last cell written.
        assert [_trim(r) for r in seen] == [_trim(r) for r in rows], name
    # The Vietnamese text and dates came through, not just the row count.
    people = written["can-bo"]
    assert people[0][:3] == ["Họ", "Tên đệm", "Tên"]
    assert any(r[5] == "Sở Tư pháp tỉnh Thanh Hóa" for r in people[1:])
    assert all(dt.datetime.strptime(r[4], "%d/%m/%Y") for r in people[1:])
    assert len(written["xet-nam"]) == 1 + Person.objects.filter(unit=unit).count()


def test_a_template_saved_by_libreoffice_imports(as_role, convert: Convert, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    officer = as_role("officer")
    people = list(Person.objects.filter(unit__code="STP-38").order_by("id")[:2])
    book = load_workbook(BytesIO(officer.get("/ho-so/nhap/mau.xlsx").content))
    assert book[RATING_SHEET].max_row == book[AWARD_SHEET].max_row == 1  # headers only
    for person in people:
        book[RATING_SHEET].append(
            [None, person.full_name, person.date_of_birth.strftime("%d/%m/%Y"), 2016, "HTTNV"]
        )
    book[AWARD_SHEET].append(
        [
            None,
            people[0].full_name,
            people[0].date_of_birth.strftime("%d/%m/%Y"),
            2016,
            "Lao động tiên tiến",
            "Công trạng",
            "07/QĐ-STP",
            "20/01/2017",
            "Sở Tư pháp tỉnh Thanh Hóa",
        ]
    )
    ours = tmp_path / "ours" / "khen-thuong.xlsx"
    ours.parent.mkdir()
    book.save(ours)
    saved_by_lo = tmp_path / "lo"
    saved_by_lo.mkdir()
    convert([ours], XLSX, saved_by_lo)
    content = (saved_by_lo / "khen-thuong.xlsx").read_bytes()
    assert content != ours.read_bytes()  # LibreOffice wrote its own file

    before = (YearlyRating.objects.count(), AwardRecord.objects.count())
    response = officer.post(
        "/ho-so/nhap/", {"tep": SimpleUploadedFile("khen-thuong.xlsx", content)}
    )
    assert response.status_code == 302
    job = ImportJob.objects.order_by("-id").first()
    assert job is not None and job.status == "done", job and job.errors
    assert (YearlyRating.objects.count(), AwardRecord.objects.count()) == (
        before[0] + 2,
        before[1] + 1,
    )
    assert YearlyRating.objects.get(person=people[1], year=2016).rating == "httnv"
    award = AwardRecord.objects.get(person=people[0], year=2016, award="lao_dong_tien_tien")
    assert (award.decision_number, award.decision_date) == ("07/QĐ-STP", dt.date(2017, 1, 20))
