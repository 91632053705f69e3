from django.apps import AppConfig
from django.db.models.signals import pre_save


class MeetingsConfig(AppConfig):
    default_auto_field = 'django.db.models.BigAutoField'
    name = 'meetings'

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from .middleware import note_sign_in_time
        from .page_cache import connect_invalidation

        connect_text_cleaning(self)
        connect_invalidation()
        user_logged_in.connect(note_sign_in_time, dispatch_uid="meetings.note_sign_in_time")


def connect_text_cleaning(app_config):
    """Clean the text of every record of an app as it is saved (see meetings/text.py)."""
    from .text import clean_text_fields

    for model in app_config.get_models():
        pre_save.connect(clean_text_fields, sender=model, dispatch_uid=f"clean_text:{model._meta.label}")
