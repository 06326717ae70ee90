"""Typed helpers that read settings from the environment and fail loudly on bad values.

Modelled on Healthchecks' settings: every knob is one environment variable with a default
that is safe for development; a malformed value stops start-up with a message naming it.
"""

from __future__ import annotations

import os
from urllib.parse import unquote, urlparse


class ConfigError(RuntimeError):
    """A setting in the environment is missing or malformed."""


def env_str(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise ConfigError(f"Thiếu biến môi trường {name}.")
    return value


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    low = raw.strip().lower()
    if low in {"1", "true", "yes", "on"}:
        return True
    if low in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name}={raw!r}: cần true/false.")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name}={raw!r}: cần một số nguyên.") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def database_from_url(url: str) -> dict[str, object]:
    """Turn ``postgresql://user:pass@host:port/name`` into a Django DATABASES entry."""
    parsed = urlparse(url)
    if parsed.scheme not in {"postgres", "postgresql"}:
        raise ConfigError(
            f"TDKT_DATABASE_URL: lược đồ {parsed.scheme!r} không được hỗ trợ (cần postgresql://)."
        )
    name = parsed.path.lstrip("/")
    if not name:
        raise ConfigError("TDKT_DATABASE_URL: thiếu tên cơ sở dữ liệu.")
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(name),
        "USER": unquote(parsed.username or ""),
        "PASSWORD": unquote(parsed.password or ""),
        "HOST": parsed.hostname or "",
        "PORT": str(parsed.port or ""),
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
        "TEST": {"NAME": f"test_{unquote(name)}"},
    }
