package org.trackone.csbm.internal.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
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
import org.trackone.csbm.ComplianceStatus;
import org.trackone.csbm.Measure;
import org.trackone.framework.FrameworkDirectory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** The compliance dashboard (table and chart), a state's page, and their export as CSV. */
@Controller
@PreAuthorize("hasAnyRole('SECRETARIAT', 'DELEGATE')")
class CompliancePages {

    private static final CsvMapper CSV = CsvMapper.builder().build();
    private static final CsvSchema SCHEMA = CSV.schemaFor(ComplianceEntry.class).withHeader()
            .sortedBy("state", "measure", "year", "status", "dueOn", "daysLate", "submissions", "lateSubmissions",
                    "unanswered");
    /** The outcomes the chart stacks, from best to worst; "not in force" is left out. */
    private static final List<ComplianceStatus> CHARTED = List.of(ComplianceStatus.ON_TIME, ComplianceStatus.PENDING,
            ComplianceStatus.LATE, ComplianceStatus.MISSING);

    private final Compliance compliance;
    private final FrameworkDirectory framework;
    private final MessageSource messages;
    private final JsonMapper json;
    private final String chartPath;

    CompliancePages(Compliance compliance, FrameworkDirectory framework, MessageSource messages, JsonMapper json,
            @Value("${trackone.chartjs-path}") String chartPath) {
        this.compliance = compliance;
        this.framework = framework;
        this.messages = messages;
        this.json = json;
        this.chartPath = chartPath;
    }

    @GetMapping("/csbm/{body}/compliance")
    @PreAuthorize("permitAll()")
    String dashboard(@PathVariable String body, @RequestParam(required = false) @Nullable Integer from,
            @RequestParam(required = false) @Nullable Integer to, @Nullable Authentication authentication, Model model,
            Locale locale) {
        List<ComplianceEntry> entries = compliance.of(body, from, to, Viewers.name(authentication));
        List<Integer> years = years(from, to);
        table(body, entries, years, from, to, model);
        model.addAttribute("totals", entries.stream().collect(Collectors.groupingBy(ComplianceEntry::status,
                () -> new EnumMap<>(ComplianceStatus.class), Collectors.counting())));
        model.addAttribute("chart", chart(entries, years, locale));
        model.addAttribute("chartPath", chartPath);
        return "csbm/compliance";
    }

    @GetMapping("/csbm/{body}/compliance/{state}")
    @PreAuthorize("permitAll()")
    String state(@PathVariable String body, @PathVariable String state,
            @RequestParam(required = false) @Nullable Integer from,
            @RequestParam(required = false) @Nullable Integer to, @Nullable Authentication authentication,
            Model model) {
        List<ComplianceEntry> entries = compliance.ofState(body, state, from, to, Viewers.name(authentication));
        table(body, entries, years(from, to), from, to, model);
        model.addAttribute("state", state);
        model.addAttribute("stateName", framework.participant(state).name());
        model.addAttribute("failings", entries.stream().filter(ComplianceEntry::failing).toList());
        return "csbm/compliance-state";
    }

    @GetMapping("/csbm/{body}/compliance.csv")
    @PreAuthorize("permitAll()")
    ResponseEntity<String> csv(@PathVariable String body, @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable Integer from,
            @RequestParam(required = false) @Nullable Integer to, @Nullable Authentication authentication) {
        String reader = Viewers.name(authentication);
        List<ComplianceEntry> entries = state == null ? compliance.of(body, from, to, reader)
                : compliance.ofState(body, state, from, to, reader);
        String text = CSV.writer(SCHEMA).writeValueAsString(entries);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"compliance-" + body + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(text);
    }

    private void table(String body, List<ComplianceEntry> entries, List<Integer> years, @Nullable Integer from,
            @Nullable Integer to, Model model) {
        Map<String, Map<Measure, List<ComplianceEntry>>> rows = new LinkedHashMap<>();
        for (ComplianceEntry entry : entries) {
            rows.computeIfAbsent(entry.state(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(entry.measure(), m -> new ArrayList<>()).add(entry);
        }
        model.addAttribute("body", framework.body(body));
        model.addAttribute("rows", rows);
        model.addAttribute("years", years);
        model.addAttribute("from", years.getFirst());
        model.addAttribute("to", years.getLast());
    }

    private List<Integer> years(@Nullable Integer from, @Nullable Integer to) {
        return IntStream.rangeClosed(from == null ? compliance.defaultFrom() : from,
                to == null ? compliance.defaultTo() : to).boxed().toList();
    }

    /** The chart's figures as JSON: for each outcome, how many obligations of each year had it. */
    private String chart(List<ComplianceEntry> entries, List<Integer> years, Locale locale) {
        Map<ComplianceStatus, int[]> counts = new EnumMap<>(ComplianceStatus.class);
        CHARTED.forEach(status -> counts.put(status, new int[years.size()]));
        int first = years.getFirst();
        for (ComplianceEntry entry : entries) {
            int[] row = counts.get(entry.status());
            if (row != null) {
                row[entry.year() - first]++;
            }
        }
        List<Map<String, Object>> series = CHARTED.stream().map(status -> Map.<String, Object>of("status", status,
                "label", messages.getMessage("csbm.compliance.status." + status, null, locale),
                "counts", counts.get(status))).toList();
        return json.writeValueAsString(Map.of("years", years, "series", series));
    }
}
