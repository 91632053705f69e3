from django.db import migrations


def track_existing(apps, schema_editor):
    """Every resolution already recorded as a recommendation is tracked, not yet sent."""
    Resolution = apps.get_model("agenda", "Resolution")
    Recommendation = apps.get_model("recommendations", "Recommendation")
    pks = Resolution.objects.filter(kind="recommendation", recommendation__isnull=True).values_list("pk", flat=True)
    Recommendation.objects.bulk_create([Recommendation(resolution_id=pk) for pk in pks.iterator()], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("recommendations", "0001_initial")]

    operations = [migrations.RunPython(track_existing, migrations.RunPython.noop)]
