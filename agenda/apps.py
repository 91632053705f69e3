from django.apps import AppConfig


class AgendaConfig(AppConfig):
    default_auto_field = 'django.db.models.BigAutoField'
    name = 'agenda'

    def ready(self):
        from meetings.apps import connect_text_cleaning

        connect_text_cleaning(self)
