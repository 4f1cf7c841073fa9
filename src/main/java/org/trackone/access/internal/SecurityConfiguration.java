package org.trackone.access.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.trackone.TrackoneSettings;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may reach which route. Reading pages is public; the API needs an account (a
 * session or a token); every change needs an account, and the secretariat's actions
 * are further restricted by {@code @PreAuthorize} on their controllers. A route that
 * matches nothing here is denied, unless no controller answers it at all: an address
 * that does not exist is 404 to everyone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    /**
     * Spring Security would observe every filter, authentication and authorization of
     * every request; nothing reads those observations (the HTTP request observation
     * stays), and they were half of what a request allocated.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SignInThrottle signInThrottle(TrackoneSettings settings) {
        return new SignInThrottle(settings.signIn());
    }

    @Bean
    ApiTokenFilter apiTokenFilter(TokenLookup tokens, JsonMapper json) {
        return new ApiTokenFilter(tokens, apiEntryPoint(json));
    }

    /** The two filters run inside the security chain only, not a second time as servlet filters. */
    @Bean
    FilterRegistrationBean<SignInThrottle> signInThrottleRegistration(SignInThrottle filter) {
        FilterRegistrationBean<SignInThrottle> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiTokenFilter> apiTokenFilterRegistration(ApiTokenFilter filter) {
        FilterRegistrationBean<ApiTokenFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * API clients with a token: stateless. No session is created or read, and no CSRF
     * token is needed, since a cross-site request cannot carry someone's bearer token.
     * Which role may write is decided by {@code @PreAuthorize} on the API controllers.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiTokenChain(HttpSecurity http, ApiTokenFilter tokens, JsonMapper json) throws Exception {
        http
            .securityMatcher(request -> API.matches(request) && ApiTokenFilter.carriesToken(request))
            .authorizeHttpRequests(routes -> routes.anyRequest().authenticated())
            .csrf(csrf -> csrf.disable())
            .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .exceptionHandling(errors -> errors
                .authenticationEntryPoint(apiEntryPoint(json))
                .accessDeniedHandler(apiDenied(json)))
            .addFilterBefore(tokens, UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /** People in a browser (and API calls riding on their session). */
    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle, JsonMapper json,
            ObjectProvider<HandlerMapping> handlers) throws Exception {
        AuthenticationEntryPoint pages = new LoginUrlAuthenticationEntryPoint("/sign-in");
        AccessDeniedHandlerImpl pageRefused = new AccessDeniedHandlerImpl();
        pageRefused.setErrorPage("/error/403");
        AccessDeniedHandlerImpl pageExpired = new AccessDeniedHandlerImpl();
        pageExpired.setErrorPage("/error/expired");
        AccessDeniedHandler pageDenied = (request, response, exception) ->
                (exception instanceof CsrfException ? pageExpired : pageRefused).handle(request, response, exception);
        http
            .authorizeHttpRequests(routes -> routes
                // Forwards and error dispatches render what an already-checked request led to.
                .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json", "/api/v1/openapi.json.yaml",
                        "/api/v1/openapi.json/**", "/api/v1/docs", "/api/v1/docs/**", "/api/v1/swagger-ui/**")
                    .permitAll()
                .requestMatchers("/api/**").authenticated()
                .requestMatchers("/account", "/account/**").authenticated()
                // What the states submitted under a regime, its rules and its annual report: public when
                // the body's record rule is, which the csbm module decides (sending visitors of other
                // bodies to sign in); the overview shows each reader what it may read.
                .requestMatchers(HttpMethod.GET, "/csbm", "/csbm/*/rules", "/csbm/*/notifications",
                        "/csbm/notifications/*", "/csbm/*/exchanges", "/csbm/*/exchanges/*/*", "/csbm/*/calendars",
                        "/csbm/*/calendars/*/*", "/csbm/*/compliance", "/csbm/*/compliance.csv", "/csbm/*/compliance/*",
                        "/csbm/*/reports/*")
                    .permitAll()
                .requestMatchers(HttpMethod.GET, "/csbm", "/csbm/**").authenticated()
                .requestMatchers(HttpMethod.POST, "/csbm/**").authenticated()
                .requestMatchers(HttpMethod.GET, "/", "/bodies", "/bodies/**", "/participants", "/participants/**",
                        "/formats", "/formats/**", "/proposals", "/proposals/**", "/meetings", "/meetings/**",
                        "/records", "/records/**", "/study-groups", "/study-groups/**", "/sign-in", "/error", "/error/**",
                        "/css/**", "/js/**", "/webjars/**", "/favicon.svg", "/actuator/health")
                    .permitAll()
                .requestMatchers(HttpMethod.POST, "/sign-in", "/sign-out", "/error", "/error/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/bodies/**", "/participants/**", "/formats/**", "/meetings/**",
                        "/records/**", "/study-groups/**").authenticated()
                // Only health is exposed; should another endpoint ever be, it is not public by accident.
                .requestMatchers("/actuator", "/actuator/**").denyAll()
                .anyRequest().access(deniedUnlessUnknown(handlers)))
            .formLogin(form -> form
                .loginPage("/sign-in")
                .failureUrl("/sign-in?error")
                .successHandler(new SavedRequestAwareAuthenticationSuccessHandler() {
                    @Override
                    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                            Authentication authentication) throws ServletException, IOException {
                        throttle.succeeded(request);
                        super.onAuthenticationSuccess(request, response, authentication);
                    }
                }))
            .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/"))
            .requestCache(cache -> cache.requestCache(pagesToReturnTo()))
            // An API call without a session carries no ambient credentials a forged request
            // could ride on; it needs no CSRF token (and so gets 401, not a CSRF refusal).
            .csrf(csrf -> csrf.ignoringRequestMatchers(request -> API.matches(request)
                    && request.getSession(false) == null)
                .csrfTokenRequestHandler(new CsrfTokenOfMultipartForms()))
            .sessionManagement(sessions -> sessions
                .sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                .sessionFixation(fixation -> fixation.changeSessionId()))
            .exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor(apiEntryPoint(json), API)
                .defaultAuthenticationEntryPointFor(pages, request -> true)
                .defaultAccessDeniedHandlerFor(apiDenied(json), API)
                .defaultAccessDeniedHandlerFor(pageDenied, request -> true))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                        + "script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
            .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Denies a request that no rule above lets through, except when nothing but the
     * static-file fallback would answer it: Spring MVC then answers 404 (or serves a static
     * file, all of which are public). Any other handler (a controller, an actuator endpoint,
     * a known path asked with another method) keeps it denied.
     */
    private static AuthorizationManager<RequestAuthorizationContext> deniedUnlessUnknown(
            ObjectProvider<HandlerMapping> handlers) {
        return (authentication, context) -> new AuthorizationDecision(
                handlers.orderedStream().noneMatch(mapping -> answers(mapping, context.getRequest())));
    }

    private static boolean answers(HandlerMapping mapping, HttpServletRequest request) {
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain != null && !(chain.getHandler() instanceof ResourceHttpRequestHandler);
        } catch (Exception knownPathOtherMethod) {
            return true;
        }
    }

    /**
     * Remembers a page a person was sent away from to sign in, to return there after.
     * Not API calls: saving them would open a session for every anonymous call.
     */
    private static HttpSessionRequestCache pagesToReturnTo() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !API.matches(request));
        return cache;
    }

    static AuthenticationEntryPoint apiEntryPoint(JsonMapper json) {
        return (request, response, exception) -> problem(response, json, HttpStatus.UNAUTHORIZED,
                "Sign in, or send an API token as 'Authorization: Bearer <token>'.", request);
    }

    static AccessDeniedHandler apiDenied(JsonMapper json) {
        return (request, response, exception) -> problem(response, json, HttpStatus.FORBIDDEN,
                exception instanceof CsrfException
                        ? "The CSRF token is missing or stale: send the X-CSRF-TOKEN header with a session, or use an API token."
                        : "Your account may not do this.",
                request);
    }

    private static void problem(HttpServletResponse response, JsonMapper json, HttpStatus status, String detail,
            HttpServletRequest request) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        json.writeValue(response.getOutputStream(), Map.of(
                "type", "about:blank", "title", status.getReasonPhrase(), "status", status.value(),
                "detail", detail, "instance", request.getRequestURI()));
    }
}
