"""Shared fixtures: the demo data loaded once per test database, and the cast of demo users."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

from tdkt.demo.seed import DEMO_PASSWORD


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):  # type: ignore[no-untyped-def]
    """Load the demo data into the test database once; each test then runs in a transaction
    that is rolled back, so every test starts from the same demo state."""
    with django_db_blocker.unblock():
        call_command("loaddemo", stdout=open("/dev/null", "w"))  # noqa: SIM115


USERS = {
    "admin": "quantri",
    "sector": "thiduanganh",
    "officer": "thidua.stp.thanhhoa",
    "bloc": "truongkhuvuc",
    "council": "hoidong.stp.thanhhoa",
    "staff": "canbo.stp.thanhhoa",
}


def login_client(role: str) -> Client:
    client = Client()
    if role != "anon":
        user = get_user_model().objects.get(username=USERS[role])
        client.force_login(user)
    return client


@pytest.fixture
def as_role(db):  # type: ignore[no-untyped-def]
    return login_client


@pytest.fixture
def demo_password() -> str:
    return DEMO_PASSWORD
