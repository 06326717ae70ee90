"""Who and what the current piece of work is for: request id, user and job id.

The audit service and every log record read them from here, so they are never threaded
through calls. A request sets them in the web middleware; a background job in
``job_context``; a ``tdkt`` command once in ``tdkt.cli.main``. Context variables keep
threads (runserver, a job worker) and asyncio tasks apart.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import uuid
from collections.abc import Callable, Iterator
from typing import NamedTuple


class UserRef(NamedTuple):
    """The signed-in user as logs name them; core knows no user model."""

    id: int | None
    username: str


# A user is either known (UserRef) or found lazily (a callable), so that a request whose
# view never looks at its user does not pay for a session lookup unless something logs.
UserSource = UserRef | Callable[[], UserRef | None] | None

_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("tdkt_request_id", default="")
_user: contextvars.ContextVar[UserSource] = contextvars.ContextVar("tdkt_user", default=None)
_job_id: contextvars.ContextVar[str] = contextvars.ContextVar("tdkt_job_id", default="")

# The id of work done outside any request or job (a management command run by call_command,
# a shell): one per process, so all audit events of one run share it. Reset in a forked
# child, which is another process with its own work.
_process_request_id = ""


def _forget_process_request_id() -> None:
    global _process_request_id
    _process_request_id = ""


os.register_at_fork(after_in_child=_forget_process_request_id)


def new_request_id() -> str:
    return uuid.uuid4().hex


def process_request_id() -> str:
    """This process's id for work outside requests and jobs (``cli-`` and 12 hex digits)."""
    global _process_request_id
    if not _process_request_id:
        _process_request_id = f"cli-{uuid.uuid4().hex[:12]}"
    return _process_request_id


def set_request_id(value: str) -> contextvars.Token[str]:
    return _request_id.set(value)


def reset_request_id(token: contextvars.Token[str]) -> None:
    _request_id.reset(token)


def request_id() -> str:
    """The id set for this request, job or command; empty outside them (for logs)."""
    return _request_id.get()


def current_request_id() -> str:
    """The id an audit event records: the request's, the job's, or this process's."""
    return _request_id.get() or process_request_id()


def set_user(source: UserSource) -> contextvars.Token[UserSource]:
    return _user.set(source)


def reset_user(token: contextvars.Token[UserSource]) -> None:
    _user.reset(token)


def current_user() -> UserRef | None:
    source = _user.get()
    return source() if callable(source) else source


def set_job_id(value: str) -> contextvars.Token[str]:
    return _job_id.set(value)


def reset_job_id(token: contextvars.Token[str]) -> None:
    _job_id.reset(token)


def current_job_id() -> str:
    return _job_id.get()


@contextlib.contextmanager
def job_context(job_id: object, request_id: str, *, user: UserRef | None = None) -> Iterator[None]:
    """Run a background job under its own id and the id of the request that started it, so
    its log lines and audit events join that request's. ``request_id`` empty (a job started
    by a command) falls back to this process's id; ``user`` None keeps the surrounding one
    (a job run inline inside its request)."""
    job_token = _job_id.set(str(job_id))
    request_token = _request_id.set(request_id or process_request_id())
    user_token = _user.set(user) if user is not None else None
    try:
        yield
    finally:
        if user_token is not None:
            _user.reset(user_token)
        _request_id.reset(request_token)
        _job_id.reset(job_token)
