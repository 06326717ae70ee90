"""Login: real credentials work, guessing is throttled, weak passwords are refused."""

from __future__ import annotations

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client

from tdkt.access.services import user_create

pytestmark = pytest.mark.django_db


def test_login_with_demo_account(demo_password: str) -> None:
    client = Client()
    response = client.post(
        "/dang-nhap/", {"username": "thidua.stp.thanhhoa", "password": demo_password}
    )
    assert response.status_code == 302
    assert client.get("/can-bo/").status_code == 200


def test_throttled_after_repeated_failures(demo_password: str) -> None:
    client = Client()
    for _ in range(5):
        bad = client.post("/dang-nhap/", {"username": "quantri", "password": "sai-mat-khau"})
        assert bad.status_code == 400
        assert "không đúng" in bad.content.decode()
    locked = client.post("/dang-nhap/", {"username": "quantri", "password": demo_password})
    assert locked.status_code == 429
    assert "quá nhiều lần" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_open_redirect_is_refused(demo_password: str) -> None:
    response = Client().post(
        "/dang-nhap/?next=https://evil.example/", {"username": "quantri", "password": demo_password}
    )
    assert response["Location"] == "/"


@pytest.mark.parametrize("password", ["12345678901234", "password1234", "ngan", "Abc12"])
def test_weak_passwords_are_refused(password: str) -> None:
    with pytest.raises(ValidationError):
        validate_password(password)
    with pytest.raises(ValidationError):
        user_create(actor=None, username="moi", password=password)


def test_logout_needs_post(demo_password: str) -> None:
    client = Client()
    client.post("/dang-nhap/", {"username": "quantri", "password": demo_password})
    assert client.get("/dang-xuat/").status_code == 405
    assert client.post("/dang-xuat/").status_code == 302
    assert client.get("/can-bo/").status_code == 302
