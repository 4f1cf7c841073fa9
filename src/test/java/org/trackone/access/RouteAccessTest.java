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
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.trackone.IntegrationTest;

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

    enum Access { PUBLIC, SIGNED_IN, SECRETARIAT }

    enum Role { ANONYMOUS, OBSERVER, EXPERT, DELEGATE, SECRETARIAT }

    /** A demo account for each signed-in role. */
    private static final Map<Role, String> ACCOUNTS = Map.of(Role.OBSERVER, "observer", Role.EXPERT, "expert",
            Role.DELEGATE, "kor-defence", Role.SECRETARIAT, "secretariat");

    record Route(String method, String pattern, Access access, String example) {

        String key() {
            return method + " " + pattern;
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }
    }

    static Route route(String method, String pattern, Access access, String example) {
        return new Route(method, pattern, access, example);
    }

    static Route route(String method, String pattern, Access access) {
        return new Route(method, pattern, access, pattern);
    }

    static final List<Route> ROUTES = List.of(
            // Pages anyone may read
            route("GET", "/", Access.PUBLIC),
            route("GET", "/sign-in", Access.PUBLIC),
            route("GET", "/error/403", Access.PUBLIC),
            route("POST", "/error/403", Access.PUBLIC),
            route("GET", "/error", Access.PUBLIC),
            // Each account's own page and tokens
            route("GET", "/account", Access.SIGNED_IN),
            route("POST", "/account/tokens", Access.SIGNED_IN),
            route("POST", "/account/tokens/{id}/revoke", Access.SIGNED_IN, "/account/tokens/999999/revoke"),
            // The API description
            route("GET", "/api/v1/openapi.json", Access.PUBLIC),
            route("GET", "/api/v1/docs", Access.PUBLIC)
    );

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService accounts;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

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
        switch (expected(route.access(), role)) {
            case ALLOWED -> assertThat(response.getStatus()).as(answer).isNotIn(401, 403)
                    .satisfies(status -> assertThat(signInRedirect(response)).as(answer).isFalse());
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

    private static Outcome expected(Access access, Role role) {
        return switch (access) {
            case PUBLIC -> Outcome.ALLOWED;
            case SIGNED_IN -> role == Role.ANONYMOUS ? Outcome.SIGN_IN : Outcome.ALLOWED;
            case SECRETARIAT -> role == Role.ANONYMOUS ? Outcome.SIGN_IN
                    : role == Role.SECRETARIAT ? Outcome.ALLOWED : Outcome.FORBIDDEN;
        };
    }

    private static boolean signInRedirect(MockHttpServletResponse response) {
        return response.getStatus() == 302 && response.getRedirectedUrl() != null
                && response.getRedirectedUrl().contains("/sign-in");
    }
}
