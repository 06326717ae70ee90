"""Units (cơ quan, đơn vị): an effective-dated hierarchy with lineage through reorganisations.

A unit row is one identity under one name for one period. A rename, merge or split closes the
old rows and opens new ones, linked by a ``Reorganisation``; awards keep pointing at the unit
as it was named when they were given ("Sở Tư pháp tỉnh Quảng Nam"), and the successor's page
shows every predecessor's history (``vn-admin.md`` §3, law digest §f).
"""

from __future__ import annotations

from django.db import models


class UnitType(models.TextChoices):
    BO = "bo", "Bộ"
    TONG_CUC_THADS = "tong_cuc_thads", "Tổng cục Thi hành án dân sự"
    CUC_QL_THADS = "cuc_ql_thads", "Cục Quản lý Thi hành án dân sự"
    VU_CUC = "vu_cuc", "Vụ, Cục, đơn vị thuộc Bộ"
    DON_VI_TRUC_THUOC = "don_vi_truc_thuoc", "Vụ, Ban thuộc Tổng cục/Cục"
    SO_TU_PHAP = "so_tu_phap", "Sở Tư pháp"
    CUC_THADS_TINH = "cuc_thads_tinh", "Cục Thi hành án dân sự tỉnh, thành phố"
    THADS_TINH = "thads_tinh", "Thi hành án dân sự tỉnh, thành phố"
    CHI_CUC_THADS = "chi_cuc_thads", "Chi cục Thi hành án dân sự"
    PHONG_THADS_KV = "phong_thads_kv", "Phòng Thi hành án dân sự khu vực"
    PHONG = "phong", "Phòng, ban, bộ phận"


_NAMED_UNDER_PARENT = {UnitType.PHONG_THADS_KV, UnitType.PHONG, UnitType.DON_VI_TRUC_THUOC}


class Unit(models.Model):
    code = models.CharField("Mã đơn vị", max_length=40, unique=True)
    name = models.CharField("Tên đơn vị", max_length=255)
    short_name = models.CharField("Tên viết tắt", max_length=60, blank=True)
    unit_type = models.CharField("Loại đơn vị", max_length=30, choices=UnitType.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name="Đơn vị cấp trên",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    # Materialised path "/1/7/42/": a subtree is one indexed prefix query, which is how the
    # access selector scopes a unit officer to their unit and everything under it.
    path = models.CharField(max_length=255, db_index=True, editable=False)
    depth = models.PositiveSmallIntegerField(default=0, editable=False)
    province_code = models.CharField(
        "Mã tỉnh (mã ĐVHC)",
        max_length=2,
        blank=True,
        help_text="Mã đơn vị hành chính cấp tỉnh (QĐ 124/2004 trước 01/7/2025, QĐ 19/2025 từ đó).",
    )
    province_name = models.CharField("Tỉnh, thành phố", max_length=60, blank=True)
    valid_from = models.DateField("Hiệu lực từ")
    valid_to = models.DateField("Hiệu lực đến", null=True, blank=True)
    note = models.TextField("Ghi chú", blank=True)
    # Folded name (no diacritics, đ→d, lowercase) for search; see tdkt.core.vntext.
    search_text = models.CharField(max_length=300, editable=False, default="")
    sort_key = models.BinaryField(editable=False, default=b"")

    class Meta:
        ordering = ["path"]
        verbose_name = "đơn vị"
        verbose_name_plural = "đơn vị"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_to__isnull=True)
                | models.Q(valid_to__gte=models.F("valid_from")),
                name="unit_valid_range",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_current(self) -> bool:
        return self.valid_to is None

    @property
    def label(self) -> str:
        """The name, with the parent's for units whose names repeat across provinces
        ("Phòng Thi hành án dân sự khu vực 2 – Thi hành án dân sự tỉnh Đồng Nai").
        Callers that list many units select_related("parent")."""
        if self.unit_type in _NAMED_UNDER_PARENT and self.parent_id:
            return f"{self.name} – {self.parent.name}"  # type: ignore[union-attr]
        return self.name


class ReorganisationKind(models.TextChoices):
    RENAME = "rename", "Đổi tên"
    MERGE = "merge", "Hợp nhất, sáp nhập"
    SPLIT = "split", "Chia tách"
    TRANSFER = "transfer", "Chuyển giao, tổ chức lại"


class Reorganisation(models.Model):
    kind = models.CharField("Hình thức", max_length=20, choices=ReorganisationKind.choices)
    effective_date = models.DateField("Ngày có hiệu lực")
    legal_basis = models.CharField("Căn cứ (văn bản)", max_length=300)
    note = models.TextField("Ghi chú", blank=True)
    predecessors = models.ManyToManyField(
        Unit, related_name="reorganisations_out", verbose_name="Đơn vị trước"
    )
    successors = models.ManyToManyField(
        Unit, related_name="reorganisations_in", verbose_name="Đơn vị sau"
    )

    class Meta:
        ordering = ["effective_date", "id"]
        verbose_name = "sắp xếp, tổ chức lại"

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.effective_date:%d/%m/%Y})"
