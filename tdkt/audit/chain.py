"""The audit hash chain, as pure functions: each event's hash covers its content and the
previous event's hash, so editing or deleting any event breaks every hash after it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64

# The fields an event's hash covers, in a fixed order; adding one is a format change.
HASHED_FIELDS = (
    "seq",
    "at",
    "actor_id",
    "actor_username",
    "unit_id",
    "action",
    "object_type",
    "object_id",
    "object_repr",
    "before",
    "after",
    "request_id",
    "prev_hash",
)


def canonical(payload: Mapping[str, Any]) -> bytes:
    data = {name: payload[name] for name in HASHED_FIELDS}
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def event_hash(payload: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(payload)).hexdigest()


@dataclass(frozen=True)
class Problem:
    seq: int
    reason: str


def verify(events: Iterable[Mapping[str, Any]], head_seq: int, head_hash: str) -> Problem | None:
    """Walk events in ``seq`` order; return the first broken one, or None if the chain holds.

    ``head_seq``/``head_hash`` are kept in a separate row written with every event, so that
    deleting the newest events is detected too.
    """
    expected_seq, prev = 1, GENESIS
    for event in events:
        seq = int(event["seq"])
        if seq != expected_seq:
            return Problem(expected_seq, f"thiếu sự kiện số {expected_seq} (bị xóa)")
        if event["prev_hash"] != prev:
            return Problem(seq, "liên kết với sự kiện trước không khớp")
        if event_hash(event) != event["hash"]:
            return Problem(seq, "nội dung đã bị sửa (mã băm không khớp)")
        prev = str(event["hash"])
        expected_seq += 1
    if expected_seq - 1 != head_seq or prev != head_hash:
        return Problem(expected_seq, f"thiếu sự kiện số {expected_seq} (bị xóa ở cuối chuỗi)")
    return None
