"""`tdkt check --deploy` is clean under production settings."""

from __future__ import annotations

import os
import subprocess
import sys


def test_check_deploy_clean_in_production() -> None:
    env = {
        **os.environ,
        "TDKT_ENV": "production",
        "TDKT_SECRET_KEY": "k" * 20 + "Xy7!q" * 10,
        "TDKT_ALLOWED_HOSTS": "tdkt.moj.gov.vn",
        "DJANGO_SETTINGS_MODULE": "tdkt.settings",
    }
    result = subprocess.run(
        [sys.executable, "-m", "tdkt.cli", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_the_development_key() -> None:
    env = {**os.environ, "TDKT_ENV": "production", "DJANGO_SETTINGS_MODULE": "tdkt.settings"}
    env.pop("TDKT_SECRET_KEY", None)
    result = subprocess.run(
        [sys.executable, "-m", "tdkt.cli", "check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "TDKT_SECRET_KEY" in result.stderr
