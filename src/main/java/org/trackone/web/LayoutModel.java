package org.trackone.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the current path, to mark the active section, and htmx. */
@ControllerAdvice
class LayoutModel {

    private final String htmxPath;

    LayoutModel(@Value("${trackone.htmx-path}") String htmxPath) {
        this.htmxPath = htmxPath;
    }

    @ModelAttribute("htmxPath")
    String htmxPath() {
        return htmxPath;
    }

    /**
     * The query of the current page without its language, so that switching language
     * keeps the page as it was (the filters of the timeline, say).
     */
    @ModelAttribute("keptParameters")
    List<Map.Entry<String, String>> keptParameters(HttpServletRequest request) {
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        if (!"GET".equals(request.getMethod())) {
            return kept; // a form sent by POST is not carried into a link
        }
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals("lang") && !name.equals("_csrf")) {
                for (String value : values) {
                    kept.add(Map.entry(name, value));
                }
            }
        });
        return kept;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
