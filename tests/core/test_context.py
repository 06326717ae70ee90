"""The work context: one id per process outside requests, and a job's own context."""

from __future__ import annotations

import pytest
from django.core.management import call_command

from tdkt.audit.models import AuditEvent
from tdkt.core import context
from tdkt.core.context import (
    UserRef,
    current_job_id,
    current_request_id,
    current_user,
    job_context,
    request_id,
)


def test_outside_requests_one_process_uses_one_id() -> None:
    first = current_request_id()
    assert first.startswith("cli-") and current_request_id() == first
    assert request_id() == ""  # logs outside any work name no request


@pytest.mark.django_db
def test_audit_events_written_outside_requests_share_the_process_id() -> None:
    # Each `token create` writes one audit event; before the fix every event outside a
    # request drew a new "cli-…" id. (One `tdkt loaddemo` run writing a thousand events under
    # one id: tests/ops/test_run_like_production.py.)
    before = AuditEvent.objects.order_by("-seq").values_list("seq", flat=True).first() or 0
    call_command("token", "create", "thiduanganh", "phần mềm A", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("token", "create", "thiduanganh", "phần mềm B", stdout=open("/dev/null", "w"))  # noqa: SIM115
    ids = set(AuditEvent.objects.filter(seq__gt=before).values_list("request_id", flat=True))
    assert ids == {context.process_request_id()}


def test_job_context_sets_and_restores() -> None:
    token = context.set_user(UserRef(7, "thidua"))
    try:
        with job_context(42, "abcdef0123456789"):
            assert current_job_id() == "42"
            assert current_request_id() == "abcdef0123456789"
            assert current_user() == UserRef(7, "thidua")  # kept: the job runs inside its request
        with job_context("j-1", "", user=UserRef(9, "worker")):
            assert current_request_id() == context.process_request_id()
            assert current_user() == UserRef(9, "worker")
        assert current_job_id() == "" and current_user() == UserRef(7, "thidua")
    finally:
        context.reset_user(token)


def test_a_forked_child_gets_its_own_id() -> None:
    import os

    parent = context.process_request_id()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child reports its id and leaves at once
        os.write(write, context.process_request_id().encode())
        os._exit(0)
    os.waitpid(pid, 0)
    child = os.read(read, 64).decode()
    assert child.startswith("cli-") and child != parent
