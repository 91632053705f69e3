"""
A supporting document's file is removed from storage once the deletion of
its row is committed, whichever way the row goes: removed on its own, with
its item or meeting, or in a queryset. A rolled-back deletion keeps the file,
and the audit history never keeps a deleted file within reach.
"""

import pytest
from django.core.files.base import ContentFile
from django.db import transaction

from agenda import services
from agenda.models import SupportingDocument
from tests import factories

pytestmark = pytest.mark.django_db


def stored_files(settings):
    root = settings.MEDIA_ROOT
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []


def file_path(settings, document):
    return settings.MEDIA_ROOT / document.file.name


def test_deleting_an_item_removes_both_of_its_documents_files(
    settings, clerk, django_capture_on_commit_callbacks
):
    item = factories.AgendaItemFactory(published_at=None)
    first = factories.DocumentFactory(item=item)
    second = factories.DocumentFactory(item=item)
    kept = factories.DocumentFactory()
    paths = [file_path(settings, first), file_path(settings, second)]
    assert all(path.exists() for path in paths)

    with django_capture_on_commit_callbacks(execute=True):
        services.remove_item(item=item, user=clerk)

    assert not any(path.exists() for path in paths)
    assert stored_files(settings) == [file_path(settings, kept)]


def test_deleting_a_meeting_removes_its_documents_files(settings, django_capture_on_commit_callbacks):
    meeting = factories.MeetingFactory()
    documents = [
        factories.DocumentFactory(item=factories.AgendaItemFactory(meeting=meeting)) for _ in range(3)
    ]
    kept = factories.DocumentFactory()

    with django_capture_on_commit_callbacks(execute=True):
        meeting.delete()

    assert not SupportingDocument.objects.filter(pk__in=[d.pk for d in documents]).exists()
    assert stored_files(settings) == [file_path(settings, kept)]


def test_deleting_documents_in_a_queryset_removes_their_files(settings, django_capture_on_commit_callbacks):
    exempt = [factories.DocumentFactory(is_exempt=True) for _ in range(2)]
    kept = factories.DocumentFactory(is_exempt=False)

    with django_capture_on_commit_callbacks(execute=True):
        SupportingDocument.objects.filter(is_exempt=True).delete()

    assert not any(file_path(settings, document).exists() for document in exempt)
    assert stored_files(settings) == [file_path(settings, kept)]


def test_deleting_a_document_removes_its_file(settings, django_capture_on_commit_callbacks):
    document = factories.DocumentFactory()
    path = file_path(settings, document)
    assert path.exists()

    with django_capture_on_commit_callbacks(execute=True):
        document.delete()

    assert not path.exists()


def test_a_file_stays_until_the_deletion_is_committed(settings, django_capture_on_commit_callbacks):
    document = factories.DocumentFactory()
    path = file_path(settings, document)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        document.item.delete()
        assert path.exists()

    assert path.exists()
    for callback in callbacks:
        callback()
    assert not path.exists()


def test_a_rolled_back_deletion_keeps_the_files(settings, clerk, django_capture_on_commit_callbacks):
    item = factories.AgendaItemFactory(published_at=None)
    documents = [factories.DocumentFactory(item=item) for _ in range(2)]

    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError):
            with transaction.atomic():
                services.remove_item(item=item, user=clerk)
                item.meeting.delete()
                raise RuntimeError("the clerk's request failed after the deletion")

    assert SupportingDocument.objects.filter(item=item).count() == 2
    assert all(file_path(settings, document).exists() for document in documents)


def test_a_file_another_document_still_uses_is_kept(settings, django_capture_on_commit_callbacks):
    document = factories.DocumentFactory()
    copy = factories.DocumentFactory(file=document.file.name)

    with django_capture_on_commit_callbacks(execute=True):
        document.delete()

    assert file_path(settings, copy).exists()


def test_replacing_a_documents_file_removes_the_old_one(settings, django_capture_on_commit_callbacks):
    document = factories.DocumentFactory()
    old = file_path(settings, document)

    with django_capture_on_commit_callbacks(execute=True):
        document.file.save("revised.pdf", ContentFile(b"%PDF-1.4\nrevised\n%%EOF\n"))

    assert not old.exists()
    assert stored_files(settings) == [file_path(settings, document)]
    assert file_path(settings, document).read_bytes() == b"%PDF-1.4\nrevised\n%%EOF\n"


def test_clearing_a_documents_file_removes_it(settings, django_capture_on_commit_callbacks):
    document = factories.DocumentFactory()
    old = file_path(settings, document)

    with django_capture_on_commit_callbacks(execute=True):
        document.file = ""
        document.save()

    assert not old.exists()


def test_a_rolled_back_replacement_keeps_the_old_file(settings, django_capture_on_commit_callbacks):
    document = factories.DocumentFactory()
    old = file_path(settings, document)

    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError):
            with transaction.atomic():
                document.file = "documents/elsewhere.pdf"
                document.save()
                raise RuntimeError("rolled back")

    assert old.exists()


def test_saving_a_document_unchanged_keeps_its_file(settings, django_capture_on_commit_callbacks):
    document = factories.DocumentFactory()

    with django_capture_on_commit_callbacks(execute=True):
        document.title = "Revised title"
        document.save()

    assert file_path(settings, document).exists()


def test_a_deleted_document_cannot_be_downloaded_from_its_history(
    clerk_client, clerk, settings, django_capture_on_commit_callbacks
):
    item = factories.AgendaItemFactory(published_at=None)
    document = factories.DocumentFactory(item=item, title="Confidential draft")
    download_url = f"/documents/{document.pk}/"
    assert clerk_client.get(download_url).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        services.delete_document(document=document, user=clerk)

    history = clerk_client.get(f"/clerk/items/{item.pk}/history/")
    assert history.status_code == 200
    assert "Confidential draft" in history.text
    assert download_url not in history.text
    assert clerk_client.get(download_url).status_code == 404
    assert stored_files(settings) == []


@pytest.mark.django_db(transaction=True)
def test_files_go_when_a_real_transaction_commits_and_stay_when_it_rolls_back(settings):
    kept = factories.DocumentFactory()
    removed = factories.DocumentFactory()

    with pytest.raises(RuntimeError):
        with transaction.atomic():
            kept.item.meeting.delete()
            raise RuntimeError("rolled back")
    with transaction.atomic():
        removed.item.meeting.delete()
        assert file_path(settings, removed).exists()

    assert file_path(settings, kept).exists()
    assert not file_path(settings, removed).exists()
