from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import AgendaItem, AgendaPublication, Declaration, MinutesCorrection, Resolution, SupportingDocument


class ResolutionInline(admin.StackedInline):
    model = Resolution
    extra = 0


class DocumentInline(admin.TabularInline):
    model = SupportingDocument
    extra = 0
    exclude = ["extracted_text"]


@admin.register(AgendaItem)
class AgendaItemAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "meeting", "is_exempt", "published_at"]
    list_filter = ["is_exempt", "meeting__committee"]
    search_fields = ["title", "minutes"]
    raw_id_fields = ["meeting"]
    inlines = [ResolutionInline, DocumentInline]


@admin.register(Declaration)
class DeclarationAdmin(SimpleHistoryAdmin):
    list_display = ["person", "meeting", "kind"]
    raw_id_fields = ["meeting", "item"]


@admin.register(MinutesCorrection)
class MinutesCorrectionAdmin(SimpleHistoryAdmin):
    list_display = ["meeting", "recorded_by", "recorded_at"]
    raw_id_fields = ["meeting", "item"]


@admin.register(AgendaPublication)
class AgendaPublicationAdmin(admin.ModelAdmin):
    list_display = ["meeting", "published_at", "is_supplementary", "is_late"]
    raw_id_fields = ["meeting"]
    filter_horizontal = ["items"]
