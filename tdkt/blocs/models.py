"""Blocs (cụm / khối / khu vực thi đua): peer units that compete together, with members and a
rotating leader (Trưởng) and deputies (Phó) per year (law digest §d, ``vn-admin.md`` §4)."""

from __future__ import annotations

from django.db import models


class BlocKind(models.TextChoices):
    CUM = "cum", "Cụm thi đua"
    KHOI = "khoi", "Khối thi đua"
    KHU_VUC = "khu_vuc", "Khu vực thi đua"


class Source(models.TextChoices):
    """Where a fact comes from. Inferred facts are shown as such on every page."""

    DOCUMENTED = "documented", "Có văn bản, nguồn tin"
    INFERRED = "inferred", "Suy luận, chưa kiểm chứng"


class Bloc(models.Model):
    name = models.CharField("Tên", max_length=255, unique=True)
    kind = models.CharField("Loại", max_length=10, choices=BlocKind.choices)
    from_year = models.PositiveSmallIntegerField("Từ năm")
    to_year = models.PositiveSmallIntegerField("Đến năm", null=True, blank=True)
    note = models.TextField("Ghi chú", blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "cụm, khối thi đua"

    def __str__(self) -> str:
        return self.name


class BlocMembership(models.Model):
    bloc = models.ForeignKey(Bloc, on_delete=models.CASCADE, related_name="memberships")
    unit = models.ForeignKey(
        "units.Unit",
        verbose_name="Đơn vị",
        on_delete=models.PROTECT,
        related_name="bloc_memberships",
    )
    year = models.PositiveSmallIntegerField("Năm")
    source = models.CharField(
        "Nguồn", max_length=12, choices=Source.choices, default=Source.DOCUMENTED
    )
    source_note = models.CharField("Ghi chú nguồn", max_length=300, blank=True)

    class Meta:
        ordering = ["year", "unit__path"]
        constraints = [
            models.UniqueConstraint(fields=["bloc", "unit", "year"], name="bloc_member_once")
        ]
        indexes = [models.Index(fields=["bloc", "year"])]

    def __str__(self) -> str:
        return f"{self.unit} ({self.year})"


class OfficerRole(models.TextChoices):
    TRUONG = "truong", "Trưởng"
    PHO = "pho", "Phó Trưởng"


class BlocOfficer(models.Model):
    """The unit (and, when known, the person) that leads or deputises for a bloc in a year.

    The Ministry appoints them yearly "theo chế độ luân phiên" (QĐ 3916/QĐ-BTP, 2013):
    one Trưởng and usually two Phó.
    """

    bloc = models.ForeignKey(Bloc, on_delete=models.CASCADE, related_name="officers")
    year = models.PositiveSmallIntegerField("Năm")
    role = models.CharField("Vai trò", max_length=6, choices=OfficerRole.choices)
    unit = models.ForeignKey(
        "units.Unit", verbose_name="Đơn vị", on_delete=models.PROTECT, related_name="bloc_offices"
    )
    holder_name = models.CharField("Người giữ", max_length=120, blank=True)
    holder_title = models.CharField("Chức vụ", max_length=200, blank=True)
    source = models.CharField(
        "Nguồn", max_length=12, choices=Source.choices, default=Source.DOCUMENTED
    )
    source_note = models.CharField("Ghi chú nguồn", max_length=300, blank=True)

    class Meta:
        ordering = ["year", "role", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["bloc", "year"],
                condition=models.Q(role="truong"),
                name="bloc_one_leader_per_year",
            ),
            models.UniqueConstraint(fields=["bloc", "year", "unit"], name="bloc_office_once"),
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()} {self.bloc} {self.year}: {self.unit}"
