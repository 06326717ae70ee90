"""Log records: the context filter stamps them, and never loops or fails on the user."""

from __future__ import annotations

import json
import logging

from tdkt.core import context
from tdkt.core.context import UserRef, job_context
from tdkt.core.logs import ContextFilter, JsonFormatter, TextFormatter


def _record(message: str = "xin chào") -> logging.LogRecord:
    record = logging.LogRecord("tdkt.test", logging.INFO, __file__, 1, message, None, None)
    ContextFilter().filter(record)
    return record


def test_a_record_inside_a_job_names_job_request_and_user() -> None:
    with job_context(17, "0123456789abcdef", user=UserRef(3, "thidua")):
        record = _record()
    entry = json.loads(JsonFormatter().format(record))
    assert (entry["job_id"], entry["request_id"]) == ("17", "0123456789abcdef")
    assert (entry["user_id"], entry["user"]) == (3, "thidua")
    text = TextFormatter("%(context)s%(message)s").format(record)
    assert text == "[req=0123456789abcdef user=thidua job=17] xin chào"


def test_user_lookup_that_logs_does_not_loop() -> None:
    # With SQL logging on, looking the user up logs a query, whose record looks the user up…
    def lookup() -> UserRef:
        logging.getLogger("django.db.backends").warning("SELECT … FROM auth_user")
        return UserRef(5, "canbo")

    inner = logging.getLogger("django.db.backends")
    seen: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.addFilter(ContextFilter())
    handler.emit = seen.append  # type: ignore[method-assign]
    inner.addHandler(handler)
    token = context.set_user(lookup)
    try:
        assert _record().user == "canbo"
    finally:
        context.reset_user(token)
        inner.removeHandler(handler)
    assert [r.user for r in seen] == [""]


def test_a_failing_user_lookup_keeps_the_record() -> None:
    def lookup() -> UserRef:
        raise RuntimeError("database is down")

    token = context.set_user(lookup)
    try:
        record = _record()
    finally:
        context.reset_user(token)
    assert record.user == "" and record.user_id is None
