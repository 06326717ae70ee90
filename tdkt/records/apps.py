from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "tdkt.records"
    label = "records"
    verbose_name = "Hồ sơ thi đua, khen thưởng"
