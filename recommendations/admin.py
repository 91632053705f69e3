from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Action, ActionUpdate, Recommendation, RecommendationResponse, RecommendationUpdate, WorkProgrammeEntry


class ResponseInline(admin.StackedInline):
    model = RecommendationResponse
    extra = 0


class UpdateInline(admin.TabularInline):
    model = RecommendationUpdate
    extra = 0


@admin.register(Recommendation)
class RecommendationAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "addressed_to", "sent_on", "response_due_on", "outcome", "implementation"]
    list_filter = ["addressed_to", "outcome", "implementation"]
    raw_id_fields = ["resolution", "closed_at_meeting"]
    inlines = [ResponseInline, UpdateInline]


class ActionUpdateInline(admin.TabularInline):
    model = ActionUpdate
    extra = 0


@admin.register(Action)
class ActionAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "meeting", "owner", "due_on", "status"]
    list_filter = ["status"]
    raw_id_fields = ["meeting", "item", "closed_at_meeting"]
    inlines = [ActionUpdateInline]


@admin.register(WorkProgrammeEntry)
class WorkProgrammeEntryAdmin(SimpleHistoryAdmin):
    list_display = ["title", "committee", "municipal_year", "kind", "status"]
    list_filter = ["committee", "municipal_year", "kind", "status"]
    raw_id_fields = ["planned_meeting", "agenda_item"]
