package org.trackone.dialogue.internal.web;

import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.trackone.dialogue.AttendanceCapacity;
import org.trackone.dialogue.DelegationInvitation;
import org.trackone.dialogue.Invitations;
import org.trackone.dialogue.Meeting;
import org.trackone.dialogue.Meetings;
import org.trackone.dialogue.RecordReader;
import org.trackone.dialogue.internal.MeetingCalendar;
import org.trackone.dialogue.internal.Viewer;
import org.trackone.framework.Body;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.ParticipantKind;

/** The meetings of the bodies, for everyone, and their calendar files. */
@Controller
class MeetingPages {

    private final Meetings meetings;
    private final FrameworkDirectory framework;
    private final MeetingCalendar calendar;
    private final org.trackone.dialogue.Records records;
    private final Invitations invitations;

    MeetingPages(Meetings meetings, FrameworkDirectory framework, MeetingCalendar calendar,
            org.trackone.dialogue.Records records, Invitations invitations) {
        this.records = records;
        this.invitations = invitations;
        this.meetings = meetings;
        this.framework = framework;
        this.calendar = calendar;
    }

    @GetMapping("/meetings")
    String list(@RequestParam(required = false) @Nullable String body, @Nullable Authentication authentication,
            Model model) {
        String selected = body == null || body.isBlank() ? null : body;
        List<Meeting> found = meetings.meetings(selected, null, null).stream()
                .sorted(Comparator.comparing(Meeting::startsOn).reversed()).toList();
        model.addAttribute("meetings", found);
        model.addAttribute("bodies", framework.bodies());
        model.addAttribute("bodyNames", Names.bodies(framework));
        model.addAttribute("selectedBody", selected);
        model.addAttribute("secretariat", Viewer.of(authentication).secretariat());
        model.addAttribute("signedIn", Viewer.of(authentication).signedIn());
        return "dialogue/meetings";
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable long id, @Nullable Authentication authentication, Model model) {
        Meeting meeting = meetings.meeting(id);
        Body body = framework.body(meeting.bodyCode());
        model.addAttribute("meeting", meeting);
        model.addAttribute("body", body);
        model.addAttribute("host", meeting.hostCode() == null ? null
                : framework.findParticipant(meeting.hostCode()).orElse(null));
        Viewer viewer = Viewer.of(authentication);
        model.addAttribute("secretariat", viewer.secretariat());
        delegations(id, viewer.reader(), model);
        if (viewer.secretariat()) {
            model.addAttribute("capacities", AttendanceCapacity.values());
            model.addAttribute("states", framework.participants().stream()
                    .filter(p -> p.kind() == ParticipantKind.STATE).toList());
        }
        return "dialogue/meeting";
    }

    /**
     * The delegations invited, for those who may read the attendance list (else null); and
     * for a delegate, their own delegation's invitation to this meeting, if any.
     */
    private void delegations(long id, RecordReader reader, Model model) {
        List<DelegationInvitation> invited;
        try {
            invited = invitations.delegationsOfMeeting(id, reader);
        } catch (AccessDeniedException e) {
            invited = null;
        }
        model.addAttribute("delegationInvitations", invited);
        model.addAttribute("ownDelegationInvitation", invitations.ofMyDelegation(reader).stream()
                .filter(i -> i.meetingId() == id).findFirst().orElse(null));
    }

    @GetMapping(value = "/meetings/{id}/calendar.ics")
    ResponseEntity<String> meetingCalendar(@PathVariable long id) {
        Meeting meeting = meetings.meeting(id);
        return ics(calendar.ics(List.of(meeting), meeting.title()), "meeting-" + id + ".ics");
    }

    @GetMapping(value = "/meetings/calendar.ics")
    ResponseEntity<String> bodyCalendar(@RequestParam(required = false) @Nullable String body) {
        String selected = body == null || body.isBlank() ? null : body;
        String name = selected == null ? "trackone meetings" : framework.body(selected).name();
        return ics(calendar.ics(meetings.meetings(selected, null, null), name), "meetings.ics");
    }

    /** The signed-in person's own calendar: the meetings they are registered for. */
    @GetMapping(value = "/meetings/mine.ics")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<String> personalCalendar(Authentication authentication) {
        return ics(calendar.ics(records.meetingsOf(Viewer.of(authentication).reader()),
                "trackone: " + authentication.getName()), "my-meetings.ics");
    }

    static ResponseEntity<String> ics(String content, String filename) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"")
                .body(content);
    }
}
