package org.trackone.framework.internal.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.trackone.framework.Body;
import org.trackone.framework.Format;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.Membership;
import org.trackone.framework.Participant;
import org.trackone.framework.ParticipantCode;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The framework overview: every body as a tree, with its track, mandate, record rule and current members. */
@Controller
class OverviewPage {

    private static final String VIEW = "framework/overview";

    private final FrameworkDirectory directory;
    private final ITemplateEngine templates;
    /**
     * The rendered tree per language, with the framework version it shows. The tree is
     * the same for every reader and changes only with the framework, while rendering it
     * is most of the cost of the most visited page.
     */
    private final Map<Locale, RenderedTree> rendered = new ConcurrentHashMap<>();

    /**
     * The whole page as a visitor who is not signed in sees it, per language, with the
     * framework version it shows. Such a page has no form token, no account and no
     * parameters, so every visitor in that language gets the same bytes.
     */
    private final Map<Locale, RenderedPage> anonymousPages = new ConcurrentHashMap<>();
    /** Absent when the application runs without a web server (the admin command). */
    private final ObjectProvider<ThymeleafViewResolver> views;

    OverviewPage(FrameworkDirectory directory, ITemplateEngine templates, ObjectProvider<ThymeleafViewResolver> views) {
        this.directory = directory;
        this.templates = templates;
        this.views = views;
    }

    @GetMapping("/")
    ModelAndView overview(Model model, Locale locale, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        long version = directory.version();
        boolean shared = sharedByEveryVisitor(request);
        RenderedPage page = shared ? anonymousPages.get(locale) : null;
        if (page != null && page.version() == version) {
            return new ModelAndView(page);
        }
        model.addAttribute("treeHtml", treeHtml(locale, request, response));
        if (!shared) {
            return new ModelAndView(VIEW);
        }
        ThymeleafViewResolver resolver = views.getIfAvailable();
        View view = resolver == null ? null : resolver.resolveViewName(VIEW, locale);
        return view == null ? new ModelAndView(VIEW) : new ModelAndView(new KeptView(view, locale, version));
    }

    private static boolean sharedByEveryVisitor(HttpServletRequest request) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = who == null || who instanceof AnonymousAuthenticationToken;
        return anonymous && request.getQueryString() == null && RequestContextUtils.getInputFlashMap(request) == null;
    }

    /** Renders the page as usual and keeps a copy of what a visitor was sent. */
    private final class KeptView implements View {

        private final View rendering;
        private final Locale locale;
        private final long version;

        KeptView(View rendering, Locale locale, long version) {
            this.rendering = rendering;
            this.locale = locale;
            this.version = version;
        }

        @Override
        public @Nullable String getContentType() {
            return rendering.getContentType();
        }

        @Override
        public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            ContentCachingResponseWrapper copy = new ContentCachingResponseWrapper(response);
            rendering.render(model, request, copy);
            if (copy.getStatus() == HttpServletResponse.SC_OK) {
                anonymousPages.put(locale, new RenderedPage(version, locale, copy.getContentAsByteArray()));
            }
            copy.copyBodyToResponse();
        }
    }

    /** A page kept from an earlier rendering, sent as it was. */
    private record RenderedPage(long version, Locale locale, byte[] html) implements View {

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            response.setContentType(getContentType());
            response.setLocale(locale);
            response.setContentLength(html.length);
            response.getOutputStream().write(html);
        }
    }

    private String treeHtml(Locale locale, HttpServletRequest request, HttpServletResponse response) {
        long version = directory.version();
        RenderedTree cached = rendered.get(locale);
        if (cached != null && cached.version() == version) {
            return cached.html();
        }
        List<BodyNode> tree = tree();
        String html = tree.isEmpty() ? "" : templates.process("framework/parts", Set.of("bodyTree"),
                new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                        .buildExchange(request, response), locale, Map.of("tree", tree)));
        rendered.put(locale, new RenderedTree(version, html));
        return html;
    }

    private record RenderedTree(long version, String html) {
    }

    /** The bodies live on the overview; their list has no page of its own. */
    @GetMapping("/bodies")
    String bodies() {
        return "redirect:/";
    }

    /** Roots are bodies without a parent (or whose parent is unknown), in the directory's order. */
    List<BodyNode> tree() {
        List<Body> bodies = directory.bodies();
        Set<String> codes = bodies.stream().map(Body::code).collect(Collectors.toSet());
        Map<String, List<Body>> byParent = bodies.stream().filter(b -> b.parentCode() != null)
                .collect(Collectors.groupingBy(Body::parentCode));
        Map<ParticipantCode, Participant> participants = directory.participantsByCode();
        List<BodyNode> roots = new ArrayList<>();
        for (Body body : bodies) {
            if (body.parentCode() == null || !codes.contains(body.parentCode())) {
                roots.add(node(body, byParent, participants, Set.of()));
            }
        }
        return roots;
    }

    private BodyNode node(Body body, Map<String, List<Body>> byParent, Map<ParticipantCode, Participant> participants,
            Set<String> ancestors) {
        Set<String> path = new HashSet<>(ancestors);
        path.add(body.code());
        List<BodyNode> children = byParent.getOrDefault(body.code(), List.of()).stream()
                .filter(child -> !path.contains(child.code()))
                .map(child -> node(child, byParent, participants, path))
                .toList();
        List<Participant> members = directory.currentMembers(body.code()).stream()
                .map(Membership::participant)
                .map(code -> Participants.named(participants, code))
                .sorted(Comparator.comparing(Participant::shortName))
                .toList();
        Format format = body.formatCode() == null ? null : directory.findFormat(body.formatCode()).orElse(null);
        Participant host = body.host() == null ? null : Participants.named(participants, body.host());
        return new BodyNode(body, format, host, members, children);
    }

    /** One body in the tree, with what the overview shows of it. */
    record BodyNode(Body body, @Nullable Format format, @Nullable Participant host, List<Participant> members,
            List<BodyNode> children) {
    }
}
