package org.trackone.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Drives Debian's Chromium ({@code /usr/bin/chromium}) through Playwright; Playwright
 * never downloads a browser of its own. Where Chromium is missing the browser tests are
 * skipped with a message saying how to install it, unless browser tests are required
 * (CI sets {@code TRACKONE_BROWSER_REQUIRED=1}), in which case they fail.
 */
final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;

    BrowserSession() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                // Without these Chromium keeps trying to reach Google's hosts, which this network refuses.
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A fresh browser context (its own cookies) with one page. */
    Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    /** A fresh page signed in with a demo account (password "demo") on the server at {@code base}. */
    Page signedIn(String base, String username) {
        Page page = newPage();
        page.navigate(base + "/sign-in");
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("form.stacked button[type=submit]").click();
        assertThat(page.locator("header .account")).hasText(username);
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }

    static boolean required() {
        return "1".equals(System.getenv("TRACKONE_BROWSER_REQUIRED"))
                || Boolean.getBoolean("trackone.browser.required");
    }

    /** Skips browser tests where Chromium is missing, unless they are required. */
    static final class ChromiumInstalled implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(CHROMIUM) || required()) {
                return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
            }
            return ConditionEvaluationResult.disabled("Browser tests skipped: no Chromium at " + CHROMIUM
                    + ". Install it with: apt-get install chromium chromium-driver");
        }
    }
}
