"""`tdkt gendata` builds a realistic synthetic sector, set-based, and audits the load."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tdkt.audit.models import AuditEvent
from tdkt.audit.selectors import audit_verify
from tdkt.core.vntext import fold
from tdkt.demo.names import FAMILY_NAMES
from tdkt.people.models import Person, Position, YearlyRating

pytestmark = pytest.mark.django_db


def test_gendata_builds_people_careers_and_ratings() -> None:
    before = Person.objects.count()
    out = StringIO()
    call_command("gendata", "--persons", "400", "--years", "3", "--seed", "9", stdout=out)
    assert Person.objects.count() - before == 400
    families = {f for f, _ in FAMILY_NAMES}
    sample = list(Person.objects.order_by("-id")[:400])
    assert all(p.family_name in families and p.given_name for p in sample)
    assert all(p.search_text == " " + fold(p.full_name) for p in sample)
    # Careers: everyone has a current position; some moved between units.
    ids = [p.pk for p in sample]
    assert Position.objects.filter(person__in=ids, end_date__isnull=True).count() == 400
    assert Position.objects.filter(person__in=ids, end_date__isnull=False).count() > 50
    assert YearlyRating.objects.filter(person__in=ids).count() > 400
    assert AuditEvent.objects.filter(action="demo.gendata").count() == 1
    assert audit_verify() is None
    assert "400 người" in out.getvalue()


def test_gendata_refuses_bad_arguments_and_repeats() -> None:
    with pytest.raises(CommandError):
        call_command("gendata", "--persons", "0", stdout=StringIO())
    call_command("gendata", "--persons", "5", "--seed", "4", stdout=StringIO())
    with pytest.raises(CommandError, match="seed"):
        call_command("gendata", "--persons", "5", "--seed", "4", stdout=StringIO())
