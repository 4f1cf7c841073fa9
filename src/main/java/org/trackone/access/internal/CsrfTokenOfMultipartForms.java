package org.trackone.access.internal;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The CSRF check as Spring Security makes it (the token masked anew on every page), but a
 * multipart form's token is first looked for in the form's address: a form that uploads a
 * file carries it there as well as in its body. Reading the body for the token would read
 * the whole upload, and one above the upload ceiling cannot be read at all: the container
 * refuses it, and the refusal would surface here rather than as what it is (413, answered
 * by the web module). Without a token in the address, the body is read as before.
 */
final class CsrfTokenOfMultipartForms implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        masked.handle(request, response, token);
    }

    @Override
    public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        boolean multipart = StringUtils.startsWithIgnoreCase(request.getContentType(), "multipart/");
        return masked.resolveCsrfTokenValue(multipart ? new AddressFirst(request) : request, token);
    }

    /** A request whose parameters are looked up in its address before its body. */
    private static final class AddressFirst extends HttpServletRequestWrapper {

        AddressFirst(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getParameter(String name) {
            String query = ((HttpServletRequest) getRequest()).getQueryString();
            String inAddress = query == null ? null
                    : UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst(name);
            return inAddress != null ? UriUtils.decode(inAddress, StandardCharsets.UTF_8) : super.getParameter(name);
        }
    }
}
