"""A real TĐKT server for browser and operations tests: a fresh database, migrated and loaded
with the demo data and static files collected exactly as `make run` does, served by
`tdkt runserver` in a subprocess with `make run`'s settings (DEBUG off)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from urllib.parse import urlparse, urlunparse

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def require_chromium() -> str:
    if CHROMIUM:
        return CHROMIUM
    message = "Debian's chromium is not installed (apt-get install chromium)"
    if os.environ.get("TDKT_REQUIRE_BROWSER") == "1":
        pytest.fail(message)
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def _database(env: dict[str, str]) -> Iterator[dict[str, str]]:
    url = os.environ.get("TDKT_DATABASE_URL", "")
    if not url:
        with tempfile.TemporaryDirectory() as tmp:
            yield {**env, "TDKT_SQLITE_PATH": os.path.join(tmp, "browser.sqlite3")}
        return
    import psycopg

    name = f"tdkt_browser_{os.getpid()}"
    admin = urlunparse(urlparse(url)._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield {**env, "TDKT_DATABASE_URL": urlunparse(urlparse(url)._replace(path=f"/{name}"))}
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextlib.contextmanager
def demo_site() -> Iterator[dict[str, str]]:
    """A fresh database and static root prepared exactly as `make run` prepares them (migrate,
    loaddemo, collectstatic, through the `tdkt` command); yields the environment to use them."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env["DJANGO_SETTINGS_MODULE"] = "tdkt.settings"
    # `make run` leaves DEBUG at its default (off); a developer's TDKT_DEBUG=1 must not leak in.
    env.pop("TDKT_DEBUG", None)
    with tempfile.TemporaryDirectory() as static_root, _database(env) as env:
        env["TDKT_STATIC_ROOT"] = static_root
        tdkt = [sys.executable, "-m", "tdkt.cli"]
        subprocess.run([*tdkt, "migrate", "--noinput", "-v0"], env=env, check=True, timeout=300)
        subprocess.run(
            [*tdkt, "loaddemo"], env=env, check=True, timeout=600, stdout=subprocess.DEVNULL
        )
        subprocess.run(
            [*tdkt, "collectstatic", "--noinput", "-v0"], env=env, check=True, timeout=120
        )
        yield env


@contextlib.contextmanager
def serving(env: dict[str, str]) -> Iterator[str]:
    """`tdkt runserver` on a free port over a prepared site; yields its base URL."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tdkt.cli", "runserver", "--noreload", f"127.0.0.1:{port}"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            with contextlib.suppress(OSError):
                urllib.request.urlopen(base + "/healthz", timeout=2)  # noqa: S310
                break
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@contextlib.contextmanager
def running_server() -> Iterator[str]:
    with demo_site() as env, serving(env) as base:
        yield base
