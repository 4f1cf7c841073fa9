package org.trackone.csbm;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.trackone.IntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The annual calendar submitted on a page: the defence delegate's form, blank rows left
 * out, a correction starting from the latest version, refusals shown on the form with
 * nothing written.
 */
@IntegrationTest
class CalendarFormTest {

    private static final int NEXT = LocalDate.now(ZoneOffset.UTC).getYear() + 1;
    private static final String FORM = "/csbm/NEACD/calendars/new";
    private static final String API = "/api/v1/csbm/bodies/NEACD/calendars/CHN/" + NEXT;

    @Autowired MockMvc mvc;

    private CsbmCalls calls() {
        return new CsbmCalls(mvc);
    }

    /** Sends the form as the delegate: name-value pairs. */
    private MockHttpServletResponse send(RequestPostProcessor who, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(FORM).with(csrf()).with(who);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return response;
    }

    @Test
    void aDefenceDelegateSubmitsItsStatesCalendarOnThePageAndCorrectsIt() throws Exception {
        String empty = calls().get(FORM, CsbmCalls.delegate("chn-defence")).hasStatus(200).text();
        assertThat(empty).contains("name=\"year\" value=\"" + NEXT + "\"").contains("Submit the calendar")
                .contains("is due on " + (NEXT - 1) + "-11-15").doesNotContain("id=\"calendar-correction\"");

        MockHttpServletResponse endBeforeStart = send(CsbmCalls.delegate("chn-defence"), "year", String.valueOf(NEXT),
                "entries[0].type", "EXERCISE", "entries[0].startsOn", NEXT + "-05-10",
                "entries[0].endsOn", NEXT + "-05-01", "entries[0].troops", "12000");
        assertThat(endBeforeStart.getStatus()).isEqualTo(422);
        assertThat(endBeforeStart.getContentAsString()).contains("must not be before the first day");
        MockHttpServletResponse notANumber = send(CsbmCalls.delegate("chn-defence"), "year", String.valueOf(NEXT),
                "entries[0].type", "EXERCISE", "entries[0].startsOn", NEXT + "-05-01",
                "entries[0].endsOn", NEXT + "-05-10", "entries[0].troops", "many");
        assertThat(notANumber.getStatus()).isEqualTo(422);
        MockHttpServletResponse noTroops = send(CsbmCalls.delegate("chn-defence"), "year", String.valueOf(NEXT),
                "entries[0].type", "EXERCISE", "entries[0].startsOn", NEXT + "-05-01",
                "entries[0].endsOn", NEXT + "-05-10");
        assertThat(noTroops.getStatus()).isEqualTo(422);
        assertThat(send(CsbmCalls.delegate("chn-defence")).getStatus()).isEqualTo(422);
        calls().get(API, CsbmCalls.secretariat()).hasStatus(404);

        // Blank rows are left out; the filled ones keep their order.
        MockHttpServletResponse submitted = send(CsbmCalls.delegate("chn-defence"), "year", String.valueOf(NEXT),
                "entries[1].type", "EXERCISE", "entries[1].startsOn", NEXT + "-05-01",
                "entries[1].endsOn", NEXT + "-05-10", "entries[1].troops", "12000",
                "entries[3].type", "TRANSFER", "entries[3].startsOn", NEXT + "-09-01",
                "entries[3].endsOn", NEXT + "-09-03", "entries[3].troops", "4000");
        assertThat(submitted.getStatus()).isEqualTo(302);
        assertThat(submitted.getRedirectedUrl()).isEqualTo("/csbm/NEACD/calendars/CHN/" + NEXT);
        JsonNode first = calls().get(API, CsbmCalls.delegate("kor-foreign")).hasStatus(200).json()
                .path("versions").path(0);
        assertThat(first.path("entries").size()).isEqualTo(2);
        assertThat(first.path("entries").path(1).path("type").asString()).isEqualTo("TRANSFER");
        assertThat(first.path("dueOn").asString()).isEqualTo((NEXT - 1) + "-11-15");
        assertThat(calls().get(submitted.getRedirectedUrl(), CsbmCalls.delegate("chn-defence")).text())
                .contains("Correct this calendar");
        assertThat(calls().get(submitted.getRedirectedUrl(), CsbmCalls.delegate("chn-foreign")).text())
                .doesNotContain("Correct this calendar");

        // The form starts from the latest version: submitting it is a correction.
        String correcting = calls().get(FORM + "?year=" + NEXT, CsbmCalls.delegate("chn-defence")).hasStatus(200).text();
        assertThat(correcting).contains("id=\"calendar-correction\"").contains("value=\"" + NEXT + "-09-03\"")
                .contains("Submit as a correction of version 1");
        MockHttpServletResponse notACorrection = send(CsbmCalls.delegate("chn-defence"), "year", String.valueOf(NEXT),
                "entries[0].type", "EXERCISE", "entries[0].startsOn", NEXT + "-05-01",
                "entries[0].endsOn", NEXT + "-05-10", "entries[0].troops", "12000");
        assertThat(notACorrection.getStatus()).isEqualTo(422);
        assertThat(notACorrection.getContentAsString()).contains("version 1 was submitted already");
        MockHttpServletResponse otherYear = send(CsbmCalls.delegate("chn-defence"), "year", String.valueOf(NEXT),
                "corrects", "1", "entries[0].type", "EXERCISE", "entries[0].startsOn", (NEXT + 1) + "-05-01",
                "entries[0].endsOn", (NEXT + 1) + "-05-10", "entries[0].troops", "12000");
        assertThat(otherYear.getStatus()).isEqualTo(422);
        assertThat(otherYear.getContentAsString()).contains("the year of the calendar");
        assertThat(calls().get(API, CsbmCalls.secretariat()).json().path("versions").size()).isEqualTo(1);

        MockHttpServletResponse corrected = send(CsbmCalls.delegate("chn-defence"), "year", String.valueOf(NEXT),
                "corrects", "1", "entries[0].type", "EXERCISE", "entries[0].startsOn", NEXT + "-06-01",
                "entries[0].endsOn", NEXT + "-06-10", "entries[0].troops", "12000");
        assertThat(corrected.getStatus()).isEqualTo(302);
        JsonNode versions = calls().get(API, CsbmCalls.secretariat()).json().path("versions");
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.path(1).path("corrects").asInt()).isEqualTo(1);
        assertThat(versions.path(1).path("entries").size()).isEqualTo(1);
    }

    @Test
    void onlyADefenceDelegateOfAParticipatingStateGetsTheForm() throws Exception {
        calls().get(FORM, CsbmCalls.delegate("chn-foreign")).hasStatus(403);
        calls().get(FORM, CsbmCalls.secretariat()).hasStatus(403);
        calls().get(FORM, CsbmCalls.observer()).hasStatus(403);
        assertThat(send(CsbmCalls.delegate("jpn-foreign"), "year", String.valueOf(NEXT)).getStatus()).isEqualTo(403);
        calls().get("/csbm/NO-SUCH-BODY/calendars/new", CsbmCalls.delegate("chn-defence")).hasStatus(404);
        assertThat(calls().get("/csbm/NEACD/notifications", CsbmCalls.delegate("chn-defence")).text())
                .contains("href=\"/csbm/NEACD/calendars/new\"");
    }
}
