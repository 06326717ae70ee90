from django.apps import AppConfig


class BlocsConfig(AppConfig):
    name = "tdkt.blocs"
    label = "blocs"
    verbose_name = "Cụm, khối, khu vực thi đua"
