"""People (CBCCVC, NLĐ): name in its three Vietnamese parts, positions over time, ratings."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models


class Gender(models.TextChoices):
    NAM = "nam", "Nam"
    NU = "nu", "Nữ"


class Person(models.Model):
    family_name = models.CharField("Họ", max_length=50, blank=True)
    middle_name = models.CharField("Tên đệm", max_length=80, blank=True)
    given_name = models.CharField("Tên", max_length=50)
    gender = models.CharField("Giới tính", max_length=3, choices=Gender.choices)
    date_of_birth = models.DateField("Ngày sinh")
    national_id = models.CharField(
        "Số định danh cá nhân",
        max_length=12,
        blank=True,
        null=True,
        unique=True,
        validators=[RegexValidator(r"^\d{12}$", "Số định danh cá nhân gồm đúng 12 chữ số.")],
    )
    # The unit of the person's current (or last) position, kept by the position services so
    # that access scoping and unit lists need no join through positions.
    unit = models.ForeignKey(
        "units.Unit", verbose_name="Đơn vị", on_delete=models.PROTECT, related_name="people"
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
    )
    search_text = models.CharField(max_length=200, editable=False, default="")
    sort_key = models.BinaryField(editable=False, default=b"")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "cá nhân"
        verbose_name_plural = "cá nhân"
        indexes = [
            models.Index(fields=["sort_key", "id"], name="person_sort"),
            models.Index(fields=["unit", "sort_key"], name="person_unit_sort"),
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.family_name, self.middle_name, self.given_name) if p)


class Position(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="positions")
    unit = models.ForeignKey(
        "units.Unit", verbose_name="Đơn vị", on_delete=models.PROTECT, related_name="positions"
    )
    title = models.CharField("Chức vụ, chức danh", max_length=150)
    is_leader = models.BooleanField(
        "Lãnh đạo, quản lý",
        default=False,
        help_text="Bỏ chọn với người lao động trực tiếp (không giữ chức vụ lãnh đạo, quản lý).",
    )
    head_level = models.CharField(
        "Cấp",
        max_length=6,
        blank=True,
        choices=[("truong", "Cấp trưởng"), ("pho", "Cấp phó")],
        help_text="Với lãnh đạo: cấp trưởng hay cấp phó (tính thời gian giữ chức vụ).",
    )
    start_date = models.DateField("Từ ngày")
    end_date = models.DateField("Đến ngày", null=True, blank=True)

    class Meta:
        ordering = ["-start_date"]
        verbose_name = "quá trình công tác"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="position_valid_range",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title}, {self.unit}"


class Rating(models.TextChoices):
    HTXSNV = "htxsnv", "Hoàn thành xuất sắc nhiệm vụ"
    HTTNV = "httnv", "Hoàn thành tốt nhiệm vụ"
    HTNV = "htnv", "Hoàn thành nhiệm vụ"
    KHTNV = "khtnv", "Không hoàn thành nhiệm vụ"


class YearlyRating(models.Model):
    """The yearly đánh giá, xếp loại; awards, initiatives and discipline are in records."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="ratings")
    year = models.PositiveSmallIntegerField("Năm")
    rating = models.CharField("Xếp loại", max_length=6, choices=Rating.choices)
    # Điều 24.1.b: "tinh thần tự lực, tự cường, đoàn kết, tương trợ, tích cực tham gia phong
    # trào thi đua", confirmed by the unit with the rating.
    exemplary = models.BooleanField("Tinh thần tự lực, đoàn kết, tích cực thi đua", default=True)

    class Meta:
        ordering = ["-year"]
        constraints = [models.UniqueConstraint(fields=["person", "year"], name="rating_once")]

    def __str__(self) -> str:
        return f"{self.year}: {self.get_rating_display()}"
