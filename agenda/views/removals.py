"""
The clerks' confirmation pages for removing a supporting paper or a
declaration of interest. Nothing is removed until the "Yes, …" box is
ticked; a record the public has seen also needs a reason, which the audit
history keeps (agenda.removals).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render

from meetings.roles import clerk_required

from .. import removals
from ..forms_papers import RemovalForm
from ..models import Declaration, SupportingDocument
from .clerk import add_service_error


def _removal_form(request, *, what, is_public):
    if request.method == "POST":
        return RemovalForm(request.POST, what=what, is_public=is_public)
    return RemovalForm(what=what, is_public=is_public)


@clerk_required
def document_delete(request, pk):
    document = get_object_or_404(
        SupportingDocument.objects.select_related("item__meeting__committee"), pk=pk
    )
    form = _removal_form(request, what="document", is_public=removals.document_seen_by_public(document))
    if request.method == "POST" and form.is_valid():
        try:
            removals.delete_document(document=document, user=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, f"“{document.title}” removed.")
            return redirect("clerk:document_upload", document.item_id)
    return render(
        request,
        "agenda/clerk/document_confirm_delete.html",
        {"document": document, "item": document.item, "meeting": document.item.meeting, "form": form},
    )


@clerk_required
def declaration_delete(request, pk):
    declaration = get_object_or_404(
        Declaration.objects.select_related("meeting__committee", "person", "item"), pk=pk
    )
    form = _removal_form(
        request, what="declaration", is_public=removals.declaration_seen_by_public(declaration)
    )
    if request.method == "POST" and form.is_valid():
        try:
            removals.remove_declaration(
                declaration=declaration, user=request.user, reason=form.cleaned_data["reason"]
            )
        except ValidationError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, f"Declaration by {declaration.person} removed.")
            return redirect("clerk:declarations", declaration.meeting_id)
    return render(
        request,
        "agenda/clerk/declaration_confirm_delete.html",
        {"declaration": declaration, "meeting": declaration.meeting, "form": form},
    )
