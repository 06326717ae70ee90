"""Every change writes its audit event in the same transaction, with before and after."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from tdkt.audit.models import AuditEvent, AuditHead
from tdkt.people.models import Person
from tdkt.people.services import person_create, person_update
from tdkt.units.models import Unit

pytestmark = pytest.mark.django_db


def test_update_records_before_after_actor_and_unit(as_role) -> None:  # type: ignore[no-untyped-def]
    client = as_role("officer")
    person = Person.objects.filter(unit__code="STP-38").first()
    assert person is not None
    response = client.patch(
        f"/api/v1/persons/{person.pk}",
        {"given_name": "Thảo"},
        content_type="application/json",
        HTTP_X_REQUEST_ID="req-test-00042",
    )
    assert response.status_code == 200, response.content
    event = AuditEvent.objects.order_by("-seq").first()
    assert event is not None
    assert event.action == "person.update"
    assert event.actor_username == "thidua.stp.thanhhoa"
    assert event.unit_id == person.unit_id
    assert event.before["given_name"] != "Thảo" and event.after["given_name"] == "Thảo"
    assert event.request_id == "req-test-00042"
    assert AuditHead.objects.get(pk=1).hash == event.hash


def test_rejected_change_writes_no_event_and_changes_nothing() -> None:
    head = AuditHead.objects.get(pk=1).seq
    count = Person.objects.count()
    with pytest.raises(ValidationError):
        person_create(
            actor=None,
            family_name="Lê",
            middle_name="Văn",
            given_name="Tám",
            gender="nam",
            date_of_birth=dt.date(2090, 1, 1),
            unit=Unit.objects.get(code="STP-38"),
            title="Chuyên viên",
            start_date=dt.date(2020, 1, 1),
        )
    assert Person.objects.count() == count
    assert AuditHead.objects.get(pk=1).seq == head


def test_service_refuses_unknown_fields() -> None:
    person = Person.objects.first()
    assert person is not None
    with pytest.raises(ValidationError):
        person_update(actor=None, person=person, unit_id=1)
