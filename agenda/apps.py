from django.apps import AppConfig


class AgendaConfig(AppConfig):
    default_auto_field = 'django.db.models.BigAutoField'
    name = 'agenda'

    def ready(self):
        from meetings.apps import connect_text_cleaning

        from . import signals  # noqa: F401  (stored files go with their documents)

        connect_text_cleaning(self)
