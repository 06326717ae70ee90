"""Log records that say which request, user and job they belong to: one JSON object a line in
production (for a log shipper), one readable line in development.

The standard library is enough here: the context fields come from a filter we would write
with any library, and turning a record into a JSON object is a dozen lines — one dependency
fewer to vet and mirror on the sector's closed networks.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import json
import logging
from typing import Any

from tdkt.core.context import current_job_id, current_user, request_id

# Attributes every LogRecord has; anything else on a record came from ``extra=`` and is
# written out as a field of its own.
_STANDARD = frozenset(
    logging.LogRecord("", 0, "", 0, "", None, None).__dict__.keys()
    | {"message", "asctime", "request_id", "user_id", "user", "job_id"}
)


# Set while the user is being looked up: the lookup queries the database, and with SQL logging
# on (DEBUG) that query's own record would start the lookup again, without end.
_resolving_user: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "tdkt_log_resolving_user", default=False
)


class ContextFilter(logging.Filter):
    """Stamp each record with the request id, user and job id of the work that logged it.

    Put on the handler, not a logger: handler filters also see records propagated from
    Django's and the libraries' loggers.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id()
        user = None
        if not _resolving_user.get():
            token = _resolving_user.set(True)
            try:
                user = current_user()
            except Exception:
                # A failed user lookup (the database is down) must not lose the record itself.
                user = None
            finally:
                _resolving_user.reset(token)
        record.user_id = user.id if user else None
        record.user = user.username if user else ""
        record.job_id = current_job_id()
        return True


def _context(record: logging.LogRecord) -> dict[str, Any]:
    return {
        "request_id": getattr(record, "request_id", ""),
        "user_id": getattr(record, "user_id", None),
        "user": getattr(record, "user", ""),
        "job_id": getattr(record, "job_id", ""),
    }


class TextFormatter(logging.Formatter):
    """``2026-12-01 11:03:57,123 INFO tdkt.request [req=… user=… job=…] message``; the
    bracket names only what is known, and a traceback follows on the next lines."""

    def format(self, record: logging.LogRecord) -> str:
        context = _context(record)
        tags = [
            f"{label}={context[key]}"
            for label, key in (("req", "request_id"), ("user", "user"), ("job", "job_id"))
            if context[key]
        ]
        record.context = f"[{' '.join(tags)}] " if tags else ""
        return super().format(record)


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC), level, logger, message, request_id, user_id, user,
    job_id, the record's ``extra`` fields, and ``exception`` with the traceback text."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            **_context(record),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD and key != "context":
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)
