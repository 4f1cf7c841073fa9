package org.trackone.framework;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.trackone.RuleViolation;

/** The short code that names a participant everywhere: KOR, PRK, KEDO. */
public record ParticipantCode(String value) implements Comparable<ParticipantCode> {

    /** Codes of participants, bodies and formats: letters, digits and hyphens. */
    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,31}");

    public ParticipantCode {
        if (value == null || !PATTERN.matcher(value).matches()) {
            throw new RuleViolation("participant", "validation.code");
        }
    }

    @JsonCreator
    public static ParticipantCode of(String value) {
        return new ParticipantCode(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(ParticipantCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
