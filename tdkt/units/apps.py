from django.apps import AppConfig


class UnitsConfig(AppConfig):
    name = "tdkt.units"
    label = "units"
    verbose_name = "Cơ quan, đơn vị"
