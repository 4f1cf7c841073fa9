package org.trackone.framework.internal.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.trackone.framework.Body;
import org.trackone.framework.Format;
import org.trackone.framework.FrameworkDirectory;
import org.trackone.framework.Participant;
import org.trackone.framework.ParticipantCode;

/** The formats: their list, and each one's participants and the bodies made in it. */
@Controller
class FormatPages {

    private final FrameworkDirectory directory;
    private final Revisions revisions;

    FormatPages(FrameworkDirectory directory, Revisions revisions) {
        this.directory = directory;
        this.revisions = revisions;
    }

    @GetMapping("/formats")
    String formats(@Nullable Authentication authentication, Model model) {
        Map<ParticipantCode, Participant> participants = directory.participantsByCode();
        model.addAttribute("formats", directory.formats().stream()
                .map(f -> new FormatRow(f, participants(f, participants), bodiesOf(f)))
                .toList());
        model.addAttribute("secretariat", Viewer.secretariat(authentication));
        return "framework/formats";
    }

    @GetMapping("/formats/{code}")
    String format(@PathVariable String code, @Nullable Authentication authentication, Model model) {
        Format format = directory.format(code);
        boolean secretariat = Viewer.secretariat(authentication);
        model.addAttribute("format", format);
        model.addAttribute("participants", participants(format, directory.participantsByCode()));
        model.addAttribute("bodies", bodiesOf(format));
        model.addAttribute("secretariat", secretariat);
        if (secretariat) {
            model.addAttribute("revisions", revisions.of("FORMAT", code, Format.class));
        }
        return "framework/format";
    }

    private List<Body> bodiesOf(Format format) {
        return directory.bodies().stream().filter(b -> format.code().equals(b.formatCode())).toList();
    }

    private static List<Participant> participants(Format format, Map<ParticipantCode, Participant> participants) {
        return format.participants().stream().map(code -> Participants.named(participants, code)).toList();
    }

    record FormatRow(Format format, List<Participant> participants, List<Body> bodies) {
    }
}
