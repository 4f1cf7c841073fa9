package org.trackone.dialogue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;
import org.trackone.IntegrationTest;
import org.trackone.access.Accounts;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trackone.dialogue.DialogueCalls.json;

/**
 * A perspective whose PDF is above the multipart ceiling ({@code spring.servlet.multipart},
 * 32 MB), sent over HTTP to the running server, where the ceiling applies: refused with a
 * clean 413 in problem details naming the part, and nothing written. (The page's answer is
 * in {@code DialogueBrowserTest}.)
 */
@IntegrationTest
class UploadCeilingTest {

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired Meetings meetings;
    @Autowired JdbcClient jdbc;

    @Test
    void aPerspectiveAboveTheMultipartCeilingIsRefusedWith413AndNothingIsWritten() {
        LocalDate day = LocalDate.of(2906, 3, 9);
        Meeting meeting = meetings.schedule(new MeetingDetails("FPT", MeetingKind.SUB_COMMITTEE_SESSION, null,
                "Ceiling 2906", day, day, "Geneva", null, null, null, null, null, List.of()), "secretariat");
        String token = accounts.issueToken("kor-foreign", "upload ceiling");
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        HttpHeaders jsonPart = new HttpHeaders();
        jsonPart.setContentType(MediaType.APPLICATION_JSON);
        parts.add("perspective", new HttpEntity<>(json("language", "en", "text",
                "A perspective with too large a paper.", "topics", List.of()), jsonPart));
        // Just over the ceiling, so that the server reads past its limit and still answers on the same connection.
        byte[] file = new byte[(int) (DataSize.ofMegabytes(32).toBytes() + DataSize.ofKilobytes(64).toBytes())];
        HttpHeaders pdf = new HttpHeaders();
        pdf.setContentType(MediaType.APPLICATION_PDF);
        pdf.setContentDispositionFormData("attachment", "paper.pdf");
        // A stream, so that the part declares no length of its own (as a browser's does not): the server reads it
        // up to the ceiling before it can tell.
        parts.add("attachment", new HttpEntity<>(new InputStreamResource(new ByteArrayInputStream(file)), pdf));

        // Sent with its length, as a browser sends a form.
        RestClient client = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .requestFactory(new SimpleClientHttpRequestFactory()).build();
        ResponseEntity<JsonNode> answer = client.post()
                .uri("/api/v1/meetings/{id}/perspectives", meeting.id())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.MULTIPART_FORM_DATA).accept(MediaType.APPLICATION_JSON)
                .body(parts)
                .retrieve().onStatus(status -> true, (request, response) -> { })
                .toEntity(JsonNode.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(answer.getHeaders().getContentType()).isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
        JsonNode problem = answer.getBody();
        assertThat(problem).isNotNull();
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("errors").path(0).path("field").asString()).isEqualTo("attachment");
        assertThat(problem.path("errors").path(0).path("reason").asString())
                .isEqualTo("must be at most 32 MB: the largest upload this server accepts");
        assertThat(jdbc.sql("select count(*) from dialogue_perspective where meeting_id = ?").param(meeting.id())
                .query(Integer.class).single()).isZero();
    }
}
