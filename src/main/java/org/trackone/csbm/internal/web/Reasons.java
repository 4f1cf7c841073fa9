package org.trackone.csbm.internal.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.trackone.RuleViolation;

/** A refusal as a form shows it in one line: the field, then the reason in the reader's language. */
final class Reasons {

    private Reasons() {
    }

    static String of(MessageSource messages, RuleViolation e, Locale locale) {
        return e.field() + ": " + messages.getMessage(e.messageCode(), e.arguments(), e.messageCode(), locale);
    }
}
