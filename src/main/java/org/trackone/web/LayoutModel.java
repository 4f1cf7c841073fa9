package org.trackone.web;

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

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
