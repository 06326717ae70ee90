"""A pg_dump backup restores into a new database with identical rows and a valid audit chain."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.postgres
@pytest.mark.django_db
def test_backup_restores_and_verifies() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("backups with pg_dump concern PostgreSQL (run with TDKT_DATABASE_URL)")
    if not shutil.which("pg_dump"):
        pytest.fail("pg_dump is missing: apt-get install postgresql-client")
    settings = connection.settings_dict
    url = (
        f"postgresql://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:"
        f"{settings['PORT'] or 5432}/{settings['NAME']}"
    )
    env = {**os.environ, "TDKT_DATABASE_URL": url, "TDKT": f"{sys.executable} -m tdkt.cli"}
    env = {k: v for k, v in env.items() if k != "DJANGO_SETTINGS_MODULE"}
    result = subprocess.run(
        ["bash", str(ROOT / "scripts/backup-restore-check.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Nhật ký toàn vẹn" in result.stdout
    assert "đạt" in result.stdout
