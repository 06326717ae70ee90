"""Start-up check: every model of a TĐKT app declares its access, or it is never served."""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.core import checks

from tdkt.access.rules import declared_models


@checks.register(checks.Tags.security)
def every_model_declares_access(app_configs: Any = None, **kwargs: Any) -> list[checks.Error]:
    declared = declared_models()
    errors = []
    for model in apps.get_models():
        if not model.__module__.startswith("tdkt.") or model._meta.proxy:
            continue
        if model not in declared:
            errors.append(
                checks.Error(
                    f"{model._meta.label} khai báo thiếu quy tắc truy cập.",
                    hint=f"Khai báo trong {model._meta.app_config.name}.access bằng "
                    "tdkt.access.rules.declare(...) cách đối tượng gắn với cây đơn vị và "
                    "vai trò được làm gì.",
                    obj=model,
                    id="tdkt.A001",
                )
            )
    return errors
