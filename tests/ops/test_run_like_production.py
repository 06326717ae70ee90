"""`make run` serves as production does: a server prepared and started exactly like it (DEBUG
at its default, static files collected) answers a signed-in user's out-of-scope or unknown URL
with the Vietnamese 404 page, never Django's debug page listing the URL map; WhiteNoise serves
the static files; and one `tdkt` run records all its audit events under one request id."""

from __future__ import annotations

import http.cookiejar
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest

from tdkt.demo.seed import DEMO_PASSWORD
from tests.browser_server import demo_site, serving


@pytest.fixture(scope="module")
def site() -> Iterator[tuple[dict[str, str], str]]:
    with demo_site() as env, serving(env) as base:
        yield env, base


def _shell(env: dict[str, str], code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "tdkt.cli", "shell", "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.strip().splitlines()[-1]


def _signed_in(base: str, username: str) -> urllib.request.OpenerDirector:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    form = opener.open(f"{base}/dang-nhap/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form)
    assert token is not None
    data = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token[1], "username": username, "password": DEMO_PASSWORD}
    ).encode()
    landing = opener.open(f"{base}/dang-nhap/", data=data)
    assert urllib.parse.urlparse(landing.geturl()).path == "/"
    return opener


def _get(opener: urllib.request.OpenerDirector, url: str) -> tuple[int, str]:
    try:
        response = opener.open(url)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    return response.status, response.read().decode()


def test_out_of_scope_and_unknown_urls_get_the_vietnamese_404(
    site: tuple[dict[str, str], str],
) -> None:
    env, base = site
    far = _shell(
        env,
        "from django.contrib.auth.models import User; from tdkt.access.scope import restrict; "
        "from tdkt.people.models import Person; "
        "officer = User.objects.get(username='thidua.stp.thanhhoa'); "
        "print(Person.objects.exclude(pk__in=restrict(Person.objects.all(), officer)).first().pk)",
    )
    officer = _signed_in(base, "thidua.stp.thanhhoa")
    for path in (f"/can-bo/{far}/", "/khong-co-trang-nay/"):
        status, body = _get(officer, base + path)
        assert status == 404, path
        assert '<html lang="vi">' in body and "Không tìm thấy" in body, path
        # Django's debug 404 lists the URL map ("Using the URLconf …") to whoever asks.
        assert "URLconf" not in body and "DEBUG = True" not in body, path


def test_static_files_are_served_by_whitenoise(site: tuple[dict[str, str], str]) -> None:
    _, base = site
    response = urllib.request.urlopen(f"{base}/static/tdkt/site.css")  # noqa: S310
    assert response.status == 200 and "text/css" in response.headers["Content-Type"]


def test_one_tdkt_run_records_its_audit_events_under_one_id(
    site: tuple[dict[str, str], str],
) -> None:
    env, _ = site
    # `tdkt loaddemo` (run by demo_site) wrote every demo object through the services.
    counts = _shell(
        env,
        "from tdkt.audit.models import AuditEvent as E; "
        "ids = set(E.objects.values_list('request_id', flat=True)); "
        "print(E.objects.count(), len(ids), min(ids))",
    )
    events, distinct, the_id = counts.split()
    assert int(events) > 100 and distinct == "1" and the_id.startswith("cli-")
