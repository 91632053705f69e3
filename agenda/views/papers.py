"""
An item's supporting documents (upload, removal and the public download),
the meeting's declarations of interest, and the clerks' "paste minutes"
import. Removing a paper or a declaration is in ``agenda.views.removals``;
the audit history pages are in ``agenda.views.history``.
"""

import re
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpResponseBadRequest, HttpResponseNotFound
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control

from meetings import fingerprints, submissions
from meetings.models import Meeting
from meetings.roles import clerk_required
from meetings.services import EditConflict
from meetings.submissions import AlreadySubmitted
from scrutiny import textdiff

from .. import documents as document_checks
from .. import services
from ..forms_papers import (
    DeclarationForm,
    DocumentUploadForm,
    ImportedItemForm,
    ImportedResolutionFormSet,
    PasteForm,
)
from ..importers.moderngov import ParsedRecord, ParsedResolution, ParseError, parse_record
from ..models import AgendaItem, Declaration, SupportingDocument

NO_TEXT_WARNING = (
    "We could not read any text from this file, so it will not be found by search. "
    "It is still listed with the item."
)
# Spreadsheets may hold only numbers, so finding no text in one is no surprise.
TEXT_DOCUMENT_TYPES = {
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


def _add_service_error(form, exc):
    """Put a service's ValidationError on the form: beside the field it names, else at the top."""
    if hasattr(exc, "error_dict"):
        for name, errors in exc.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, exc)


# --- Supporting documents --------------------------------------------------------


@clerk_required
def document_upload(request, pk):
    item = get_object_or_404(AgendaItem.objects.select_related("meeting__committee"), pk=pk)
    if request.method == "POST":
        form = DocumentUploadForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                document = services.add_document(
                    item=item,
                    user=request.user,
                    uploaded_file=form.cleaned_data["file"],
                    title=form.cleaned_data["title"],
                    is_exempt=form.cleaned_data["is_exempt"],
                    submission=form.cleaned_data["submission"],
                )
            except AlreadySubmitted as exc:
                messages.info(request, f"“{exc.record.title}” was already uploaded: it is listed once below.")
                return redirect("clerk:document_upload", item.pk)
            except ValidationError as exc:
                _add_service_error(form, exc)
            else:
                message = f"“{document.title}” uploaded."
                if document.content_type in TEXT_DOCUMENT_TYPES and not document.extracted_text:
                    message = f"{message} {NO_TEXT_WARNING}"
                messages.success(request, message)
                return redirect("clerk:document_upload", item.pk)
    else:
        form = DocumentUploadForm(initial={"submission": submissions.new_token()})
    papers = [
        {"document": document, "type": document_checks.describe_type(document.content_type)}
        for document in item.documents.all()
    ]
    return render(
        request,
        "agenda/clerk/document_upload.html",
        {"item": item, "meeting": item.meeting, "form": form, "papers": papers},
    )


def _download_name(document):
    """A file name safe in any browser and file system, from the title the public sees."""
    stem = re.sub(r"[^\w\- ]+", "", document.title).strip()
    stem = re.sub(r"\s+", " ", stem)[:100].strip() or "document"
    extension = document_checks.ACCEPTED_TYPES.get(document.content_type, ("",))[0]
    return f"{stem}.{extension}" if extension else stem


def document(request, pk):
    """Stream a paper to whoever may read it; everyone else gets a 404."""
    document = get_object_or_404(
        SupportingDocument.objects.visible_to(request.user).select_related("item__meeting"), pk=pk
    )
    not_uploaded = HttpResponseNotFound(
        "This paper has not been uploaded yet.", content_type="text/plain; charset=utf-8"
    )
    if not document.file:
        return not_uploaded
    try:
        handle = document.file.storage.open(document.file.name, "rb")
    except FileNotFoundError:
        return not_uploaded
    response = FileResponse(
        handle,
        content_type=document.content_type or "application/octet-stream",
        # Browsers show PDFs themselves; office files are saved.
        as_attachment=document.content_type != "application/pdf",
        filename=_download_name(document),
    )
    response["X-Content-Type-Options"] = "nosniff"
    if not document.is_visible_to(AnonymousUser()):
        # Exempt or draft papers must not be kept by shared caches.
        patch_cache_control(response, private=True)
    return response


# --- Declarations of interest ------------------------------------------------------


def _render_declarations(request, meeting, form, refusal=None, *, comparison=(), status=200):
    declarations = list(meeting.declarations.select_related("person", "item").order_by("person__name", "id"))
    if not form.is_bound:
        # The fingerprint of the list shown, taken from it rather than read again.
        form.initial["fingerprint"] = fingerprints.of_rows(
            [d.pk, d.person_id, d.item_id, d.kind, d.text] for d in declarations
        )
    context = {
        "meeting": meeting, "declarations": declarations, "form": form, "refusal": refusal,
        "comparison": comparison,
    }
    return render(request, "agenda/clerk/declarations.html", context, status=status)


def _new_declaration_form(meeting):
    """A blank form with a one-time token (the fingerprint is added as the list is shown)."""
    return DeclarationForm(meeting=meeting, initial={"submission": submissions.new_token()})


def _declaration_comparison(current_rows, fields):
    """Beside a refused declaration: what is now recorded for the same person, and what was typed."""
    person = fields["person"]
    kinds = dict(Declaration.Kind.choices)
    theirs = "\n".join(f"{kinds.get(kind, kind)}: {text}" for _, person_id, _, kind, text in current_rows
                        if person_id == person.pk)
    mine = f"{kinds.get(fields['kind'], fields['kind'])}: {fields['text'].strip()}"
    return textdiff.comparison([(f"Declarations by {person.display_name}", theirs or "(none)", mine)])


@clerk_required
def declarations(request, pk):
    """
    The meeting's declarations and a form to add one. A form opened before
    someone else changed the list is refused (409) with what was typed kept;
    the same form sent twice records one declaration.
    """
    meeting = get_object_or_404(Meeting.objects.select_related("committee"), pk=pk)
    if request.method != "POST":
        return _render_declarations(request, meeting, _new_declaration_form(meeting))
    form = DeclarationForm(request.POST, meeting=meeting)
    if not form.is_valid():
        return _render_declarations(request, meeting, form)
    fields = {name: form.cleaned_data[name] for name in ("person", "item", "kind", "text")}
    try:
        declaration = services.add_declaration(
            meeting=meeting, user=request.user, fingerprint=form.cleaned_data["fingerprint"],
            submission=form.cleaned_data["submission"], **fields,
        )
    except AlreadySubmitted as exc:
        messages.info(request, f"This declaration by {exc.record.person} was already recorded: it is listed once.")
    except EditConflict as exc:
        comparison = _declaration_comparison(exc.current, fields)
        form.add_error(None, exc)
        form.data = form.data.copy()
        form.data["fingerprint"] = fingerprints.of_rows(exc.current)
        return _render_declarations(request, meeting, form, comparison=comparison, status=409)
    except ValidationError as exc:
        _add_service_error(form, exc)
        return _render_declarations(request, meeting, form)
    else:
        messages.success(request, f"Declaration by {declaration.person} added.")
    return redirect("clerk:declarations", meeting.pk)




# --- Paste minutes ------------------------------------------------------------------------


@dataclass
class ReviewedResolution(ParsedResolution):
    """A parsed resolution with the kind of decision the clerk chose."""

    kind: str = ""


def _refusal(meeting):
    if meeting.is_locked:
        return (
            "These minutes were approved as a correct record, so items can no longer be "
            "added to this meeting."
        )
    if meeting.is_cancelled:
        return "This meeting is cancelled: items cannot be added to it."
    return ""


def _review_forms(meeting, record, source):
    """The forms of step 2, filled in from what the parser found."""
    item_form = ImportedItemForm(
        meeting=meeting,
        initial={
            "source": source,
            "number": record.number or "",
            "title": record.title,
            "description": record.description,
            "presenter": record.presenter or "",
            "minutes": services.minutes_with_details(record.minutes, record.details),
            "preamble": record.preamble or "",
            "reason_for_decision": record.reason_for_decision or "",
            "documents": "\n".join(record.documents),
            "submission": submissions.new_token(),
        },
    )
    formset = ImportedResolutionFormSet(
        prefix="resolutions",
        initial=[
            {"label": r.label, "text": r.text, "kind": services.guess_resolution_kind(r.text)}
            for r in record.resolutions
        ],
    )
    return item_form, formset


def _reviewed_record(item_form, formset):
    data = item_form.cleaned_data
    return ParsedRecord(
        title=data["title"],
        description=data["description"],
        presenter=data["presenter"] or None,
        minutes=data["minutes"],
        preamble=data["preamble"] or None,
        resolutions=[
            ReviewedResolution(
                label=row.cleaned_data["label"].strip(),
                text=row.cleaned_data["text"].strip(),
                kind=row.cleaned_data["kind"],
            )
            for row in formset
            if row.cleaned_data and not row.is_blank
        ],
        reason_for_decision=data["reason_for_decision"] or None,
        documents=data["documents"],
        number=data["number"] or None,
    )


@clerk_required
def meeting_import(request, pk):
    """
    Step 1: paste one ModernGov agenda item (action=preview).
    Step 2: check and correct what was read, then save it as a draft item (action=confirm).
    """
    meeting = get_object_or_404(Meeting.objects.select_related("committee"), pk=pk)
    paste_template = "agenda/clerk/meeting_import.html"
    review_template = "agenda/clerk/meeting_import_review.html"
    refusal = _refusal(meeting)
    if refusal:
        return render(request, paste_template, {"meeting": meeting, "refusal": refusal})
    if request.method != "POST":
        return render(request, paste_template, {"meeting": meeting, "form": PasteForm()})

    action = request.POST.get("action")
    if action == "preview":
        form = PasteForm(request.POST)
        if form.is_valid():
            try:
                record = parse_record(form.cleaned_data["text"])
            except ParseError as exc:
                form.add_error("text", str(exc))
            else:
                item_form, formset = _review_forms(meeting, record, form.cleaned_data["text"])
                return render(
                    request, review_template, {"meeting": meeting, "form": item_form, "formset": formset}
                )
        return render(request, paste_template, {"meeting": meeting, "form": form})

    if action == "edit":
        form = PasteForm(initial={"text": request.POST.get("source", "")})
        return render(request, paste_template, {"meeting": meeting, "form": form})

    if action == "confirm":
        item_form = ImportedItemForm(request.POST, meeting=meeting)
        formset = ImportedResolutionFormSet(request.POST, prefix="resolutions")
        if all([item_form.is_valid(), formset.is_valid()]):
            try:
                (item,) = services.import_records(
                    meeting=meeting, user=request.user, records=[_reviewed_record(item_form, formset)],
                    submission=item_form.cleaned_data["submission"],
                )
            except AlreadySubmitted as exc:
                messages.info(request, f"This item was already saved: {exc.record}.")
                return redirect("clerk:item_update", exc.record.pk)
            except ValidationError as exc:
                _add_service_error(item_form, exc)
            else:
                messages.success(request, f"Saved as a draft item: {item}.")
                return redirect("clerk:item_update", item.pk)
        return render(request, review_template, {"meeting": meeting, "form": item_form, "formset": formset})

    return HttpResponseBadRequest("Unknown action.", content_type="text/plain; charset=utf-8")
