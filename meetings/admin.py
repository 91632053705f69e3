from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Attendance, Committee, Meeting, Membership, Person


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["person"]


@admin.register(Committee)
class CommitteeAdmin(SimpleHistoryAdmin):
    list_display = ["name", "abbreviation", "kind", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MembershipInline]


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "party", "ward"]
    list_filter = ["kind", "party"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class AttendanceInline(admin.TabularInline):
    model = Attendance
    fk_name = "meeting"
    extra = 0
    autocomplete_fields = ["person", "substitute_for"]


@admin.register(Meeting)
class MeetingAdmin(SimpleHistoryAdmin):
    list_display = ["committee", "start", "status", "minutes_status"]
    list_filter = ["committee", "status", "minutes_status"]
    date_hierarchy = "start"
    raw_id_fields = ["minutes_approved_at_meeting"]
    inlines = [AttendanceInline]
