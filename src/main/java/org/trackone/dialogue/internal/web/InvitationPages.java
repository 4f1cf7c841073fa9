package org.trackone.dialogue.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trackone.dialogue.AttendanceCapacity;
import org.trackone.dialogue.DelegationInvitation;
import org.trackone.dialogue.InvitationAnswer;
import org.trackone.dialogue.Invitations;
import org.trackone.dialogue.Meetings;
import org.trackone.dialogue.RecordReader;
import org.trackone.dialogue.internal.Viewer;

/**
 * A person's own invitations and their delegation's, which they answer; the secretariat
 * invites persons from a meeting's records page and delegations from the meeting's page.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class InvitationPages {

    private final Invitations invitations;
    private final Meetings meetings;
    private final RecordPages recordPages;
    private final MeetingPages meetingPages;

    InvitationPages(Invitations invitations, Meetings meetings, RecordPages recordPages, MeetingPages meetingPages) {
        this.invitations = invitations;
        this.meetings = meetings;
        this.recordPages = recordPages;
        this.meetingPages = meetingPages;
    }

    @GetMapping("/meetings/invitations")
    String mine(Authentication authentication, Model model) {
        RecordReader reader = Viewer.of(authentication).reader();
        model.addAttribute("invitations", invitations.mine(reader).stream()
                .map(i -> new Row(i, meetings.meeting(i.meetingId()).title())).toList());
        model.addAttribute("delegationInvitations", invitations.ofMyDelegation(reader).stream()
                .map(i -> new DelegationRow(i, meetings.meeting(i.meetingId()).title(),
                        i.acceptedBy().contains(reader.username()))).toList());
        return "dialogue/invitations";
    }

    @PostMapping("/meetings/invitations/{invitation}/answer")
    String answer(@PathVariable long invitation, @RequestParam(required = false) @Nullable InvitationAnswer answer,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return RecordPages.act(() -> invitations.answer(invitation, answer, Viewer.of(authentication).reader()),
                "redirect:/meetings/invitations", "invitations.answered", redirect, response, model,
                () -> mine(authentication, model));
    }

    @PostMapping("/meetings/{id}/invitations")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String invite(@PathVariable long id, @RequestParam(required = false) @Nullable String username,
            @RequestParam(required = false) @Nullable String participant,
            @RequestParam(required = false) @Nullable AttendanceCapacity capacity, Authentication authentication,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return RecordPages.act(() -> invitations.invite(id, username, participant, capacity,
                Viewer.of(authentication).reader()), "redirect:/meetings/" + id + "/records", "invitations.invited",
                redirect, response, model, () -> recordPages.meetingRecords(id, authentication, model));
    }

    @PostMapping("/meetings/{id}/delegation-invitations")
    @PreAuthorize("hasRole('SECRETARIAT')")
    String inviteDelegation(@PathVariable long id, @RequestParam(required = false) @Nullable String participant,
            @RequestParam(required = false) @Nullable AttendanceCapacity capacity, Authentication authentication,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return RecordPages.act(() -> invitations.inviteDelegation(id, participant, capacity,
                Viewer.of(authentication).reader()), "redirect:/meetings/" + id + "#delegations",
                "delegations.invited", redirect, response, model, () -> meetingPages.meeting(id, authentication, model));
    }

    @PostMapping("/meetings/delegation-invitations/{invitation}/answer")
    @PreAuthorize("hasRole('DELEGATE')")
    String answerForDelegation(@PathVariable long invitation,
            @RequestParam(required = false) @Nullable InvitationAnswer answer, Authentication authentication,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return RecordPages.act(() -> invitations.answerForDelegation(invitation, answer,
                Viewer.of(authentication).reader()), "redirect:/meetings/invitations", "invitations.answered",
                redirect, response, model, () -> mine(authentication, model));
    }

    /** A delegation's invitation with the title of its meeting, and whether the reader accepted it. */
    record DelegationRow(DelegationInvitation invitation, String meeting, boolean acceptedByMe) {
    }

    /** An invitation with the title of its meeting. */
    record Row(org.trackone.dialogue.Invitation invitation, String meeting) {
    }
}
