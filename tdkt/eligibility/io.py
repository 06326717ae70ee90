"""One entry point for the CLI and the API, so both give identical verdicts."""

from __future__ import annotations

import json
from typing import Any

from tdkt.eligibility.engine import evaluate
from tdkt.eligibility.facts import FactsError, parse_facts
from tdkt.eligibility.policy import Policy


def load_json(text: str | bytes) -> Any:
    try:
        return json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise FactsError("body", f"không phải JSON hợp lệ ({exc})") from None


def check_documents(data: Any, policy: Policy) -> Any:
    """A facts document gives one verdict; a list of them gives a list, in order. The first
    malformed document stops everything, with its index in the field name."""
    if isinstance(data, list):
        facts = []
        for i, item in enumerate(data):
            try:
                facts.append(parse_facts(item))
            except FactsError as exc:
                raise FactsError(f"[{i}].{exc.field}", exc.message) from None
        return [evaluate(f, policy).as_dict() for f in facts]
    return evaluate(parse_facts(data), policy).as_dict()


def dumps(verdicts: Any) -> str:
    return json.dumps(verdicts, ensure_ascii=False, indent=2, sort_keys=True)
