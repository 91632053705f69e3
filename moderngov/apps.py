from django.apps import AppConfig


class ModernGovConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "moderngov"
    verbose_name = "ModernGov import"
