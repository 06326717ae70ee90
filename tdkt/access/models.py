"""Roles, API tokens and login failures: the data behind the access selector."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Role(models.TextChoices):
    ADMIN = "admin", "Quản trị hệ thống"
    SECTOR_OFFICER = "sector_officer", "Cán bộ thi đua toàn ngành"
    UNIT_OFFICER = "unit_officer", "Cán bộ thi đua đơn vị"
    BLOC_LEADER = "bloc_leader", "Trưởng, Phó cụm/khối thi đua"
    COUNCIL_MEMBER = "council_member", "Thành viên Hội đồng TĐKT"
    STAFF = "staff", "Cán bộ, công chức"


class RoleAssignment(models.Model):
    """One role of one user, anchored to a unit (unit officer, council member) or a bloc."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="roles"
    )
    role = models.CharField("Vai trò", max_length=20, choices=Role.choices)
    unit = models.ForeignKey(
        "units.Unit", null=True, blank=True, on_delete=models.PROTECT, verbose_name="Đơn vị"
    )
    bloc = models.ForeignKey(
        "blocs.Bloc", null=True, blank=True, on_delete=models.PROTECT, verbose_name="Cụm, khối"
    )

    class Meta:
        verbose_name = "vai trò"
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(role__in=["unit_officer", "council_member"])
                | models.Q(unit__isnull=False),
                name="role_needs_unit",
            ),
            models.CheckConstraint(
                condition=~models.Q(role="bloc_leader") | models.Q(bloc__isnull=False),
                name="role_needs_bloc",
            ),
        ]

    def __str__(self) -> str:
        anchor = self.unit or self.bloc
        return f"{self.get_role_display()}{f' — {anchor}' if anchor else ''}"


class ApiToken(models.Model):
    """A bearer token for machine clients. Only a SHA-256 of the secret is stored."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField("Tên", max_length=100)
    prefix = models.CharField(max_length=8, db_index=True)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"


class LoginFailure(models.Model):
    """A failed login, kept for throttling (shared by every application server)."""

    username = models.CharField(max_length=150, db_index=True)
    ip = models.GenericIPAddressField(null=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self) -> str:
        return f"{self.username} @ {self.at:%d/%m/%Y %H:%M}"
