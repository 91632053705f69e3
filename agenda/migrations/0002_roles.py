"""Create the Clerks and Councillors groups with their permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from agenda.role_groups import grant_role_permissions


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations have run; make
    # them now so the groups can be given them on a fresh database.
    for label in ("meetings", "agenda"):
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None

    grant_role_permissions(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


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
