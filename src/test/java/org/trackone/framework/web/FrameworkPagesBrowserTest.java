package org.trackone.framework.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trackone.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person does on the framework's pages, in Debian's Chromium: filter the timeline
 * (htmx swaps the list in place), and, as the secretariat, record a membership change.
 * Skipped where Chromium is missing unless browser tests are required.
 */
@IntegrationTest
class FrameworkPagesBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort int port;

    @BeforeAll
    static void openBrowser() {
        boolean required = "1".equals(System.getenv("TRACKONE_BROWSER_REQUIRED"))
                || Boolean.getBoolean("trackone.browser.required");
        Assumptions.assumeTrue(required || Files.isExecutable(CHROMIUM),
                "Browser tests skipped: no Chromium at " + CHROMIUM + " (apt-get install chromium chromium-driver)");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    Page newPage() {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")).newPage();
        page.setDefaultTimeout(15_000);
        return page;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void filteringTheTimelineSwapsTheListInPlace() {
        Page page = newPage();
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text());
            }
        });
        page.navigate(url("/proposals"));
        assertThat(page.locator("#timeline .count")).containsText("18 proposals");
        // A marker survives only if the page is not reloaded.
        page.evaluate("window.stillTheSamePage = true");
        page.locator("select[name=proposer]").selectOption("JPN");
        assertThat(page.locator("#timeline .count")).containsText("3 proposals");
        assertThat(page.locator("#timeline li.proposal")).hasCount(3);
        assertThat(page).hasURL(url("/proposals?proposer=JPN&scope="));
        assertThat(page.evaluate("window.stillTheSamePage === true")).isEqualTo(true);
        page.locator("select[name=scope]").selectOption("PENINSULA");
        assertThat(page.locator("#timeline li.proposal")).hasCount(1);
        assertThat(page.locator("#timeline")).containsText("Six-nation conference on tension reduction");
        assertThat(errors).as("console errors (CSP, scripts)").isEmpty();
    }

    @Test
    void theSecretariatRecordsAMembershipChange() {
        Page page = newPage();
        page.navigate(url("/sign-in"));
        page.locator("#username").fill("secretariat");
        page.locator("#password").fill("demo");
        page.locator("form.stacked button[type=submit]").click();
        assertThat(page.locator("header .account")).hasText("secretariat");

        page.navigate(url("/bodies/new"));
        String code = TestCodes.next("TW");
        page.locator("#code").fill(code);
        page.locator("#name").fill("Workshop on Maritime Transport");
        page.locator("#kind").selectOption("WORKSHOP");
        page.locator("#parent").selectOption("NEACD");
        page.locator("#track").selectOption("TWO");
        page.locator("#mandate").selectOption("REGIONAL");
        page.locator("#decisionRule").selectOption("NONE");
        page.locator("#recordRule").selectOption("OFF_THE_RECORD");
        page.locator("#status").selectOption("ACTIVE");
        page.locator("#convenedOn").fill("1996-05");
        page.locator("form.stacked button[type=submit]").click();
        assertThat(page).hasURL(url("/bodies/" + code));
        assertThat(page.locator(".notice.ok")).containsText("has been created");

        page.locator("#participant").selectOption("KOR");
        page.locator("#action").selectOption("WITHDRAW");
        page.locator("#effectiveOn").fill("1996-05-20");
        page.locator("#membership-form button[type=submit]").click();
        assertThat(page.locator("#membership-form .field-error")).containsText(
                "Withdraw cannot be the first change of a membership");
        assertThat(page.locator("#effectiveOn")).hasValue("1996-05-20");

        page.locator("#action").selectOption("JOIN");
        page.locator("#note").fill("Joined at the first meeting.");
        page.locator("#membership-form button[type=submit]").click();
        assertThat(page).hasURL(url("/bodies/" + code + "#history"));
        assertThat(page.locator(".notice.ok")).containsText("Recorded the membership change of South Korea");
        assertThat(page.locator("table.history")).containsText("Joined at the first meeting.");
    }
}
