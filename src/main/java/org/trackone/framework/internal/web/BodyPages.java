package org.trackone.framework.internal.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A body's page, for everyone; what the reader may see is decided in {@link BodyPage}. */
@Controller
class BodyPages {

    private final BodyPage page;

    BodyPages(BodyPage page) {
        this.page = page;
    }

    @GetMapping("/bodies/{code}")
    String body(@PathVariable String code, @Nullable Authentication authentication, Model model) {
        return page.show(code, authentication, model);
    }
}
