"""Every worked example in docs/eligibility/examples validates against the published JSON
Schema and gives the status the documentation states; every catalogue entry has one."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest

from tdkt.eligibility import evaluate, parse_facts
from tdkt.eligibility.catalogue import CATALOGUE

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "eligibility" / "examples"
SCHEMA = json.loads(files("tdkt.eligibility").joinpath("facts.schema.json").read_text("utf-8"))


def test_one_example_per_title() -> None:
    assert {p.stem for p in EXAMPLES.glob("*.json")} == {e.slug for e in CATALOGUE}


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.stem)
def test_example(path: Path) -> None:
    example = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(example["facts"], SCHEMA)
    verdict = evaluate(parse_facts(example["facts"]))
    assert verdict.status == example["expected_status"]
    assert verdict.award == path.stem
    assert all(c.citation for c in verdict.criteria)


def test_schema_rejects_what_the_parser_rejects() -> None:
    bad = {"subject": {"kind": "person"}, "award": "cstd_co_so", "year": "2024"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)
