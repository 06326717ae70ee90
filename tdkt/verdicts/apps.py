from django.apps import AppConfig


class VerdictsConfig(AppConfig):
    name = "tdkt.verdicts"
    label = "verdicts"
    verbose_name = "Xét điều kiện khen thưởng"
