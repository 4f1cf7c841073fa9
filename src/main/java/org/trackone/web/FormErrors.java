package org.trackone.web;

import org.springframework.validation.BindingResult;
import org.trackone.RuleViolation;

/** Puts a broken domain rule next to the form field it concerns. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult form, RuleViolation violation) {
        if (form.getTarget() != null && hasField(form, violation.field())) {
            form.rejectValue(violation.field(), violation.messageCode(), violation.arguments(), violation.messageCode());
        } else {
            form.reject(violation.messageCode(), violation.arguments(), violation.messageCode());
        }
    }

    private static boolean hasField(BindingResult form, String field) {
        try {
            return form.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
