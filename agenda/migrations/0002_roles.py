"""Create the Clerks and Councillors groups with their permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CLERK_MODELS = {
    "meetings": ["committee", "person", "membership", "meeting", "attendance"],
    "agenda": [
        "agendaitem", "resolution", "recordedvote", "declaration",
        "supportingdocument", "minutescorrection", "agendapublication",
    ],
}


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations have run; make
    # them now so the groups can be given them on a fresh database.
    for label in ("meetings", "agenda"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    clerk_perms = [Permission.objects.get(content_type__app_label="meetings", codename="manage_business"),
                   Permission.objects.get(content_type__app_label="agenda", codename="view_exempt")]
    for app_label, models in CLERK_MODELS.items():
        for model in models:
            for action in ("add", "change", "delete", "view"):
                clerk_perms.append(
                    Permission.objects.get(
                        content_type__app_label=app_label, codename=f"{action}_{model}"
                    )
                )
    clerks, _ = Group.objects.get_or_create(name="Clerks")
    clerks.permissions.set(clerk_perms)

    councillors, _ = Group.objects.get_or_create(name="Councillors")
    councillors.permissions.set(
        [Permission.objects.get(content_type__app_label="agenda", codename="view_exempt")]
    )


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Clerks", "Councillors"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("agenda", "0001_initial"),
        ("meetings", "0002_minutes_approval_trigger"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
