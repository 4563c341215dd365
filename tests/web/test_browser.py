"""The pages in a real chromium against a real server on 127.0.0.1.

Needs Debian's ``chromium`` at /usr/bin/chromium (the Playwright package
drives it; no browser is downloaded). Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from webkit import TOKEN, XSS_TITLE, Store, populate, run_server

from claimgraph.config import Options
from claimgraph.web.app import create_app

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = os.environ.get("CLAIMGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Store]]:
    store = populate(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'web.db'}")
    app = create_app(Options(db=store.url), token=TOKEN, engine=store.engine)
    for url in run_server(app):
        yield url, store


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.errors = []
    tab.dialogs = []
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    yield tab
    context.close()


def shot(page: Any, name: str, *, full: bool = True) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full)


def test_search_actor_graph_and_document(page: Any, live: tuple[str, Store]) -> None:
    base, store = live
    page.goto(base + "/")
    page.fill("#home-q", "fighters")
    page.press("#home-q", "Enter")
    page.wait_for_url("**/search?q=fighters")
    assert page.locator(".document-hit").count() == 3
    assert page.locator(".claim-hit mark").first.inner_text().lower() == "fighters"
    shot(page, "search")

    page.locator(".claim-hit a.actor", has_text="ISIS-K").first.click()
    page.wait_for_url("**/actors/isis-k")
    assert page.locator("h1").inner_text() == "ISIS-K"
    assert page.locator("svg.chart line[stroke-linecap]").count() == 2
    shot(page, "actor")

    page.locator('svg.graph a.node[data-actor="taliban"]').click()
    page.wait_for_url("**/actors/taliban")
    assert page.locator("h1").inner_text() == "Taliban"

    page.locator(".citations a", has_text="UN monitors count ISIS-K fighters").click()
    page.wait_for_url(f"**/documents/{store.report.document.id}")
    assert page.locator(".body mark.claim").count() >= 2
    mention = page.locator(".body a.mention", has_text="Kunar").first
    assert mention.get_attribute("href") == "/actors/kunar"
    assert page.locator("details.dropped").get_attribute("open") is None
    shot(page, "document")
    page.locator(".claim-ref").first.click()
    assert page.evaluate("location.hash").startswith("#claim-")
    assert page.errors == []


def test_hostile_article_is_shown_as_text_and_runs_nothing(
    page: Any, live: tuple[str, Store]
) -> None:
    base, store = live
    for url in (
        f"/documents/{store.hostile.document.id}",
        "/actors/isis-k",
        "/actors/shadow-front",
        "/search?q=officials",
        "/",
    ):
        page.goto(base + url)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("typeof window.__pwned") == "undefined", url
    page.goto(base + f"/documents/{store.hostile.document.id}")
    assert page.locator("h1").inner_text() == XSS_TITLE
    assert "<img src=x onerror=" in page.locator(".body").inner_text()
    assert page.locator(".body img, .body script, h1 img").count() == 0
    shot(page, "hostile-document")
    assert page.dialogs == []
    assert page.evaluate("typeof window.__pwned") == "undefined"


def test_ingest_a_file_through_the_form_with_the_token(
    page: Any, live: tuple[str, Store], tmp_path: Path
) -> None:
    base, _ = live
    article = tmp_path / "hts-report.txt"
    article.write_text(
        "HTS consolidates hold on Idlib\n"
        "Hayat Tahrir al-Sham has between 10,000 and 15,000 fighters in Idlib, "
        "the UN Monitoring Team said.\n",
        encoding="utf-8",
    )
    page.goto(base + "/ingest")
    assert page.locator(".notice").inner_text().startswith("This server needs its token")
    page.click(".notice a")
    page.fill("#token", TOKEN)
    page.click("form.login button")
    page.wait_for_url("**/ingest")
    page.set_input_files("#files", str(article))
    assert "hts-report.txt" in page.locator("#files-note").inner_text()
    page.fill("#outlet", "Levant Desk")
    page.click("form.ingest button[type=submit]")
    page.wait_for_selector(".results-table", timeout=120_000)
    row = page.locator(".results-table tbody tr").first
    assert "hts-report.txt" in row.inner_text() and "stored" in row.inner_text()
    shot(page, "ingest-result")
    row.locator("a").click()
    assert page.locator(".meta").inner_text().count("Levant Desk") == 1
    assert page.locator(".meta a[download]").inner_text() == "hts-report.txt"


def test_phone_width_has_no_horizontal_scroll(browser: Any, live: tuple[str, Store]) -> None:
    base, store = live
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    tab = context.new_page()
    for name, url in (
        ("phone-actor", "/actors/isis-k"),
        ("phone-document", f"/documents/{store.report.document.id}"),
    ):
        tab.goto(base + url)
        overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, (url, overflow)
        shot(tab, name)
    context.close()


def test_api_docs_render_from_local_assets(page: Any, live: tuple[str, Store]) -> None:
    base, _ = live
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(base + "/api/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    assert page.locator(".opblock-summary-path", has_text="/api/search").count() >= 1
    assert all(url.startswith(base) for url in requested), requested
    shot(page, "api-docs", full=False)
