package org.trackone.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trackone.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A hazardous incident in a real browser: reported by one state, acknowledged and answered by the other. */
@IntegrationTest
@ExtendWith(BrowserSession.ChromiumInstalled.class)
class RiskReductionBrowserTest {

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
    void aStateReportsAnIncidentTheOtherAcknowledgesItFromItsInboxAndReplies() {
        Page korea = browser.signedIn(url(""), "kor-foreign");
        korea.navigate(url("/csbm"));
        korea.locator("main a", new Page.LocatorOptions().setHasText("Hazardous incidents")).first().click();
        korea.locator("select[name=otherState]").selectOption("JPN");
        korea.locator("select[name=environment]").selectOption("IN_THE_AIR");
        korea.locator("input[name=occurredAt]").fill("2026-02-11T08:30");
        korea.locator("input[name=latitude]").fill("37.2");
        korea.locator("input[name=longitude]").fill("131.9");
        korea.locator("textarea[name=unitsInvolved]").fill("A patrol aircraft and a fighter");
        korea.locator("input[name=closestApproachMetres]").fill("60");
        korea.locator("textarea[name=whatHappened]").fill("The fighter passed within sixty metres.");
        korea.locator("form.stacked button[type=submit]").click();
        assertThat(korea.locator("main")).containsText("The report was delivered to the other state.");
        assertThat(korea.locator("#acknowledgement")).containsText("not acknowledged yet");
        String report = korea.url();
        String id = report.substring(report.lastIndexOf('/') + 1);

        Page japan = browser.signedIn(url(""), "jpn-defence");
        japan.navigate(url("/csbm/inbox"));
        japan.locator("#item-HAZARDOUS_INCIDENT-" + id + " button").click();
        assertThat(japan.locator("main")).containsText("Your state's acknowledgement was recorded.");
        japan.navigate(report);
        japan.locator("textarea[name=answer]").fill("Our fighter kept its distance as the rules require.");
        japan.locator("form.stacked button[type=submit]").click();
        assertThat(japan.locator("#reply")).containsText("kept its distance");
        assertThat(japan.locator("textarea[name=answer]")).hasCount(0);

        korea.navigate(report);
        assertThat(korea.locator("#acknowledgement")).containsText("Acknowledged by JPN");
        assertThat(korea.locator("#reply")).containsText("jpn-defence");
    }
}
