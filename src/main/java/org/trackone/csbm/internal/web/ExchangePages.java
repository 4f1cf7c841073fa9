package org.trackone.csbm.internal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trackone.ContentTooLarge;
import org.trackone.NotFound;
import org.trackone.RuleViolation;
import org.trackone.access.Accounts;
import org.trackone.csbm.AnnualExchanges;
import org.trackone.csbm.ArmedService;
import org.trackone.csbm.DeadlineKind;
import org.trackone.csbm.Deadlines;
import org.trackone.csbm.Inboxes;
import org.trackone.csbm.ItemKind;
import org.trackone.csbm.EquipmentType;
import org.trackone.csbm.ExchangeCsv;
import org.trackone.csbm.ExchangeDraft;
import org.trackone.csbm.ExpenditureCategory;
import org.trackone.csbm.InformationExchange;
import org.trackone.csbm.MilitaryInformation;
import org.trackone.csbm.PriorNotifications;
import org.trackone.framework.FrameworkDirectory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The annual exchange on pages: the body's submitted exchanges, one state's exchange for a
 * year with its versions and the comparison with the year before, and a delegate's drafts
 * (imported as JSON or as a CSV file) until they are submitted.
 */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT', 'DELEGATE')")
class ExchangePages {

    static final int MAX_IMPORT = 1_000_000;

    private final AnnualExchanges exchanges;
    private final PriorNotifications notifications;
    private final FrameworkDirectory framework;
    private final Accounts accounts;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Deadlines deadlines;
    private final Inboxes inboxes;

    ExchangePages(AnnualExchanges exchanges, PriorNotifications notifications, FrameworkDirectory framework,
            Accounts accounts, JsonMapper json, MessageSource messages, Deadlines deadlines, Inboxes inboxes) {
        this.inboxes = inboxes;
        this.exchanges = exchanges;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.framework = framework;
        this.accounts = accounts;
        this.json = json;
        this.messages = messages;
    }

    /** For those who read the body's submissions: everyone when its record rule is public (the service decides). */
    @GetMapping("/csbm/{body}/exchanges")
    @PreAuthorize("permitAll()")
    String list(@PathVariable String body, @Nullable Authentication authentication, Model model) {
        return listPage(body, Viewers.name(authentication), model);
    }

    @PostMapping("/csbm/{body}/exchanges/import")
    @PreAuthorize("hasRole('DELEGATE')")
    String importDraft(@PathVariable String body, @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String information, Authentication authentication, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("importText", information);
        return importing(body, year, "importError", () -> {
            if (information == null || information.isBlank() || information.length() > MAX_IMPORT) {
                throw new RuleViolation("information", "csbm.exchange.importNeeded", MAX_IMPORT);
            }
            return parse(information);
        }, authentication, model, locale, response, redirect);
    }

    @PostMapping("/csbm/{body}/exchanges/import-csv")
    @PreAuthorize("hasRole('DELEGATE')")
    String importCsv(@PathVariable String body, @RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable MultipartFile file, Authentication authentication, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        return importing(body, year, "csvError", () -> {
            try {
                return ExchangeCsv.read("file", file == null ? null : file.getBytes());
            } catch (IOException e) {
                throw new RuleViolation("file", "csbm.csv.needed", ExchangeCsv.MAX_BYTES);
            }
        }, authentication, model, locale, response, redirect);
    }

    @GetMapping("/csbm/exchanges/example.csv")
    ResponseEntity<Resource> exampleCsv() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"exchange-example.csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(new ClassPathResource("csbm/exchange-example.csv"));
    }

    /** Saves the delegate's state's draft read from an import, or shows the list again with the refusal. */
    private String importing(String body, @Nullable Integer year, String errorAttribute,
            Supplier<MilitaryInformation> read, Authentication authentication, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) {
        framework.body(body);
        String state = state(authentication);
        try {
            if (year == null) {
                throw new RuleViolation("year", "csbm.required");
            }
            exchanges.saveDraft(body, state, year, read.get(), authentication.getName());
            redirect.addFlashAttribute("notice", "csbm.exchange.draftSaved");
            redirect.addAttribute("body", body);
            redirect.addAttribute("state", state);
            redirect.addAttribute("year", year);
            return "redirect:/csbm/{body}/exchanges/{state}/{year}/draft";
        } catch (RuleViolation e) {
            model.addAttribute(errorAttribute, Reasons.of(messages, e, locale));
            response.setStatus((e instanceof ContentTooLarge ? HttpStatus.CONTENT_TOO_LARGE
                    : HttpStatus.UNPROCESSABLE_CONTENT).value());
        } catch (JacksonException e) {
            model.addAttribute(errorAttribute, messages.getMessage("csbm.exchange.notJson", null, locale) + " "
                    + firstLine(e.getOriginalMessage()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("importYear", year);
        return listPage(body, authentication.getName(), model);
    }

    @GetMapping("/csbm/{body}/exchanges/{state}/{year}")
    @PreAuthorize("permitAll()")
    String exchange(@PathVariable String body, @PathVariable String state, @PathVariable int year,
            @RequestParam(required = false) @Nullable Integer version, @Nullable Authentication authentication,
            Model model) {
        String reader = Viewers.name(authentication);
        List<InformationExchange> versions = exchanges.versions(body, state, year, reader);
        InformationExchange shown = version == null ? versions.getLast() : versions.stream()
                .filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new NotFound("version of the exchange", version));
        Optional<InformationExchange> previous = exchanges.latest(body, reader).stream()
                .filter(e -> e.state().equals(state) && e.year() == year - 1).findFirst();
        model.addAttribute("body", framework.body(body));
        model.addAttribute("state", framework.participant(state));
        model.addAttribute("year", year);
        model.addAttribute("versions", versions);
        model.addAttribute("exchange", shown);
        model.addAttribute("information", shown.information());
        model.addAttribute("previous", previous.map(InformationExchange::information).orElse(null));
        model.addAttribute("ownState", state.equals(Viewers.stateOf(accounts, reader)));
        model.addAttribute("deliveries", inboxes.deliveriesIfAny(ItemKind.ANNUAL_EXCHANGE, shown.id(), reader));
        return common(model, "csbm/exchange");
    }

    @GetMapping("/csbm/{body}/exchanges/{state}/{year}/draft")
    @PreAuthorize("hasRole('DELEGATE')")
    String draft(@PathVariable String body, @PathVariable String state, @PathVariable int year,
            Authentication authentication, Model model) {
        ExchangeDraft draft = exchanges.draft(body, state, year, authentication.getName())
                .orElseThrow(() -> new NotFound("draft exchange of " + state + " for", year));
        List<InformationExchange> submitted = exchanges.latest(body, authentication.getName()).stream()
                .filter(e -> e.state().equals(state) && e.year() == year).toList();
        model.addAttribute("body", framework.body(body));
        model.addAttribute("state", framework.participant(state));
        model.addAttribute("draft", draft);
        model.addAttribute("information", draft.information());
        model.addAttribute("corrects", submitted.isEmpty() ? null : submitted.getFirst().version());
        model.addAttribute("mayFile", notifications.mayNotify(body, authentication.getName()));
        return common(model, "csbm/exchange-draft");
    }

    @PostMapping("/csbm/{body}/exchanges/{state}/{year}/draft/submit")
    @PreAuthorize("hasRole('DELEGATE')")
    String submit(@PathVariable String body, @PathVariable String state, @PathVariable int year,
            @RequestParam(required = false) @Nullable Integer corrects, Authentication authentication,
            RedirectAttributes redirect) {
        exchanges.submitDraft(body, state, year, corrects, authentication.getName());
        redirect.addFlashAttribute("notice", "csbm.exchange.submitted");
        redirect.addAttribute("body", body);
        redirect.addAttribute("state", state);
        redirect.addAttribute("year", year);
        return "redirect:/csbm/{body}/exchanges/{state}/{year}";
    }

    /** The list for a reader, null for a visitor who has not signed in. */
    private String listPage(String body, @Nullable String reader, Model model) {
        List<InformationExchange> latest = exchanges.latest(body, reader).stream()
                .sorted(Comparator.comparingInt(InformationExchange::year).reversed()
                        .thenComparing(InformationExchange::state)).toList();
        model.addAttribute("body", framework.body(body));
        model.addAttribute("byYear", latest.stream().collect(Collectors.groupingBy(InformationExchange::year,
                java.util.TreeMap::new, Collectors.toList())).descendingMap());
        model.addAttribute("drafts", exchanges.drafts(body, reader));
        model.addAttribute("mayFile", notifications.mayNotify(body, reader));
        model.addAttribute("nextYear", exchanges.lastYear());
        String state = Viewers.stateOf(accounts, reader);
        // The delegate's state's own exchanges near or past their due day, from the one place deadlines are kept.
        model.addAttribute("reminders", state == null || !notifications.participatingStates(body).contains(state)
                ? List.of() : deadlines.of(body, state, Instant.now()).stream()
                        .filter(d -> d.kind() == DeadlineKind.ANNUAL_EXCHANGE).toList());
        model.addAttribute("now", Instant.now());
        return "csbm/exchanges";
    }

    private static String common(Model model, String view) {
        model.addAttribute("categories", ExpenditureCategory.values());
        model.addAttribute("services", ArmedService.values());
        model.addAttribute("equipmentTypes", EquipmentType.values());
        return view;
    }

    private MilitaryInformation parse(String text) {
        try {
            return json.readValue(text, MilitaryInformation.class);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof RuleViolation rule) {
                String path = e.getPath().stream()
                        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[");
                throw new RuleViolation(path.isEmpty() ? rule.field() : path + "." + rule.field(), rule.messageCode(),
                        rule.arguments());
            }
            throw e;
        }
    }

    private String state(Authentication authentication) {
        String state = stateOrNull(authentication);
        if (state == null) {
            throw new org.springframework.security.access.AccessDeniedException("Only a delegate files an exchange.");
        }
        return state;
    }

    private @Nullable String stateOrNull(Authentication authentication) {
        return accounts.find(authentication.getName()).map(a -> a.participant()).orElse(null);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
