"""
Labels repeated within an item before labels had to be unique are made
unique by the migration that adds the constraint, without changing any
resolution's reference (a citation).
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [("agenda", "0005_clean_saved_text")]
AFTER = [("agenda", "0006_resolution_labels_corrections_municipal_year")]


@pytest.mark.django_db(transaction=True)
def test_repeated_labels_take_their_references_suffix_or_are_cleared():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    apps = executor.loader.project_state(BEFORE).apps
    Committee = apps.get_model("meetings", "Committee")
    Meeting = apps.get_model("meetings", "Meeting")
    AgendaItem = apps.get_model("agenda", "AgendaItem")
    Resolution = apps.get_model("agenda", "Resolution")
    try:
        committee = Committee.objects.create(name="Children", slug="children", abbreviation="CYP")
        meeting = Meeting.objects.create(committee=committee, start=timezone.now())
        item = AgendaItem.objects.create(meeting=meeting, number="4", title="Fostering", minute_year=2026,
                                         minute_number=4)
        rows = [("a", "CYP/2026/4(a)"), ("a", "CYP/2026/4(2)"), ("b", "CYP/2026/4(b)"), ("a", "CYP/2026/4(b)")]
        for order, (label, reference) in enumerate(rows, start=1):
            Resolution.objects.create(item=item, order=order, label=label, text=f"Text {order}",
                                      reference=reference if order < 4 else "")

        executor = MigrationExecutor(connection)
        executor.migrate(AFTER)

        saved = list(Resolution.objects.filter(item_id=item.pk).order_by("order").values_list("label", "reference"))
        assert saved == [
            ("a", "CYP/2026/4(a)"),
            ("2", "CYP/2026/4(2)"),  # the suffix its reference was given
            ("b", "CYP/2026/4(b)"),
            ("", ""),  # nothing to take: cleared
        ]
    finally:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
