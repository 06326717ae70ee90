from django.apps import AppConfig


class AccessConfig(AppConfig):
    name = "tdkt.access"
    label = "access"
    verbose_name = "Phân quyền"
