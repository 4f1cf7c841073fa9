package org.trackone.framework.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.trackone.framework.FrameworkDirectory;

/** The framework overview: every body as a tree, with its track, mandate, record rule and members. */
@Controller
class OverviewPage {

    private final FrameworkDirectory directory;

    OverviewPage(FrameworkDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/")
    String overview(Model model) {
        model.addAttribute("bodies", directory.bodies());
        return "framework/overview";
    }
}
