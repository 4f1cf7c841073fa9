package org.trackone.dialogue.internal.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trackone.RuleViolation;
import org.trackone.dialogue.AttendanceCapacity;
import org.trackone.dialogue.Invitations;
import org.trackone.dialogue.Meeting;
import org.trackone.dialogue.Meetings;
import org.trackone.dialogue.RapporteurDesignation;
import org.trackone.dialogue.RecordReader;
import org.trackone.dialogue.RecordStatus;
import org.trackone.dialogue.Records;
import org.trackone.dialogue.Session;
import org.trackone.dialogue.SessionRecord;
import org.trackone.dialogue.StatementInput;
import org.trackone.dialogue.internal.Viewer;

/**
 * The records of a meeting's sessions, their attendance, and search. What a reader sees
 * is decided by {@link Records}: drafts for the rapporteur, the amendment phase for
 * attendees, final records of off-the-record and closed sessions for attendees only.
 * In sessions that do not attribute, a statement is a paragraph and carries no speaker;
 * in sessions on the record, each statement is a row of speaker, affiliation and text,
 * and a save sends every row back, so the speakers already stored are kept.
 */
@Controller
class RecordPages {

    /** Empty rows a page offers after the statements of a session on the record, for new ones. */
    private static final List<StatementInput> EMPTY_ROWS = List.of(new StatementInput(null, null, null),
            new StatementInput(null, null, null), new StatementInput(null, null, null));

    private final Meetings meetings;
    private final Records records;
    private final Invitations invitations;

    RecordPages(Meetings meetings, Records records, Invitations invitations) {
        this.meetings = meetings;
        this.records = records;
        this.invitations = invitations;
    }

    @GetMapping("/meetings/{id}/records")
    String meetingRecords(@PathVariable long id, @Nullable Authentication authentication, Model model) {
        Meeting meeting = meetings.meeting(id);
        Viewer viewer = Viewer.of(authentication);
        RecordReader reader = viewer.reader();
        model.addAttribute("meeting", meeting);
        model.addAttribute("records", records.ofMeeting(id, reader));
        boolean attendee = records.attends(id, reader);
        model.addAttribute("attendee", attendee);
        model.addAttribute("secretariat", viewer.secretariat());
        model.addAttribute("capacities", AttendanceCapacity.values());
        try {
            model.addAttribute("attendance", records.attendance(id, reader));
            model.addAttribute("rapporteurs", records.rapporteurs(id, reader).stream().collect(
                    Collectors.toMap(RapporteurDesignation::sessionPosition, RapporteurDesignation::username)));
            model.addAttribute("invitations", invitations.ofMeeting(id, reader));
        } catch (AccessDeniedException e) {
            model.addAttribute("attendance", null);
            model.addAttribute("rapporteurs", null);
            model.addAttribute("invitations", null);
        }
        List<Integer> reported = records.sessionsReportedBy(id, reader);
        List<Session> unrecorded = meeting.sessions().stream().filter(s -> reported.contains(s.position()))
                .filter(s -> records.recordOfSession(id, s.position()).isEmpty()).toList();
        model.addAttribute("unrecorded", unrecorded.stream()
                .filter(s -> !records.ruleThatApplies(meeting, s).attributes()).toList());
        model.addAttribute("unrecordedOnTheRecord", unrecorded.stream()
                .filter(s -> records.ruleThatApplies(meeting, s).attributes()).toList());
        model.addAttribute("rows", EMPTY_ROWS);
        return "dialogue/records";
    }

    @PostMapping("/meetings/{id}/attendance")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String register(@PathVariable long id, @RequestParam(required = false) @Nullable String username,
            @RequestParam(required = false) @Nullable String participant,
            @RequestParam(required = false) @Nullable AttendanceCapacity capacity, Authentication authentication,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(() -> records.register(id, username == null ? null : username.strip(), participant, capacity,
                authentication.getName()), "redirect:/meetings/" + id + "/records", "attendance.registered",
                redirect, response, model, () -> meetingRecords(id, authentication, model));
    }

    @PostMapping("/meetings/{id}/rapporteurs")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String designate(@PathVariable long id, @RequestParam(required = false) @Nullable Integer session,
            @RequestParam(required = false) @Nullable String username, Authentication authentication, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(() -> records.designateRapporteur(id, session == null ? 0 : session, username,
                Viewer.of(authentication).reader()), "redirect:/meetings/" + id + "/records", "rapporteur.designated",
                redirect, response, model, () -> meetingRecords(id, authentication, model));
    }

    @PostMapping("/meetings/{id}/records")
    @PreAuthorize("isAuthenticated()")
    String start(@PathVariable long id, @RequestParam(required = false) @Nullable Integer session,
            @RequestParam MultiValueMap<String, String> form, Authentication authentication, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        RecordReader reader = Viewer.of(authentication).reader();
        String[] created = new String[1];
        return act(() -> created[0] = "redirect:/records/" + records.startDraft(id, session == null ? 0 : session,
                statements(form), reader).recordId(), () -> created[0], "record.saved", redirect, response, model,
                () -> meetingRecords(id, authentication, model));
    }

    @GetMapping("/records/{record}")
    String record(@PathVariable long record, @Nullable Authentication authentication, Model model) {
        Viewer viewer = Viewer.of(authentication);
        SessionRecord found = records.read(record, viewer.reader());
        Meeting meeting = meetings.meeting(found.meetingId());
        boolean rapporteur = found.isRapporteur(viewer.username());
        boolean attendee = records.attends(found.meetingId(), viewer.reader());
        model.addAttribute("record", found);
        model.addAttribute("meeting", meeting);
        model.addAttribute("recordSession", meeting.session(found.sessionPosition()));
        model.addAttribute("rapporteur", rapporteur);
        model.addAttribute("attendee", attendee);
        model.addAttribute("amendments", rapporteur || attendee ? records.amendments(record, viewer.reader()) : List.of());
        model.addAttribute("draftText", String.join("\n\n", found.statements().stream().map(s -> s.text()).toList()));
        List<StatementInput> rows = new ArrayList<>(found.statements().stream()
                .map(s -> new StatementInput(s.speaker(), s.affiliation(), s.text())).toList());
        rows.addAll(EMPTY_ROWS);
        model.addAttribute("rows", rows);
        return "dialogue/record";
    }

    @PostMapping("/records/{record}/revise")
    @PreAuthorize("isAuthenticated()")
    String revise(@PathVariable long record, @RequestParam MultiValueMap<String, String> form,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(record, () -> records.revise(record, statements(form), Viewer.of(authentication).reader()),
                "record.saved", authentication, model, response, redirect);
    }

    @PostMapping("/records/{record}/amendment-phase")
    @PreAuthorize("isAuthenticated()")
    String openAmendments(@PathVariable long record, Authentication authentication, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return change(record, () -> records.openAmendments(record, Viewer.of(authentication).reader()),
                "record.saved", authentication, model, response, redirect);
    }

    @PostMapping("/records/{record}/amendments")
    @PreAuthorize("isAuthenticated()")
    String amend(@PathVariable long record, @RequestParam(required = false) @Nullable String text,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(record, () -> records.proposeAmendment(record, text, Viewer.of(authentication).reader()),
                "record.amendmentProposed", authentication, model, response, redirect);
    }

    @PostMapping("/records/{record}/final")
    @PreAuthorize("isAuthenticated()")
    String finalize(@PathVariable long record, Authentication authentication, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return change(record, () -> records.finalize(record, Viewer.of(authentication).reader()), "record.saved",
                authentication, model, response, redirect);
    }

    @GetMapping("/records")
    String search(@RequestParam(required = false) @Nullable String q, @Nullable Authentication authentication,
            Model model) {
        model.addAttribute("query", q);
        model.addAttribute("results", q == null || q.isBlank() ? null : records.search(q, Viewer.of(authentication).reader()));
        return "dialogue/record-search";
    }

    private String change(long record, Runnable action, String notice, Authentication authentication, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(action, "redirect:/records/" + record, notice, redirect, response, model,
                () -> record(record, authentication, model));
    }

    static String act(Runnable action, String target, String notice, RedirectAttributes redirect,
            HttpServletResponse response, Model model, Supplier<String> page) {
        return act(action, () -> target, notice, redirect, response, model, page);
    }

    /** Does it and redirects with a notice; a broken rule shows the page again with its reason, status 422. */
    private static String act(Runnable action, Supplier<String> target, String notice, RedirectAttributes redirect,
            HttpServletResponse response, Model model, Supplier<String> page) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            redirect.addFlashAttribute("noticeName", "");
            return target.get();
        } catch (RuleViolation e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("refusal", e);
            return page.get();
        }
    }

    /**
     * The statements a form sends: rows of {@code speaker}, {@code affiliation} and
     * {@code statement} (sessions on the record; rows left wholly empty are skipped), else
     * the paragraphs of {@code statements}. Read from the raw values, which a conversion to
     * a list would split at commas.
     */
    static List<StatementInput> statements(MultiValueMap<String, String> form) {
        List<String> texts = form.get("statement");
        if (texts == null) {
            return paragraphs(form.getFirst("statements"));
        }
        List<String> speakers = form.getOrDefault("speaker", List.of());
        List<String> affiliations = form.getOrDefault("affiliation", List.of());
        List<StatementInput> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String speaker = i < speakers.size() ? speakers.get(i) : null;
            String affiliation = i < affiliations.size() ? affiliations.get(i) : null;
            String text = texts.get(i);
            if (isBlank(speaker) && isBlank(affiliation) && isBlank(text)) {
                continue;
            }
            rows.add(new StatementInput(speaker, affiliation, text));
        }
        return rows;
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    /** One statement per paragraph (paragraphs are separated by an empty line), none attributed. */
    static List<StatementInput> paragraphs(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty())
                .map(p -> new StatementInput(null, null, p)).toList();
    }
}
