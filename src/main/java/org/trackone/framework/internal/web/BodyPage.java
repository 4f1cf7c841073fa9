package org.trackone.framework.internal.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.trackone.framework.Body;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.HistoricalDate;
import org.trackone.framework.Membership;
import org.trackone.framework.MembershipAction;
import org.trackone.framework.MembershipChange;
import org.trackone.framework.MembershipChangeRequest;
import org.trackone.framework.Participant;
import org.trackone.framework.ParticipantCode;
import org.trackone.framework.Reader;
import org.trackone.framework.RecordRule;

/**
 * What a body's page shows: its facts, parent and children, its members now, the full
 * history of its memberships and, for the secretariat, the membership-change form and
 * the body's revisions. Used by the public page and by the secretariat's form when it
 * shows the page again with errors.
 */
@Component
class BodyPage {

    static final String VIEW = "framework/body";
    static final String MEMBERSHIP_FORM = "membershipForm";

    private final FrameworkDirectory directory;
    private final Revisions revisions;

    BodyPage(FrameworkDirectory directory, Revisions revisions) {
        this.directory = directory;
        this.revisions = revisions;
    }

    String show(String code, @Nullable Authentication authentication, Model model) {
        Body body = directory.body(code);
        Reader reader = Viewer.reader(authentication);
        boolean secretariat = Viewer.secretariat(authentication);
        Map<ParticipantCode, Participant> participants = directory.participantsByCode();
        List<Membership> memberships = directory.membershipsOfBody(code, reader);

        model.addAttribute("body", body);
        model.addAttribute("parent", body.parentCode() == null ? null : directory.findBody(body.parentCode()).orElse(null));
        model.addAttribute("children", directory.children(code));
        model.addAttribute("format", body.formatCode() == null ? null : directory.findFormat(body.formatCode()).orElse(null));
        model.addAttribute("host", body.host() == null ? null : Participants.named(participants, body.host()));
        model.addAttribute("members", memberships.stream()
                .map(m -> new MemberRow(Participants.named(participants, m.participant()), m))
                .sorted(Comparator.comparing((MemberRow row) -> !row.membership().takesPart())
                        .thenComparing(row -> row.participant().shortName()))
                .toList());
        model.addAttribute("history", memberships.stream()
                .flatMap(m -> m.changes().stream())
                .sorted(Comparator.comparing(MembershipChange::effectiveOn)
                        .thenComparing(MembershipChange::recordedAt)
                        .thenComparing(c -> c.participant().value()))
                .map(c -> new HistoryRow(Participants.named(participants, c.participant()), c,
                        Revisions.recorded(c.recordedAt())))
                .toList());
        model.addAttribute("notesWithheld", !reader.insider() && body.recordRule() != RecordRule.PUBLIC);
        model.addAttribute("secretariat", secretariat);
        if (secretariat) {
            model.addAttribute("revisions", revisions.of("BODY", code, Body.class));
            model.addAttribute("participantChoices", directory.participants());
            model.addAttribute("actions", MembershipAction.values());
            if (!model.containsAttribute(MEMBERSHIP_FORM)) {
                model.addAttribute(MEMBERSHIP_FORM, new MembershipChangeRequest(null, null, null, null));
            }
        }
        return VIEW;
    }

    /** A participant's membership of the body: status now and since when. */
    record MemberRow(Participant participant, Membership membership) {

        public @Nullable HistoricalDate since() {
            return membership.since().orElse(null);
        }
    }

    /** One change in the body's membership history. */
    record HistoryRow(Participant participant, MembershipChange change, String recordedAt) {
    }
}
