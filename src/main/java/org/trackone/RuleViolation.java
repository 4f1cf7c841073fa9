package org.trackone;

import java.util.List;

/**
 * Input that is well-formed but breaks a rule of the domain (a membership change that
 * is not allowed from the current status, a date before the last one, an unknown
 * reference). Pages show it next to the field; the API answers 422 naming the field.
 *
 * @param field the input field at fault, as the client named it
 * @param messageCode the message bundle key of the reason
 * @param arguments values for the message's placeholders
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String messageCode;
    private final transient List<Object> arguments;

    public RuleViolation(String field, String messageCode, Object... arguments) {
        super(field + ": " + messageCode);
        this.field = field;
        this.messageCode = messageCode;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
