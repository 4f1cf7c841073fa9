package org.trackone.browser;

import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trackone.IntegrationTest;
import org.trackone.framework.BodyDetails;
import org.trackone.framework.BodyKind;
import org.trackone.framework.BodyStatus;
import org.trackone.framework.DecisionRule;
import org.trackone.framework.FrameworkAdministration;
import org.trackone.framework.Mandate;
import org.trackone.framework.RecordRule;
import org.trackone.framework.Track;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** What people do with the framework, in a real browser. */
@IntegrationTest
@ExtendWith(BrowserSession.ChromiumInstalled.class)
class FrameworkBrowserTest {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    static BrowserSession browser;

    @LocalServerPort int port;
    @Autowired FrameworkAdministration administration;

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
        return browser.signedIn(url(""), username);
    }

    private String newBody() {
        String code = "BR-" + COUNTER.incrementAndGet();
        administration.createBody(new BodyDetails(code, "Browser workshop " + code, BodyKind.WORKSHOP, "NEACD",
                Track.TWO, Mandate.REGIONAL, DecisionRule.NONE, RecordRule.PUBLIC, BodyStatus.ACTIVE, null, null, null,
                "A workshop for the browser tests."), "test");
        return code;
    }

    @Test
    void aVisitorBrowsesTheOverviewAndTheTimeline() {
        Page page = browser.newPage();
        page.navigate(url("/"));
        assertThat(page.locator("main")).containsText("Northeast Asia Cooperation Dialogue");
        assertThat(page.locator("main")).containsText("Four-Party Talks");
        page.locator("main a", new Page.LocatorOptions().setHasText("Military Armistice Commission")).first().click();
        assertThat(page).hasURL(url("/bodies/MAC"));
        assertThat(page.locator("table.history")).containsText("North Korea");

        page.navigate(url("/proposals"));
        assertThat(page.locator("#timeline")).containsText("Vladivostok");
        page.locator("select[name=proposer]").selectOption("KOR");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*proposer=KOR.*"));
        assertThat(page.locator("#timeline")).not().containsText("Vladivostok");
        assertThat(page.locator("#timeline")).containsText("Consultative Conference for Peace in Northeast Asia");
    }

    @Test
    void theSecretariatChangesAMembershipAndSeesItInTheHistory() {
        String body = newBody();
        Page page = signedIn("secretariat");
        page.navigate(url("/bodies/" + body));
        page.locator("#membership-form select[name=participant]").selectOption("JPN");
        page.locator("#membership-form select[name=action]").selectOption("JOIN");
        page.locator("#membership-form input[name=effectiveOn]").fill("2001-05");
        page.locator("#membership-form textarea[name=note]").fill("Joined at the first session.");
        page.locator("#membership-form button[type=submit]").click();
        assertThat(page.locator("table.history")).containsText("Joined at the first session.");
        assertThat(page.locator("table.history")).containsText("May 2001");

        page.locator("#membership-form select[name=participant]").selectOption("JPN");
        page.locator("#membership-form select[name=action]").selectOption("WITHDRAW");
        page.locator("#membership-form input[name=effectiveOn]").fill("2000");
        page.locator("#membership-form button[type=submit]").click();
        assertThat(page.locator("#membership-form .field-error")).containsText("must not be before the latest change");
        assertThat(page.locator("table.history tbody tr")).hasCount(1);
    }

    @Test
    void aDelegateMayNotChangeAMembership() {
        String body = newBody();
        Page page = signedIn("kor-foreign");
        page.navigate(url("/bodies/" + body));
        assertThat(page.locator("main h1")).containsText("Browser workshop");
        assertThat(page.locator("#membership-form")).hasCount(0);

        Response refused = page.navigate(url("/bodies/new"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(page.locator("main")).containsText("Your account may not see or do this.");
    }
}
