"""Story, in Chromium: the emulation officer of Sở Tư pháp tỉnh Thanh Hóa logs in, sees her
own unit's people, and gets "not found" for a person of another province, by page and by API.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.browser_server import require_chromium, running_server

pytestmark = pytest.mark.browser

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    require_chromium()
    with running_server() as base:
        yield base


@pytest.fixture(scope="module")
def browser(server: str):  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=require_chromium(), args=ARGS)
        yield b
        b.close()


def _login(browser, server: str, username: str, password: str):  # type: ignore[no-untyped-def]
    page = browser.new_context(locale="vi-VN").new_page()
    page.goto(f"{server}/dang-nhap/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{server}/")
    return page


def test_officer_sees_own_people_and_404_elsewhere(
    browser, server: str, demo_password: str
) -> None:  # type: ignore[no-untyped-def]
    # Find a person of Đồng Nai as the sector officer: the director named in seed 000.
    sector = _login(browser, server, "thiduanganh", demo_password)
    sector.goto(f"{server}/can-bo/?q=vo thi xuan dao")
    link = sector.locator("#people a", has_text="Võ Thị Xuân Đào")
    far_url = server + link.get_attribute("href")
    far_id = far_url.rstrip("/").split("/")[-1]
    assert "Đồng Nai" in sector.locator("#people tbody tr").first.inner_text()

    officer = _login(browser, server, "thidua.stp.thanhhoa", demo_password)
    officer.click("text=Cán bộ")
    officer.wait_for_selector("#people")
    rows = officer.locator("#people tbody tr")
    assert rows.count() > 5
    units = {rows.nth(i).locator("td").nth(3).inner_text() for i in range(rows.count())}
    assert units == {"Sở Tư pháp tỉnh Thanh Hóa"}
    # Live search (htmx) narrows the list without a page load, diacritics not needed.
    first_given = rows.first.locator("td").first.inner_text().split()[-1]
    officer.fill("#q", first_given.lower())
    officer.wait_for_timeout(800)
    assert all(first_given in rows.nth(i).inner_text() for i in range(rows.count()))

    response = officer.goto(far_url)
    assert response is not None and response.status == 404
    assert "Không tìm thấy" in officer.content()
    api = officer.request.get(f"{server}/api/v1/persons/{far_id}")
    assert api.status == 404 and api.json() == {"detail": "Không tìm thấy."}
    # The same person is plainly there for the sector officer: the 404 is scope, not absence.
    assert sector.request.get(f"{server}/api/v1/persons/{far_id}").status == 200


def test_layout_works_on_a_phone(browser, server: str, demo_password: str) -> None:  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="vi-VN")
    page = context.new_page()
    page.goto(f"{server}/don-vi/")
    assert not page.locator(".mainnav").is_visible()
    page.click("label.navbutton")
    assert page.locator(".mainnav").is_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
