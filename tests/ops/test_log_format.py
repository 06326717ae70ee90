"""The log format follows the environment: JSON lines in production (or TDKT_LOG_FORMAT=json),
a readable line in development; both name the `tdkt` run's request id."""

from __future__ import annotations

import json
import os
import subprocess
import sys

CODE = "import logging; logging.getLogger('tdkt.test').warning('thử %s', 'nhật ký')"


def _stderr(**env: str) -> list[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "TDKT_"))}
    full.update(env, DJANGO_SETTINGS_MODULE="tdkt.settings")
    result = subprocess.run(
        [sys.executable, "-m", "tdkt.cli", "shell", "-c", CODE],
        env=full,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return [line for line in result.stderr.splitlines() if "tdkt.test" in line]


def test_production_logs_json_lines_with_context() -> None:
    [line] = _stderr(
        TDKT_ENV="production",
        TDKT_SECRET_KEY="k" * 20 + "Xy7!q" * 10,
        TDKT_ALLOWED_HOSTS="tdkt.moj.gov.vn",
    )
    entry = json.loads(line)
    assert entry["message"] == "thử nhật ký" and entry["level"] == "WARNING"
    assert entry["logger"] == "tdkt.test" and entry["request_id"].startswith("cli-")
    assert {"time", "user", "user_id", "job_id"} <= entry.keys()


def test_json_on_request_in_development() -> None:
    [line] = _stderr(TDKT_LOG_FORMAT="json")
    assert json.loads(line)["request_id"].startswith("cli-")


def test_development_logs_a_readable_line() -> None:
    [line] = _stderr()
    assert " WARNING tdkt.test [req=cli-" in line and line.endswith("] thử nhật ký")
