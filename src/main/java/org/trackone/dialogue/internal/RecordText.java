package org.trackone.dialogue.internal;

import org.trackone.dialogue.SessionRecord;
import org.trackone.dialogue.Statement;

/** A record as plain text, for export: the speaker and affiliation only where the record holds them. */
public final class RecordText {

    private RecordText() {
    }

    public static String of(SessionRecord record) {
        StringBuilder text = new StringBuilder();
        text.append("Record of session ").append(record.sessionPosition()).append(" of meeting ")
                .append(record.meetingId()).append('\n')
                .append("Record rule: ").append(record.recordRule()).append('\n')
                .append("Version ").append(record.version()).append(", ").append(record.status()).append("\n\n");
        for (Statement s : record.statements()) {
            if (s.speaker() != null || s.affiliation() != null) {
                text.append(s.speaker() == null ? "" : s.speaker())
                        .append(s.affiliation() == null ? "" : " (" + s.affiliation() + ")").append(": ");
            } else {
                text.append("- ");
            }
            text.append(s.text()).append("\n\n");
        }
        return text.toString();
    }
}
