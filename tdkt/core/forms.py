"""Form helpers shared by every app."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render


def apply_service_errors(form: forms.Form, exc: ValidationError) -> None:
    """Show a service's ValidationError on the form: on its field when the form has one."""
    if not hasattr(exc, "error_dict"):
        for message in exc.messages:
            form.add_error(None, message)
        return
    for field, errors in exc.message_dict.items():
        target = field if field in form.fields else None
        for message in errors:
            if target is None and field != NON_FIELD_ERRORS:
                message = f"{field}: {message}"
            form.add_error(target, message)


def service_form(
    request: HttpRequest,
    form: forms.Form,
    title: str,
    save: Callable[[dict[str, Any]], Any],
    done: Callable[[Any], tuple[str, str]],
) -> HttpResponse:
    """The one shape of every form page: on a valid POST, call the service with the cleaned
    data; a service ValidationError lands on the form (400, nothing saved); on success,
    ``done(result)`` gives the message to flash and the address to go to."""
    if request.method == "POST" and form.is_valid():
        try:
            result = save(form.cleaned_data)
        except ValidationError as exc:
            apply_service_errors(form, exc)
        else:
            message, url = done(result)
            if message:
                messages.success(request, message)
            return redirect(url)
    return render(
        request, "form.html", {"form": form, "title": title}, status=400 if form.errors else 200
    )
