"""The CLI and the API give identical verdicts; malformed facts give exit 2 / HTTP 422 with
the field named and no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tests.eligibility.helpers import initiative, person, unit

DOCS = [
    person(
        "cstd_co_so",
        2024,
        ratings={2024: "httnv"},
        initiatives=[initiative("SK-1", "2024-04-02")],
        vote=(15, 12, 0),
    ),
    person(
        "cstd_co_so", 2023, ratings={2023: "htxsnv"}, vote=(15, 12, 0), decision_date="2023-12-28"
    ),
    unit(
        "tap_the_ldxs",
        2024,
        {
            2024: {
                "rating": "htxsnv",
                "members_total": 10,
                "members_completed": 10,
                "members_ldtt": 7,
                "members_cstdcs": 1,
                "exemplary": True,
            }
        },
    ),
]


def _cli(stdin: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tdkt.settings"}
    env.pop("TDKT_DATABASE_URL", None)  # the check itself reads no database
    return subprocess.run(
        [sys.executable, "-m", "tdkt.cli", "eligibility", "check"],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def api_client(db):  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(get_user_model().objects.get(username="thidua.stp.thanhhoa"))
    return client


def test_cli_and_api_agree(api_client) -> None:  # type: ignore[no-untyped-def]
    cli = _cli(json.dumps(DOCS))
    assert cli.returncode == 0, cli.stderr
    api = api_client.post(
        "/api/v1/eligibility/check", json.dumps(DOCS), content_type="application/json"
    )
    assert api.status_code == 200
    assert json.loads(cli.stdout) == api.json()
    assert [v["status"] for v in api.json()] == ["eligible", "not_eligible", "eligible"]
    single = api_client.post(
        "/api/v1/eligibility/check", json.dumps(DOCS[0]), content_type="application/json"
    ).json()
    assert single == json.loads(_cli(json.dumps(DOCS[0])).stdout)


@pytest.mark.parametrize(
    "body,field",
    [
        ("{not json", "body"),
        (json.dumps({"subject": {"kind": "person"}, "award": "cstd_co_so"}), "year"),
        (
            json.dumps([DOCS[0], {**DOCS[0], "council_vote": {"members_total": 3, "yes": 9}}]),
            "[1].council_vote.yes",
        ),
    ],
)
def test_malformed_facts(api_client, body: str, field: str) -> None:  # type: ignore[no-untyped-def]
    cli = _cli(body)
    assert cli.returncode == 2
    assert field in cli.stderr and "Traceback" not in cli.stderr and cli.stdout == ""
    api = api_client.post("/api/v1/eligibility/check", body, content_type="application/json")
    assert api.status_code == 422
    assert api.json()["errors"][0]["field"] == field


def test_api_needs_authentication(db) -> None:  # type: ignore[no-untyped-def]
    assert (
        Client()
        .post("/api/v1/eligibility/check", json.dumps(DOCS[0]), content_type="application/json")
        .status_code
        == 401
    )
