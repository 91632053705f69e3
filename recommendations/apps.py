from django.apps import AppConfig


class RecommendationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "recommendations"
    verbose_name = "Recommendations, actions and work programmes"

    def ready(self):
        from meetings.apps import connect_text_cleaning

        from . import signals  # noqa: F401  (recommendations are tracked as they are recorded)

        connect_text_cleaning(self)

        # The clerks' tracker forms, actions and the tracker item.
        from scrutiny import page_sections

        from . import sections

        page_sections.register("clerk_start", sections.clerk_start)
        page_sections.register("clerk_meeting", sections.clerk_meeting)
        page_sections.register("meeting", sections.public_meeting)
        page_sections.register("item", sections.item)
        page_sections.register("minutes", sections.minutes)

        # The work programme on the committee's page and the clerks' pages.
        from scrutiny import page_sections

        from .views import programme_clerk, programme_public

        page_sections.register("committee", programme_public.committee_section)
        page_sections.register("clerk_meeting", programme_clerk.meeting_section)
        page_sections.register("clerk_start", programme_clerk.start_section)

        # The tracker's part of the demo council (manage.py load_demo).
        from scrutiny import demo_data

        from . import demo

        demo_data.register(demo.load)

        # Responses are found by search with the decision they answer.
        from django.apps import apps

        if apps.is_installed("search"):
            from . import search_index

            search_index.connect()

        # The public pages of meetings, items and decisions link to the tracker.
        from . import links

        page_sections.register_links("resolution", links.resolution_links)
        page_sections.register("committee", links.committee_section)
        page_sections.register("meeting", links.meeting_section)
