package org.trackone.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.trackone.IntegrationTest;
import org.trackone.csbm.PublicRegimeBody;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The regime in a real browser: a prior notification filed late, flagged, acknowledged by
 * another state; a hazardous incident reported, acknowledged and answered; a visitor who has
 * not signed in reading a public body's compliance and annual report; a hotline message
 * reminded in the addressee's inbox until acknowledged; the annual exchange uploaded as a
 * CSV file by a defence delegate (a broken file refused with its row and column, nothing
 * saved), and the annual calendar submitted on its form and then corrected.
 */
@IntegrationTest
@ExtendWith(BrowserSession.ChromiumInstalled.class)
class CsbmBrowserTest {

    /** The example file the exchange page offers, as it lies in the repository. */
    static final Path EXAMPLE_CSV = Path.of("src/main/resources/csbm/exchange-example.csv");
    static final int NEXT = LocalDate.now(ZoneOffset.UTC).getYear() + 1;

    static BrowserSession browser;

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

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

    @Test
    void aDelegateFilesALateNotificationAnotherStateAcknowledgesItAndTheDashboardChanges() {
        LocalDate starts = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        String dashboard = url("/csbm/NEACD/compliance?from=" + starts.getYear() + "&to=" + starts.getYear());
        Page secretariat = signedIn("secretariat");
        secretariat.navigate(dashboard);
        String japanCell = "#compliance-JPN-PRIOR_NOTIFICATION td[data-year='" + starts.getYear() + "']";
        assertThat(secretariat.locator(japanCell)).containsText("none notified");

        Page japan = signedIn("jpn-defence");
        japan.locator("header nav a", new Page.LocatorOptions().setHasText("CSBMs")).click();
        japan.locator("#regime-NEACD a", new Page.LocatorOptions().setHasText("Prior notifications")).click();
        japan.locator("main a.button", new Page.LocatorOptions().setHasText("Notify a military activity")).click();
        japan.locator("select[name=type]").selectOption("EXERCISE");
        japan.locator("input[name=startsOn]").fill(starts.toString());
        japan.locator("input[name=endsOn]").fill(starts.plusDays(4).toString());
        japan.locator("input[name='area[0].latitude']").fill("43.1");
        japan.locator("input[name='area[0].longitude']").fill("141.3");
        japan.locator("input[name='forces[TROOPS]']").fill("15000");
        japan.locator("form.stacked button[type=submit]").click();

        assertThat(japan.locator("#late")).hasText("Late by 12 days.");
        assertThat(japan.locator("#not-acknowledged")).containsText("KOR");
        String address = japan.url();

        Page korea = signedIn("kor-foreign");
        korea.navigate(url("/csbm/inbox"));
        String id = address.substring(address.lastIndexOf('/') + 1);
        korea.locator("main a[href$='/csbm/notifications/" + id + "']").click();
        korea.locator("main button", new Page.LocatorOptions().setHasText("Acknowledge for my state")).click();
        assertThat(korea.locator("main")).containsText("Your state's acknowledgement was recorded.");

        japan.navigate(address);
        assertThat(japan.locator("#not-acknowledged")).not().containsText("KOR");
        assertThat(japan.locator("#not-acknowledged")).containsText("CHN, RUS, USA");

        secretariat.navigate(dashboard);
        assertThat(secretariat.locator(japanCell)).containsText("late by 12 days");
        assertThat(secretariat.locator(japanCell)).containsText("(1 notified, 1 late)");
        // The chart beside the table is drawn by Chart.js from the figures the page embeds.
        secretariat.waitForFunction("() => window.Chart !== undefined"
                + " && Chart.getChart(document.getElementById('compliance-chart')) !== undefined");
        Object lateThisYear = secretariat.evaluate("() => Chart.getChart(document.getElementById('compliance-chart'))"
                + ".data.datasets.find(d => d.label === 'late').data[0]");
        org.assertj.core.api.Assertions.assertThat(((Number) lateThisYear).intValue()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aVisitorFollowsTheNavigationToAPublicBodysComplianceAndItsAnnualReport() {
        PublicRegimeBody body = PublicRegimeBody.in(context);
        Page visitor = browser.newPage();
        visitor.navigate(url("/"));
        visitor.locator("header nav a", new Page.LocatorOptions().setHasText("CSBMs")).click();
        assertThat(visitor.locator("main h1")).hasText("Confidence-building measures");
        assertThat(visitor.locator("#regime-NEACD")).hasCount(0);
        visitor.locator("#regime-" + body.code() + " a", new Page.LocatorOptions().setHasText("Compliance")).click();
        assertThat(visitor.locator("#compliance-" + PublicRegimeBody.STATE + "-ANNUAL_EXCHANGE")).isVisible();
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        visitor.locator("#reports a", new Page.LocatorOptions().setHasText(Integer.toString(year))).click();
        assertThat(visitor.locator("main h1")).containsText("Annual implementation report " + year);
        assertThat(visitor.locator("#report-states")).containsText("Republic of Korea (KOR)");
        assertThat(visitor.locator("#report-public-part")).containsText("stay with the states concerned");
        assertThat(visitor.locator("#report-open")).hasCount(0);
        assertThat(visitor.locator("header .account")).hasCount(0);
    }

    @Test
    void aStateReportsAnIncidentTheOtherAcknowledgesItFromItsInboxAndReplies() {
        Page korea = signedIn("kor-foreign");
        korea.navigate(url("/csbm"));
        korea.locator("#regime-NEACD a", new Page.LocatorOptions().setHasText("Hazardous incidents")).click();
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

        Page japan = signedIn("jpn-defence");
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

    @Test
    void aHotlineMessageIsRemindedInTheAddresseesInboxUntilItIsAcknowledged() {
        Page korea = signedIn("kor-foreign");
        korea.navigate(url("/csbm/NEACD/hotline"));
        korea.locator("select[name=addressee]").selectOption("CHN");
        korea.locator("textarea[name=message]").fill("Please call back on the hotline.");
        korea.locator("form.stacked button[type=submit]").click();
        assertThat(korea.locator("main")).containsText("The message was delivered.");
        String message = korea.url();
        String id = message.substring(message.lastIndexOf('/') + 1);

        // Due 30 minutes after it was sent, reminded from the moment it arrives.
        Page china = signedIn("chn-defence");
        china.navigate(url("/csbm/inbox"));
        String row = "#deadline-HOTLINE_ACKNOWLEDGEMENT-" + id;
        assertThat(china.locator(row)).containsText("Acknowledge the hotline message #" + id + " from KOR");
        assertThat(china.locator(row + " .tag")).containsText("due in");
        china.locator(row + " a").click();
        china.locator("main button", new Page.LocatorOptions().setHasText("Acknowledge for my state")).click();
        assertThat(china.locator("main")).containsText("Your state's acknowledgement was recorded.");
        china.navigate(url("/csbm/inbox"));
        assertThat(china.locator("#deadlines")).isVisible();
        assertThat(china.locator(row)).hasCount(0);
    }

    /** Follows a link of the NEACD's row on the regime's overview. */
    private void openFromTheOverview(Page page, String link) {
        page.navigate(url("/csbm"));
        page.locator("main tr", new Page.LocatorOptions().setHasText("Northeast Asia Cooperation Dialogue"))
                .locator("a", new Locator.LocatorOptions().setHasText(link)).click();
    }

    /** Uploads a file as the exchange of next year with the CSV form of the exchange page. */
    private static void uploadCsv(Page page, FilePayload file) {
        Locator form = page.locator("#import-csv");
        form.locator("input[name=year]").fill(String.valueOf(NEXT));
        form.locator("input[type=file]").setInputFiles(file);
        form.locator("button[type=submit]").click();
    }

    @Test
    void aDefenceDelegateUploadsTheExchangeAsCsvAndABrokenFileSavesNothing() throws Exception {
        String example = Files.readString(EXAMPLE_CSV, StandardCharsets.UTF_8);
        FilePayload broken = new FilePayload("exchange.csv", "text/csv",
                example.replace("AIR_WING", "SQUADRON").getBytes(StandardCharsets.UTF_8));
        Page usa = signedIn("usa-defence");
        openFromTheOverview(usa, "Annual exchange");
        Locator draftOfNextYear = usa.locator("main li", new Page.LocatorOptions().setHasText("Draft for " + NEXT));
        assertThat(draftOfNextYear).hasCount(0);

        uploadCsv(usa, broken);
        assertThat(usa.locator("#csv-error")).containsText("rows[9].level: must be one of");
        assertThat(draftOfNextYear).hasCount(0);

        uploadCsv(usa, new FilePayload("exchange-example.csv", "text/csv", Files.readAllBytes(EXAMPLE_CSV)));
        assertThat(usa.locator("main")).containsText("The draft was saved. Only your state's delegates see it.");
        assertThat(usa.locator("main")).containsText("Example 71st Air Wing");
        assertThat(usa.locator("main")).containsText("Example 3rd Mechanized Brigade, \"North\"");
        String draft = usa.url();
        org.assertj.core.api.Assertions.assertThat(draft).endsWith("/csbm/NEACD/exchanges/USA/" + NEXT + "/draft");

        // A broken file for the same year leaves the saved draft as it was.
        usa.navigate(url("/csbm/NEACD/exchanges"));
        assertThat(draftOfNextYear).hasCount(1);
        uploadCsv(usa, broken);
        assertThat(usa.locator("#csv-error")).containsText("rows[9].level");
        usa.navigate(draft);
        assertThat(usa.locator("main")).containsText("Example 71st Air Wing");
        assertThat(usa.locator("main")).not().containsText("SQUADRON");
    }

    @Test
    void aDefenceDelegateFilesTheAnnualCalendarSeesItListedAndCorrectsIt() {
        Page japan = signedIn("jpn-defence");
        openFromTheOverview(japan, "Prior notifications");
        japan.locator("main a.button", new Page.LocatorOptions().setHasText("Submit the annual calendar")).click();
        assertThat(japan.locator("#calendar-due")).hasText(
                "The calendar for " + NEXT + " is due on " + (NEXT - 1) + "-11-15 under the rules in force.");
        assertThat(japan.locator("#calendar-correction")).hasCount(0);
        japan.locator("select[name='entries[0].type']").selectOption("EXERCISE");
        japan.locator("input[name='entries[0].startsOn']").fill(NEXT + "-04-06");
        japan.locator("input[name='entries[0].endsOn']").fill(NEXT + "-04-17");
        japan.locator("input[name='entries[0].troops']").fill("14000");
        japan.locator("select[name='entries[1].type']").selectOption("TRANSFER");
        japan.locator("input[name='entries[1].startsOn']").fill(NEXT + "-10-01");
        japan.locator("input[name='entries[1].endsOn']").fill(NEXT + "-10-03");
        japan.locator("input[name='entries[1].troops']").fill("5000");
        japan.locator("form.stacked button[type=submit]").click();

        assertThat(japan.locator("h1")).hasText("Annual calendar of Japan for " + NEXT);
        assertThat(japan.locator("main")).containsText("The calendar was submitted and delivered.");
        Locator rows = japan.locator("#calendar-entries tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0)).containsText(NEXT + "-04-06 – " + NEXT + "-04-17");
        assertThat(rows.nth(0)).containsText("14,000");
        assertThat(rows.nth(1)).containsText("5,000");
        assertThat(japan.locator("#not-acknowledged")).containsText("CHN, KOR, RUS, USA");
        String calendar = japan.url();

        // Delivered: another state's inbox lists it.
        Page korea = signedIn("kor-foreign");
        korea.navigate(url("/csbm/inbox"));
        Locator listed = korea.locator("#inbox-items tr", new Page.LocatorOptions().setHasText("JPN"))
                .locator("a[href*='/csbm/NEACD/calendars/JPN/" + NEXT + "']");
        assertThat(listed).hasCount(1);
        listed.click();
        assertThat(korea.locator("#calendar-entries tbody tr")).hasCount(2);

        // The same year again: the form starts from the submitted version and makes a correction.
        japan.navigate(url("/csbm/NEACD/notifications"));
        japan.locator("main a.button", new Page.LocatorOptions().setHasText("Submit the annual calendar")).click();
        japan.locator("#calendar-year input[name=year]").fill(String.valueOf(NEXT));
        japan.locator("#calendar-year button[type=submit]").click();
        assertThat(japan.locator("#calendar-correction")).containsText("Your state submitted version 1 for this year");
        assertThat(japan.locator("input[name='entries[0].troops']")).hasValue("14000");
        assertThat(japan.locator("input[name='entries[1].endsOn']")).hasValue(NEXT + "-10-03");
        japan.locator("input[name='entries[0].troops']").fill("16000");
        japan.locator("input[name='entries[1].troops']").fill("");
        japan.locator("input[name='entries[1].startsOn']").fill("");
        japan.locator("input[name='entries[1].endsOn']").fill("");
        japan.locator("select[name='entries[1].type']").selectOption("");
        japan.locator("form.stacked button[type=submit]", new Page.LocatorOptions()
                .setHasText("Submit as a correction of version 1")).click();

        assertThat(japan.locator("main")).containsText("The calendar was submitted and delivered.");
        assertThat(japan.locator("#calendar-entries tbody tr")).hasCount(1);
        assertThat(japan.locator("#calendar-entries")).containsText("16,000");
        assertThat(japan.locator(".facts dd").first()).hasText("2");
        // The first version stays readable beside the correction.
        japan.locator(".facts a", new Page.LocatorOptions().setHasText("version 1")).click();
        assertThat(japan.locator(".facts dd").first()).hasText("1");
        assertThat(japan.locator("#calendar-entries tbody tr")).hasCount(2);
        assertThat(japan.locator("#calendar-entries")).containsText("14,000");
        org.assertj.core.api.Assertions.assertThat(japan.url()).startsWith(calendar).endsWith("version=1");
    }
}
