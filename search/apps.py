from django.apps import AppConfig


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"

    def ready(self):
        from . import checks, signals  # noqa: F401  (says which engine runs; connects the index to the records)
