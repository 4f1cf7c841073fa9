package org.trackone.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trackone.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@IntegrationTest
@ExtendWith(BrowserSession.ChromiumInstalled.class)
class SignInBrowserTest {

    static BrowserSession browser;

    @LocalServerPort int port;

    @BeforeAll
    static void openBrowser() {
        browser = new BrowserSession();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void aPersonSignsInWithADemoAccountAndOut() {
        Page page = browser.newPage();
        page.navigate(url("/sign-in"));
        assertThat(page.locator("table.demo-accounts")).containsText("kor-defence");
        page.locator("#username").fill("expert");
        page.locator("#password").fill("demo");
        page.locator("form.stacked button[type=submit]").click();
        assertThat(page).hasURL(url("/"));
        assertThat(page.locator("header .account")).hasText("expert");
        page.locator("header form button").click();
        assertThat(page.locator("header")).containsText("Sign in");
    }

    @Test
    void aWrongPasswordShowsAMessage() {
        Page page = browser.newPage();
        page.navigate(url("/sign-in"));
        page.locator("#username").fill("observer");
        page.locator("#password").fill("wrong");
        page.locator("form.stacked button[type=submit]").click();
        assertThat(page.locator("[role=alert]")).containsText("Wrong account name or password");
    }

    @Test
    void theLanguageSwitchChangesTheLanguage() {
        Page page = browser.newPage();
        page.navigate(url("/sign-in"));
        page.locator("#language-switch").selectOption("ko");
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
        page.navigate(url("/sign-in"));
        assertThat(page.locator("html")).hasAttribute("lang", "ko");
    }
}
