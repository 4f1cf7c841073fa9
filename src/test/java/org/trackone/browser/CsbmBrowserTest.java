package org.trackone.browser;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trackone.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Prior notification in a real browser: filed late, flagged, acknowledged by another state. */
@IntegrationTest
@ExtendWith(BrowserSession.ChromiumInstalled.class)
class CsbmBrowserTest {

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

    private Page signedIn(String username) {
        Page page = browser.newPage();
        page.navigate(url("/sign-in"));
        page.locator("#username").fill(username);
        page.locator("#password").fill("demo");
        page.locator("form.stacked button[type=submit]").click();
        assertThat(page.locator("header .account")).hasText(username);
        return page;
    }

    @Test
    void aDelegateFilesALateNotificationSeesItFlaggedAndAnotherStateAcknowledgesIt() {
        LocalDate starts = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        Page korea = signedIn("kor-defence");
        korea.locator("header nav a", new Page.LocatorOptions().setHasText("CSBMs")).click();
        korea.locator("main a", new Page.LocatorOptions().setHasText("Prior notifications")).first().click();
        korea.locator("main a.button", new Page.LocatorOptions().setHasText("Notify a military activity")).click();
        korea.locator("select[name=type]").selectOption("EXERCISE");
        korea.locator("input[name=startsOn]").fill(starts.toString());
        korea.locator("input[name=endsOn]").fill(starts.plusDays(4).toString());
        korea.locator("input[name='area[0].latitude']").fill("37.8");
        korea.locator("input[name='area[0].longitude']").fill("127.2");
        korea.locator("input[name='forces[TROOPS]']").fill("15000");
        korea.locator("form.stacked button[type=submit]").click();

        assertThat(korea.locator("#late")).hasText("Late by 12 days.");
        assertThat(korea.locator("#not-acknowledged")).containsText("JPN");
        String address = korea.url();

        Page japan = signedIn("jpn-defence");
        japan.navigate(url("/csbm/inbox"));
        String id = address.substring(address.lastIndexOf('/') + 1);
        japan.locator("main a[href$='/csbm/notifications/" + id + "']").click();
        japan.locator("main button", new Page.LocatorOptions().setHasText("Acknowledge for my state")).click();
        assertThat(japan.locator("main")).containsText("Your state's acknowledgement was recorded.");

        korea.navigate(address);
        assertThat(korea.locator("#not-acknowledged")).not().containsText("JPN");
        assertThat(korea.locator("#not-acknowledged")).containsText("CHN, RUS, USA");
    }
}
