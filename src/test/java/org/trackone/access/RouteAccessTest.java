package org.trackone.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.trackone.IntegrationTest;
import org.trackone.csbm.PublicRegimeBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Walks every route of the application as every role and checks who gets in. The list
 * below is the complete map of routes: a route that is mapped but not listed here fails
 * {@link #everyRouteIsListed()}, so no new page or API resource can skip this test.
 *
 * <p>Allowed requests are sent without a valid body, so they never change anything;
 * they must get past security (no 401, no 403, no redirect to the sign-in page).
 */
@IntegrationTest
class RouteAccessTest {

    enum Access {
        PUBLIC, SIGNED_IN, SECRETARIAT,
        /** The secretariat and the delegates of participating states (the test's delegate is South Korea's). */
        PARTICIPANTS,
        /** Those who take part in the dialogue's work: the secretariat, delegates and experts (not observers). */
        INSIDER,
        /** A delegate, acting for its own state and ministry (the test's delegate is South Korea's defence ministry). */
        DELEGATE,
        /** An expert. */
        EXPERT,
        /**
         * What the states submitted under a regime (notifications, exchanges, calendars, compliance): as
         * PARTICIPANTS for a body whose record rule is not public, as the demo's NEACD (off the record) in the
         * examples; for a public body, everyone ({@link RouteAccessTest#aPublicBodysSubmissionsAreReadByEveryone}).
         */
        SUBMITTED,
        /** As SUBMITTED, for one item by its id: one that does not exist is not found, whoever asks (the API still needs an account). */
        SUBMITTED_ITEM,
        /**
         * A regime's rules: as SIGNED_IN for a body whose record rule is not public; for a public body,
         * visitors who have not signed in too ({@link RouteAccessTest#aPublicBodysSubmissionsAreReadByEveryone}).
         */
        RULES,
        /** The page that says "forbidden": it answers 403 to everyone, whoever asks. */
        REFUSAL_PAGE
    }

    enum Role { ANONYMOUS, OBSERVER, EXPERT, DELEGATE, SECRETARIAT }

    /** A demo account for each signed-in role. */
    private static final Map<Role, String> ACCOUNTS = Map.of(Role.OBSERVER, "observer", Role.EXPERT, "expert",
            Role.DELEGATE, "kor-defence", Role.SECRETARIAT, "secretariat");

    /**
     * @param example a request path for the pattern, naming demo data
     * @param allowedStatus what an allowed request gets; 0 for "anything but a refusal"
     *     (writes, sent without a valid body, get 400 or 422)
     */
    record Route(String method, String pattern, Access access, String example, int allowedStatus) {

        Route answering(int status) {
            return new Route(method, pattern, access, example, status);
        }

        String key() {
            return method + " " + pattern;
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }
    }

    static Route route(String method, String pattern, Access access, String example) {
        return new Route(method, pattern, access, example, method.equals("GET") ? 200 : 0);
    }

    static Route route(String method, String pattern, Access access) {
        return route(method, pattern, access, pattern);
    }

    /** The demonstration's NEACD Plenary VI: the sixth meeting the dialogue's demonstration data loads. */
    static final long DIALOGUE_PLENARY = 6;

    static final List<Route> ROUTES = List.of(
            // Pages anyone may read
            route("GET", "/", Access.PUBLIC),
            route("GET", "/bodies", Access.PUBLIC).answering(302),
            route("GET", "/bodies/{code}", Access.PUBLIC, "/bodies/NEACD"),
            route("GET", "/participants", Access.PUBLIC),
            route("GET", "/participants/{code}", Access.PUBLIC, "/participants/PRK"),
            route("GET", "/formats", Access.PUBLIC),
            route("GET", "/formats/{code}", Access.PUBLIC, "/formats/2-plus-2"),
            route("GET", "/proposals", Access.PUBLIC),
            route("GET", "/sign-in", Access.PUBLIC),
            // Spring Boot's error page, asked for directly rather than on an error dispatch,
            // has no error to show and reports a failure of its own.
            route("GET", "/error", Access.PUBLIC).answering(500),
            route("POST", "/error", Access.PUBLIC).answering(500),
            route("GET", "/error/403", Access.REFUSAL_PAGE),
            route("POST", "/error/403", Access.REFUSAL_PAGE),
            route("GET", "/error/expired", Access.REFUSAL_PAGE),
            route("POST", "/error/expired", Access.REFUSAL_PAGE),
            // The secretariat's forms
            route("GET", "/bodies/new", Access.SECRETARIAT),
            route("POST", "/bodies/new", Access.SECRETARIAT),
            route("GET", "/bodies/{code}/edit", Access.SECRETARIAT, "/bodies/NEACD/edit"),
            route("POST", "/bodies/{code}/edit", Access.SECRETARIAT, "/bodies/NEACD/edit"),
            route("POST", "/bodies/{code}/memberships", Access.SECRETARIAT, "/bodies/NEACD/memberships"),
            route("GET", "/participants/new", Access.SECRETARIAT),
            route("POST", "/participants/new", Access.SECRETARIAT),
            route("GET", "/participants/{code}/edit", Access.SECRETARIAT, "/participants/KOR/edit"),
            route("POST", "/participants/{code}/edit", Access.SECRETARIAT, "/participants/KOR/edit"),
            route("GET", "/formats/new", Access.SECRETARIAT),
            route("POST", "/formats/new", Access.SECRETARIAT),
            route("GET", "/formats/{code}/edit", Access.SECRETARIAT, "/formats/2-plus-2/edit"),
            route("POST", "/formats/{code}/edit", Access.SECRETARIAT, "/formats/2-plus-2/edit"),
            // Each account's own page and tokens
            route("GET", "/account", Access.SIGNED_IN),
            route("POST", "/account/tokens", Access.SIGNED_IN),
            route("POST", "/account/tokens/{id}/revoke", Access.SIGNED_IN, "/account/tokens/999999/revoke"),
            // The API description, public
            route("GET", "/api/v1/openapi.json", Access.PUBLIC),
            route("GET", "/api/v1/openapi.json.yaml", Access.PUBLIC),
            route("GET", "/api/v1/openapi.json/swagger-config", Access.PUBLIC),
            route("GET", "/api/v1/docs", Access.PUBLIC).answering(302),
            // The API: reading needs an account, writing the secretariat
            route("GET", "/api/v1/participants", Access.SIGNED_IN),
            route("GET", "/api/v1/participants/{code}", Access.SIGNED_IN, "/api/v1/participants/KOR"),
            route("GET", "/api/v1/participants/{code}/memberships", Access.SIGNED_IN, "/api/v1/participants/PRK/memberships"),
            route("POST", "/api/v1/participants", Access.SECRETARIAT),
            route("PUT", "/api/v1/participants/{code}", Access.SECRETARIAT, "/api/v1/participants/KOR"),
            route("GET", "/api/v1/bodies", Access.SIGNED_IN),
            route("GET", "/api/v1/bodies/{code}", Access.SIGNED_IN, "/api/v1/bodies/NEACD"),
            route("POST", "/api/v1/bodies", Access.SECRETARIAT),
            route("PUT", "/api/v1/bodies/{code}", Access.SECRETARIAT, "/api/v1/bodies/NEACD"),
            route("GET", "/api/v1/bodies/{code}/memberships", Access.SIGNED_IN, "/api/v1/bodies/MAC/memberships"),
            route("GET", "/api/v1/bodies/{code}/memberships/{participant}", Access.SIGNED_IN,
                    "/api/v1/bodies/MAC/memberships/PRK"),
            route("POST", "/api/v1/bodies/{code}/memberships", Access.SECRETARIAT, "/api/v1/bodies/MAC/memberships"),
            route("GET", "/api/v1/formats", Access.SIGNED_IN),
            route("GET", "/api/v1/formats/{code}", Access.SIGNED_IN, "/api/v1/formats/five-party"),
            route("POST", "/api/v1/formats", Access.SECRETARIAT),
            route("PUT", "/api/v1/formats/{code}", Access.SECRETARIAT, "/api/v1/formats/five-party"),
            route("GET", "/api/v1/proposals", Access.SIGNED_IN),
            route("GET", "/api/v1/proposals/{id}", Access.SIGNED_IN, "/api/v1/proposals/1"),
            // Confidence-building measures: the regime's rules
            route("GET", "/csbm", Access.PUBLIC),
            route("GET", "/csbm/{body}/rules", Access.RULES, "/csbm/NEACD/rules"),
            route("GET", "/csbm/{body}/rules/new", Access.SECRETARIAT, "/csbm/NEACD/rules/new"),
            route("POST", "/csbm/{body}/rules/new", Access.SECRETARIAT, "/csbm/NEACD/rules/new"),
            route("GET", "/api/v1/csbm/bodies/{body}/rule-sets", Access.SIGNED_IN, "/api/v1/csbm/bodies/NEACD/rule-sets"),
            route("GET", "/api/v1/csbm/bodies/{body}/rule-sets/{version}", Access.SIGNED_IN,
                    "/api/v1/csbm/bodies/NEACD/rule-sets/1"),
            route("POST", "/api/v1/csbm/bodies/{body}/rule-sets", Access.SECRETARIAT,
                    "/api/v1/csbm/bodies/NEACD/rule-sets"),
            // Prior notifications: participating states and the secretariat read, delegates act
            route("GET", "/csbm/{body}/notifications", Access.SUBMITTED, "/csbm/NEACD/notifications"),
            route("GET", "/csbm/{body}/notifications/new", Access.DELEGATE, "/csbm/NEACD/notifications/new"),
            route("POST", "/csbm/{body}/notifications/new", Access.DELEGATE, "/csbm/NEACD/notifications/new"),
            route("GET", "/csbm/notifications/{id}", Access.SUBMITTED_ITEM, "/csbm/notifications/999999").answering(404),
            route("POST", "/csbm/notifications/{id}/acknowledge", Access.DELEGATE,
                    "/csbm/notifications/999999/acknowledge"),
            route("GET", "/csbm/inbox", Access.DELEGATE),
            route("POST", "/csbm/notifications/{id}/report", Access.DELEGATE, "/csbm/notifications/999999/report"),
            route("POST", "/csbm/notifications/{id}/invite", Access.DELEGATE, "/csbm/notifications/999999/invite"),
            route("POST", "/csbm/notifications/{id}/observation-answer", Access.DELEGATE,
                    "/csbm/notifications/999999/observation-answer"),
            route("POST", "/api/v1/csbm/notifications/{id}/observation-invitations", Access.DELEGATE,
                    "/api/v1/csbm/notifications/999999/observation-invitations"),
            route("POST", "/api/v1/csbm/notifications/{id}/observation-answers", Access.DELEGATE,
                    "/api/v1/csbm/notifications/999999/observation-answers"),
            route("POST", "/api/v1/csbm/notifications/{id}/report", Access.DELEGATE,
                    "/api/v1/csbm/notifications/999999/report"),
            route("GET", "/api/v1/csbm/bodies/{body}/notifications", Access.SUBMITTED,
                    "/api/v1/csbm/bodies/NEACD/notifications"),
            route("POST", "/api/v1/csbm/bodies/{body}/notifications", Access.DELEGATE,
                    "/api/v1/csbm/bodies/NEACD/notifications"),
            route("GET", "/api/v1/csbm/notifications/{id}", Access.SUBMITTED_ITEM, "/api/v1/csbm/notifications/999999")
                    .answering(404),
            route("POST", "/api/v1/csbm/notifications/{id}/acknowledgements", Access.DELEGATE,
                    "/api/v1/csbm/notifications/999999/acknowledgements"),
            route("GET", "/api/v1/csbm/inbox", Access.DELEGATE),
            // Dialogue: meetings are public to read; the secretariat schedules them
            route("GET", "/meetings", Access.PUBLIC),
            route("GET", "/meetings/{id}", Access.PUBLIC, "/meetings/" + DIALOGUE_PLENARY),
            route("GET", "/meetings/{id}/calendar.ics", Access.PUBLIC, "/meetings/" + DIALOGUE_PLENARY + "/calendar.ics"),
            route("GET", "/meetings/calendar.ics", Access.PUBLIC, "/meetings/calendar.ics?body=NEACD"),
            route("GET", "/meetings/mine.ics", Access.SIGNED_IN),
            route("GET", "/api/v1/meetings/mine.ics", Access.SIGNED_IN),
            route("GET", "/meetings/new", Access.SECRETARIAT),
            route("POST", "/meetings/new", Access.SECRETARIAT),
            route("GET", "/meetings/{id}/edit", Access.SECRETARIAT, "/meetings/" + DIALOGUE_PLENARY + "/edit"),
            route("POST", "/meetings/{id}/edit", Access.SECRETARIAT, "/meetings/" + DIALOGUE_PLENARY + "/edit"),
            route("GET", "/api/v1/meetings", Access.SIGNED_IN),
            route("GET", "/api/v1/meetings/{id}", Access.SIGNED_IN, "/api/v1/meetings/" + DIALOGUE_PLENARY),
            route("GET", "/api/v1/meetings/next-plenary", Access.SIGNED_IN, "/api/v1/meetings/next-plenary?body=NEACD"),
            route("POST", "/api/v1/meetings", Access.SECRETARIAT),
            route("PUT", "/api/v1/meetings/{id}", Access.SECRETARIAT, "/api/v1/meetings/" + DIALOGUE_PLENARY),
            // Dialogue: national perspectives, read by those who take part, submitted by delegates
            route("GET", "/meetings/{id}/perspectives", Access.INSIDER, "/meetings/" + DIALOGUE_PLENARY + "/perspectives"),
            route("POST", "/meetings/{id}/perspectives", Access.DELEGATE, "/meetings/" + DIALOGUE_PLENARY + "/perspectives"),
            route("GET", "/api/v1/meetings/{id}/perspectives", Access.INSIDER,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/perspectives"),
            route("POST", "/api/v1/meetings/{id}/perspectives", Access.DELEGATE,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/perspectives"),
            route("GET", "/api/v1/meetings/{id}/perspectives/{perspective}", Access.INSIDER,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/perspectives/999999").answering(404),
            route("GET", "/api/v1/meetings/{id}/perspectives/{perspective}/attachment", Access.INSIDER,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/perspectives/999999/attachment").answering(404),
            route("GET", "/meetings/{id}/perspectives/{perspective}/attachment", Access.INSIDER,
                    "/meetings/" + DIALOGUE_PLENARY + "/perspectives/999999/attachment").answering(404),
            route("GET", "/api/v1/meetings/{id}/perspectives/status", Access.SECRETARIAT,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/perspectives/status"),
            // Dialogue: the overlap report, and topics assigned to experts by the secretariat
            route("GET", "/meetings/{id}/overlap", Access.INSIDER, "/meetings/" + DIALOGUE_PLENARY + "/overlap"),
            route("POST", "/meetings/{id}/overlap/assignments", Access.SECRETARIAT,
                    "/meetings/" + DIALOGUE_PLENARY + "/overlap/assignments"),
            route("GET", "/api/v1/meetings/{id}/overlap", Access.INSIDER,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/overlap"),
            route("GET", "/api/v1/meetings/{id}/analysis-assignments", Access.INSIDER,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/analysis-assignments"),
            route("POST", "/api/v1/meetings/{id}/analysis-assignments", Access.SECRETARIAT,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/analysis-assignments"),
            // The annual exchange: drafts for their own state's delegates, submissions for participating states
            route("GET", "/csbm/{body}/exchanges", Access.SUBMITTED, "/csbm/NEACD/exchanges"),
            route("POST", "/csbm/{body}/exchanges/import", Access.DELEGATE, "/csbm/NEACD/exchanges/import"),
            route("POST", "/csbm/{body}/exchanges/import-csv", Access.DELEGATE, "/csbm/NEACD/exchanges/import-csv"),
            route("GET", "/csbm/exchanges/example.csv", Access.PARTICIPANTS),
            route("GET", "/csbm/{body}/exchanges/{state}/{year}", Access.SUBMITTED, "/csbm/NEACD/exchanges/KOR/1991")
                    .answering(404),
            route("GET", "/csbm/{body}/exchanges/{state}/{year}/draft", Access.DELEGATE,
                    "/csbm/NEACD/exchanges/KOR/1991/draft").answering(404),
            route("POST", "/csbm/{body}/exchanges/{state}/{year}/draft/submit", Access.DELEGATE,
                    "/csbm/NEACD/exchanges/KOR/1991/draft/submit"),
            route("GET", "/api/v1/csbm/bodies/{body}/exchanges", Access.SUBMITTED, "/api/v1/csbm/bodies/NEACD/exchanges"),
            route("GET", "/api/v1/csbm/bodies/{body}/exchanges/{state}/{year}", Access.SUBMITTED,
                    "/api/v1/csbm/bodies/NEACD/exchanges/KOR/1991").answering(404),
            route("POST", "/api/v1/csbm/bodies/{body}/exchanges/{state}/{year}", Access.DELEGATE,
                    "/api/v1/csbm/bodies/NEACD/exchanges/KOR/1991"),
            route("PUT", "/api/v1/csbm/bodies/{body}/exchanges/{state}/{year}/draft", Access.DELEGATE,
                    "/api/v1/csbm/bodies/NEACD/exchanges/KOR/1991/draft"),
            route("GET", "/api/v1/csbm/bodies/{body}/exchanges/{state}/{year}/draft", Access.DELEGATE,
                    "/api/v1/csbm/bodies/NEACD/exchanges/KOR/1991/draft").answering(404),
            // Annual calendars
            route("GET", "/csbm/{body}/calendars", Access.SUBMITTED, "/csbm/NEACD/calendars"),
            route("GET", "/csbm/{body}/calendars/new", Access.DELEGATE, "/csbm/NEACD/calendars/new"),
            route("POST", "/csbm/{body}/calendars/new", Access.DELEGATE, "/csbm/NEACD/calendars/new"),
            route("GET", "/csbm/{body}/calendars/{state}/{year}", Access.SUBMITTED, "/csbm/NEACD/calendars/KOR/1991")
                    .answering(404),
            route("GET", "/api/v1/csbm/bodies/{body}/calendars/{state}/{year}", Access.SUBMITTED,
                    "/api/v1/csbm/bodies/NEACD/calendars/KOR/1991").answering(404),
            route("POST", "/api/v1/csbm/bodies/{body}/calendars/{state}/{year}", Access.DELEGATE,
                    "/api/v1/csbm/bodies/NEACD/calendars/KOR/1991"),
            // Compliance: the secretariat and participating states
            route("GET", "/csbm/{body}/compliance", Access.SUBMITTED, "/csbm/NEACD/compliance"),
            route("GET", "/csbm/{body}/compliance.csv", Access.SUBMITTED, "/csbm/NEACD/compliance.csv"),
            route("GET", "/csbm/{body}/compliance/{state}", Access.SUBMITTED, "/csbm/NEACD/compliance/KOR"),
            route("GET", "/csbm/{body}/reports/{year:\\d+}", Access.SUBMITTED, "/csbm/NEACD/reports/2025"),
            route("GET", "/csbm/{body}/reports/{year:\\d+}.pdf", Access.SUBMITTED, "/csbm/NEACD/reports/2025.pdf"),
            route("GET", "/api/v1/csbm/bodies/{body}/reports/{year}", Access.SUBMITTED,
                    "/api/v1/csbm/bodies/NEACD/reports/2025"),
            route("GET", "/api/v1/csbm/bodies/{body}/compliance", Access.SUBMITTED,
                    "/api/v1/csbm/bodies/NEACD/compliance"),
            // Deadlines: a delegate its own state's, the secretariat every state's
            route("GET", "/api/v1/csbm/bodies/{body}/deadlines", Access.PARTICIPANTS,
                    "/api/v1/csbm/bodies/NEACD/deadlines"),
            route("GET", "/api/v1/meetings/{id}/analyses", Access.INSIDER,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/analyses"),
            route("POST", "/api/v1/meetings/{id}/analysis-assignments/{assignment}/analyses", Access.EXPERT,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/analysis-assignments/999999/analyses"),
            route("POST", "/meetings/{id}/overlap/analyses", Access.EXPERT,
                    "/meetings/" + DIALOGUE_PLENARY + "/overlap/analyses"),
            // Dialogue: attendance and records. The demonstration registers nobody, so the attendance
            // list of an off-the-record plenary is the secretariat's alone; a record that does not exist is
            // 404 for every signed-in reader, never 401 or 403.
            route("GET", "/api/v1/meetings/{id}/attendance", Access.SECRETARIAT,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/attendance"),
            route("POST", "/api/v1/meetings/{id}/attendance", Access.SECRETARIAT,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/attendance"),
            route("GET", "/api/v1/meetings/{id}/invitations", Access.SECRETARIAT,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/invitations"),
            route("POST", "/api/v1/meetings/{id}/invitations", Access.SECRETARIAT,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/invitations"),
            route("GET", "/api/v1/invitations", Access.SIGNED_IN),
            route("POST", "/api/v1/invitations/{invitation}/answer", Access.SIGNED_IN,
                    "/api/v1/invitations/999999/answer"),
            route("GET", "/meetings/invitations", Access.SIGNED_IN),
            route("POST", "/meetings/invitations/{invitation}/answer", Access.SIGNED_IN, "/meetings/invitations/999999/answer"),
            route("POST", "/meetings/{id}/invitations", Access.SECRETARIAT, "/meetings/" + DIALOGUE_PLENARY + "/invitations"),
            // Dialogue: invitations of a whole delegation; its delegates answer them
            route("GET", "/api/v1/meetings/{id}/delegation-invitations", Access.SECRETARIAT,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/delegation-invitations"),
            route("POST", "/api/v1/meetings/{id}/delegation-invitations", Access.SECRETARIAT,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/delegation-invitations"),
            route("GET", "/api/v1/delegation-invitations", Access.SIGNED_IN),
            route("POST", "/api/v1/delegation-invitations/{invitation}/answer", Access.DELEGATE,
                    "/api/v1/delegation-invitations/999999/answer"),
            route("POST", "/meetings/{id}/delegation-invitations", Access.SECRETARIAT,
                    "/meetings/" + DIALOGUE_PLENARY + "/delegation-invitations"),
            route("POST", "/meetings/delegation-invitations/{invitation}/answer", Access.DELEGATE,
                    "/meetings/delegation-invitations/999999/answer"),
            route("GET", "/api/v1/meetings/{id}/rapporteurs", Access.SECRETARIAT,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/rapporteurs"),
            route("PUT", "/api/v1/meetings/{id}/sessions/{position}/rapporteur", Access.SECRETARIAT,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/sessions/1/rapporteur"),
            route("GET", "/api/v1/meetings/{id}/records", Access.SIGNED_IN,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/records"),
            route("POST", "/api/v1/meetings/{id}/records", Access.SIGNED_IN,
                    "/api/v1/meetings/" + DIALOGUE_PLENARY + "/records"),
            route("GET", "/api/v1/records", Access.SIGNED_IN, "/api/v1/records?q=plenary"),
            route("GET", "/api/v1/records/{record}", Access.SIGNED_IN, "/api/v1/records/999999").answering(404),
            route("PUT", "/api/v1/records/{record}", Access.SIGNED_IN, "/api/v1/records/999999"),
            route("GET", "/api/v1/records/{record}/export", Access.SIGNED_IN, "/api/v1/records/999999/export")
                    .answering(404),
            route("POST", "/api/v1/records/{record}/amendment-phase", Access.SIGNED_IN,
                    "/api/v1/records/999999/amendment-phase"),
            route("GET", "/api/v1/records/{record}/amendments", Access.SIGNED_IN,
                    "/api/v1/records/999999/amendments").answering(404),
            route("POST", "/api/v1/records/{record}/amendments", Access.SIGNED_IN,
                    "/api/v1/records/999999/amendments"),
            route("POST", "/api/v1/records/{record}/final", Access.SIGNED_IN, "/api/v1/records/999999/final"),
            route("GET", "/meetings/{id}/records", Access.PUBLIC, "/meetings/" + DIALOGUE_PLENARY + "/records"),
            route("POST", "/meetings/{id}/attendance", Access.SECRETARIAT, "/meetings/" + DIALOGUE_PLENARY + "/attendance"),
            route("POST", "/meetings/{id}/rapporteurs", Access.SECRETARIAT, "/meetings/" + DIALOGUE_PLENARY + "/rapporteurs"),
            route("POST", "/meetings/{id}/records", Access.SIGNED_IN, "/meetings/" + DIALOGUE_PLENARY + "/records"),
            route("GET", "/records", Access.PUBLIC, "/records?q=plenary"),
            route("GET", "/records/{record}", Access.PUBLIC, "/records/999999").answering(404),
            route("POST", "/records/{record}/revise", Access.SIGNED_IN, "/records/999999/revise"),
            route("POST", "/records/{record}/amendment-phase", Access.SIGNED_IN, "/records/999999/amendment-phase"),
            route("POST", "/records/{record}/amendments", Access.SIGNED_IN, "/records/999999/amendments"),
            route("POST", "/records/{record}/final", Access.SIGNED_IN, "/records/999999/final"),
            // Dialogue: study groups and their recommendations to track one
            route("GET", "/study-groups", Access.PUBLIC),
            route("GET", "/study-groups/{code}", Access.PUBLIC, "/study-groups/NEACD-MRM"),
            route("POST", "/study-groups/{code}/responses", Access.SECRETARIAT, "/study-groups/NEACD-MRM/responses"),
            route("GET", "/api/v1/study-groups", Access.SIGNED_IN),
            route("GET", "/api/v1/study-groups/{code}", Access.SIGNED_IN, "/api/v1/study-groups/NEACD-MRM"),
            route("POST", "/api/v1/study-groups", Access.SECRETARIAT),
            route("POST", "/api/v1/study-groups/{code}/memoranda", Access.SECRETARIAT,
                    "/api/v1/study-groups/NEACD-MRM/memoranda"),
            route("POST", "/api/v1/recommendations/{id}/responses", Access.SECRETARIAT,
                    "/api/v1/recommendations/999999/responses"),
            // Risk reduction: participating states and the secretariat read, delegates ask and reply
            route("GET", "/csbm/{body}/requests", Access.PARTICIPANTS, "/csbm/NEACD/requests"),
            route("POST", "/csbm/{body}/requests/new", Access.DELEGATE, "/csbm/NEACD/requests/new"),
            route("GET", "/csbm/requests/{id}", Access.PARTICIPANTS, "/csbm/requests/999999").answering(404),
            route("POST", "/csbm/requests/{id}/reply", Access.DELEGATE, "/csbm/requests/999999/reply"),
            route("POST", "/csbm/requests/{id}/meeting", Access.DELEGATE, "/csbm/requests/999999/meeting"),
            route("POST", "/csbm/requests/{id}/meeting-record", Access.DELEGATE, "/csbm/requests/999999/meeting-record"),
            route("GET", "/api/v1/csbm/bodies/{body}/requests", Access.PARTICIPANTS, "/api/v1/csbm/bodies/NEACD/requests"),
            route("POST", "/api/v1/csbm/bodies/{body}/requests", Access.DELEGATE, "/api/v1/csbm/bodies/NEACD/requests"),
            route("GET", "/api/v1/csbm/requests/{id}", Access.PARTICIPANTS, "/api/v1/csbm/requests/999999")
                    .answering(404),
            route("POST", "/api/v1/csbm/requests/{id}/reply", Access.DELEGATE, "/api/v1/csbm/requests/999999/reply"),
            route("POST", "/api/v1/csbm/requests/{id}/meeting", Access.DELEGATE, "/api/v1/csbm/requests/999999/meeting"),
            route("POST", "/api/v1/csbm/requests/{id}/meeting-record", Access.DELEGATE,
                    "/api/v1/csbm/requests/999999/meeting-record"),
            // Hazardous incident reports: participating states and the secretariat read, delegates report and reply
            route("GET", "/csbm/{body}/incidents", Access.PARTICIPANTS, "/csbm/NEACD/incidents"),
            route("POST", "/csbm/{body}/incidents/new", Access.DELEGATE, "/csbm/NEACD/incidents/new"),
            route("GET", "/csbm/incidents/{id}", Access.PARTICIPANTS, "/csbm/incidents/999999").answering(404),
            route("POST", "/csbm/incidents/{id}/acknowledge", Access.DELEGATE, "/csbm/incidents/999999/acknowledge"),
            route("POST", "/csbm/incidents/{id}/reply", Access.DELEGATE, "/csbm/incidents/999999/reply"),
            route("GET", "/api/v1/csbm/bodies/{body}/incidents", Access.PARTICIPANTS, "/api/v1/csbm/bodies/NEACD/incidents"),
            route("POST", "/api/v1/csbm/bodies/{body}/incidents", Access.DELEGATE, "/api/v1/csbm/bodies/NEACD/incidents"),
            route("GET", "/api/v1/csbm/incidents/{id}", Access.PARTICIPANTS, "/api/v1/csbm/incidents/999999")
                    .answering(404),
            route("POST", "/api/v1/csbm/incidents/{id}/acknowledgements", Access.DELEGATE,
                    "/api/v1/csbm/incidents/999999/acknowledgements"),
            route("POST", "/api/v1/csbm/incidents/{id}/reply", Access.DELEGATE, "/api/v1/csbm/incidents/999999/reply"),
            // What was delivered to a state's inbox beside notifications, and its acknowledgement
            route("GET", "/api/v1/csbm/inbox/items", Access.DELEGATE),
            route("GET", "/api/v1/csbm/deliveries/{kind}/{id}", Access.PARTICIPANTS,
                    "/api/v1/csbm/deliveries/ANNUAL_EXCHANGE/999999").answering(404),
            route("POST", "/api/v1/csbm/deliveries/{kind}/{id}/acknowledgements", Access.DELEGATE,
                    "/api/v1/csbm/deliveries/ANNUAL_EXCHANGE/999999/acknowledgements"),
            route("POST", "/csbm/inbox/{kind}/{id}/acknowledge", Access.DELEGATE,
                    "/csbm/inbox/ANNUAL_EXCHANGE/999999/acknowledge"),
            // The hotline: the two states and the secretariat read a message; the secretariat sees escalations
            route("GET", "/csbm/{body}/hotline", Access.PARTICIPANTS, "/csbm/NEACD/hotline"),
            route("POST", "/csbm/{body}/hotline/new", Access.DELEGATE, "/csbm/NEACD/hotline/new"),
            route("GET", "/csbm/{body}/hotline/escalations", Access.SECRETARIAT, "/csbm/NEACD/hotline/escalations"),
            route("GET", "/csbm/hotline/{id}", Access.PARTICIPANTS, "/csbm/hotline/999999").answering(404),
            route("POST", "/csbm/hotline/{id}/acknowledge", Access.DELEGATE, "/csbm/hotline/999999/acknowledge"),
            route("GET", "/api/v1/csbm/bodies/{body}/hotline", Access.PARTICIPANTS, "/api/v1/csbm/bodies/NEACD/hotline"),
            route("POST", "/api/v1/csbm/bodies/{body}/hotline", Access.DELEGATE, "/api/v1/csbm/bodies/NEACD/hotline"),
            route("GET", "/api/v1/csbm/bodies/{body}/hotline/escalations", Access.SECRETARIAT,
                    "/api/v1/csbm/bodies/NEACD/hotline/escalations"),
            route("GET", "/api/v1/csbm/hotline/{id}", Access.PARTICIPANTS, "/api/v1/csbm/hotline/999999").answering(404),
            route("POST", "/api/v1/csbm/hotline/{id}/acknowledgements", Access.DELEGATE,
                    "/api/v1/csbm/hotline/999999/acknowledgements")
    );

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired ApplicationContext context;

    @Test
    void everyRouteIsListed() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    mapped.add("GET " + pattern);
                    mapped.add("POST " + pattern);
                } else {
                    methods.forEach(m -> mapped.add(m.name() + " " + pattern));
                }
            }
        });
        Set<String> listed = new TreeSet<>(ROUTES.stream().map(Route::key).toList());
        Set<String> unlisted = new TreeSet<>(mapped);
        unlisted.removeAll(listed);
        Set<String> gone = new TreeSet<>(listed);
        gone.removeAll(mapped);
        assertThat(unlisted).as("routes mapped but missing from RouteAccessTest.ROUTES").isEmpty();
        assertThat(gone).as("routes listed in RouteAccessTest.ROUTES but no longer mapped").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersEveryRoleAsExpected() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : ROUTES) {
            for (Role role : Role.values()) {
                tests.add(DynamicTest.dynamicTest(role + " " + route.key(), () -> check(route, role)));
            }
        }
        return tests.stream();
    }

    /**
     * A body whose record rule is PUBLIC: what its states submitted is read by every role,
     * visitors who have not signed in included (the API needs an account); drafts, risk
     * reduction, incident reports and the hotline stay with the states concerned and the
     * secretariat, and deliveries are not shown to outsiders.
     */
    @TestFactory
    Stream<DynamicTest> aPublicBodysSubmissionsAreReadByEveryone() {
        PublicRegimeBody body = PublicRegimeBody.in(context);
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : ROUTES) {
            if (route.access() != Access.SUBMITTED && route.access() != Access.SUBMITTED_ITEM
                    && route.access() != Access.RULES) {
                continue;
            }
            String example = route.example().replace("/NEACD/", "/" + body.code() + "/")
                    .replace("KOR/1991", PublicRegimeBody.STATE + "/" + body.year())
                    .replace("999999", String.valueOf(body.notificationId()));
            for (Role role : Role.values()) {
                tests.add(DynamicTest.dynamicTest(role + " " + example, () -> {
                    MockHttpServletResponse response = send(HttpMethod.GET, example, role);
                    if (role == Role.ANONYMOUS && route.api()) {
                        assertThat(response.getStatus()).isEqualTo(401);
                    } else {
                        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
                    }
                }));
            }
        }
        String base = "/csbm/" + body.code();
        String draft = base + "/exchanges/" + PublicRegimeBody.STATE + "/" + (body.year() - 1) + "/draft";
        String apiDraft = "/api/v1/csbm/bodies/" + body.code() + "/exchanges/" + PublicRegimeBody.STATE + "/"
                + (body.year() - 1) + "/draft";
        for (String closed : List.of(draft, apiDraft, base + "/requests", base + "/incidents", base + "/hotline",
                "/api/v1/csbm/bodies/" + body.code() + "/requests", "/api/v1/csbm/bodies/" + body.code() + "/hotline",
                "/api/v1/csbm/bodies/" + body.code() + "/incidents")) {
            for (Role role : List.of(Role.ANONYMOUS, Role.OBSERVER, Role.EXPERT)) {
                tests.add(DynamicTest.dynamicTest(role + " " + closed + " stays closed", () -> {
                    MockHttpServletResponse response = send(HttpMethod.GET, closed, role);
                    if (role == Role.ANONYMOUS) {
                        assertThat(closed.startsWith("/api/") ? response.getStatus() == 401 : signInRedirect(response))
                                .as(response.getStatus() + " " + response.getRedirectedUrl()).isTrue();
                    } else {
                        assertThat(response.getStatus()).isEqualTo(403);
                    }
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("a visitor reads the exchange without its draft, delivery or forms", () -> {
            String list = send(HttpMethod.GET, base + "/exchanges", Role.ANONYMOUS).getContentAsString();
            assertThat(list).contains(base + "/exchanges/" + PublicRegimeBody.STATE + "/" + body.year())
                    .doesNotContain("/draft").doesNotContain("import-csv");
            String exchange = send(HttpMethod.GET, base + "/exchanges/" + PublicRegimeBody.STATE + "/" + body.year(),
                    Role.OBSERVER).getContentAsString();
            assertThat(exchange).contains("A public defence policy.").doesNotContain("Not acknowledged yet by");
            assertThat(send(HttpMethod.GET, "/csbm/notifications/" + body.notificationId(), Role.ANONYMOUS)
                    .getContentAsString()).contains("A public exercise.").doesNotContain("method=\"post\"");
        }));
        return tests.stream();
    }

    /**
     * An address no controller answers is 404 for everyone, not a refusal that would
     * suggest it exists; a known address asked with another method is still refused, and
     * so is every actuator endpoint but health.
     */
    @TestFactory
    Stream<DynamicTest> unknownAddressesAreNotFoundForEveryRole() {
        return Stream.of(Role.values()).map(role -> DynamicTest.dynamicTest(role.name(), () -> {
            for (String path : List.of("/no-such-page", "/no/such/page/1", "/css/no-such.css")) {
                assertThat(send(HttpMethod.GET, path, role).getStatus()).as("GET " + path).isEqualTo(404);
                assertThat(send(HttpMethod.POST, path, role).getStatus()).as("POST " + path).isEqualTo(404);
            }
            assertThat(send(HttpMethod.GET, "/actuator/health", role).getStatus()).isEqualTo(200);
            for (String path : List.of("/actuator", "/actuator/health/db")) {
                MockHttpServletResponse endpoint = send(HttpMethod.GET, path, role);
                assertThat(role == Role.ANONYMOUS ? signInRedirect(endpoint) : endpoint.getStatus() == 403)
                        .as("GET " + path + " answers " + endpoint.getStatus()).isTrue();
            }
            MockHttpServletResponse otherMethod = send(HttpMethod.DELETE, "/participants", role);
            if (role == Role.ANONYMOUS) {
                assertThat(signInRedirect(otherMethod)).as("DELETE /participants").isTrue();
            } else {
                assertThat(otherMethod.getStatus()).as("DELETE /participants").isEqualTo(403);
                assertThat(send(HttpMethod.GET, "/api/v1/no-such-resource", role).getStatus()).isEqualTo(404);
            }
        }));
    }

    private MockHttpServletResponse send(HttpMethod method, String path, Role role) throws Exception {
        MockHttpServletRequestBuilder request = request(method, path).with(csrf());
        if (role != Role.ANONYMOUS) {
            request.with(user(accounts.loadUserByUsername(ACCOUNTS.get(role))));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private void check(Route route, Role role) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()), route.example()).with(csrf());
        if (route.api() && !route.method().equals("GET")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        if (role != Role.ANONYMOUS) {
            request.with(user(accounts.loadUserByUsername(ACCOUNTS.get(role))));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String answer = response.getStatus() + " " + (response.getRedirectedUrl() == null ? "" : response.getRedirectedUrl());
        switch (expected(route, role)) {
            case ALLOWED -> {
                assertThat(response.getStatus()).as(answer).isNotIn(401, 403);
                assertThat(signInRedirect(response)).as(answer).isFalse();
                if (route.allowedStatus() != 0) {
                    assertThat(response.getStatus()).as(answer).isEqualTo(route.allowedStatus());
                } else {
                    assertThat(response.getStatus()).as(answer + " (a bad request is refused, never a failure)")
                            .isLessThan(500);
                }
            }
            case SIGN_IN -> {
                if (route.api()) {
                    assertThat(response.getStatus()).as(answer).isEqualTo(401);
                } else {
                    assertThat(signInRedirect(response)).as(answer).isTrue();
                }
            }
            case FORBIDDEN -> assertThat(response.getStatus()).as(answer).isEqualTo(403);
        }
    }

    private enum Outcome { ALLOWED, SIGN_IN, FORBIDDEN }

    private static Outcome expected(Route route, Role role) {
        return switch (route.access()) {
            case PUBLIC -> Outcome.ALLOWED;
            case SIGNED_IN, RULES -> role == Role.ANONYMOUS ? Outcome.SIGN_IN : Outcome.ALLOWED;
            case SECRETARIAT -> role == Role.ANONYMOUS ? Outcome.SIGN_IN
                    : role == Role.SECRETARIAT ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            case PARTICIPANTS, SUBMITTED -> role == Role.ANONYMOUS ? Outcome.SIGN_IN
                    : role == Role.SECRETARIAT || role == Role.DELEGATE ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            case SUBMITTED_ITEM -> role == Role.ANONYMOUS && route.api() ? Outcome.SIGN_IN : Outcome.ALLOWED;
            case DELEGATE -> role == Role.ANONYMOUS ? Outcome.SIGN_IN
                    : role == Role.DELEGATE ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            case REFUSAL_PAGE -> Outcome.FORBIDDEN;
            case INSIDER -> role == Role.ANONYMOUS ? Outcome.SIGN_IN
                    : role == Role.OBSERVER ? Outcome.FORBIDDEN : Outcome.ALLOWED;
            case EXPERT -> role == Role.ANONYMOUS ? Outcome.SIGN_IN
                    : role == Role.EXPERT ? Outcome.ALLOWED : Outcome.FORBIDDEN;
        };
    }

    private static boolean signInRedirect(MockHttpServletResponse response) {
        return response.getStatus() == 302 && response.getRedirectedUrl() != null
                && response.getRedirectedUrl().contains("/sign-in");
    }
}
