package org.trackone.csbm.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.trackone.csbm.Compliance;
import org.trackone.csbm.ComplianceEntry;
import org.trackone.csbm.Measure;
import org.trackone.framework.FrameworkDirectory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** The compliance dashboard: each state, measure and year, and its export as CSV. */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT', 'DELEGATE')")
class CompliancePages {

    private static final CsvMapper CSV = CsvMapper.builder().build();
    private static final CsvSchema SCHEMA = CSV.schemaFor(ComplianceEntry.class).withHeader()
            .sortedBy("state", "measure", "year", "status", "dueOn", "daysLate", "submissions", "lateSubmissions");

    private final Compliance compliance;
    private final FrameworkDirectory framework;

    CompliancePages(Compliance compliance, FrameworkDirectory framework) {
        this.compliance = compliance;
        this.framework = framework;
    }

    @GetMapping("/csbm/{body}/compliance")
    String dashboard(@PathVariable String body, @RequestParam(required = false) @Nullable Integer from,
            @RequestParam(required = false) @Nullable Integer to, Authentication authentication, Model model) {
        List<ComplianceEntry> entries = entries(body, from, to, authentication);
        int first = from == null ? compliance.defaultFrom() : from;
        int last = to == null ? compliance.defaultTo() : to;
        Map<String, Map<Measure, List<ComplianceEntry>>> rows = new LinkedHashMap<>();
        for (ComplianceEntry entry : entries) {
            rows.computeIfAbsent(entry.state(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(entry.measure(), m -> new java.util.ArrayList<>()).add(entry);
        }
        model.addAttribute("body", framework.body(body));
        model.addAttribute("rows", rows);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(first, last).boxed().toList());
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("totals", entries.stream().collect(Collectors.groupingBy(ComplianceEntry::status,
                () -> new java.util.EnumMap<>(org.trackone.csbm.ComplianceStatus.class), Collectors.counting())));
        return "csbm/compliance";
    }

    @GetMapping("/csbm/{body}/compliance.csv")
    ResponseEntity<String> csv(@PathVariable String body, @RequestParam(required = false) @Nullable Integer from,
            @RequestParam(required = false) @Nullable Integer to, Authentication authentication) {
        String text = CSV.writer(SCHEMA).writeValueAsString(entries(body, from, to, authentication));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"compliance-" + body + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)).body(text);
    }

    private List<ComplianceEntry> entries(String body, @Nullable Integer from, @Nullable Integer to,
            Authentication authentication) {
        return compliance.of(body, from, to, authentication.getName());
    }
}
