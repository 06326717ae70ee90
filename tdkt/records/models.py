"""Award history: awards and titles received (with their decisions), initiatives, discipline,
leave, and each collective's yearly figures. Ratings live in people.YearlyRating.

Together with positions these are the facts the eligibility engine reads (records/facts.py).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from tdkt.eligibility.catalogue import CATALOGUE, AwardKind
from tdkt.people.models import Rating

AWARD_CHOICES = [(e.slug, e.name) for e in CATALOGUE]
KIND_CHOICES = [
    (AwardKind.CONG_TRANG.value, "Công trạng"),
    (AwardKind.PHONG_TRAO.value, "Phong trào"),
    (AwardKind.CHUYEN_DE.value, "Chuyên đề"),
    (AwardKind.DOT_XUAT.value, "Đột xuất"),
    (AwardKind.CONG_HIEN.value, "Quá trình cống hiến"),
    (AwardKind.DOI_NGOAI.value, "Đối ngoại"),
]
LEVEL_CHOICES = [("co_so", "Cơ sở"), ("bo", "Bộ, ngành"), ("toan_quoc", "Toàn quốc")]


class AwardRecord(models.Model):
    """A title or award received, by a person or a unit, for an achievement year."""

    person = models.ForeignKey(
        "people.Person",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="award_records",
    )
    unit = models.ForeignKey(
        "units.Unit", null=True, blank=True, on_delete=models.PROTECT, related_name="award_records"
    )
    award = models.CharField("Danh hiệu, hình thức", max_length=40, choices=AWARD_CHOICES)
    year = models.PositiveSmallIntegerField("Năm thành tích")
    kind = models.CharField(
        "Loại khen thưởng", max_length=12, choices=KIND_CHOICES, default=AwardKind.CONG_TRANG.value
    )
    decision_number = models.CharField("Số quyết định", max_length=60, blank=True)
    decision_date = models.DateField("Ngày quyết định", null=True, blank=True)
    decision_authority = models.CharField("Cơ quan ban hành", max_length=200, blank=True)
    note = models.CharField("Ghi chú", max_length=300, blank=True)

    class Meta:
        ordering = ["-year", "award"]
        verbose_name = "khen thưởng đã nhận"
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(person__isnull=False, unit__isnull=True)
                    | models.Q(person__isnull=True, unit__isnull=False)
                ),
                name="award_one_subject",
            ),
            models.UniqueConstraint(
                fields=["person", "award", "year"],
                condition=models.Q(person__isnull=False),
                name="award_person_once",
            ),
            models.UniqueConstraint(
                fields=["unit", "award", "year"],
                condition=models.Q(unit__isnull=False),
                name="award_unit_once",
            ),
        ]
        indexes = [models.Index(fields=["person", "year"]), models.Index(fields=["unit", "year"])]

    def __str__(self) -> str:
        return f"{self.get_award_display()} {self.year}"


class Initiative(models.Model):
    """A recognised initiative or research work; ``used_by`` is the award it served
    ("một sáng kiến chỉ được sử dụng một lần", CV 5007/BNV-TĐKT)."""

    person = models.ForeignKey(
        "people.Person", on_delete=models.CASCADE, related_name="initiatives"
    )
    title = models.CharField("Tên sáng kiến, đề tài", max_length=300)
    level = models.CharField(
        "Phạm vi công nhận", max_length=10, choices=LEVEL_CHOICES, default="co_so"
    )
    recognised_on = models.DateField("Ngày công nhận")
    research = models.BooleanField("Đề tài khoa học", default=False)
    used_by = models.ForeignKey(
        AwardRecord,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="initiatives",
        verbose_name="Đã dùng cho",
    )

    class Meta:
        ordering = ["-recognised_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "title", "recognised_on"], name="initiative_once"
            )
        ]

    def __str__(self) -> str:
        return self.title


class Discipline(models.Model):
    person = models.ForeignKey(
        "people.Person", on_delete=models.CASCADE, related_name="disciplines"
    )
    form = models.CharField("Hình thức", max_length=60, blank=True)
    start_date = models.DateField("Từ ngày")
    end_date = models.DateField("Đến ngày", null=True, blank=True)
    under_review = models.BooleanField("Đang xem xét (chưa có quyết định)", default=False)

    class Meta:
        ordering = ["-start_date"]

    def __str__(self) -> str:
        return f"{self.form or 'Kỷ luật'} {self.start_date:%d/%m/%Y}"


class Leave(models.Model):
    KINDS = [("thai_san", "Nghỉ thai sản"), ("om_dau", "Nghỉ ốm dài ngày"), ("khac", "Nghỉ khác")]
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="leaves")
    kind = models.CharField("Loại", max_length=10, choices=KINDS)
    start_date = models.DateField("Từ ngày")
    end_date = models.DateField("Đến ngày", null=True, blank=True)

    class Meta:
        ordering = ["-start_date"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.start_date:%d/%m/%Y}"


class UnitYearResult(models.Model):
    """A collective's year as facts: its rating, its members' counts, target results (the
    targets themselves arrive with the movements issue), and the bloc's choice."""

    unit = models.ForeignKey("units.Unit", on_delete=models.CASCADE, related_name="year_results")
    year = models.PositiveSmallIntegerField("Năm")
    rating = models.CharField("Xếp loại tập thể", max_length=6, choices=Rating.choices, blank=True)
    members_total = models.PositiveIntegerField("Tổng số cá nhân")
    members_completed = models.PositiveIntegerField("Số hoàn thành nhiệm vụ trở lên")
    members_ldtt = models.PositiveIntegerField("Số đạt LĐTT")
    members_cstdcs = models.PositiveIntegerField("Số đạt CSTĐCS")
    members_disciplined = models.PositiveIntegerField("Số bị kỷ luật từ cảnh cáo", default=0)
    exemplary = models.BooleanField(
        "Đoàn kết, tích cực thi đua (đơn vị xác nhận)", null=True, blank=True
    )
    targets_exceeded = models.BooleanField("Vượt chỉ tiêu được giao", null=True, blank=True)
    leads_bloc = models.BooleanField("Được Cụm, Khối suy tôn dẫn đầu", null=True, blank=True)

    class Meta:
        ordering = ["-year"]
        constraints = [models.UniqueConstraint(fields=["unit", "year"], name="unit_year_once")]

    def __str__(self) -> str:
        return f"{self.unit} {self.year}"


class ImportJob(models.Model):
    """An Excel import of award history, validated whole before anything is written; the
    page polls its progress."""

    STATUSES = [
        ("queued", "Chờ xử lý"),
        ("validating", "Đang kiểm tra"),
        ("writing", "Đang ghi"),
        ("done", "Hoàn tất"),
        ("rejected", "Bị từ chối"),
        ("failed", "Lỗi hệ thống"),
    ]
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="import_jobs"
    )
    filename = models.CharField(max_length=255)
    content = models.BinaryField()
    status = models.CharField(max_length=12, choices=STATUSES, default="queued")
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list)
    summary = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.filename} ({self.get_status_display()})"

    @property
    def percent(self) -> int:
        return (
            100
            if self.status in ("done", "rejected")
            else (int(100 * self.done / self.total) if self.total else 0)
        )
