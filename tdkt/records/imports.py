"""Excel import of ratings and award history: a downloadable template; the whole file is
checked first and either imported entirely or rejected with every bad row and column named;
importing the same file twice changes nothing the second time."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from django.conf import settings
from django.db import close_old_connections, transaction
from django.db.models import QuerySet
from django.utils import timezone
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation

from tdkt.audit.services import audit_record
from tdkt.core.vntext import fold
from tdkt.eligibility.catalogue import CATALOGUE, Subject
from tdkt.people.models import Person, Rating, YearlyRating
from tdkt.records.models import KIND_CHOICES, AwardRecord, ImportJob

RATING_SHEET, AWARD_SHEET = "Xếp loại", "Khen thưởng"
PERSON_COLS = ["Số định danh cá nhân", "Họ và tên", "Ngày sinh (dd/mm/yyyy)"]
RATING_COLS = [*PERSON_COLS, "Năm", "Xếp loại"]
AWARD_COLS = [
    *PERSON_COLS,
    "Năm",
    "Danh hiệu, hình thức",
    "Loại khen thưởng",
    "Số quyết định",
    "Ngày quyết định (dd/mm/yyyy)",
    "Cơ quan ban hành",
]
RATING_CODES = {
    "HTXSNV": Rating.HTXSNV,
    "HTTNV": Rating.HTTNV,
    "HTNV": Rating.HTNV,
    "KHTNV": Rating.KHTNV,
}
AWARDS = {fold(e.name): e.slug for e in CATALOGUE if e.subject is Subject.PERSON}
AWARDS.update({e.slug: e.slug for e in CATALOGUE if e.subject is Subject.PERSON})
KINDS = {fold(label): value for value, label in KIND_CHOICES}


GUIDE_SHEET = "Hướng dẫn"
EXAMPLE_RATING = ["038190001234", "Lê Thị Hồng", "12/05/1988", 2025, "HTXSNV"]
EXAMPLE_AWARD = [
    "038190001234",
    "Lê Thị Hồng",
    "12/05/1988",
    2025,
    "Chiến sĩ thi đua cơ sở",
    "Công trạng",
    "15/QĐ-STP",
    "15/01/2026",
    "Sở Tư pháp tỉnh Thanh Hóa",
]


def template_bytes() -> bytes:
    """The import template. The two data sheets start empty (a filled-in example there was
    imported, or rejected, with the user's rows); the example lives on the guide sheet,
    which the import does not read. Drop-down lists come from the catalogue sheet."""
    wb = Workbook()
    ws = wb.active
    ws.title = RATING_SHEET
    ws.append(RATING_COLS)
    ratings = DataValidation(type="list", formula1='"HTXSNV,HTTNV,HTNV,KHTNV"', allow_blank=True)
    ws.add_data_validation(ratings)
    ratings.add("E2:E5000")
    ws2 = wb.create_sheet(AWARD_SHEET)
    ws2.append(AWARD_COLS)
    ws3 = wb.create_sheet("Danh mục")
    ws3.append(["Danh hiệu, hình thức (ghi đúng tên)", "Loại khen thưởng"])
    names = [e.name for e in CATALOGUE if e.subject is Subject.PERSON]
    kinds = [label for _, label in KIND_CHOICES]
    for i in range(max(len(names), len(kinds))):
        ws3.append([names[i] if i < len(names) else None, kinds[i] if i < len(kinds) else None])
    for column, count, cells in (("A", len(names), "E2:E5000"), ("B", len(kinds), "F2:F5000")):
        listed = DataValidation(
            type="list", formula1=f"'Danh mục'!${column}$2:${column}${count + 1}", allow_blank=True
        )
        ws2.add_data_validation(listed)
        listed.add(cells)
    guide = wb.create_sheet(GUIDE_SHEET)
    for line in (
        ["Cách điền"],
        [
            "1. Mỗi dòng của trang “Xếp loại” là xếp loại một năm của một người; mỗi dòng của"
            " trang “Khen thưởng” là một danh hiệu hoặc hình thức khen thưởng đã nhận."
        ],
        [
            "2. Nhận diện người bằng số định danh cá nhân, hoặc họ và tên cùng ngày sinh"
            " (dd/mm/yyyy)."
        ],
        ["3. Tên danh hiệu và loại khen thưởng ghi đúng như trang “Danh mục” (có danh sách chọn)."],
        [
            "4. Cả tệp được kiểm tra trước; có dòng sai thì không ghi gì và hệ thống nêu trang,"
            " dòng, cột cần sửa. Nhập lại cùng tệp không tạo bản ghi trùng."
        ],
        [],
        ["Ví dụ một dòng trang “Xếp loại” (không nhập trang này):"],
        RATING_COLS,
        EXAMPLE_RATING,
        [],
        ["Ví dụ một dòng trang “Khen thưởng”:"],
        AWARD_COLS,
        EXAMPLE_AWARD,
    ):
        guide.append(line)
    for sheet in (ws, ws2, ws3):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for col in sheet.columns:
            sheet.column_dimensions[col[0].column_letter].width = 24
    guide["A1"].font = Font(bold=True)
    buffer = BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


@dataclass
class Problem:
    sheet: str
    row: int
    column: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


@dataclass
class Parsed:
    ratings: list[tuple[Person, int, str]] = field(default_factory=list)
    awards: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rows: int = 0


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    if not text:
        return None
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError("ngày không hợp lệ (cần dd/mm/yyyy)")


class _People:
    """Finds the person of a row inside the importer's scope: by national id, else by name
    and date of birth (which must then be unique)."""

    def __init__(self, people: QuerySet[Person]) -> None:
        self.by_id: dict[str, Person] = {}
        self.by_name: dict[tuple[str, dt.date], list[Person]] = {}
        for p in people.only(
            "pk",
            "national_id",
            "family_name",
            "middle_name",
            "given_name",
            "date_of_birth",
            "unit_id",
        ):
            if p.national_id:
                self.by_id[p.national_id] = p
            self.by_name.setdefault((fold(p.full_name), p.date_of_birth), []).append(p)

    def find(self, row: tuple[Any, ...]) -> tuple[Person | None, str, str]:
        nid, name = _text(row[0]), _text(row[1])
        if nid:
            if nid in self.by_id:
                return self.by_id[nid], "", ""
            return None, PERSON_COLS[0], "không có người này trong phạm vi của bạn"
        if not name:
            return None, PERSON_COLS[1], "cần số định danh hoặc họ tên và ngày sinh"
        try:
            born = _date(row[2])
        except ValueError as exc:
            return None, PERSON_COLS[2], str(exc)
        if born is None:
            return None, PERSON_COLS[2], "cần ngày sinh khi không có số định danh"
        found = self.by_name.get((fold(name), born), [])
        if len(found) == 1:
            return found[0], "", ""
        if not found:
            return None, PERSON_COLS[1], "không có người này trong phạm vi của bạn"
        return None, PERSON_COLS[0], "trùng họ tên và ngày sinh: cần số định danh"


def parse(
    content: bytes, people: QuerySet[Person], progress: Callable[[int, int], None] | None = None
) -> Parsed:
    out = Parsed()
    try:
        wb = load_workbook(BytesIO(content), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - any unreadable upload is the user's error, reported
        out.problems.append(
            Problem("", 0, "", "Không đọc được tệp: cần tệp Excel (.xlsx) theo mẫu.")
        )
        return out
    sheets = {ws.title: ws for ws in wb.worksheets}
    for name, cols in ((RATING_SHEET, RATING_COLS), (AWARD_SHEET, AWARD_COLS)):
        if name not in sheets:
            out.problems.append(Problem(name, 0, "", f"Thiếu trang tính “{name}”."))
            continue
        header = [_text(c) for c in next(sheets[name].iter_rows(max_row=1, values_only=True), ())]
        if header[: len(cols)] != cols:
            out.problems.append(
                Problem(name, 1, "", "Dòng tiêu đề không đúng mẫu: " + ", ".join(cols))
            )
    if out.problems:
        return out
    lookup = _People(people)
    rating_rows = list(sheets[RATING_SHEET].iter_rows(min_row=2, values_only=True))
    award_rows = list(sheets[AWARD_SHEET].iter_rows(min_row=2, values_only=True))
    total = len(rating_rows) + len(award_rows)
    seen: set[tuple[int, int]] = set()
    for i, row in enumerate(rating_rows, start=2):
        row = tuple(row) + (None,) * (len(RATING_COLS) - len(row))
        if not any(_text(v) for v in row):
            continue
        out.rows += 1
        person, col, msg = lookup.find(row)
        if person is None:
            out.problems.append(Problem(RATING_SHEET, i, col, msg))
            continue
        year = _text(row[3])
        if not (year.isdigit() and 1990 <= int(year) <= dt.date.today().year):
            out.problems.append(Problem(RATING_SHEET, i, "Năm", "năm không hợp lệ"))
            continue
        code = _text(row[4]).upper()
        if code not in RATING_CODES:
            out.problems.append(
                Problem(RATING_SHEET, i, "Xếp loại", "cần một trong HTXSNV, HTTNV, HTNV, KHTNV")
            )
            continue
        if (person.pk, int(year)) in seen:
            out.problems.append(
                Problem(RATING_SHEET, i, "Năm", "trùng dòng khác cùng người, cùng năm")
            )
            continue
        seen.add((person.pk, int(year)))
        out.ratings.append((person, int(year), RATING_CODES[code]))
        if progress and i % 200 == 0:
            progress(i, total)
    seen_awards: set[tuple[int, str, int]] = set()
    for i, row in enumerate(award_rows, start=2):
        row = tuple(row) + (None,) * (len(AWARD_COLS) - len(row))
        if not any(_text(v) for v in row):
            continue
        out.rows += 1
        person, col, msg = lookup.find(row)
        if person is None:
            out.problems.append(Problem(AWARD_SHEET, i, col, msg))
            continue
        year = _text(row[3])
        if not (year.isdigit() and 1960 <= int(year) <= dt.date.today().year):
            out.problems.append(Problem(AWARD_SHEET, i, "Năm", "năm không hợp lệ"))
            continue
        award = AWARDS.get(fold(_text(row[4]))) or AWARDS.get(_text(row[4]))
        if award is None:
            out.problems.append(
                Problem(
                    AWARD_SHEET,
                    i,
                    "Danh hiệu, hình thức",
                    "không có trong danh mục (xem trang “Danh mục”)",
                )
            )
            continue
        kind = KINDS.get(fold(_text(row[5])) or fold("Công trạng"))
        if kind is None:
            out.problems.append(
                Problem(AWARD_SHEET, i, "Loại khen thưởng", "không có trong danh mục")
            )
            continue
        try:
            decided = _date(row[7])
        except ValueError as exc:
            out.problems.append(Problem(AWARD_SHEET, i, AWARD_COLS[7], str(exc)))
            continue
        if decided and decided.year < int(year):
            out.problems.append(
                Problem(AWARD_SHEET, i, AWARD_COLS[7], "ngày quyết định trước năm thành tích")
            )
            continue
        key = (person.pk, award, int(year))
        if key in seen_awards:
            out.problems.append(
                Problem(
                    AWARD_SHEET, i, "Danh hiệu, hình thức", "trùng dòng khác cùng người, cùng năm"
                )
            )
            continue
        seen_awards.add(key)
        out.awards.append(
            {
                "person": person,
                "award": award,
                "year": int(year),
                "kind": kind,
                "decision_number": _text(row[6]),
                "decision_date": decided,
                "decision_authority": _text(row[8]),
            }
        )
    if not out.rows and not out.problems:
        out.problems.append(
            Problem(
                "",
                0,
                "",
                f"Tệp chưa có dòng dữ liệu nào: điền trang “{RATING_SHEET}” hoặc “{AWARD_SHEET}”"
                " (xem trang “Hướng dẫn”) rồi nhập lại.",
            )
        )
    return out


@transaction.atomic
def history_write(
    *,
    actor: Any,
    ratings: list[tuple[Person, int, str]],
    awards: list[dict[str, Any]],
    source: str = "",
) -> dict[str, int]:
    """Upsert ratings and awards (idempotent: a second identical write changes nothing) with
    one audit event listing what changed."""
    counts = {
        "ratings_created": 0,
        "ratings_updated": 0,
        "awards_created": 0,
        "awards_updated": 0,
        "unchanged": 0,
    }
    pids = {p.pk for p, _, _ in ratings} | {a["person"].pk for a in awards}
    existing_r = {(r.person_id, r.year): r for r in YearlyRating.objects.filter(person_id__in=pids)}
    new_r, upd_r = [], []
    for person, year, rating in ratings:
        row = existing_r.get((person.pk, year))
        if row is None:
            new_r.append(YearlyRating(person=person, year=year, rating=rating))
        elif row.rating != rating:
            row.rating = rating
            upd_r.append(row)
        else:
            counts["unchanged"] += 1
    YearlyRating.objects.bulk_create(new_r, batch_size=2000)
    YearlyRating.objects.bulk_update(upd_r, ["rating"], batch_size=2000)
    existing_a = {
        (a.person_id, a.award, a.year): a for a in AwardRecord.objects.filter(person_id__in=pids)
    }
    new_a, upd_a = [], []
    fields = ("kind", "decision_number", "decision_date", "decision_authority")
    for item in awards:
        row = existing_a.get((item["person"].pk, item["award"], item["year"]))
        if row is None:
            new_a.append(AwardRecord(**item))
        elif any(getattr(row, f) != item[f] for f in fields):
            for f in fields:
                setattr(row, f, item[f])
            upd_a.append(row)
        else:
            counts["unchanged"] += 1
    AwardRecord.objects.bulk_create(new_a, batch_size=2000)
    AwardRecord.objects.bulk_update(upd_a, list(fields), batch_size=2000)
    counts.update(
        ratings_created=len(new_r),
        ratings_updated=len(upd_r),
        awards_created=len(new_a),
        awards_updated=len(upd_a),
    )
    changed = (
        counts["ratings_created"]
        + counts["ratings_updated"]
        + counts["awards_created"]
        + counts["awards_updated"]
    )
    if changed:
        anchor = ratings[0][0] if ratings else awards[0]["person"]
        audit_record(
            actor=actor,
            action="record.import",
            obj=anchor,
            after={
                "source": source,
                **counts,
                "ratings": [f"{r.person_id}:{r.year}:{r.rating}" for r in [*new_r, *upd_r]],
                "awards": [f"{a.person_id}:{a.award}:{a.year}" for a in [*new_a, *upd_a]],
            },
        )
    return counts


def run_job(job_id: int) -> None:
    """Validate, then write or reject. Progress is saved outside the write transaction so
    the page can show it."""
    from tdkt.access.scope import CHANGE, restrict

    job = ImportJob.objects.select_related("user").get(pk=job_id)
    people = restrict(Person.objects.all(), job.user, CHANGE)
    job.status = "validating"
    job.save(update_fields=["status"])

    def progress(done: int, total: int) -> None:
        ImportJob.objects.filter(pk=job.pk).update(done=done, total=total)

    try:
        parsed = parse(bytes(job.content), people, progress)
        if parsed.problems:
            job.status, job.errors = "rejected", [p.as_dict() for p in parsed.problems]
        else:
            ImportJob.objects.filter(pk=job.pk).update(status="writing")
            job.summary = history_write(
                actor=job.user, ratings=parsed.ratings, awards=parsed.awards, source=job.filename
            )
            job.summary["rows"] = parsed.rows
            job.status = "done"
    except Exception as exc:  # noqa: BLE001 - recorded on the job, shown to the user
        job.status, job.errors = (
            "failed",
            [{"sheet": "", "row": 0, "column": "", "message": f"Lỗi hệ thống: {exc}"}],
        )
    job.finished_at = timezone.now()
    job.done = job.total
    job.save(update_fields=["status", "errors", "summary", "finished_at", "done"])


def start_job(job: ImportJob) -> None:
    """Run a saved job: in a thread (the page polls its progress), or inline when
    TDKT_JOBS_INLINE is set (tests, single-process tools)."""
    if getattr(settings, "TDKT_JOBS_INLINE", False):
        run_job(job.pk)
        return

    def target() -> None:
        close_old_connections()
        try:
            run_job(job.pk)
        finally:
            close_old_connections()

    threading.Thread(target=target, daemon=True).start()
