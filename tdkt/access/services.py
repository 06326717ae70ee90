"""Writes on access: users and roles, API tokens, login throttling."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.db import transaction
from django.utils import timezone

from tdkt.access.models import ApiToken, LoginFailure, RoleAssignment
from tdkt.audit.services import audit_record, snapshot

User = get_user_model()


@transaction.atomic
def user_create(
    *,
    actor: Any,
    username: str,
    password: str,
    full_name: str = "",
    email: str = "",
    check_password: bool = True,
) -> Any:
    user = User(username=username, email=email, first_name=full_name[:150])
    if check_password:
        validate_password(password, user)
    user.set_password(password)
    user.full_clean()
    user.save()
    audit_record(
        actor=actor,
        action="user.create",
        obj=user,
        after=snapshot(user, exclude=("password", "last_login")),
    )
    return user


@transaction.atomic
def role_grant(
    *, actor: Any, user: Any, role: str, unit: Any = None, bloc: Any = None
) -> RoleAssignment:
    assignment = RoleAssignment(user=user, role=role, unit=unit, bloc=bloc)
    assignment.full_clean()
    assignment.save()
    audit_record(
        actor=actor,
        action="role.grant",
        obj=assignment,
        after=snapshot(assignment),
        unit_id=unit.pk if unit else None,
    )
    return assignment


def token_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@transaction.atomic
def token_create(*, actor: Any, user: Any, name: str) -> tuple[ApiToken, str]:
    """Return the token and its secret; the secret is shown once and never stored."""
    secret = "tdkt_" + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name, prefix=secret[5:13], key_hash=token_hash(secret)
    )
    audit_record(
        actor=actor,
        action="token.create",
        obj=token,
        after={"user_id": user.pk, "name": name, "prefix": token.prefix},
    )
    return token, secret


def token_user(secret: str) -> Any | None:
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=token_hash(secret), revoked_at__isnull=True)
        .first()
    )
    if token is None or not token.user.is_active:
        return None
    now = timezone.now()
    # Touch at most once a minute: a token used in a loop must not write on every request.
    if token.last_used_at is None or now - token.last_used_at > dt.timedelta(minutes=1):
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user


def login_locked(*, username: str, ip: str | None) -> bool:
    since = timezone.now() - dt.timedelta(seconds=settings.TDKT_LOGIN_WINDOW_SECONDS)
    recent = LoginFailure.objects.filter(at__gte=since)
    limit = settings.TDKT_LOGIN_MAX_FAILURES
    by_user = recent.filter(username=username.lower()).count() >= limit
    by_ip = ip is not None and recent.filter(ip=ip).count() >= limit * 4
    return by_user or by_ip


def login_failed(*, username: str, ip: str | None) -> None:
    LoginFailure.objects.create(username=username.lower()[:150], ip=ip)


def login_succeeded(*, username: str) -> None:
    LoginFailure.objects.filter(username=username.lower()).delete()
