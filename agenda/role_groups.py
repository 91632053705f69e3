"""
The permissions of the "Clerks" and "Councillors" groups, given once by a
data migration and again by whatever finds the groups gone (a database
emptied with ``manage.py flush`` before the demo is loaded).

The migration that first creates the groups uses this module, so it names
only models that existed then; give a later model to a group with a new
migration.
"""

CLERK_MODELS = {
    "meetings": ["committee", "person", "membership", "meeting", "attendance"],
    "agenda": [
        "agendaitem", "resolution", "recordedvote", "declaration",
        "supportingdocument", "minutescorrection", "agendapublication",
    ],
}


def grant_role_permissions(Group, Permission):
    """Create both groups (or keep them) and give them exactly their permissions."""

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    clerk_perms = [permission("meetings", "manage_business"), permission("agenda", "view_exempt")]
    for app_label, models in CLERK_MODELS.items():
        for model in models:
            for action in ("add", "change", "delete", "view"):
                clerk_perms.append(permission(app_label, f"{action}_{model}"))
    clerks, _ = Group.objects.get_or_create(name="Clerks")
    clerks.permissions.set(clerk_perms)

    councillors, _ = Group.objects.get_or_create(name="Councillors")
    councillors.permissions.set([permission("agenda", "view_exempt")])


def ensure_role_groups():
    """Recreate the two groups where they are missing."""
    from django.contrib.auth.models import Group, Permission

    if Group.objects.filter(name__in=["Clerks", "Councillors"]).count() < 2:
        grant_role_permissions(Group, Permission)
