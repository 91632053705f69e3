"""
The back button and "send again": the same declaration or upload form
submitted twice records one declaration or paper, and the second answers
with the one already recorded instead of an error or a duplicate.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from agenda.models import Declaration, SupportingDocument
from tests import factories
from tests.test_documents import blank_pdf

pytestmark = pytest.mark.django_db


def hidden(response, name):
    return response.context["form"][name].value()


def test_a_declaration_sent_twice_is_recorded_once(clerk_client):
    meeting = factories.MeetingFactory()
    person = factories.PersonFactory(name="Priya Shah")
    url = f"/clerk/meetings/{meeting.pk}/declarations/"
    opened = clerk_client.get(url)
    data = {
        "person": person.pk, "item": "", "kind": "pecuniary", "text": "Owns a nursery.",
        "fingerprint": hidden(opened, "fingerprint"), "submission": hidden(opened, "submission"),
    }

    assert clerk_client.post(url, data).status_code == 302
    again = clerk_client.post(url, data, follow=True)

    assert again.status_code == 200
    assert again.redirect_chain[-1][0] == url
    assert "This declaration by Councillor Priya Shah was already recorded" in again.text
    assert Declaration.objects.count() == 1
    # A new page gives a new token: a second, real declaration is recorded.
    reopened = clerk_client.get(url)
    assert hidden(reopened, "submission") != data["submission"]
    data.update(text="Is a school governor.", fingerprint=hidden(reopened, "fingerprint"),
                submission=hidden(reopened, "submission"))
    assert clerk_client.post(url, data).status_code == 302
    assert Declaration.objects.count() == 2


def test_an_upload_sent_twice_stores_one_paper(clerk_client, settings):
    item = factories.AgendaItemFactory()
    url = f"/clerk/items/{item.pk}/documents/new/"
    token = hidden(clerk_client.get(url), "submission")

    def send():
        upload = SimpleUploadedFile("report.pdf", blank_pdf(), content_type="application/pdf")
        return clerk_client.post(url, {"file": upload, "title": "Officer report", "submission": token}, follow=True)

    assert "“Officer report” uploaded." in send().text
    again = send()

    assert again.status_code == 200
    assert "“Officer report” was already uploaded" in again.text
    assert SupportingDocument.objects.filter(item=item).count() == 1
    stored = [path for path in settings.MEDIA_ROOT.rglob("*") if path.is_file()]
    assert len(stored) == 1


def test_an_imported_item_confirmed_twice_is_saved_once(clerk_client):
    from tests.test_paste_import import SIMPLE_RECORD, import_url, posted_from, preview

    meeting = factories.MeetingFactory()
    data = posted_from(preview(clerk_client, meeting, SIMPLE_RECORD))

    first = clerk_client.post(import_url(meeting), data)
    again = clerk_client.post(import_url(meeting), data, follow=True)

    item = meeting.items.get()
    assert first["Location"] == f"/clerk/items/{item.pk}/edit/"
    assert again.redirect_chain[-1][0] == f"/clerk/items/{item.pk}/edit/"
    assert "This item was already saved" in again.text
