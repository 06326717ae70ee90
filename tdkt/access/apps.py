from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class AccessConfig(AppConfig):
    name = "tdkt.access"
    label = "access"
    verbose_name = "Phân quyền"

    def ready(self) -> None:
        # Each app declares its models' access in its own access.py (tdkt.access.rules).
        autodiscover_modules("access")
        from tdkt.access import checks  # noqa: F401  (registers the system check)
