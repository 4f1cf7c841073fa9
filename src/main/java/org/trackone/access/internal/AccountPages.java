package org.trackone.access.internal;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trackone.RuleViolation;
import org.trackone.TrackoneSettings;
import org.trackone.access.Accounts;

/** The sign-in page, and each account's own page with its API tokens. */
@Controller
class AccountPages {

    private final Accounts accounts;
    private final TrackoneSettings settings;

    AccountPages(Accounts accounts, TrackoneSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @GetMapping("/sign-in")
    String signIn(Model model) {
        if (settings.demo()) {
            model.addAttribute("demoAccounts", accounts.demoAccounts());
            model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
        }
        return "access/sign-in";
    }

    @GetMapping("/account")
    String account(Principal principal, Model model) {
        model.addAttribute("account", accounts.find(principal.getName()).orElseThrow());
        model.addAttribute("tokens", accounts.tokens(principal.getName()));
        return "access/account";
    }

    @PostMapping("/account/tokens")
    String issueToken(Principal principal, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("newToken", accounts.issueToken(principal.getName(), name));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("tokenError", e.messageCode());
            redirect.addFlashAttribute("tokenErrorArguments", e.arguments());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(Principal principal, @PathVariable long id) {
        accounts.revokeToken(principal.getName(), id);
        return "redirect:/account";
    }
}
