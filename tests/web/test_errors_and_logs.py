"""An unhandled error: the user sees a Vietnamese page (or JSON) with the request id and never
the exception; the log has the traceback under the same id, the user, and a line per request."""

from __future__ import annotations

import json
import logging

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tdkt.core.logs import ContextFilter, JsonFormatter, TextFormatter
from tests.conftest import USERS

pytestmark = pytest.mark.django_db

SECRET = "chi-tiet-noi-bo-khong-duoc-lo-ra"


def _client(role: str) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(get_user_model().objects.get(username=USERS[role]))
    return client


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    # The product's console handler stamps records with ContextFilter; caplog's handler sits
    # beside it on the root logger, so it gets the same filter.
    caplog.handler.addFilter(ContextFilter())
    caplog.set_level(logging.INFO)
    return caplog


def _boom(*args: object, **kwargs: object) -> None:
    raise RuntimeError(SECRET)


def test_page_error_is_vietnamese_with_request_id_and_logged_with_traceback(
    logs: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tdkt.web.views.scope_for", _boom)
    response = _client("officer").get("/")
    body = response.content.decode()
    request_id = response["X-Request-ID"]

    assert response.status_code == 500
    assert "Lỗi hệ thống" in body and "Mã yêu cầu: <code" in body and request_id in body
    assert SECRET not in body and "RuntimeError" not in body

    [error] = [r for r in logs.records if r.name == "django.request" and r.levelname == "ERROR"]
    assert error.exc_info is not None and error.exc_info[1].args == (SECRET,)
    assert error.request_id == request_id and error.user == USERS["officer"]
    text = TextFormatter("%(levelname)s %(context)s%(message)s").format(error)
    assert f"req={request_id} user={USERS['officer']}]" in text
    assert "Traceback (most recent call last)" in text and SECRET in text


def test_one_line_per_request_with_method_path_status_and_duration(
    logs: pytest.LogCaptureFixture,
) -> None:
    response = _client("officer").get("/don-vi/?q=nguyen")
    [line] = [r for r in logs.records if r.name == "tdkt.request"]
    assert line.levelname == "INFO"
    assert (line.method, line.path, line.status) == ("GET", "/don-vi/", 200)
    assert isinstance(line.duration_ms, int) and line.duration_ms >= 0
    assert line.request_id == response["X-Request-ID"] and line.user == USERS["officer"]
    # The query string stays out of the log: searches carry people's names.
    assert "nguyen" not in line.getMessage()


def test_json_lines_carry_context_and_traceback(
    logs: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tdkt.web.views.scope_for", _boom)
    response = _client("officer").get("/")
    officer = get_user_model().objects.get(username=USERS["officer"])
    entries = [json.loads(JsonFormatter().format(r)) for r in logs.records]

    error = next(e for e in entries if e["logger"] == "django.request")
    assert error["level"] == "ERROR" and SECRET in error["exception"]
    assert error["request_id"] == response["X-Request-ID"]
    assert (error["user_id"], error["user"]) == (officer.pk, USERS["officer"])
    access = next(e for e in entries if e["logger"] == "tdkt.request")
    assert (access["status"], access["path"], access["method"]) == (500, "/", "GET")
    assert access["time"].endswith("+00:00")


def test_api_error_is_vietnamese_json_with_request_id(
    logs: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tdkt.units.api.unit_list", _boom)
    response = _client("officer").get("/api/v1/units/")
    request_id = response["X-Request-ID"]

    assert response.status_code == 500
    data = response.json()
    assert data["request_id"] == request_id
    assert data["detail"].startswith("Lỗi hệ thống") and request_id in data["detail"]
    assert SECRET not in response.content.decode()

    [error] = [r for r in logs.records if r.name == "tdkt.api"]
    assert error.levelname == "ERROR" and error.exc_info is not None
    assert error.exc_info[1].args == (SECRET,)
    assert error.request_id == request_id and error.user == USERS["officer"]


def test_anonymous_records_name_no_user(logs: pytest.LogCaptureFixture) -> None:
    Client().get("/healthz")
    [line] = [r for r in logs.records if r.name == "tdkt.request"]
    assert line.user == "" and line.user_id is None and line.request_id


def test_a_form_sent_without_its_csrf_token_gets_a_vietnamese_page() -> None:
    # What a user meets after the session expired on an open form: Django's page is English.
    response = Client(enforce_csrf_checks=True).post("/dang-nhap/", {"username": "x"})
    body = response.content.decode()
    assert response.status_code == 403
    assert '<html lang="vi">' in body and "Phiên làm việc đã hết hạn" in body
    assert "CSRF" not in body
